-- passerelle_normalize_name runs unaccent then lower() twice: lower() can give an accented letter (the
-- angstrom sign Å gives å) that unaccent, run first, had let through, so normalizing twice gave two answers.
-- normalizeName (lib/persons/names.ts) does the same; tests/unit/names.test.ts checks that it is idempotent.
CREATE OR REPLACE FUNCTION public.passerelle_normalize_name(name text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  RETURN btrim(regexp_replace(
    lower(public.unaccent('public.unaccent'::regdictionary, lower(public.unaccent('public.unaccent'::regdictionary, name)))),
    E'[\t\n\u000b\f\r\u0020\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff\u0021-\u002f\u003a-\u0040\u005b-\u0060\u007b-\u007e\u00a1\u00ab\u00ad\u00b4\u00b7\u00bb\u00bf\u02b9-\u02bd\u02c8\u2010-\u2015\u2018-\u201f\u2032\u2033\u2039\u203a\u2212\ufe58\ufe63\uff07\uff0d]+',
    ' ',
    'g'
  ));
--> statement-breakpoint
-- The stored columns computed with the function are recomputed where the new one answers differently (an
-- UPDATE recomputes a row's generated columns).
UPDATE persons SET first_name = first_name WHERE search_name IS DISTINCT FROM passerelle_normalize_name(last_name || ' ' || first_name);
--> statement-breakpoint
UPDATE businesses SET legal_name = legal_name WHERE search_name IS DISTINCT FROM passerelle_normalize_name(legal_name);
--> statement-breakpoint
UPDATE agreements SET title = title WHERE search_text IS DISTINCT FROM passerelle_normalize_name(title || ' ' || reference);
--> statement-breakpoint
UPDATE funded_projects SET title = title WHERE search_text IS DISTINCT FROM passerelle_normalize_name(title);
--> statement-breakpoint
UPDATE partners SET name = name;
