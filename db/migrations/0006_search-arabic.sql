-- Arabic search with stemming (docs/search.md): PostgreSQL's Snowball Arabic stemmer (built in
-- since PostgreSQL 12) drops the article, prefixes such as "لل", the tā' marbūṭa and the
-- diacritics, and folds the hamza forms of alif, so "هجرة" finds "الهجرة" and "للهجرة". Words
-- in Latin script inside Arabic text pass through unaccent first, as in the other languages.
CREATE TEXT SEARCH CONFIGURATION ar_unaccent (COPY = pg_catalog.arabic);--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION ar_unaccent ALTER MAPPING FOR hword, hword_part, word WITH unaccent, arabic_stem;--> statement-breakpoint
-- The generated column is made anew (see 0005), and its index with it.
ALTER TABLE "article_translations" drop column "search";--> statement-breakpoint
ALTER TABLE "article_translations" ADD COLUMN "search" "tsvector" GENERATED ALWAYS AS ((case "article_translations"."locale"
      when 'fr' then to_tsvector('fr_unaccent'::regconfig, coalesce("article_translations"."title", '') || ' ' || coalesce("article_translations"."lede", '') || ' ' || coalesce("article_translations"."dateline", '') || ' ' || coalesce("article_translations"."body_text", ''))
      when 'en' then to_tsvector('en_unaccent'::regconfig, coalesce("article_translations"."title", '') || ' ' || coalesce("article_translations"."lede", '') || ' ' || coalesce("article_translations"."dateline", '') || ' ' || coalesce("article_translations"."body_text", ''))
      when 'es' then to_tsvector('es_unaccent'::regconfig, coalesce("article_translations"."title", '') || ' ' || coalesce("article_translations"."lede", '') || ' ' || coalesce("article_translations"."dateline", '') || ' ' || coalesce("article_translations"."body_text", ''))
      when 'ar' then to_tsvector('ar_unaccent'::regconfig, coalesce("article_translations"."title", '') || ' ' || coalesce("article_translations"."lede", '') || ' ' || coalesce("article_translations"."dateline", '') || ' ' || coalesce("article_translations"."body_text", ''))
      else to_tsvector('simple'::regconfig, coalesce("article_translations"."title", '') || ' ' || coalesce("article_translations"."lede", '') || ' ' || coalesce("article_translations"."dateline", '') || ' ' || coalesce("article_translations"."body_text", '')) end)) STORED;--> statement-breakpoint
CREATE INDEX "article_translations_search_idx" ON "article_translations" USING gin ("search");
