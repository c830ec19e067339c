-- Accent-insensitive search in French, English and Spanish (docs/search.md): each language's
-- Snowball stemmer after the unaccent dictionary, so "refugies" finds "réfugiés". unaccent is
-- a trusted extension (PostgreSQL 13+): the database owner may create it.
CREATE EXTENSION IF NOT EXISTS unaccent;--> statement-breakpoint
CREATE TEXT SEARCH CONFIGURATION fr_unaccent (COPY = pg_catalog.french);--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION fr_unaccent ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem;--> statement-breakpoint
CREATE TEXT SEARCH CONFIGURATION en_unaccent (COPY = pg_catalog.english);--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION en_unaccent ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;--> statement-breakpoint
CREATE TEXT SEARCH CONFIGURATION es_unaccent (COPY = pg_catalog.spanish);--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION es_unaccent ALTER MAPPING FOR hword, hword_part, word WITH unaccent, spanish_stem;--> statement-breakpoint
-- A generated column's expression cannot be altered before PostgreSQL 17: the column is made
-- anew (every row's vector is recomputed), and its index with it.
ALTER TABLE "article_translations" drop column "search";--> statement-breakpoint
ALTER TABLE "article_translations" ADD COLUMN "search" "tsvector" GENERATED ALWAYS AS ((case "article_translations"."locale"
      when 'fr' then to_tsvector('fr_unaccent'::regconfig, coalesce("article_translations"."title", '') || ' ' || coalesce("article_translations"."lede", '') || ' ' || coalesce("article_translations"."dateline", '') || ' ' || coalesce("article_translations"."body_text", ''))
      when 'en' then to_tsvector('en_unaccent'::regconfig, coalesce("article_translations"."title", '') || ' ' || coalesce("article_translations"."lede", '') || ' ' || coalesce("article_translations"."dateline", '') || ' ' || coalesce("article_translations"."body_text", ''))
      when 'es' then to_tsvector('es_unaccent'::regconfig, coalesce("article_translations"."title", '') || ' ' || coalesce("article_translations"."lede", '') || ' ' || coalesce("article_translations"."dateline", '') || ' ' || coalesce("article_translations"."body_text", ''))
      else to_tsvector('simple'::regconfig, coalesce("article_translations"."title", '') || ' ' || coalesce("article_translations"."lede", '') || ' ' || coalesce("article_translations"."dateline", '') || ' ' || coalesce("article_translations"."body_text", '')) end)) STORED;--> statement-breakpoint
CREATE INDEX "article_translations_search_idx" ON "article_translations" USING gin ("search");
