import 'server-only';
import { and, desc, eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '@/db/client';
import { businesses } from '@/db/schema';
import type { SessionUser } from '@/lib/auth/current-user';
import { employerScope } from './scope';

/** Normalized legal names at least this close (pg_trgm similarity) in the same MRC are possible duplicates. */
export const SIMILAR_BUSINESS_THRESHOLD = 0.45;

export interface SimilarBusiness {
  id: string;
  legalName: string;
  neq: string;
  city: string;
}

/**
 * Who might already be this business: the same NEQ anywhere (the NEQ is unique: a second one is refused),
 * and, in the same MRC, a legal name close once accents, case, punctuation and legal suffixes' dots are set
 * aside (businesses.search_name, the trigram index). Only businesses in the user's scope are described.
 */
export async function findSimilarBusinesses(db: Db | Tx, user: SessionUser, business: { legalName: string; neq?: string | null; mrcId: string }) {
  const [sameNeq] = business.neq
    ? await db.select({ id: businesses.id, inScope: sql<boolean>`(${employerScope(db, user)})`.mapWith(Boolean) }).from(businesses).where(eq(businesses.neq, business.neq))
    : [];
  const wanted = sql`passerelle_normalize_name(${business.legalName})`;
  const similarity = sql<number>`similarity(${businesses.searchName}, ${wanted})`;
  const similar = await db.transaction(async (tx) => {
    // The trigram index (`%`) prunes at the threshold we keep, not at pg_trgm's default 0.3: a quarter of
    // the candidates to recheck at --scale 20 (README, Benchmarks). Local to this transaction.
    await tx.execute(sql`select set_config('pg_trgm.similarity_threshold', ${String(SIMILAR_BUSINESS_THRESHOLD)}, true)`);
    return tx
      .select({ id: businesses.id, legalName: businesses.legalName, neq: businesses.neq, city: businesses.city })
      .from(businesses)
      .where(and(eq(businesses.mrcId, business.mrcId), employerScope(tx, user), sql`${businesses.searchName} % ${wanted}`, sql`${similarity} >= ${SIMILAR_BUSINESS_THRESHOLD}`))
      .orderBy(desc(similarity), businesses.legalName)
      .limit(10);
  });
  return {
    /** The business that already has this NEQ, when the user may see it (its id, to open a file for it). */
    sameNeq: sameNeq ? { id: sameNeq.inScope ? sameNeq.id : null } : null,
    similar: similar as SimilarBusiness[],
  };
}
