ALTER TABLE "article_revisions" ADD COLUMN "source_revision_id" uuid;--> statement-breakpoint
ALTER TABLE "article_revisions" ADD CONSTRAINT "article_revisions_source_revision_id_article_revisions_id_fk" FOREIGN KEY ("source_revision_id") REFERENCES "public"."article_revisions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
-- What each translation's current text is known to be up to date with: its latest revision
-- takes the translation's marker (earlier revisions stay unknown, and restoring one of those
-- keeps the marker as it is, as before).
UPDATE "article_revisions" AS r SET "source_revision_id" = t."source_revision_id"
FROM "article_translations" AS t
WHERE r."translation_id" = t."id" AND r."version" = t."version" AND t."source_revision_id" IS NOT NULL;
