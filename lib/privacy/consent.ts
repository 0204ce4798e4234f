import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Tx } from '@/db/client';
import { persons } from '@/db/schema';
import type { SessionUser } from '@/lib/auth/current-user';
import { NotFoundError, RuleError } from '@/lib/errors';
import { personScope } from '@/lib/persons/scope';
import { updateVersioned } from '@/lib/writes';
import { recordConsentEvent } from './corrections';
import type { sharingConsentInput } from './schemas';

// The consent to share with partners, given or withdrawn on the file (A-2.1 s. 68). Withdrawn, no new
// referral can be sent (lib/persons/mutations.ts addReferral refuses it); the referrals already sent stay
// in the communications register with the consent they were sent under.

type Input = z.output<typeof sharingConsentInput>;

async function personForConsent(tx: Tx, user: SessionUser, personId: string) {
  const [person] = await tx
    .select({ sharingConsent: persons.sharingConsent, sharingConsentOn: persons.sharingConsentOn, collectionConsentOn: persons.collectionConsentOn, anonymizedAt: persons.anonymizedAt })
    .from(persons)
    .where(and(eq(persons.id, personId), personScope(tx, user)));
  if (!person) throw new NotFoundError('person');
  if (person.anonymizedAt) throw new RuleError('effectiveOn', 'anonymized');
  return person;
}

export async function withdrawSharingConsent(tx: Tx, user: SessionUser, input: Input) {
  const person = await personForConsent(tx, user, input.personId);
  if (!person.sharingConsent) throw new RuleError('effectiveOn', 'consentAlreadyWithdrawn');
  if (person.sharingConsentOn && input.effectiveOn < person.sharingConsentOn) throw new RuleError('effectiveOn', 'beforeSharingConsentGiven');
  await updateVersioned(tx, persons, input.personId, input.version, { sharingConsent: false, sharingConsentOn: null });
  await recordConsentEvent(tx, user, input.personId, 'withdrawn', input.effectiveOn);
  return { id: input.personId };
}

export async function giveSharingConsent(tx: Tx, user: SessionUser, input: Input) {
  const person = await personForConsent(tx, user, input.personId);
  if (person.sharingConsent) throw new RuleError('effectiveOn', 'consentAlreadyGiven');
  await updateVersioned(tx, persons, input.personId, input.version, { sharingConsent: true, sharingConsentOn: input.effectiveOn });
  await recordConsentEvent(tx, user, input.personId, 'given', input.effectiveOn);
  return { id: input.personId };
}
