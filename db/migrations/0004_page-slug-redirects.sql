CREATE TABLE "page_slug_redirects" (
	"locale" "locale" NOT NULL,
	"slug" text NOT NULL,
	"translation_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "page_slug_redirects_locale_slug_pk" PRIMARY KEY("locale","slug")
);
--> statement-breakpoint
ALTER TABLE "page_slug_redirects" ADD CONSTRAINT "page_slug_redirects_translation_id_page_translations_id_fk" FOREIGN KEY ("translation_id") REFERENCES "public"."page_translations"("id") ON DELETE cascade ON UPDATE no action;