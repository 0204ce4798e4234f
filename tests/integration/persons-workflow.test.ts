import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as typedActions from '@/app/(app)/persons/actions';
import type { Db } from '@/db/client';
import { accompaniments, accompanimentTransfers, actionPlanItems, auditEvents, interventions, partners, persons, referrals, servicePoints, users } from '@/db/schema';
import { headlineMetrics } from '@/lib/metrics/counts';
import { getPerson } from '@/lib/persons/queries';
import { closeTestDatabase, openSeededTestDatabase } from '../helpers/database';
import { actAs } from '../helpers/session';

// Called with raw inputs, as a browser (or an attacker) would post them.
const actions = typedActions as unknown as Record<keyof typeof typedActions, (raw: unknown) => Promise<unknown>>;

let db: Db;
let valdorAgentId: string;
let valdorPartnerId: string;

const AGENT = 'agent.valdor@passerelle.test';
const key = () => crypto.randomUUID();

function intake(overrides: Record<string, unknown> = {}) {
  return {
    firstName: 'Hélène',
    lastName: 'Tremblay-Ouellet',
    birthDate: '1988-04-12',
    gender: 'woman',
    countryOfBirth: 'FR',
    citizenship: 'FR',
    languages: ['fr', 'en'],
    frenchLevel: 'fluent',
    immigrationCategory: 'permanent_resident_economic',
    arrivalInQuebecOn: '2019-06-01',
    arrivalInRegionOn: '2019-07-15',
    residenceMunicipality: 'Val-d’Or',
    phone: '(819) 555-0142 poste 7',
    email: 'Helene.T@exemple.test',
    collectionConsentOn: '2019-09-03',
    sharingConsent: true,
    sharingConsentOn: '2019-09-03',
    needs: ['employment', 'installation_housing'],
    openedOn: '2019-09-03',
    agentId: valdorAgentId,
    idempotencyKey: key(),
    confirmedNotDuplicate: false,
    ...overrides,
  };
}

async function accompanimentOf(personId: string) {
  const [row] = await db.select().from(accompaniments).where(eq(accompaniments.personId, personId));
  return row!;
}

beforeAll(async () => {
  db = await openSeededTestDatabase();
  const [agent] = await db.select({ id: users.id, servicePointId: users.servicePointId }).from(users).where(eq(users.email, AGENT));
  valdorAgentId = agent!.id;
  const [partner] = await db.select({ id: partners.id }).from(partners).where(and(eq(partners.regionCode, '08'), eq(partners.active, true))).limit(1);
  valdorPartnerId = partner!.id;
});
afterAll(closeTestDatabase);

describe('intake', () => {
  let personId: string;

  it('registers the person and opens the accompaniment in one transaction, audited, and the period figure goes up', async () => {
    const before = await headlineMetrics(db, { from: '2019-08-01', to: '2020-03-31', regionCode: '08' });
    await actAs(db, AGENT);
    const result = await actions.registerPersonAction(intake());
    expect(result).toMatchObject({ ok: true });
    personId = (result as { data: { id: string } }).data.id;
    const [person] = await db.select().from(persons).where(eq(persons.id, personId));
    expect(person).toMatchObject({ phone: '819-555-0142 poste 7', email: 'helene.t@exemple.test', immigrationStatus: 'permanent_resident_economic', languages: ['fr', 'en'], sharingConsent: true });
    expect(await accompanimentOf(personId)).toMatchObject({ status: 'open', openedOn: '2019-09-03', needs: ['employment', 'installation_housing'], agentId: valdorAgentId });
    const [event] = await db.select().from(auditEvents).where(and(eq(auditEvents.action, 'person.registered'), eq(auditEvents.entityId, personId)));
    expect(event).toBeDefined();
    expect(JSON.stringify(event)).not.toMatch(/Hélène|Tremblay/);
    const after = await headlineMetrics(db, { from: '2019-08-01', to: '2020-03-31', regionCode: '08' });
    expect(after.personsAccompanied).toBe(before.personsAccompanied + 1);
  });

  it('creates one record for a double-clicked or replayed submit (same idempotency key)', async () => {
    await actAs(db, AGENT);
    const submit = intake({ firstName: 'Kwame', lastName: 'Mensah', birthDate: '1991-02-02', idempotencyKey: key() });
    const [first, second] = await Promise.all([actions.registerPersonAction(submit), actions.registerPersonAction(submit)]);
    const third = await actions.registerPersonAction(submit);
    expect(first).toMatchObject({ ok: true });
    const ids = [first, second, third].map((result) => (result as { data: { id: string } }).data.id);
    expect(new Set(ids).size).toBe(1);
    const [mensah] = await db.select({ value: count() }).from(persons).where(eq(persons.lastName, 'Mensah'));
    expect(mensah!.value).toBe(1);
  });

  it('stops at a possible duplicate in scope, shows what tells them apart, and saves once the agent confirms', async () => {
    await actAs(db, AGENT);
    const lookalike = { firstName: 'helene', lastName: 'TREMBLAY OUELLET', birthDate: '1988-04-12' };
    const found = await actions.findDuplicatesAction(lookalike);
    expect(found).toMatchObject({ ok: true, data: { elsewhere: false, inScope: [{ id: personId, sameName: true, followUps: [{ status: 'open' }] }] } });
    const refused = await actions.registerPersonAction(intake({ ...lookalike, idempotencyKey: key() }));
    expect(refused).toMatchObject({ ok: false, error: 'invalid', fieldErrors: { confirmedNotDuplicate: 'possibleDuplicate' } });
    // A close spelling with the same birth date is a candidate too.
    const close = await actions.findDuplicatesAction({ firstName: 'Helen', lastName: 'Tremblay Ouelet', birthDate: '1988-04-12' });
    expect((close as { data: { inScope: unknown[] } }).data.inScope).toHaveLength(1);
    const confirmed = await actions.registerPersonAction(intake({ ...lookalike, idempotencyKey: key(), confirmedNotDuplicate: true }));
    expect(confirmed).toMatchObject({ ok: true });
  });

  it('says only that a match exists elsewhere when it is outside the scope', async () => {
    await actAs(db, 'agent.gatineau@passerelle.test');
    const found = await actions.findDuplicatesAction({ firstName: 'Hélène', lastName: 'Tremblay-Ouellet', birthDate: '1988-04-12' });
    expect(found).toEqual({ ok: true, data: { inScope: [], elsewhere: true } });
  });

  it.each([
    ['firstName', { firstName: '  ' }, 'required'],
    ['birthDate', { birthDate: '2030-01-01' }, 'dateInFuture'],
    ['birthDate', { birthDate: '2999-01-01' }, 'dateOutOfRange'],
    ['birthDate', { birthDate: '1988-02-30' }, 'invalidDate'],
    ['arrivalInQuebecOn', { arrivalInQuebecOn: '1980-01-01' }, 'beforeBirth'],
    ['arrivalInRegionOn', { arrivalInRegionOn: '2019-05-01' }, 'beforeArrivalInQuebec'],
    ['phone', { phone: '555-12' }, 'phone'],
    ['email', { email: 'not-an-email' }, 'email'],
    ['immigrationCategory', { immigrationCategory: 'tourist' }, 'required'],
    ['needs', { needs: [] }, 'needRequired'],
    ['needs.0', { needs: ['flying'] }, 'invalid'],
    ['lastName', { lastName: 'x'.repeat(101) }, 'tooLong'],
    ['lastName', { lastName: 'Tremblay\u0000' }, 'controlCharacters'],
    ['sharingConsentOn', { sharingConsentOn: '' }, 'required'],
    ['collectionConsentOn', { collectionConsentOn: '2019-09-04' }, 'consentAfterOpening'],
    ['countryOfBirth', { countryOfBirth: 'France' }, 'invalid'],
  ])('names the field %s and writes nothing', async (field, overrides, code) => {
    await actAs(db, AGENT);
    const before = (await db.select({ value: count() }).from(persons))[0]!.value;
    const result = await actions.registerPersonAction(intake({ ...overrides, idempotencyKey: key() }));
    expect(result).toMatchObject({ ok: false, error: 'invalid' });
    expect((result as { fieldErrors: Record<string, string> }).fieldErrors[field]).toBe(code);
    const after = (await db.select({ value: count() }).from(persons))[0]!.value;
    expect(after).toBe(before);
  });

  it('refuses an agent of another service point as the holder, and the wrong roles', async () => {
    await actAs(db, AGENT);
    const [rouyn] = await db.select({ id: users.id }).from(users).where(eq(users.email, 'agent.rouyn@passerelle.test'));
    expect(await actions.registerPersonAction(intake({ agentId: rouyn!.id, idempotencyKey: key() }))).toMatchObject({ ok: false, fieldErrors: { agentId: 'invalid' } });
    for (const email of ['direction@passerelle.test', 'conseil.valdor@passerelle.test', 'admin@passerelle.test']) {
      await actAs(db, email);
      expect(await actions.registerPersonAction(intake({ idempotencyKey: key() }))).toMatchObject({ ok: false, error: 'forbidden' });
    }
  });
});

describe('the file', () => {
  let personId: string;
  let accompanimentId: string;

  beforeAll(async () => {
    await actAs(db, AGENT);
    const result = await actions.registerPersonAction(intake({ firstName: 'Amina', lastName: 'Diallo', birthDate: '1979-11-30', idempotencyKey: key(), sharingConsent: false, sharingConsentOn: '' }));
    personId = (result as { data: { id: string } }).data.id;
    accompanimentId = (await accompanimentOf(personId)).id;
  });

  it('logs an intervention once per submit and plans the next follow-up', async () => {
    await actAs(db, AGENT);
    const submit = { accompanimentId, occurredOn: '2019-09-10', kind: 'follow_up', need: 'employment', durationMinutes: '45', notes: 'Rencontre.\nCV revu.', nextFollowUpOn: '2019-09-24', idempotencyKey: key() };
    expect(await actions.addInterventionAction(submit)).toMatchObject({ ok: true });
    expect(await actions.addInterventionAction(submit)).toMatchObject({ ok: true });
    const rows = await db.select().from(interventions).where(eq(interventions.accompanimentId, accompanimentId));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ durationMinutes: 45, notes: 'Rencontre.\nCV revu.' });
    expect((await accompanimentOf(personId)).nextFollowUpOn).toBe('2019-09-24');
    expect(await actions.addInterventionAction({ ...submit, occurredOn: '2019-09-01', idempotencyKey: key() })).toMatchObject({ fieldErrors: { occurredOn: 'beforeOpening' } });
  });

  it('refuses a referral without consent to share, with a clear message, and accepts it once consent is recorded', async () => {
    await actAs(db, AGENT);
    const referral = { accompanimentId, partnerId: valdorPartnerId, need: 'employment', sentOn: '2019-09-12', idempotencyKey: key() };
    expect(await actions.addReferralAction(referral)).toMatchObject({ ok: false, fieldErrors: { partnerId: 'noSharingConsent' } });
    expect(await db.select().from(referrals).where(eq(referrals.accompanimentId, accompanimentId))).toHaveLength(0);
    const [person] = await db.select().from(persons).where(eq(persons.id, personId));
    const update = { ...intake(), id: personId, version: person!.version, firstName: 'Amina', lastName: 'Diallo', birthDate: '1979-11-30', sharingConsent: true, sharingConsentOn: '2019-09-11' };
    expect(await actions.updatePersonAction(update)).toMatchObject({ ok: true });
    expect(await actions.addReferralAction(referral)).toMatchObject({ ok: true });
    const [sent] = await db.select().from(referrals).where(eq(referrals.accompanimentId, accompanimentId));
    expect(sent).toMatchObject({ status: 'sent', sharingConsentOn: '2019-09-11' });
  });

  it('gives a stale version a conflict, never a silent overwrite', async () => {
    await actAs(db, AGENT);
    const [person] = await db.select().from(persons).where(eq(persons.id, personId));
    const update = { ...intake(), id: personId, version: person!.version, firstName: 'Amina', lastName: 'Diallo', birthDate: '1979-11-30', sharingConsentOn: '2019-09-11' };
    expect(await actions.updatePersonAction({ ...update, residenceMunicipality: 'Malartic' })).toMatchObject({ ok: true });
    expect(await actions.updatePersonAction({ ...update, residenceMunicipality: 'Senneterre' })).toMatchObject({ ok: false, error: 'conflict' });
    const [after] = await db.select().from(persons).where(eq(persons.id, personId));
    expect(after!.residenceMunicipality).toBe('Malartic');
  });

  it('refuses every write to the file for an agent of another service point, as not found', async () => {
    await actAs(db, 'agent.rouyn@passerelle.test');
    expect(await actions.addInterventionAction({ accompanimentId, occurredOn: '2019-09-10', kind: 'phone_call', idempotencyKey: key() })).toMatchObject({ ok: false, error: 'not_found' });
    const { version } = await accompanimentOf(personId);
    expect(await actions.closeAccompanimentAction({ accompanimentId, version, closedOn: '2019-12-01', closureReason: 'goals_met' })).toMatchObject({ ok: false, error: 'not_found' });
  });

  it('transfers the file to an agent of another service point: it leaves the old scope, audited', async () => {
    await actAs(db, AGENT);
    const [lasarre] = await db.select({ id: users.id, servicePointId: users.servicePointId }).from(users).where(eq(users.email, 'agent.lasarre@passerelle.test'));
    const { version } = await accompanimentOf(personId);
    expect(await actions.transferAccompanimentAction({ accompanimentId, version, toAgentId: lasarre!.id, reason: 'Déménagement à La Sarre', transferredOn: '2019-10-01' })).toMatchObject({ ok: true });
    expect(await accompanimentOf(personId)).toMatchObject({ agentId: lasarre!.id, servicePointId: lasarre!.servicePointId });
    expect(await db.select().from(accompanimentTransfers).where(eq(accompanimentTransfers.accompanimentId, accompanimentId))).toHaveLength(1);
    await actAs(db, AGENT);
    const { getCurrentUser } = await import('@/lib/auth/current-user');
    // Val-d'Or now sees only that La Sarre holds an open follow-up; La Sarre sees the file.
    expect(await getPerson(db, (await getCurrentUser())!, personId)).toBeNull();
    await actAs(db, 'agent.lasarre@passerelle.test');
    expect(await getPerson(db, (await getCurrentUser())!, personId)).toMatchObject({ id: personId });
  });

  it('closes (not before the opening) and reopens as a new accompaniment, so past periods keep their figures', async () => {
    await actAs(db, 'agent.lasarre@passerelle.test');
    const { version } = await accompanimentOf(personId);
    expect(await actions.closeAccompanimentAction({ accompanimentId, version, closedOn: '2019-08-01', closureReason: 'goals_met' })).toMatchObject({ fieldErrors: { closedOn: 'beforeOpening' } });
    expect(await actions.closeAccompanimentAction({ accompanimentId, version, closedOn: '2019-12-20', closureReason: 'goals_met' })).toMatchObject({ ok: true });
    const period = { from: '2019-08-01', to: '2020-03-31', regionCode: '08' };
    const before = await headlineMetrics(db, period);
    const reopened = await actions.reopenAccompanimentAction({ accompanimentId, openedOn: '2020-05-04', needs: ['francization'], idempotencyKey: key() });
    expect(reopened).toMatchObject({ ok: true });
    expect(await headlineMetrics(db, period)).toEqual(before);
    const rows = await db.select().from(accompaniments).where(eq(accompaniments.personId, personId));
    expect(rows.map((row) => row.status).sort()).toEqual(['closed', 'open']);
    expect(rows.find((row) => row.status === 'open')!.reopenedFromId).toBe(accompanimentId);
    expect(await actions.reopenAccompanimentAction({ accompanimentId, openedOn: '2020-06-01', needs: ['francization'], idempotencyKey: key() })).toMatchObject({ fieldErrors: { accompanimentId: 'accompanimentOpen' } });
  });
});

describe('service points of the demo', () => {
  it('has the Val-d’Or agent at Val-d’Or (the fixtures above rely on it)', async () => {
    const [row] = await db.select({ name: servicePoints.name }).from(users).innerJoin(servicePoints, eq(servicePoints.id, users.servicePointId)).where(eq(users.email, AGENT));
    expect(row!.name).toMatch(/Val-d/);
  });
});

describe('the other writes of a file: field errors, stale versions, double submits', () => {
  let accompanimentId: string;

  beforeAll(async () => {
    await actAs(db, AGENT);
    const result = await actions.registerPersonAction(intake({ firstName: 'Tomasz', lastName: 'Nowak', birthDate: '1983-07-07', idempotencyKey: key() }));
    accompanimentId = (await accompanimentOf((result as { data: { id: string } }).data.id)).id;
  });

  it('names the fields of an intervention, a goal, a referral, a transfer and a closure', async () => {
    await actAs(db, AGENT);
    const cases: [keyof typeof actions, Record<string, unknown>, string, string][] = [
      ['addInterventionAction', { accompanimentId, occurredOn: '2030-01-01', kind: 'follow_up', idempotencyKey: key() }, 'occurredOn', 'dateInFuture'],
      ['addInterventionAction', { accompanimentId, occurredOn: '2019-09-10', kind: 'teleportation', idempotencyKey: key() }, 'kind', 'required'],
      ['addInterventionAction', { accompanimentId, occurredOn: '2019-09-10', kind: 'follow_up', durationMinutes: '-5', idempotencyKey: key() }, 'durationMinutes', 'invalid'],
      ['addInterventionAction', { accompanimentId, occurredOn: '2019-09-10', kind: 'follow_up', notes: 'x'.repeat(4001), idempotencyKey: key() }, 'notes', 'tooLong'],
      ['addActionPlanItemAction', { accompanimentId, need: 'employment', goal: '   ', idempotencyKey: key() }, 'goal', 'required'],
      ['addReferralAction', { accompanimentId, partnerId: valdorPartnerId, need: 'employment', sentOn: '2019-08-01', idempotencyKey: key() }, 'sentOn', 'beforeSharingConsent'],
      ['addReferralAction', { accompanimentId, partnerId: 'not-a-uuid', need: 'employment', sentOn: '2019-09-10', idempotencyKey: key() }, 'partnerId', 'invalid'],
      ['transferAccompanimentAction', { accompanimentId, version: 1, toAgentId: valdorAgentId, reason: '', transferredOn: '2019-10-01' }, 'reason', 'required'],
      ['closeAccompanimentAction', { accompanimentId, version: 1, closedOn: '2019-12-01', closureReason: 'bored' }, 'closureReason', 'required'],
    ];
    for (const [action, input, field, code] of cases) {
      const result = (await actions[action](input)) as { ok: boolean; fieldErrors?: Record<string, string> };
      expect(result.ok, `${action} ${field}`).toBe(false);
      expect(result.fieldErrors?.[field], `${action} ${field}`).toBe(code);
    }
  });

  it('gives a stale version of a goal or a referral a conflict', async () => {
    await actAs(db, AGENT);
    expect(await actions.addActionPlanItemAction({ accompanimentId, need: 'employment', goal: 'Trouver un emploi', idempotencyKey: key() })).toMatchObject({ ok: true });
    const [goal] = await db.select().from(actionPlanItems).where(eq(actionPlanItems.accompanimentId, accompanimentId));
    expect(await actions.setActionPlanStatusAction({ id: goal!.id, version: goal!.version, status: 'in_progress' })).toMatchObject({ ok: true });
    expect(await actions.setActionPlanStatusAction({ id: goal!.id, version: goal!.version, status: 'dropped' })).toMatchObject({ ok: false, error: 'conflict' });
    expect(await actions.addReferralAction({ accompanimentId, partnerId: valdorPartnerId, need: 'employment', sentOn: '2019-09-10', idempotencyKey: key() })).toMatchObject({ ok: true });
    const [referral] = await db.select().from(referrals).where(eq(referrals.accompanimentId, accompanimentId));
    expect(await actions.setReferralStatusAction({ id: referral!.id, version: referral!.version, status: 'accepted', respondedOn: '2019-09-12' })).toMatchObject({ ok: true });
    expect(await actions.setReferralStatusAction({ id: referral!.id, version: referral!.version, status: 'declined', respondedOn: '2019-09-12' })).toMatchObject({ ok: false, error: 'conflict' });
    const [after] = await db.select().from(referrals).where(eq(referrals.id, referral!.id));
    expect(after!.status).toBe('accepted');
  });

  it('creates one goal per submit, even when the two arrive together', async () => {
    await actAs(db, AGENT);
    const goal = { accompanimentId, need: 'health', goal: 'Obtenir la carte RAMQ', idempotencyKey: key() };
    await Promise.all([actions.addActionPlanItemAction(goal), actions.addActionPlanItemAction(goal)]);
    expect(await db.select().from(actionPlanItems).where(eq(actionPlanItems.goal, 'Obtenir la carte RAMQ'))).toHaveLength(1);
  });
});

describe('stale versions and replays of the follow-up itself', () => {
  it('refuses a closure or a transfer on a stale version, and sends one referral and one reopening per submit', async () => {
    await actAs(db, AGENT);
    const result = await actions.registerPersonAction(intake({ firstName: 'Ines', lastName: 'Haddad', birthDate: '1994-02-14', idempotencyKey: key() }));
    const personId = (result as { data: { id: string } }).data.id;
    const followUp = await accompanimentOf(personId);
    const referral = { accompanimentId: followUp.id, partnerId: valdorPartnerId, need: 'employment', sentOn: '2019-09-10', idempotencyKey: key() };
    await Promise.all([actions.addReferralAction(referral), actions.addReferralAction(referral)]);
    expect(await db.select().from(referrals).where(eq(referrals.accompanimentId, followUp.id))).toHaveLength(1);
    const [lasarre] = await db.select({ id: users.id }).from(users).where(eq(users.email, 'agent.lasarre@passerelle.test'));
    const stale = followUp.version + 5;
    expect(await actions.transferAccompanimentAction({ accompanimentId: followUp.id, version: stale, toAgentId: lasarre!.id, reason: 'Déménagement', transferredOn: '2019-10-01' })).toMatchObject({ ok: false, error: 'conflict' });
    expect(await actions.closeAccompanimentAction({ accompanimentId: followUp.id, version: stale, closedOn: '2019-12-01', closureReason: 'goals_met' })).toMatchObject({ ok: false, error: 'conflict' });
    expect(await accompanimentOf(personId)).toMatchObject({ status: 'open', agentId: valdorAgentId });
    expect(await actions.closeAccompanimentAction({ accompanimentId: followUp.id, version: followUp.version, closedOn: '2019-12-01', closureReason: 'goals_met' })).toMatchObject({ ok: true });
    const reopen = { accompanimentId: followUp.id, openedOn: '2020-02-01', needs: ['health'], idempotencyKey: key() };
    const [first, second] = await Promise.all([actions.reopenAccompanimentAction(reopen), actions.reopenAccompanimentAction(reopen)]);
    expect((first as { data: { id: string } }).data.id).toBe((second as { data: { id: string } }).data.id);
    expect(await db.select().from(accompaniments).where(eq(accompaniments.personId, personId))).toHaveLength(2);
  });
});
