ALTER TABLE "page_revisions" ADD COLUMN "source_revision_id" uuid;--> statement-breakpoint
ALTER TABLE "page_translations" ADD COLUMN "source_locale" "locale";--> statement-breakpoint
ALTER TABLE "page_translations" ADD COLUMN "source_revision_id" uuid;--> statement-breakpoint
ALTER TABLE "page_revisions" ADD CONSTRAINT "page_revisions_source_revision_id_page_revisions_id_fk" FOREIGN KEY ("source_revision_id") REFERENCES "public"."page_revisions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "page_translations" ADD CONSTRAINT "page_translations_source_revision_id_page_revisions_id_fk" FOREIGN KEY ("source_revision_id") REFERENCES "public"."page_revisions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
-- Organization pages are translated from French (the editor shows it beside every other
-- language). Each revision of another language is taken to be up to date with the French text
-- of its time: the French revision current when it was written (the first one if it came
-- earlier). A French change made since a translation's current text was written is then
-- flagged, none before; a restore brings back the marker of its time.
UPDATE "page_revisions" AS r SET "source_revision_id" = coalesce(
  (SELECT fr_rev."id" FROM "page_revisions" AS fr_rev
     JOIN "page_translations" AS fr ON fr."id" = fr_rev."translation_id"
    WHERE fr."page_id" = t."page_id" AND fr."locale" = 'fr' AND fr_rev."created_at" <= r."created_at"
    ORDER BY fr_rev."version" DESC LIMIT 1),
  (SELECT fr_rev."id" FROM "page_revisions" AS fr_rev
     JOIN "page_translations" AS fr ON fr."id" = fr_rev."translation_id"
    WHERE fr."page_id" = t."page_id" AND fr."locale" = 'fr'
    ORDER BY fr_rev."version" ASC LIMIT 1))
FROM "page_translations" AS t
WHERE r."translation_id" = t."id" AND t."locale" <> 'fr' AND t."source_locale" IS NULL AND r."source_revision_id" IS NULL;--> statement-breakpoint
-- A translation is up to date with what its current revision is.
UPDATE "page_translations" AS t SET "source_locale" = 'fr', "source_revision_id" = r."source_revision_id"
FROM "page_revisions" AS r
WHERE r."translation_id" = t."id" AND r."version" = t."version" AND t."locale" <> 'fr' AND t."source_locale" IS NULL
  AND r."source_revision_id" IS NOT NULL;
