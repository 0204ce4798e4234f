import 'server-only';
import { and, eq, ne } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { mrcs, partners, regions } from '@/db/schema';
import { recordAuditEvent } from '@/lib/audit/record';
import type { SessionUser } from '@/lib/auth/current-user';
import { NotFoundError, RuleError, VersionConflictError } from '@/lib/errors';
import { createOnce, updateVersioned } from '@/lib/writes';
import type { z } from 'zod';
import type { CreatePartnerInput, setPartnerActiveInput, UpdatePartnerInput } from './schemas';

// Writes of the partners directory (admins, reference:manage), each audited with ids and codes.

async function checkPlace(tx: Tx, regionCode: string, mrcId: string | undefined) {
  const [region] = await tx.select({ code: regions.code }).from(regions).where(eq(regions.code, regionCode));
  if (!region) throw new RuleError('regionCode', 'invalid');
  if (!mrcId) return;
  const [mrc] = await tx.select({ regionCode: mrcs.regionCode }).from(mrcs).where(eq(mrcs.id, mrcId));
  if (!mrc) throw new RuleError('mrcId', 'invalid');
  if (mrc.regionCode !== regionCode) throw new RuleError('mrcId', 'mrcNotInRegion');
}

async function checkName(tx: Tx, name: string, exceptId?: string) {
  const [taken] = await tx
    .select({ id: partners.id })
    .from(partners)
    .where(and(eq(partners.name, name), exceptId ? ne(partners.id, exceptId) : undefined));
  if (taken) throw new RuleError('name', 'partnerNameTaken');
}

function partnerColumns(input: CreatePartnerInput | UpdatePartnerInput) {
  return {
    name: input.name,
    kind: input.kind,
    regionCode: input.regionCode,
    mrcId: input.mrcId ?? null,
    services: input.services ?? null,
    territory: input.territory ?? null,
    address: input.address ?? null,
    contactName: input.contactName ?? null,
    email: input.email ?? null,
    phone: input.phone ?? null,
    website: input.website ?? null,
    listedAsResource: input.listedAsResource,
  };
}

export async function createPartner(tx: Tx, user: SessionUser, input: CreatePartnerInput) {
  return createOnce(tx, user, 'partner.create', input.idempotencyKey, async () => {
    await checkPlace(tx, input.regionCode, input.mrcId);
    await checkName(tx, input.name);
    const [row] = await tx.insert(partners).values(partnerColumns(input)).returning({ id: partners.id });
    await recordAuditEvent(tx, { action: 'partner.created', actorId: user.id, entityType: 'partner', entityId: row!.id, details: { kind: input.kind, regionCode: input.regionCode } });
    return row!.id;
  });
}

async function partnerForWrite(tx: Tx, id: string, version: number) {
  const [row] = await tx.select({ id: partners.id, version: partners.version, active: partners.active }).from(partners).where(eq(partners.id, id));
  if (!row) throw new NotFoundError('partner');
  if (row.version !== version) throw new VersionConflictError();
  return row;
}

export async function updatePartner(tx: Tx, user: SessionUser, input: UpdatePartnerInput) {
  await partnerForWrite(tx, input.id, input.version);
  await checkPlace(tx, input.regionCode, input.mrcId);
  await checkName(tx, input.name, input.id);
  await updateVersioned(tx, partners, input.id, input.version, partnerColumns(input));
  await recordAuditEvent(tx, { action: 'partner.updated', actorId: user.id, entityType: 'partner', entityId: input.id, details: { kind: input.kind, regionCode: input.regionCode } });
  return { id: input.id };
}

/** Deactivates (no new referral, no new agreement) or reactivates a partner; past records keep it. */
export async function setPartnerActive(tx: Tx, user: SessionUser, input: z.output<typeof setPartnerActiveInput>) {
  await partnerForWrite(tx, input.id, input.version);
  await updateVersioned(tx, partners, input.id, input.version, { active: input.active });
  await recordAuditEvent(tx, { action: input.active ? 'partner.reactivated' : 'partner.deactivated', actorId: user.id, entityType: 'partner', entityId: input.id });
  return { id: input.id };
}
