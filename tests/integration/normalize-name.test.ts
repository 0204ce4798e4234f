import { readFileSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { NAME_SEPARATORS, normalizeName } from '@/lib/persons/names';
import { closeTestDatabase, openTestDatabase } from '../helpers/database';

// normalizeName (TypeScript) and passerelle_normalize_name (SQL, migration 0005) must give the same answer:
// the list searches with one and the intake's duplicate check may compare with the other.
let db: Db;
beforeAll(async () => {
  db = await openTestDatabase();
});
afterAll(closeTestDatabase);

async function inSql(values: string[]): Promise<string[]> {
  const result = await db.execute<{ normalized: string }>(
    sql`select passerelle_normalize_name(value) as normalized from unnest(${`{${values.map((value) => `"${value.replace(/[\\"]/g, (c) => `\\${c}`)}"`).join(',')}}`}::text[]) with ordinality as t(value, n) order by n`,
  );
  const rows = Array.isArray(result) ? result : (result as unknown as { rows: { normalized: string }[] }).rows;
  return rows.map((row) => row.normalized);
}

const TRICKY = [
  'Hélène Tremblay-Ouellet',
  'Ngọc',
  'Nguyễn Thị Minh Khai',
  'Ødegård',
  'O’Neil',
  "D'Amours",
  'd’Amours',
  'Marie-Ève',
  'Marie–Ève', // en dash
  'Straße',
  'STRASSE',
  'ẞ',
  'Œuvre Cœur',
  'Æsa',
  'Łukasz Wałęsa',
  'İlker Çelik',
  'Đặng Văn Lâm',
  'Søren Kierkegaard',
  'Þórunn Ðóra',
  'Dvořák',
  'Ramón Núñez',
  'João Gonçalves',
  'François-Xavier L’Heureux',
  'Σοφία Παπαδοπούλου',
  'ΟΔΥΣΣΕΥΣ',
  'Олена Ковальчук',
  'Ёлка',
  'Йосип',
  'ǅemal',
  'Mc Neil  ,  Jr.',
  '  Jean  Baptiste  ',
  'Jean\u00a0Baptiste\u202fNarrow',
  'Saint-Jean-sur-Richelieu',
  'e\u0301lise', // decomposed é
  'ﬁona',
  'Ｍａｒｉｅ',
  'ʻOkina ʼApostrophe',
  'Smith (dit «Pete»)',
  'Ab\\c]d^e_f[g`h{i}j~k',
  'Col·lell',
  'Ĳsselmeer',
  '¿Qué?',
  '',
  '- \u2019 -',
];

// Every letter of these blocks: the TypeScript tables were written from unaccent's rules; this proves them.
// Left out: the characters unaccent's rules map since PostgreSQL 16 and left alone before (PGlite is 18, the
// server may be 15): the ordinal indicators ª º, µ, the Greek Extended letters with oxia, and the Greek
// symbols from U+03CF; and ¼ ½ ¾, which 16+ spells with a leading space (" 1/2").
const BLOCKS: [number, number][] = [
  [0x00a0, 0x024f],
  [0x0300, 0x036f],
  [0x0370, 0x03ce],
  [0x0400, 0x04ff],
  [0x1e00, 0x1fff],
  [0x2010, 0x205e],
  [0xfb00, 0xfb06],
  [0xff01, 0xff5e],
];
const VERSION_DEPENDENT = new Set([
  0x00aa, 0x00b5, 0x00ba, 0x00bc, 0x00bd, 0x00be, 0x1f71, 0x1f73, 0x1f75, 0x1f77, 0x1f79, 0x1f7b, 0x1f7d, 0x1fbb, 0x1fbe, 0x1fc9, 0x1fcb, 0x1fd3, 0x1fdb, 0x1fe3,
  0x1feb, 0x1ff9, 0x1ffb,
]);

describe('the name normalization, in TypeScript and in SQL', () => {
  it('gives the expected forms', () => {
    expect(normalizeName('Hélène Tremblay-Ouellet')).toBe('helene tremblay ouellet');
    expect(normalizeName('  D’Amours,  Marie-Ève ')).toBe('d amours marie eve');
    expect(normalizeName('Nguyễn Ngọc Ødegård Œuvre Straße')).toBe('nguyen ngoc odegard oeuvre strasse');
    expect(normalizeName('ΟΔΥΣΣΕΥΣ')).toBe('οδυσσευσ'); // no final sigma: PostgreSQL's lower() has none
  });

  it('agrees with passerelle_normalize_name on tricky names', async () => {
    const expected = TRICKY.map(normalizeName);
    expect(await inSql(TRICKY)).toEqual(expected);
  });

  it('agrees with passerelle_normalize_name on every character of the Latin, Greek and Cyrillic blocks', async () => {
    const characters: string[] = [];
    for (const [from, to] of BLOCKS) {
      for (let code = from; code <= to; code += 1) {
        const character = String.fromCodePoint(code);
        // Unassigned code points and those that vary with unaccent's version are left out.
        if (!/\p{Cn}/u.test(character) && !VERSION_DEPENDENT.has(code)) characters.push(`x${character}y`);
      }
    }
    const fromSql = await inSql(characters);
    const disagreements = characters
      .map((value, index) => ({ value, code: value.codePointAt(1)!.toString(16), ts: normalizeName(value), sql: fromSql[index] }))
      .filter((row) => row.ts !== row.sql);
    expect(disagreements).toEqual([]);
  });

  it('has the separators of the migration, character for character', () => {
    const migration = readFileSync(path.join(process.cwd(), 'db/migrations/0005_name_search_function.sql'), 'utf8');
    expect(migration).toContain(`E'[${NAME_SEPARATORS}]+'`);
  });
});
