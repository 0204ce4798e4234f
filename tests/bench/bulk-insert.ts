import { getTableColumns, getTableName, sql, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '@/db/client';

// Many rows in one statement, on PostgreSQL and PGlite alike: one text array per column, unnested and cast
// to the column's type. Whatever the number of rows, the statement has one parameter per column, so a
// batch is not limited by the protocol's 65,535 parameters, and the server parses one statement.
// (COPY would be faster still, but takes a different path on each driver.)

type Cell = string | number | boolean | null | undefined | readonly Cell[];

/** A PostgreSQL array literal: every element quoted, NULL bare; nested arrays for array columns. */
function arrayLiteral(values: readonly Cell[]): string {
  return `{${values.map(element).join(',')}}`;
}

function element(value: Cell): string {
  if (value === null || value === undefined) return 'NULL';
  if (Array.isArray(value)) return quote(arrayLiteral(value));
  return quote(String(value));
}

function quote(text: string): string {
  return `"${text.replace(/[\\"]/g, (character) => `\\${character}`)}"`;
}

/**
 * INSERT of `rows` into `table` in one statement. Every row must name the same columns (those of the first
 * row); columns it leaves out take their default.
 */
export async function insertRows<T extends PgTable>(db: DbOrTx, table: T, rows: T['$inferInsert'][]): Promise<void> {
  if (rows.length === 0) return;
  const columns = getTableColumns(table);
  const keys = Object.keys(rows[0]!).filter((key) => (rows[0] as Record<string, unknown>)[key] !== undefined);
  const names: SQL[] = [];
  const arrays: SQL[] = [];
  const selected: SQL[] = [];
  keys.forEach((key, index) => {
    const column = columns[key];
    if (!column) throw new Error(`${getTableName(table)} has no column ${key}`);
    const values = rows.map((row) => (row as Record<string, Cell>)[key]);
    names.push(sql`${sql.identifier(column.name)}`);
    arrays.push(sql`${arrayLiteral(values)}::text[]`);
    // Each text element is cast to the column's type, array columns included (need[] from '{a,b}').
    selected.push(sql`${sql.identifier(`c${index}`)}::${sql.raw(column.getSQLType())}`);
  });
  const aliases = sql.join(keys.map((_, index) => sql`${sql.identifier(`c${index}`)}`), sql`, `);
  await db.execute(
    sql`insert into ${table} (${sql.join(names, sql`, `)}) select ${sql.join(selected, sql`, `)} from unnest(${sql.join(arrays, sql`, `)}) as u(${aliases})`,
  );
}
