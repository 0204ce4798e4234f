import { and, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as typedPersonsActions from '@/app/(app)/persons/actions';
import * as typedPrivacyActions from '@/app/(app)/privacy/actions';
import type { Db } from '@/db/client';
import {
  accompaniments,
  accompanimentTransfers,
  actionPlanItems,
  auditEvents,
  confidentialityIncidents,
  consentEvents,
  hires,
  incidentRevisions,
  interventions,
  partners,
  personCorrections,
  persons,
  referrals,
  retentionRuns,
  users,
} from '@/db/schema';
import { getCurrentUser } from '@/lib/auth/current-user';
import { headlineMetrics } from '@/lib/metrics/counts';
import { getPersonFile } from '@/lib/persons/file';
import { listPersons } from '@/lib/persons/queries';
import { getPersonExport } from '@/lib/privacy/export';
import { personExportText } from '@/lib/privacy/export-text';
import { listCommunications } from '@/lib/privacy/registers';
import { applyRetention, previewRetention } from '@/lib/privacy/retention';
import { closeTestDatabase, openSeededTestDatabase } from '../helpers/database';
import { readPdf } from '../helpers/pdf-text';
import { actAs } from '../helpers/session';

// Called with raw inputs, as a browser (or an attacker) would post them.
const personsActions = typedPersonsActions as unknown as Record<keyof typeof typedPersonsActions, (raw: unknown) => Promise<unknown>>;
const privacyActions = typedPrivacyActions as unknown as Record<keyof typeof typedPrivacyActions, (raw: unknown) => Promise<unknown>>;

const AGENT = 'agent.valdor@passerelle.test';
const OFFICER = 'protection@passerelle.test';
const MANAGER = 'direction@passerelle.test';
const key = () => crypto.randomUUID();

let db: Db;
let agentId: string;
let servicePointId: string;
let partnerId: string;

/** A person with one follow-up per [opened, closed|null] interval at Val-d'Or, with a note, a goal, a referral and a transfer. */
async function personWith(lastName: string, followUps: [string, string | null][]) {
  const [person] = await db
    .insert(persons)
    .values({
      firstName: 'Test',
      lastName,
      birthDate: '1985-06-17',
      countryOfBirth: 'CM',
      immigrationStatus: 'permanent_resident_economic',
      collectionConsentOn: followUps[0]![0],
      sharingConsent: true,
      sharingConsentOn: followUps[0]![0],
      email: `${lastName.toLowerCase()}@exemple.test`,
      phone: '819-555-0100',
      residenceMunicipality: 'Malartic',
      citizenship: 'CM',
    })
    .returning({ id: persons.id });
  for (const [openedOn, closedOn] of followUps) {
    const [followUp] = await db
      .insert(accompaniments)
      .values({ personId: person!.id, servicePointId, agentId, openedOn, closedOn, status: closedOn ? 'closed' : 'open', closureReason: closedOn ? 'goals_met' : null, needs: ['employment'] })
      .returning({ id: accompaniments.id });
    await db.insert(interventions).values({ accompanimentId: followUp!.id, authorId: agentId, occurredOn: openedOn, kind: 'follow_up', notes: `Note sur ${lastName}` });
    await db.insert(actionPlanItems).values({ accompanimentId: followUp!.id, need: 'employment', goal: `But de ${lastName}` });
    await db.insert(referrals).values({ accompanimentId: followUp!.id, partnerId, need: 'employment', sharingConsentOn: openedOn, sentOn: openedOn, notes: `Référence de ${lastName}` });
    await db.insert(accompanimentTransfers).values({ accompanimentId: followUp!.id, fromServicePointId: servicePointId, fromAgentId: agentId, toServicePointId: servicePointId, toAgentId: agentId, reason: `Motif ${lastName}`, transferredOn: openedOn, transferredById: agentId });
  }
  return person!.id;
}

beforeAll(async () => {
  db = await openSeededTestDatabase();
  const [agent] = await db.select({ id: users.id, servicePointId: users.servicePointId }).from(users).where(eq(users.email, AGENT));
  agentId = agent!.id;
  servicePointId = agent!.servicePointId!;
  const [partner] = await db.select({ id: partners.id }).from(partners).where(and(eq(partners.regionCode, '08'), eq(partners.active, true))).limit(1);
  partnerId = partner!.id;
});
afterAll(closeTestDatabase);

// Applying the schedule anonymizes most of the demo's files, one transaction each: slower than one test's default.
const APPLY_TIMEOUT = 180_000;

describe('retention schedule', () => {
  let due: string;
  let notDue: string;
  let openKept: string;

  beforeAll(async () => {
    // As of 2030-06-01 with the default 7 years: closed 2022-05-31 is due, 2023-06-02 is not, and a file
    // with an old closed follow-up and an open one is kept whatever its dates.
    due = await personWith('Retenue', [['2021-01-10', '2022-05-31']]);
    notDue = await personWith('Recente', [['2022-01-10', '2023-06-02']]);
    // Its open follow-up starts after the report's period, so that period's figures stay the report's.
    openKept = await personWith('Ouverte', [['2010-01-10', '2011-01-10'], ['2021-01-10', null]]);
    await db.insert(personCorrections).values({ personId: due, actorId: agentId, field: 'lastName', oldValue: 'Retenu', newValue: 'Retenue', reason: 'Faute de frappe' });
  });

  it('previews the files due as of a day: due, not due, an open accompaniment kept', async () => {
    const preview = await previewRetention(db, '2030-06-01', { offset: 0, limit: 10_000 });
    expect(preview.rule).toMatchObject({ kind: 'person_file', years: 7, isDefault: false });
    const ids = preview.rows.map((row) => row.personId);
    expect(ids).toContain(due);
    expect(ids).not.toContain(notDue);
    expect(ids).not.toContain(openKept);
    expect(preview.rows.find((row) => row.personId === due)).toMatchObject({ lastClosedOn: '2022-05-31', dueOn: '2029-05-31', servicePoints: [expect.stringContaining('Val-d')] });
    expect(preview.total).toBe(ids.length);
  });

  it('refuses the screen’s anonymization to other roles and as of a future day', async () => {
    await actAs(db, MANAGER);
    expect(await privacyActions.applyRetentionAction({ asOf: '2025-01-01' })).toMatchObject({ ok: false, error: 'forbidden' });
    await actAs(db, OFFICER);
    expect(await privacyActions.applyRetentionAction({ asOf: '2999-01-01' })).toMatchObject({ ok: false, fieldErrors: { asOf: 'dateOutOfRange' } });
    expect(await privacyActions.applyRetentionAction({ asOf: '2099-01-01' })).toMatchObject({ ok: false, fieldErrors: { asOf: 'dateInFuture' } });
  });

  it('anonymizes the due file: names, contacts, notes, exact birth date, correction values, hire link; keeps dates and codes; audited', async () => {
    const [hire] = await db.select({ id: hires.id }).from(hires).limit(1);
    await db.update(hires).set({ personId: due }).where(eq(hires.id, hire!.id));
    const before = await db.select().from(accompaniments).where(eq(accompaniments.personId, due));
    const result = await applyRetention(db, { asOf: '2030-06-01', actorId: null });
    expect(result.filesAnonymized).toBe(result.filesDue);
    expect(result.filesAnonymized).toBeGreaterThanOrEqual(1);

    const [person] = await db.select().from(persons).where(eq(persons.id, due));
    expect(person).toMatchObject({ firstName: '', lastName: '', birthDate: '1985-01-01', email: null, phone: null, residenceMunicipality: null, citizenship: null, countryOfBirth: 'CM', immigrationStatus: 'permanent_resident_economic' });
    expect(person!.anonymizedAt).toBeInstanceOf(Date);
    expect(await db.select().from(accompaniments).where(eq(accompaniments.personId, due))).toEqual(before);
    const followUpIds = before.map((row) => row.id);
    expect((await db.select().from(interventions).where(inArray(interventions.accompanimentId, followUpIds))).map((row) => row.notes)).toEqual([null]);
    expect((await db.select().from(referrals).where(inArray(referrals.accompanimentId, followUpIds))).map((row) => row.notes)).toEqual([null]);
    expect((await db.select().from(actionPlanItems).where(inArray(actionPlanItems.accompanimentId, followUpIds))).map((row) => row.goal)).toEqual(['']);
    expect((await db.select().from(accompanimentTransfers).where(inArray(accompanimentTransfers.accompanimentId, followUpIds))).map((row) => row.reason)).toEqual(['']);
    expect(await db.select({ oldValue: personCorrections.oldValue, newValue: personCorrections.newValue, field: personCorrections.field }).from(personCorrections).where(eq(personCorrections.personId, due))).toEqual([
      { oldValue: null, newValue: null, field: 'lastName' },
    ]);
    const [unlinked] = await db.select().from(hires).where(eq(hires.id, hire!.id));
    expect(unlinked!.personId).toBeNull();
    const [event] = await db.select().from(auditEvents).where(and(eq(auditEvents.action, 'person.anonymized'), eq(auditEvents.entityId, due)));
    expect(event!.details).toMatchObject({ runId: result.runId, asOf: '2030-06-01', years: 7 });
    expect(JSON.stringify(event)).not.toMatch(/Retenue|Malartic/);
    const [run] = await db.select().from(retentionRuns).where(eq(retentionRuns.id, result.runId));
    expect(run).toMatchObject({ applied: true, filesDue: result.filesDue, filesAnonymized: result.filesAnonymized, runById: null });

    // Not due and kept: untouched.
    const [kept] = await db.select().from(persons).where(eq(persons.id, notDue));
    expect(kept).toMatchObject({ lastName: 'Recente', anonymizedAt: null, birthDate: '1985-06-17' });
    const [open] = await db.select().from(persons).where(eq(persons.id, openKept));
    expect(open).toMatchObject({ lastName: 'Ouverte', anonymizedAt: null });
  }, APPLY_TIMEOUT);

  it('changes nothing when run twice', async () => {
    const snapshot = async () => db.select().from(persons).where(isNotNull(persons.anonymizedAt)).orderBy(persons.id);
    const before = await snapshot();
    const again = await applyRetention(db, { asOf: '2030-06-01', actorId: null });
    expect(again).toMatchObject({ filesDue: 0, filesAnonymized: 0 });
    expect(await snapshot()).toEqual(before);
  }, APPLY_TIMEOUT);

  it('leaves the persons list and the file working for an anonymized person, who can no longer be corrected', async () => {
    await actAs(db, AGENT);
    const user = (await getCurrentUser())!;
    // Out of the list (no name to list), still counted and opened by its reference.
    const list = await listPersons(db, user, { page: 1, status: 'closed', openedFrom: '2021-01-10', openedTo: '2021-01-10' });
    expect(list.rows.map((row) => row.id)).not.toContain(due);
    const unfiltered = await listPersons(db, user, { page: 1 });
    expect(unfiltered.rows.length).toBeGreaterThan(0);
    expect(unfiltered.rows.every((row) => row.lastName !== '')).toBe(true);
    const file = await getPersonFile(db, user, due);
    expect(file).toMatchObject({ kind: 'full', firstName: '', anonymizedAt: expect.any(Date) });
    const [person] = await db.select().from(persons).where(eq(persons.id, due));
    const correction = await personsActions.updatePersonAction({
      id: due, version: person!.version, firstName: 'Retour', lastName: 'Nom', birthDate: '1985-01-01', countryOfBirth: 'CM', immigrationCategory: 'permanent_resident_economic', collectionConsentOn: '2021-01-10', sharingConsent: false,
    });
    expect(correction).toMatchObject({ ok: false, fieldErrors: { id: 'anonymized' } });
  });

  it('keeps the report’s totals for 2019-08-01..2020-03-31 in region 08 (114 / 44 / 10) after anonymizing every closed file as of a far future day', async () => {
    const period = { from: '2019-08-01', to: '2020-03-31', regionCode: '08' };
    expect(await headlineMetrics(db, period)).toEqual({ personsAccompanied: 114, businessesAccompanied: 44, agreementsSigned: 10 });
    const result = await applyRetention(db, { asOf: '2100-12-31', actorId: null });
    expect(result.filesAnonymized).toBe(result.filesDue);
    // The demo's files of the report's period were closed long before: nearly all are anonymized by now.
    const [anonymized] = await db.select({ n: sql<number>`count(*)::int` }).from(persons).where(isNotNull(persons.anonymizedAt));
    expect(anonymized!.n).toBeGreaterThan(100);
    expect(await headlineMetrics(db, period)).toEqual({ personsAccompanied: 114, businessesAccompanied: 44, agreementsSigned: 10 });
    // Every file without an open accompaniment is anonymized; none with one.
    const [withOpen] = await db.execute<{ n: number }>(sql`select count(*)::int as n from persons p where p.anonymized_at is not null and exists (select 1 from accompaniments a where a.person_id = p.id and a.status = 'open')`).then((r) => (Array.isArray(r) ? r : (r as unknown as { rows: { n: number }[] }).rows));
    expect(withOpen!.n).toBe(0);
    const [open] = await db.select().from(persons).where(eq(persons.id, openKept));
    expect(open!.anonymizedAt).toBeNull();
  }, APPLY_TIMEOUT);
});

describe('consent and rectification', () => {
  let personId: string;
  let accompanimentId: string;

  beforeAll(async () => {
    personId = await personWith('Consentante', [['2025-05-01', null]]);
    const [row] = await db.select({ id: accompaniments.id }).from(accompaniments).where(eq(accompaniments.personId, personId));
    accompanimentId = row!.id;
  });

  const version = async () => (await db.select({ version: persons.version }).from(persons).where(eq(persons.id, personId)))[0]!.version;

  it('records the kinds of information a referral shared as the agent chose them; none or an unknown kind is refused by field', async () => {
    await actAs(db, AGENT);
    const referral = (sharedInformation: unknown) =>
      personsActions.addReferralAction({ accompanimentId, partnerId, need: 'employment', sentOn: '2025-05-02', sharedInformation, idempotencyKey: key() });
    const count = async () => (await db.select().from(referrals).where(eq(referrals.accompanimentId, accompanimentId))).length;
    const before = await count();
    expect(await referral([])).toMatchObject({ ok: false, fieldErrors: { sharedInformation: 'required' } });
    expect(await referral(['identity', 'diagnosis'])).toMatchObject({ ok: false, fieldErrors: { sharedInformation: 'invalid' } });
    expect(await referral([{ kind: 'identity' }])).toMatchObject({ ok: false, fieldErrors: { sharedInformation: 'invalid' } });
    expect(await count()).toBe(before);
    expect(await referral(['immigration_status', 'identity', 'immigration_status'])).toMatchObject({ ok: true });
    const [made] = await db.select().from(referrals).where(and(eq(referrals.accompanimentId, accompanimentId), eq(referrals.sentOn, '2025-05-02')));
    expect(made!.sharedInformation).toEqual(['immigration_status', 'identity']);
    // The privacy officer's communications register says what was shared, as chosen.
    const register = await listCommunications(db, { page: 1, pageSize: 50, from: '2025-05-02', to: '2025-05-02', direction: 'desc' });
    expect(register.rows.find((row) => row.id === made!.id)).toMatchObject({ sharedInformation: ['immigration_status', 'identity'], basis: 'consent' });
  });

  it('withdraws the consent with its date: event recorded, audited, and a new referral refused with a clear message', async () => {
    await actAs(db, AGENT);
    expect(await personsActions.withdrawSharingConsentAction({ personId, version: 999, effectiveOn: '2025-06-01' })).toMatchObject({ ok: false, error: 'conflict' });
    expect(await personsActions.withdrawSharingConsentAction({ personId, version: await version(), effectiveOn: '2025-04-01' })).toMatchObject({ fieldErrors: { effectiveOn: 'beforeSharingConsentGiven' } });
    expect(await personsActions.withdrawSharingConsentAction({ personId, version: await version(), effectiveOn: '2025-06-01' })).toMatchObject({ ok: true });
    const [person] = await db.select().from(persons).where(eq(persons.id, personId));
    expect(person).toMatchObject({ sharingConsent: false, sharingConsentOn: null });
    expect(await db.select({ event: consentEvents.event, effectiveOn: consentEvents.effectiveOn, kind: consentEvents.kind }).from(consentEvents).where(eq(consentEvents.personId, personId))).toEqual([
      { event: 'withdrawn', effectiveOn: '2025-06-01', kind: 'sharing' },
    ]);
    expect(await db.select().from(auditEvents).where(and(eq(auditEvents.action, 'person.consent_withdrawn'), eq(auditEvents.entityId, personId)))).toHaveLength(1);
    const referralsBefore = await db.select().from(referrals).where(eq(referrals.accompanimentId, accompanimentId));
    const refused = await personsActions.addReferralAction({ accompanimentId, partnerId, need: 'employment', sentOn: '2025-06-02', idempotencyKey: key() });
    expect(refused).toMatchObject({ ok: false, error: 'invalid', fieldErrors: { partnerId: 'sharingConsentWithdrawn' } });
    expect(await db.select().from(referrals).where(eq(referrals.accompanimentId, accompanimentId))).toHaveLength(referralsBefore.length);
    expect(await personsActions.withdrawSharingConsentAction({ personId, version: await version(), effectiveOn: '2025-06-01' })).toMatchObject({ fieldErrors: { effectiveOn: 'consentAlreadyWithdrawn' } });
  });

  it('refuses consent changes to an agent of another service point and to the privacy officer', async () => {
    await actAs(db, 'agent.rouyn@passerelle.test');
    expect(await personsActions.giveSharingConsentAction({ personId, version: await version(), effectiveOn: '2025-06-03' })).toMatchObject({ ok: false, error: 'not_found' });
    await actAs(db, OFFICER);
    expect(await personsActions.giveSharingConsentAction({ personId, version: await version(), effectiveOn: '2025-06-03' })).toMatchObject({ ok: false, error: 'forbidden' });
  });

  it('keeps each corrected field with its old and new values, in the correction’s transaction; the file says it was corrected', async () => {
    await actAs(db, AGENT);
    const [person] = await db.select().from(persons).where(eq(persons.id, personId));
    const update = {
      id: personId,
      version: person!.version,
      firstName: 'Testée',
      lastName: 'Consentante',
      birthDate: '1985-06-18',
      countryOfBirth: 'CM',
      citizenship: 'CM',
      immigrationCategory: 'permanent_resident_economic',
      residenceMunicipality: 'Malartic',
      phone: '819-555-0100',
      email: 'consentante@exemple.test',
      collectionConsentOn: '2025-05-01',
      sharingConsent: false,
      correctionReason: 'Pièce d’identité',
    };
    expect(await personsActions.updatePersonAction(update)).toMatchObject({ ok: true });
    const rows = await db.select().from(personCorrections).where(eq(personCorrections.personId, personId));
    expect(rows.map(({ field, oldValue, newValue, reason }) => ({ field, oldValue, newValue, reason })).sort((a, b) => a.field.localeCompare(b.field))).toEqual([
      { field: 'birthDate', oldValue: '1985-06-17', newValue: '1985-06-18', reason: 'Pièce d’identité' },
      { field: 'firstName', oldValue: 'Test', newValue: 'Testée', reason: 'Pièce d’identité' },
    ]);
    // A stale version writes no correction.
    expect(await personsActions.updatePersonAction({ ...update, firstName: 'Autre' })).toMatchObject({ ok: false, error: 'conflict' });
    expect(await db.select().from(personCorrections).where(eq(personCorrections.personId, personId))).toHaveLength(2);
    const [audit] = await db.select().from(auditEvents).where(and(eq(auditEvents.action, 'person.updated'), eq(auditEvents.entityId, personId)));
    expect(JSON.stringify(audit!.details)).not.toMatch(/Test|1985/);
  });
});

describe('export of a person’s information (access request)', () => {
  let mine: string;
  let other: string;

  beforeAll(async () => {
    mine = await personWith('Exportee', [['2025-02-01', '2025-03-01'], ['2025-04-01', null]]);
    other = await personWith('Autrui', [['2025-02-01', null]]);
    await db.insert(consentEvents).values({ personId: mine, kind: 'sharing', event: 'given', effectiveOn: '2025-02-01', recordedById: agentId });
    await db.insert(personCorrections).values({ personId: mine, actorId: agentId, field: 'phone', oldValue: '819-555-0199', newValue: '819-555-0100' });
    const [hire] = await db.select({ id: hires.id }).from(hires).where(sql`${hires.personId} is null`).limit(1);
    await db.update(hires).set({ personId: mine }).where(eq(hires.id, hire!.id));
    await actAs(db, MANAGER);
    await getPersonFile(db, (await getCurrentUser())!, mine); // a view the export must list
  });

  it('holds all of the person’s records and nothing of another person; audited', async () => {
    await actAs(db, AGENT);
    const data = await getPersonExport(db, (await getCurrentUser())!, mine, 'json');
    expect(data).not.toBeNull();
    expect(data!.person).toMatchObject({ id: mine, lastName: 'Exportee', email: 'exportee@exemple.test' });
    expect(data!.accompaniments).toHaveLength(2);
    for (const followUp of data!.accompaniments) {
      expect(followUp.interventions.map((row) => row.notes)).toEqual(['Note sur Exportee']);
      expect(followUp.actionPlan.map((row) => row.goal)).toEqual(['But de Exportee']);
      expect(followUp.referrals.map((row) => row.notes)).toEqual(['Référence de Exportee']);
      expect(followUp.transfers.map((row) => row.reason)).toEqual(['Motif Exportee']);
    }
    expect(data!.hires).toHaveLength(1);
    expect(data!.consents.events).toEqual([expect.objectContaining({ kind: 'sharing', event: 'given', effectiveOn: '2025-02-01' })]);
    expect(data!.corrections).toEqual([expect.objectContaining({ field: 'phone', oldValue: '819-555-0199', newValue: '819-555-0100' })]);
    expect(data!.accessLog).toEqual(expect.arrayContaining([expect.objectContaining({ action: 'person.viewed', by: 'Martine Direction' })]));
    const text = JSON.stringify(data);
    expect(text).not.toContain(other);
    expect(text).not.toContain('Autrui');
    const [audit] = await db.select().from(auditEvents).where(and(eq(auditEvents.action, 'person.exported'), eq(auditEvents.entityId, mine)));
    expect(audit).toMatchObject({ entityType: 'person', details: { format: 'json' } });
  });

  it('answers the JSON route to the file’s readers only: 404 out of scope, 403 to the privacy officer and the adviser', async () => {
    const { GET } = await import('@/app/api/v1/persons/[id]/export/route');
    const call = () => GET(new Request(`http://localhost/api/v1/persons/${mine}/export`), { params: Promise.resolve({ id: mine }) });
    await actAs(db, AGENT);
    const ok = await call();
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-disposition')).toContain('attachment');
    expect(((await ok.json()) as { person: { id: string } }).person.id).toBe(mine);
    await actAs(db, 'agent.rouyn@passerelle.test');
    expect((await call()).status).toBe(404);
    await actAs(db, OFFICER);
    expect((await call()).status).toBe(403);
    await actAs(db, 'conseil.valdor@passerelle.test');
    expect((await call()).status).toBe(403);
  });
  it('answers the PDF route with a tagged French document holding the same words as the page, audited; 404 out of scope', async () => {
    const { GET } = await import('@/app/(app)/persons/[id]/export/pdf/route');
    const call = () => GET(new Request(`http://localhost/persons/${mine}/export/pdf`), { params: Promise.resolve({ id: mine }) });
    await actAs(db, AGENT);
    // Worded before the PDF is made: the PDF's access log holds one line more (this export), never fewer.
    const words = personExportText((await getPersonExport(db, (await getCurrentUser())!, mine, 'json'))!, 'fr');
    const response = await call();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    const pdf = await readPdf(new Uint8Array(await response.arrayBuffer()));
    expect(pdf).toMatchObject({ lang: 'fr-CA', tagged: true, title: words.title });
    // Every line the page shows is in the PDF (the same strings), the notes and the corrected values included.
    const lines = words.sections.flatMap((section) => [
      section.heading,
      ...section.fields.map(([label, value]) => `${label} : ${value}`),
      ...section.lists.flatMap((list) => list.items),
      ...section.parts.flatMap((part) => [part.heading, ...part.lines, ...part.lists.flatMap((list) => list.items)]),
    ]);
    expect(lines.length).toBeGreaterThan(30);
    for (const line of lines) expect(pdf.text).toContain(line.replace(/\s+/g, ' '));
    expect(pdf.text).toContain('Note sur Exportee');
    expect(pdf.text).toContain('819-555-0199');
    expect(pdf.text).not.toContain('Autrui');
    const audits = await db.select().from(auditEvents).where(and(eq(auditEvents.action, 'person.exported'), eq(auditEvents.entityId, mine)));
    expect(audits.map((audit) => (audit.details as { format: string }).format)).toContain('pdf');
    await actAs(db, 'agent.rouyn@passerelle.test');
    expect((await call()).status).toBe(404);
    await actAs(db, OFFICER);
    expect((await call()).status).toBe(403);
  });
});

describe('confidentiality incident register', () => {
  const incident = (overrides: Record<string, unknown> = {}) => ({
    informationConcerned: 'Noms et numéros de téléphone de 12 personnes',
    circumstances: 'Courriel envoyé au mauvais partenaire',
    occurredFrom: '2025-03-03',
    discoveredOn: '2025-03-04',
    personsConcerned: '12',
    riskLevel: 'low',
    riskReasons: 'Partenaire de confiance, courriel supprimé',
    idempotencyKey: key(),
    ...overrides,
  });

  it.each([
    ['informationConcerned', { informationConcerned: ' ' }, 'required'],
    ['circumstances', { circumstances: undefined }, 'invalid'],
    ['occurredFrom', { occurredFrom: '' }, 'invalidDate'],
    ['discoveredOn', { discoveredOn: '2025-03-01' }, 'beforeIncidentStart'],
    ['occurredTo', { occurredTo: '2025-03-01' }, 'beforeIncidentStart'],
    ['personsConcerned', { personsConcerned: '' }, 'required'],
    ['personsConcerned', { personsConcerned: '-1' }, 'invalid'],
    ['riskLevel', { riskLevel: 'huge' }, 'required'],
    ['riskReasons', { riskLevel: 'serious', riskReasons: '' }, 'riskReasonsRequired'],
    ['commissionNotifiedOn', { commissionNotifiedOn: '2025-03-01' }, 'beforeDiscovery'],
    ['discoveredOn', { discoveredOn: '2099-01-01' }, 'dateInFuture'],
  ])('refuses a bad %s with its field named, writing nothing', async (field, overrides, code) => {
    await actAs(db, OFFICER);
    const before = await db.select({ id: confidentialityIncidents.id }).from(confidentialityIncidents);
    const result = await privacyActions.recordIncidentAction(incident(overrides));
    expect(result).toMatchObject({ ok: false, error: 'invalid' });
    expect((result as { fieldErrors: Record<string, string> }).fieldErrors[field]).toBe(code);
    expect(await db.select({ id: confidentialityIncidents.id }).from(confidentialityIncidents)).toHaveLength(before.length);
  });

  it('records once per submit, edits against the version with its history, refuses other roles', async () => {
    await actAs(db, MANAGER);
    expect(await privacyActions.recordIncidentAction(incident())).toMatchObject({ ok: false, error: 'forbidden' });
    await actAs(db, OFFICER);
    const submit = incident();
    const first = await privacyActions.recordIncidentAction(submit);
    expect(await privacyActions.recordIncidentAction(submit)).toMatchObject({ ok: true, data: { id: (first as { data: { id: string } }).data.id, replayed: true } });
    const id = (first as { data: { id: string } }).data.id;
    const [saved] = await db.select().from(confidentialityIncidents).where(eq(confidentialityIncidents.id, id));
    expect(saved).toMatchObject({ personsConcerned: 12, riskLevel: 'low', version: 1 });
    const fields: Partial<typeof submit> = { ...submit };
    delete fields.idempotencyKey;
    expect(await privacyActions.updateIncidentAction({ ...fields, id, version: 1, riskLevel: 'serious', riskReasons: 'Numéros d’assurance sociale visés', commissionNotifiedOn: '2025-03-05' })).toMatchObject({ ok: true });
    expect(await privacyActions.updateIncidentAction({ ...fields, id, version: 1, personsConcerned: '13' })).toMatchObject({ ok: false, error: 'conflict' });
    const revisions = await db.select().from(incidentRevisions).where(eq(incidentRevisions.incidentId, id)).orderBy(incidentRevisions.version);
    expect(revisions.map((revision) => [revision.version, (revision.snapshot as { riskLevel: string }).riskLevel])).toEqual([
      [1, 'low'],
      [2, 'serious'],
    ]);
    expect(await db.select().from(auditEvents).where(and(eq(auditEvents.entityId, id), inArray(auditEvents.action, ['incident.recorded', 'incident.updated'])))).toHaveLength(2);
  });

  it('exports the register as CSV, audited', async () => {
    const { GET } = await import('@/app/(app)/privacy/incidents/export/route');
    await actAs(db, OFFICER);
    const response = await GET(new Request('http://localhost/privacy/incidents/export'));
    expect(response.status).toBe(200);
    const bytes = new Uint8Array(await response.clone().arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = await response.text();
    expect(text).toContain('Courriel envoyé au mauvais partenaire');
    expect(await db.select().from(auditEvents).where(eq(auditEvents.action, 'incidents.exported'))).toHaveLength(1);
    await actAs(db, MANAGER);
    expect((await GET(new Request('http://localhost/privacy/incidents/export'))).status).toBe(403);
  });
});
