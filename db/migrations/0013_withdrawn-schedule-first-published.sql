-- A schedule withdrawn before its time used to keep its time as the translation's first
-- publication: a draft readers never saw counted as once public (it could not be deleted), and
-- once published again its JSON-LD datePublished was the withdrawn, later time. Repair those
-- rows as the write path now leaves them (db/queries/article-writes.ts, applyTransition).
UPDATE "article_translations" SET "first_published_at" = NULL
WHERE "status" <> 'published' AND "first_published_at" > now();
--> statement-breakpoint
UPDATE "article_translations" SET "first_published_at" = "publish_at"
WHERE "status" = 'published' AND "publish_at" IS NOT NULL AND "first_published_at" > "publish_at";
