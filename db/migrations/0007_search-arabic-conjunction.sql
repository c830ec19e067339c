-- Arabic search: the conjunction و ("and") or ف ("so") written onto a word with the article
-- ("والعربية", "فالمقال") is not removed by the Snowball stemmer (it keeps و before ا), so
-- "العربية" did not find "والعربية". arabic_search_text drops it, with any vowel mark on it,
-- wherever it starts a word and the article follows; the search column indexes Arabic text
-- through it and queries pass through it too (db/queries/public-news.ts). A word that itself
-- starts with وال ("والدة") loses its first letter on both sides alike, so it still finds itself.
CREATE FUNCTION arabic_search_text(t text) RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT regexp_replace(t, '(^|[^ء-يٮ-ۓ])[وف][ً-ْ]*(?=ال)', '\1', 'g')
$$;--> statement-breakpoint
ALTER TABLE "article_translations" drop column "search";--> statement-breakpoint
ALTER TABLE "article_translations" ADD COLUMN "search" "tsvector" GENERATED ALWAYS AS ((case "article_translations"."locale"
      when 'fr' then to_tsvector('fr_unaccent'::regconfig, coalesce("article_translations"."title", '') || ' ' || coalesce("article_translations"."lede", '') || ' ' || coalesce("article_translations"."dateline", '') || ' ' || coalesce("article_translations"."body_text", ''))
      when 'en' then to_tsvector('en_unaccent'::regconfig, coalesce("article_translations"."title", '') || ' ' || coalesce("article_translations"."lede", '') || ' ' || coalesce("article_translations"."dateline", '') || ' ' || coalesce("article_translations"."body_text", ''))
      when 'es' then to_tsvector('es_unaccent'::regconfig, coalesce("article_translations"."title", '') || ' ' || coalesce("article_translations"."lede", '') || ' ' || coalesce("article_translations"."dateline", '') || ' ' || coalesce("article_translations"."body_text", ''))
      when 'ar' then to_tsvector('ar_unaccent'::regconfig, arabic_search_text(coalesce("article_translations"."title", '') || ' ' || coalesce("article_translations"."lede", '') || ' ' || coalesce("article_translations"."dateline", '') || ' ' || coalesce("article_translations"."body_text", '')))
      else to_tsvector('simple'::regconfig, coalesce("article_translations"."title", '') || ' ' || coalesce("article_translations"."lede", '') || ' ' || coalesce("article_translations"."dateline", '') || ' ' || coalesce("article_translations"."body_text", '')) end)) STORED;--> statement-breakpoint
CREATE INDEX "article_translations_search_idx" ON "article_translations" USING gin ("search");
