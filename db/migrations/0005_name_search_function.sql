-- Names searched as people mean them: no accents, no case, hyphens, apostrophes and punctuation as spaces.
-- unaccent and pg_trgm are "trusted" extensions (PostgreSQL 13+): an owner with CREATE on the database may
-- add them; the embedded database (PGlite) loads them in db/client.ts.
CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA public;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;
--> statement-breakpoint
-- The same steps as normalizeName (lib/persons/names.ts), which tests/integration/normalize-name.test.ts
-- compares with this function: unaccent (its default rules, named explicitly), lower case, every run of
-- separators (the bracket is NAME_SEPARATORS, character for character) as one space, trimmed.
-- unaccent() itself is only STABLE because its rules file could change; with the dictionary named here
-- the result depends on the input alone, so the function can be IMMUTABLE and fill a stored column and
-- an index. If unaccent's rules ever change (a major upgrade), recompute:
--   UPDATE persons SET first_name = first_name;  -- search_name is generated from the names
CREATE OR REPLACE FUNCTION public.passerelle_normalize_name(name text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  RETURN btrim(regexp_replace(
    lower(public.unaccent('public.unaccent'::regdictionary, name)),
    E'[\t\n\u000b\f\r\u0020\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff\u0021-\u002f\u003a-\u0040\u005b-\u0060\u007b-\u007e\u00a1\u00ab\u00ad\u00b4\u00b7\u00bb\u00bf\u02b9-\u02bd\u02c8\u2010-\u2015\u2018-\u201f\u2032\u2033\u2039\u203a\u2212\ufe58\ufe63\uff07\uff0d]+',
    ' ',
    'g'
  ));
