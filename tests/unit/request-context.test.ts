import { afterEach, describe, expect, it, vi } from 'vitest';
import { log } from '@/lib/log';
import { currentRequestContext, requestIdFrom, runInRequestContext } from '@/server/request-context.mjs';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('requestIdFrom', () => {
  it('keeps a well-formed id from the proxy', () => {
    for (const id of ['3f2b8c1e-9d4a-4e7b-a1c2-0d9e8f7a6b5c', 'Root=1-67891233-abcdef012345678912345678', 'req_01HZX3K9ABCDEF', 'a'.repeat(128)]) {
      expect(requestIdFrom(id)).toBe(id);
    }
  });

  it('replaces a missing, repeated, too short, too long or unsafe one with a new UUID', () => {
    const refused = [undefined, null, '', 'short', 'a'.repeat(129), 'has space inside', 'quote"inside1', 'line\nbreak1234', '<script>alert(1)</script>', 'jean.tremblay@example.ca', 'é-accented-id'];
    for (const id of refused) expect(requestIdFrom(id), String(id)).toMatch(UUID);
    expect(requestIdFrom(['3f2b8c1e-9d4a', '3f2b8c1e-9d4a'])).toMatch(UUID);
    expect(requestIdFrom(undefined)).not.toBe(requestIdFrom(undefined));
  });
});

describe('the request context', () => {
  afterEach(() => vi.restoreAllMocks());

  it('puts the request id in every log line written while the request is handled, through awaits', async () => {
    const lines: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((line: string) => void lines.push(line));
    vi.spyOn(console, 'error').mockImplementation((line: string) => void lines.push(line));
    await runInRequestContext({ requestId: 'req-0001-abcdef' }, async () => {
      log.info('first.event');
      await new Promise((resolve) => setTimeout(resolve, 5));
      log.error('second.event', { code: '57P01' });
      expect(currentRequestContext()).toEqual({ requestId: 'req-0001-abcdef' });
    });
    log.warn('outside.event');
    const parsed = lines.map((line) => JSON.parse(line));
    expect(parsed.map(({ event, requestId }) => ({ event, requestId }))).toEqual([
      { event: 'first.event', requestId: 'req-0001-abcdef' },
      { event: 'second.event', requestId: 'req-0001-abcdef' },
      { event: 'outside.event', requestId: undefined },
    ]);
    expect(parsed[1].code).toBe('57P01');
  });

  it('keeps two concurrent requests apart', async () => {
    const seen: string[] = [];
    const handle = (requestId: string, delay: number) =>
      runInRequestContext({ requestId }, async () => {
        await new Promise((resolve) => setTimeout(resolve, delay));
        seen.push(`${requestId}:${currentRequestContext()?.requestId}`);
      });
    await Promise.all([handle('request-aaaaaaaa', 10), handle('request-bbbbbbbb', 1)]);
    expect(seen).toEqual(['request-bbbbbbbb:request-bbbbbbbb', 'request-aaaaaaaa:request-aaaaaaaa']);
  });
});
