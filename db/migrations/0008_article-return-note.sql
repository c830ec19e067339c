ALTER TABLE "article_translations" ADD COLUMN "return_note" text;--> statement-breakpoint
ALTER TABLE "article_translations" ADD COLUMN "returned_by_id" uuid;--> statement-breakpoint
ALTER TABLE "article_translations" ADD COLUMN "returned_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "article_translations" ADD CONSTRAINT "article_translations_returned_by_id_users_id_fk" FOREIGN KEY ("returned_by_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;