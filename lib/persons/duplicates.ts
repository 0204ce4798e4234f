import 'server-only';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { accompaniments, persons, servicePoints } from '@/db/schema';
import type { SessionUser } from '@/lib/auth/current-user';
import { followUpInScope, personScope } from './scope';
import { nameSimilarity, normalizeName } from './names';

/** Names at least this close (trigram similarity, as pg_trgm measures it) with the same birth date match. */
export const SIMILAR_NAME_THRESHOLD = 0.45;

export interface DuplicateCandidate {
  id: string;
  firstName: string;
  lastName: string;
  birthDate: string;
  countryOfBirth: string;
  /** The service points of the user's scope that follow them, with whether each follow-up is open. */
  followUps: { servicePoint: string; status: 'open' | 'closed'; openedOn: string }[];
  sameName: boolean;
}

// The same words in any order: "Tremblay Hélène" is "Hélène Tremblay".
const wordsOf = (name: string) => normalizeName(name).split(' ').sort().join(' ');

/**
 * The intake's rule for two persons born the same day: the same name once accents, case, hyphens and word
 * order are set aside, or a close name. Null when they are not possibly the same person. The spreadsheet
 * import (lib/imports) applies this same rule to the rows of a file, against the files and each other.
 */
export function nameMatch(a: { firstName: string; lastName: string }, b: { firstName: string; lastName: string }): { sameName: boolean } | null {
  const nameA = `${a.firstName} ${a.lastName}`;
  const nameB = `${b.firstName} ${b.lastName}`;
  const sameName = wordsOf(nameA) === wordsOf(nameB);
  return sameName || nameSimilarity(nameA, nameB) >= SIMILAR_NAME_THRESHOLD ? { sameName } : null;
}

/**
 * Who might already be this person: the same birth date and the same name once accents, case, hyphens and
 * word order are set aside, or a close name. In the user's scope the candidates are shown with what tells
 * them apart; outside it, only that one exists elsewhere (no name, no place).
 */
export async function findPossibleDuplicates(db: DbOrTx, user: SessionUser, person: { firstName: string; lastName: string; birthDate: string }) {
  // The birth date narrows a million files to a few dozen (indexed); names are compared on those.
  const sameBirthDate = await db
    .select({
      id: persons.id,
      firstName: persons.firstName,
      lastName: persons.lastName,
      birthDate: persons.birthDate,
      countryOfBirth: persons.countryOfBirth,
      inScope: sql<boolean>`(${personScope(db, user)})`.mapWith(Boolean),
    })
    .from(persons)
    .where(eq(persons.birthDate, person.birthDate));
  const matches = sameBirthDate
    .map((candidate) => ({ candidate, match: nameMatch(candidate, person) }))
    .filter((found): found is { candidate: (typeof sameBirthDate)[number]; match: { sameName: boolean } } => found.match !== null)
    .map(({ candidate, match }) => ({ candidate, sameName: match.sameName }));
  const inScope = matches.filter((match) => match.candidate.inScope);
  const followUps = inScope.length
    ? await db
        .select({ personId: accompaniments.personId, servicePoint: servicePoints.name, status: accompaniments.status, openedOn: accompaniments.openedOn })
        .from(accompaniments)
        .innerJoin(servicePoints, eq(servicePoints.id, accompaniments.servicePointId))
        .where(and(inArray(accompaniments.personId, inScope.map((match) => match.candidate.id)), followUpInScope(user)))
    : [];
  return {
    inScope: inScope.map(({ candidate, sameName }): DuplicateCandidate => ({
      id: candidate.id,
      firstName: candidate.firstName,
      lastName: candidate.lastName,
      birthDate: candidate.birthDate,
      countryOfBirth: candidate.countryOfBirth,
      followUps: followUps.filter((row) => row.personId === candidate.id).map(({ servicePoint, status, openedOn }) => ({ servicePoint, status, openedOn })),
      sameName,
    })),
    elsewhere: matches.some((match) => !match.candidate.inScope),
  };
}
