import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET as figuresStream } from '@/app/api/live/figures/route';
import type { Db } from '@/db/client';
import * as schema from '@/db/schema';
import { figureSubscriberCount, subscribeToFigureChanges } from '@/lib/live/figures-listener';
import { closeTestDatabase, openSeededTestDatabase } from '../helpers/database';
import { actAs } from '../helpers/session';

// Live figures: the notify triggers of migration 0008 fire in the writing transaction and are delivered on
// commit only; the process's one listener fans them out; the SSE route carries table names, never rows.
let db: Db;
let heard: string[] = [];
let stopListening: () => void;

beforeAll(async () => {
  db = await openSeededTestDatabase();
  stopListening = await subscribeToFigureChanges((tables) => heard.push(...tables));
});
afterAll(async () => {
  stopListening();
  await closeTestDatabase();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until `table` has been heard (or fails after `ms`). */
async function hear(table: string, ms = 3000) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (heard.includes(table)) return;
    await sleep(25);
  }
  throw new Error(`no notification for ${table} within ${ms} ms (heard: ${heard.join(', ') || 'nothing'})`);
}

async function anyPartner() {
  const [partner] = await db.select().from(schema.partners).limit(1);
  return partner!;
}

const COUNTED = ['persons', 'accompaniments', 'interventions', 'referrals', 'businesses', 'employer_files', 'hiring_needs', 'hires', 'agreements', 'agreement_territories', 'funded_projects', 'funded_project_territories', 'partners', 'service_points', 'app_settings', 'users'];

describe('the notify triggers', () => {
  it('are on every counted table, once per statement', async () => {
    const result = (await db.execute(sql`select c.relname as table_name from pg_trigger t join pg_class c on c.oid = t.tgrelid where t.tgname like '%_notify_figures' and not t.tgisinternal`)) as unknown as { rows?: { table_name: string }[] } | { table_name: string }[];
    const rows = Array.isArray(result) ? result : (result.rows ?? []);
    expect(rows.map((row) => row.table_name).sort()).toEqual([...COUNTED].sort());
  });

  it('notify in the writing transaction: nothing before the commit, the table’s name after it', async () => {
    const partner = await anyPartner();
    heard = [];
    await db.transaction(async (tx) => {
      await tx.update(schema.partners).set({ services: 'Écrit dans la transaction' }).where(eq(schema.partners.id, partner.id));
      await sleep(400);
      expect(heard).toEqual([]); // still open: nobody may hear of it yet
    });
    await hear('partners');
    expect(heard).toEqual(['partners']);
  });

  it('never notify a rolled-back write', async () => {
    const partner = await anyPartner();
    heard = [];
    await expect(
      db.transaction(async (tx) => {
        await tx.update(schema.partners).set({ services: 'Annulé' }).where(eq(schema.partners.id, partner.id));
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    await sleep(600);
    expect(heard).toEqual([]);
  });

  it('fold a transaction’s writes into one signal naming each table once', async () => {
    const partner = await anyPartner();
    const [servicePoint] = await db.select().from(schema.servicePoints).limit(1);
    heard = [];
    await db.transaction(async (tx) => {
      await tx.update(schema.partners).set({ services: 'Un' }).where(eq(schema.partners.id, partner.id));
      await tx.update(schema.partners).set({ services: 'Deux' }).where(eq(schema.partners.id, partner.id));
      await tx.update(schema.servicePoints).set({ hours: 'Lundi au vendredi' }).where(eq(schema.servicePoints.id, servicePoint!.id));
    });
    await hear('service_points');
    await sleep(300);
    expect(heard.sort()).toEqual(['partners', 'service_points']);
  });

  it('ignore a sign-in (users.last_sign_in_at) but hear a staff change the bilan shows', async () => {
    heard = [];
    await db.update(schema.users).set({ lastSignInAt: new Date() }).where(eq(schema.users.email, 'agent.valdor@passerelle.test'));
    await sleep(600);
    expect(heard).toEqual([]);
    await db.update(schema.users).set({ displayName: 'Agente de Val-d’Or' }).where(eq(schema.users.email, 'agent.valdor@passerelle.test'));
    await hear('users');
  });
});

/** Reads server-sent events from a response body until `predicate` holds for one of them. */
async function readEvents(reader: ReadableStreamDefaultReader<Uint8Array>, predicate: (event: { name: string; data: string }) => boolean, ms = 4000) {
  const decoder = new TextDecoder();
  const events: { name: string; data: string }[] = [];
  let buffer = '';
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    const chunk = await Promise.race([reader.read(), sleep(deadline - Date.now()).then(() => null)]);
    if (!chunk || chunk.done) break;
    buffer += decoder.decode(chunk.value, { stream: true });
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const name = /^event: (.*)$/m.exec(block)?.[1];
      if (name) {
        const event = { name, data: /^data: (.*)$/m.exec(block)?.[1] ?? '' };
        events.push(event);
        if (predicate(event)) return events;
      }
    }
  }
  throw new Error(`event not received; got ${JSON.stringify(events)}`);
}

describe('GET /api/live/figures', () => {
  it('streams "ready", then "changed" with the table names after a committed write, and cleans up when the reader leaves', async () => {
    await actAs(db, 'direction@passerelle.test');
    const before = figureSubscriberCount();
    const response = await figuresStream(new Request('http://localhost/api/live/figures'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    expect(response.headers.get('cache-control')).toContain('no-transform');
    expect(figureSubscriberCount()).toBe(before + 1);
    const reader = response.body!.getReader();
    await readEvents(reader, (event) => event.name === 'ready');
    // An intervention recorded by an agent: the manager's stream hears that interventions changed, no more.
    const [accompaniment] = await db.select().from(schema.accompaniments).limit(1);
    const [agent] = await db.select().from(schema.users).where(eq(schema.users.email, 'agent.valdor@passerelle.test'));
    await db.insert(schema.interventions).values({ accompanimentId: accompaniment!.id, authorId: agent!.id, occurredOn: '2026-11-20', kind: 'follow_up' });
    const events = await readEvents(reader, (event) => event.name === 'changed');
    expect(events.at(-1)).toEqual({ name: 'changed', data: 'interventions' });
    await reader.cancel();
    expect(figureSubscriberCount()).toBe(before);
  });

  it('refuses an anonymous caller (401) and any query parameter (400, named)', async () => {
    await actAs(db, null);
    expect((await figuresStream(new Request('http://localhost/api/live/figures'))).status).toBe(401);
    await actAs(db, 'direction@passerelle.test');
    const response = await figuresStream(new Request('http://localhost/api/live/figures?table=persons'));
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ parameter: 'table' });
  });
});
