import 'server-only';
import { asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { regions } from '@/db/schema';

export function listRegions(db: DbOrTx) {
  return db.select({ code: regions.code, name: regions.name }).from(regions).orderBy(asc(regions.code));
}

export async function regionExists(db: DbOrTx, code: string): Promise<boolean> {
  const rows = await db.select({ code: regions.code }).from(regions).where(eq(regions.code, code));
  return rows.length > 0;
}
