import { z } from 'zod';
import { parseQuery } from '@/lib/api/query';
import { defineRoute, jsonError } from '@/lib/api/route';
import { HEARTBEAT_SECONDS, STREAM_LIFETIME_SECONDS } from '@/lib/live/channel';
import { subscribeToFigureChanges } from '@/lib/live/figures-listener';
import { log } from '@/lib/log';

export const dynamic = 'force-dynamic';

/** No parameter: anything in the query string is refused by name. */
const noParameters = z.object({});

const encoder = new TextEncoder();
const event = (name: string, data = '') => encoder.encode(`event: ${name}\ndata: ${data}\n\n`);

/**
 * GET /api/live/figures: a server-sent-event stream saying "figures changed" after any committed write to a
 * counted table, on this server or another one of the same database (lib/live). It carries the changed
 * tables' names and never a row: the page that hears it reloads its own figures through its own scope.
 * Events: `ready` once, `changed` (data: table names), `heartbeat` every 15 s, `reconnect` when the stream's
 * lifetime is over (the browser opens a new one, which checks the session again).
 */
export const GET = defineRoute('metrics:read', async (request) => {
  const query = parseQuery(request, noParameters);
  if (!query.ok) return query.response;

  // Subscribed before the stream exists, so that a database unable to LISTEN is a 503 (the browser polls).
  let forward: (tables: string[]) => void = () => {};
  let unsubscribe: () => void;
  try {
    unsubscribe = await subscribeToFigureChanges((tables) => forward(tables));
  } catch (error) {
    log.warn('live.listen_failed', { errorName: (error as Error)?.name, code: (error as { code?: string })?.code });
    return jsonError(503, 'live_unavailable', { message: 'Live updates are unavailable; the page polls instead.' });
  }

  let stop = () => {};
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      let open = true;
      const send = (chunk: Uint8Array) => {
        if (!open) return;
        try {
          controller.enqueue(chunk);
        } catch {
          stop(); // the reader is gone
        }
      };
      // Timers are unref'd: an abandoned stream never keeps a process (or a test run) alive.
      const heartbeat = setInterval(() => send(event('heartbeat')), HEARTBEAT_SECONDS * 1000);
      heartbeat.unref?.();
      const lifetime = setTimeout(() => {
        send(event('reconnect'));
        stop();
      }, STREAM_LIFETIME_SECONDS * 1000);
      lifetime.unref?.();
      stop = () => {
        if (!open) return;
        open = false;
        clearInterval(heartbeat);
        clearTimeout(lifetime);
        unsubscribe();
        try {
          controller.close();
        } catch {
          // already closed or cancelled
        }
      };
      forward = (tables) => send(event('changed', tables.join(',')));
      send(encoder.encode('retry: 5000\n\n'));
      send(event('ready'));
      if (request.signal?.aborted) stop();
      request.signal?.addEventListener('abort', () => stop());
    },
    cancel() {
      stop();
    },
  });
  return new Response(stream, {
    headers: {
      'Content-Type': 'text/event-stream; charset=utf-8',
      // no-transform: no compression layer may hold the events back to fill a buffer.
      'Cache-Control': 'no-store, no-transform',
      'X-Accel-Buffering': 'no',
    },
  });
});
