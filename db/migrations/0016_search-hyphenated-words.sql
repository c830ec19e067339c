-- A quoted phrase that ends inside a hyphenated word ("sommet ibéro" for "sommet ibéro-américain")
-- found nothing: PostgreSQL's parser gives the whole word a position of its own before its parts
-- ('sommet':1 'ibero-americain':2 'ibero':3 'americain':4), so "sommet" and "ibéro" were never
-- adjacent. Without a mapping for whole hyphenated words, only the parts are indexed, each at its
-- place, as if written with a space: the phrase meets them, and "ibéro-américain" (a phrase of its
-- parts on the query side, websearch_to_tsquery) still finds the word with or without its hyphen.
ALTER TEXT SEARCH CONFIGURATION fr_unaccent DROP MAPPING FOR hword, asciihword, numhword;--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION en_unaccent DROP MAPPING FOR hword, asciihword, numhword;--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION es_unaccent DROP MAPPING FOR hword, asciihword, numhword;--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION ar_unaccent DROP MAPPING FOR hword, asciihword, numhword;--> statement-breakpoint
-- The stored vectors were built with the old mapping: an update rewrites the generated column.
UPDATE "article_translations" SET "title" = "title";
