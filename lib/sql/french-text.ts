import { sql, type AnyColumn, type SQL } from 'drizzle-orm';

// French order and accent-blind search in plain SQL, the same on PGlite and PostgreSQL whatever the
// database's collation (PGlite and a "C" server put "Éric" after "Zoé"), without the unaccent extension.
// translate() maps one character to one character; the same table applied in JavaScript to the search
// term makes both sides of a comparison agree.
const ACCENTED = 'ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖØÙÚÛÜÝŸàáâãäåçèéêëìíîïñòóôõöøùúûüýÿ';
const PLAIN = 'AAAAAACEEEEIIIINOOOOOOUUUUYYaaaaaaceeeeiiiinoooooouuuuyy';
const FOLD = new Map([...ACCENTED].map((character, index) => [character, PLAIN[index]!]));

/** The JavaScript side of accentFolded(): "Éric Hébert" → "Eric Hebert". */
export function foldAccents(text: string): string {
  return [...text].map((character) => FOLD.get(character) ?? character).join('');
}

/** The column without its accents (case kept): compare it with ILIKE to foldAccents(term). */
export function accentFolded(column: AnyColumn | SQL): SQL {
  return sql`translate(${column}, ${ACCENTED}, ${PLAIN})`;
}

/** A sort key in French dictionary order at the first level: accents and case ignored. */
export function frenchSortKey(column: AnyColumn | SQL): SQL {
  return sql`lower(${accentFolded(column)})`;
}

/** ILIKE pattern for "contains", the term taken literally: % and _ typed by the user are not wildcards. */
export function containsPattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}
