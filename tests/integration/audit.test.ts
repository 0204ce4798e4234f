import { desc, eq } from 'drizzle-orm';
import { headers } from 'next/headers';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createStaffAction } from '@/app/(app)/admin/staff/actions';
import type { Db } from '@/db/client';
import { auditEvents, users } from '@/db/schema';
import { getCurrentUser } from '@/lib/auth/current-user';
import { requirePermission } from '@/lib/auth/require-permission';
import { closeTestDatabase, openSeededTestDatabase } from '../helpers/database';
import { actAs } from '../helpers/session';

let db: Db;
beforeAll(async () => {
  db = await openSeededTestDatabase();
});
afterAll(closeTestDatabase);

const lastEvent = async () => (await db.select().from(auditEvents).orderBy(desc(auditEvents.id)).limit(1))[0];

describe('audit trail', () => {
  it('records who, what, when and from where for an action', async () => {
    // Behind one trusted reverse proxy (10.0.0.1), which appended the address it saw; the first hop is the client's own claim.
    vi.stubEnv('TRUSTED_PROXY_COUNT', '1');
    vi.mocked(headers).mockResolvedValueOnce(new Headers({ 'x-passerelle-peer-address': '10.0.0.1', 'x-forwarded-for': '203.0.113.66, 198.51.100.7' }) as never);
    await actAs(db, 'admin@passerelle.test');
    const result = await createStaffAction({ email: 'audit.me@passerelle.test', displayName: 'Audit Me', role: 'admin', servicePointId: null, idempotencyKey: crypto.randomUUID() });
    expect(result.ok).toBe(true);
    const temporaryPassword = (result as { data: { temporaryPassword: string } }).data.temporaryPassword;
    const [admin] = await db.select({ id: users.id }).from(users).where(eq(users.email, 'admin@passerelle.test'));
    const event = await lastEvent();
    expect(event).toMatchObject({ action: 'staff.created', actorId: admin!.id, entityType: 'user', ipAddress: '198.51.100.7' });
    expect(Date.now() - event!.occurredAt.getTime()).toBeLessThan(60_000);
    // Details hold ids and codes, never the e-mail, the name or the password.
    expect(JSON.stringify(event)).not.toMatch(/audit\.me|Audit Me/);
    expect(JSON.stringify(event)).not.toContain(temporaryPassword);
    vi.unstubAllEnvs();
  });

  it.each([
    ['a forged address', '203.0.113.66'],
    ['an empty first hop', ', 203.0.113.66'],
    ['garbage', 'not-an-address, <script>'],
  ])('records the address the server saw, whatever X-Forwarded-For says (%s)', async (_case, forwarded) => {
    vi.mocked(headers).mockResolvedValueOnce(new Headers({ 'x-passerelle-peer-address': '::ffff:192.0.2.10', 'x-forwarded-for': forwarded }) as never);
    await actAs(db, 'admin@passerelle.test');
    const result = await createStaffAction({ email: `forged${forwarded.length}@passerelle.test`, displayName: 'Forged', role: 'admin', servicePointId: null, idempotencyKey: crypto.randomUUID() });
    expect(result.ok).toBe(true);
    expect(await lastEvent()).toMatchObject({ action: 'staff.created', ipAddress: '192.0.2.10' });
  });

  it('records a page refused to a role, and answers 404', async () => {
    await actAs(db, 'direction@passerelle.test');
    const manager = (await getCurrentUser())!;
    await expect(requirePermission(manager, 'staff:manage', { endpoint: 'page /admin/staff' })).rejects.toThrow(/NEXT_HTTP_ERROR_FALLBACK;404/);
    expect(await lastEvent()).toMatchObject({ action: 'access.refused', actorId: manager.id, entityId: null, details: { permission: 'staff:manage', endpoint: 'page /admin/staff' } });
  });

  it('records which action or route was refused, and the record it named', async () => {
    await actAs(db, 'agent.valdor@passerelle.test');
    const agent = (await getCurrentUser())!;
    const [target] = await db.select({ id: users.id, version: users.version }).from(users).where(eq(users.email, 'agent.lasarre@passerelle.test'));
    const { setStaffActiveAction } = await import('@/app/(app)/admin/staff/actions');
    expect(await setStaffActiveAction({ id: target!.id, version: target!.version, active: false })).toMatchObject({ ok: false, error: 'forbidden' });
    expect(await lastEvent()).toMatchObject({ action: 'access.refused', actorId: agent.id, entityId: target!.id, details: { permission: 'staff:manage', endpoint: 'action setStaffActive' } });
    await actAs(db, 'admin@passerelle.test');
    const { GET } = await import('@/app/api/v1/persons/[id]/route');
    const id = target!.id;
    expect((await GET(new Request(`http://localhost/api/v1/persons/${id}`), { params: Promise.resolve({ id }) })).status).toBe(403);
    expect(await lastEvent()).toMatchObject({ action: 'access.refused', entityId: id, details: { endpoint: 'GET /api/v1/persons/[id]' } });
  });

  it('records every view of a person, and every refusal', async () => {
    const { GET } = await import('@/app/api/v1/persons/[id]/route');
    await actAs(db, 'agent.valdor@passerelle.test');
    const list = await (await import('@/app/api/v1/persons/route')).GET(new Request('http://localhost/api/v1/persons'));
    const { rows } = (await list.json()) as { rows: { id: string }[] };
    const id = rows[0]!.id;
    expect((await GET(new Request(`http://localhost/api/v1/persons/${id}`), { params: Promise.resolve({ id }) })).status).toBe(200);
    expect(await lastEvent()).toMatchObject({ action: 'person.viewed', entityType: 'person', entityId: id });
    await actAs(db, 'agent.gatineau@passerelle.test');
    expect((await GET(new Request(`http://localhost/api/v1/persons/${id}`), { params: Promise.resolve({ id }) })).status).toBe(404);
    expect(await lastEvent()).toMatchObject({ action: 'access.refused', entityType: 'person', entityId: id });
  });
});
