import 'server-only';
import { randomUUID } from 'node:crypto';
import { and, eq, ne, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Tx } from '@/db/client';
import { appSettings, mrcs, regions, servicePoints } from '@/db/schema';
import { recordAuditEvent } from '@/lib/audit/record';
import type { SessionUser } from '@/lib/auth/current-user';
import { NotFoundError, RuleError, VersionConflictError } from '@/lib/errors';
import { normalizeName } from '@/lib/persons/names';
import { frenchSortKey } from '@/lib/sql/french-text';
import { createOnce, updateVersioned } from '@/lib/writes';
import type { contactLineInput, createMrcInput, createServicePointInput, updateMrcInput, updateServicePointInput } from './schemas';

// Writes of the reference data screens (admins, permission reference:manage). Each takes the action's
// transaction, checks what the form cannot (the MRC exists, a name is not taken), writes, and audits ids
// and field names only.

/** A stable code for a new row ("Services Québec – Amos" → "services-quebec-amos"), unique in its table. */
async function freeCode(tx: Tx, table: typeof servicePoints | typeof mrcs, name: string): Promise<string> {
  const base = normalizeName(name).replace(/ /g, '-').slice(0, 60) || 'code';
  const [taken] = await tx.select({ code: table.code }).from(table).where(eq(table.code, base));
  return taken ? `${base}-${randomUUID().slice(0, 8)}` : base;
}

/** The MRC of a service point must exist; the service point's region is the MRC's. */
async function regionOfMrc(tx: Tx, mrcId: string): Promise<string> {
  const [mrc] = await tx.select({ regionCode: mrcs.regionCode }).from(mrcs).where(eq(mrcs.id, mrcId));
  if (!mrc) throw new RuleError('mrcId', 'invalid');
  return mrc.regionCode;
}

/** Two offices with the same name would be told apart by nobody (accents and case ignored). */
async function assertServicePointNameFree(tx: Tx, name: string, exceptId?: string) {
  const [clash] = await tx
    .select({ id: servicePoints.id })
    .from(servicePoints)
    .where(and(sql`${frenchSortKey(servicePoints.name)} = ${frenchSortKey(sql`${name}::text`)}`, exceptId ? ne(servicePoints.id, exceptId) : undefined));
  if (clash) throw new RuleError('name', 'nameTaken');
}

async function assertMrcNameFree(tx: Tx, name: string, regionCode: string, exceptId?: string) {
  const [clash] = await tx
    .select({ id: mrcs.id })
    .from(mrcs)
    .where(and(eq(mrcs.regionCode, regionCode), sql`${frenchSortKey(mrcs.name)} = ${frenchSortKey(sql`${name}::text`)}`, exceptId ? ne(mrcs.id, exceptId) : undefined));
  if (clash) throw new RuleError('name', 'nameTaken');
}

type ServicePointFields = Omit<z.output<typeof updateServicePointInput>, 'id' | 'version'>;

function servicePointColumns(input: ServicePointFields, regionCode: string) {
  return {
    name: input.name,
    address: input.address,
    city: input.city,
    postalCode: input.postalCode,
    mrcId: input.mrcId,
    regionCode,
    email: input.email,
    phone: input.phone,
    hours: input.hours,
    active: input.active,
  };
}

export async function createServicePoint(tx: Tx, admin: SessionUser, input: z.output<typeof createServicePointInput>) {
  return createOnce(tx, admin, 'service_point.created', input.idempotencyKey, async () => {
    const regionCode = await regionOfMrc(tx, input.mrcId);
    await assertServicePointNameFree(tx, input.name);
    const [created] = await tx
      .insert(servicePoints)
      .values({ code: await freeCode(tx, servicePoints, input.name), ...servicePointColumns(input, regionCode) })
      .returning({ id: servicePoints.id });
    await recordAuditEvent(tx, { action: 'service_point.created', actorId: admin.id, entityType: 'service_point', entityId: created!.id, details: { regionCode, active: input.active } });
    return created!.id;
  });
}

export async function updateServicePoint(tx: Tx, admin: SessionUser, input: z.output<typeof updateServicePointInput>) {
  const [before] = await tx.select().from(servicePoints).where(eq(servicePoints.id, input.id));
  if (!before) throw new NotFoundError('service point');
  const regionCode = await regionOfMrc(tx, input.mrcId);
  await assertServicePointNameFree(tx, input.name, input.id);
  const columns = servicePointColumns(input, regionCode);
  await updateVersioned(tx, servicePoints, input.id, input.version, columns);
  // Which fields changed, never their values (an address or a phone is not personal, but the rule is one).
  const changed = (Object.keys(columns) as (keyof typeof columns)[]).filter((key) => before[key] !== columns[key]);
  await recordAuditEvent(tx, { action: 'service_point.updated', actorId: admin.id, entityType: 'service_point', entityId: input.id, details: { changed } });
  return { id: input.id, version: input.version + 1 };
}

export async function createMrc(tx: Tx, admin: SessionUser, input: z.output<typeof createMrcInput>) {
  return createOnce(tx, admin, 'mrc.created', input.idempotencyKey, async () => {
    const [region] = await tx.select({ code: regions.code }).from(regions).where(eq(regions.code, input.regionCode));
    if (!region) throw new RuleError('regionCode', 'unknownRegion');
    await assertMrcNameFree(tx, input.name, input.regionCode);
    const [created] = await tx
      .insert(mrcs)
      .values({ code: await freeCode(tx, mrcs, input.name), name: input.name, regionCode: input.regionCode })
      .returning({ id: mrcs.id });
    await recordAuditEvent(tx, { action: 'mrc.created', actorId: admin.id, entityType: 'mrc', entityId: created!.id, details: { regionCode: input.regionCode } });
    return created!.id;
  });
}

/** Only the name: the region of an MRC is geography, and its rows (persons, businesses) point at it. */
export async function updateMrc(tx: Tx, admin: SessionUser, input: z.output<typeof updateMrcInput>) {
  const [before] = await tx.select({ regionCode: mrcs.regionCode }).from(mrcs).where(eq(mrcs.id, input.id));
  if (!before) throw new NotFoundError('mrc');
  await assertMrcNameFree(tx, input.name, before.regionCode, input.id);
  await updateVersioned(tx, mrcs, input.id, input.version, { name: input.name });
  await recordAuditEvent(tx, { action: 'mrc.updated', actorId: admin.id, entityType: 'mrc', entityId: input.id });
  return { id: input.id, version: input.version + 1 };
}

/** The single settings row (seeded with the reference data), under the same optimistic locking as the rest. */
export async function updateContactLine(tx: Tx, admin: SessionUser, input: z.output<typeof contactLineInput>) {
  const updated = await tx
    .update(appSettings)
    .set({ contactEmail: input.contactEmail, contactPhone: input.contactPhone, version: sql`${appSettings.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(appSettings.id, 1), eq(appSettings.version, input.version)))
    .returning({ version: appSettings.version });
  if (updated.length === 0) {
    const [exists] = await tx.select({ id: appSettings.id }).from(appSettings).where(eq(appSettings.id, 1));
    throw exists ? new VersionConflictError() : new NotFoundError('settings');
  }
  await recordAuditEvent(tx, { action: 'settings.contact_line_updated', actorId: admin.id, entityType: 'app_settings', entityId: '1' });
  return { version: updated[0]!.version };
}
