-- Words the language ignores were found when written with an accent: the configurations strip
-- accents before the Snowball stemmer checks its list of common words, so French "à", "été",
-- "où", "même" (listed with their accents) reached it as "a", "ete", "ou", "mem", were indexed,
-- and a search for "ete" or "à" found nearly every release. A dictionary of the same list,
-- checked first on the word as written (PostgreSQL's `simple` template: a listed word is
-- dropped, any other passes on), drops them before their accents go. Spanish the same ("él",
-- "más", "está"). English has no accented common words; Arabic has its own configuration.
CREATE TEXT SEARCH DICTIONARY french_stop_as_written (TEMPLATE = pg_catalog.simple, STOPWORDS = french, ACCEPT = false);--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION fr_unaccent ALTER MAPPING FOR word, hword_part WITH french_stop_as_written, unaccent, french_stem;--> statement-breakpoint
CREATE TEXT SEARCH DICTIONARY spanish_stop_as_written (TEMPLATE = pg_catalog.simple, STOPWORDS = spanish, ACCEPT = false);--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION es_unaccent ALTER MAPPING FOR word, hword_part WITH spanish_stop_as_written, unaccent, spanish_stem;--> statement-breakpoint
-- The stored vectors were built with the old mapping: an update rewrites the generated column.
UPDATE "article_translations" SET "title" = "title";
