import { afterEach, describe, expect, it } from 'vitest';
import { createRegistry, LATENCY_BUCKETS, methodLabel, statusClass } from '@/server/metrics.mjs';
import { createRouteMatcher, UNMATCHED } from '@/server/route-patterns.mjs';

interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

/** A strict reader of the Prometheus text format 0.0.4: throws on any line it does not recognise. */
function parseExposition(text: string): { types: Map<string, string>; samples: Sample[] } {
  expect(text.endsWith('\n')).toBe(true);
  const types = new Map<string, string>();
  const samples: Sample[] = [];
  const metricName = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
  for (const line of text.slice(0, -1).split('\n')) {
    const comment = /^# (HELP|TYPE) (\S+) (.+)$/.exec(line);
    if (comment) {
      expect(comment[2]).toMatch(metricName);
      if (comment[1] === 'TYPE') {
        expect(['counter', 'gauge', 'histogram', 'summary', 'untyped']).toContain(comment[3]);
        expect(types.has(comment[2]!), `${comment[2]} typed twice`).toBe(false);
        types.set(comment[2]!, comment[3]!);
      }
      continue;
    }
    const sample = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!sample) throw new Error(`not an exposition line: ${JSON.stringify(line)}`);
    const labels: Record<string, string> = {};
    const labelText = sample[2] ?? '';
    const label = /([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"(,|$)/y;
    while (label.lastIndex < labelText.length) {
      const match = label.exec(labelText);
      if (!match) throw new Error(`bad labels in ${line}`);
      labels[match[1]!] = match[2]!.replace(/\\n/g, '\n').replace(/\\"/g, '"').replace(/\\\\/g, '\\');
    }
    const value = sample[3] === '+Inf' ? Infinity : Number(sample[3]);
    expect(Number.isNaN(value), line).toBe(false);
    const family = sample[1]!.replace(/_(bucket|sum|count)$/, '');
    expect(types.has(sample[1]!) || types.get(family) === 'histogram', `${sample[1]} has no TYPE before it`).toBe(true);
    samples.push({ name: sample[1]!, labels, value });
  }
  return { types, samples };
}

const DATABASE_STATS = Symbol.for('passerelle.databaseStats');
afterEach(() => {
  delete (globalThis as Record<symbol, unknown>)[DATABASE_STATS];
});

describe('the metrics registry', () => {
  it('renders a valid exposition with a cumulative latency histogram per route, method and status class', () => {
    const registry = createRegistry();
    const answered = [0.003, 0.04, 0.04, 0.7, 12];
    for (const seconds of answered) {
      registry.requestStarted();
      registry.requestFinished({ method: 'GET', route: '/persons/[id]', status: 200, seconds });
    }
    registry.requestStarted();
    registry.requestFinished({ method: 'BREW', route: '/persons', status: 503, seconds: 0.2 });
    registry.requestStarted(); // still being answered
    const { types, samples } = parseExposition(registry.render());

    expect(types.get('passerelle_http_request_duration_seconds')).toBe('histogram');
    const series = (name: string, route: string) =>
      samples.filter((sample) => sample.name === name && sample.labels.route === route);
    const buckets = series('passerelle_http_request_duration_seconds_bucket', '/persons/[id]');
    expect(buckets.map((bucket) => bucket.labels.le)).toEqual([...LATENCY_BUCKETS.map(String), '+Inf']);
    expect(buckets.map((bucket) => bucket.value)).toEqual([1, 1, 1, 3, 3, 3, 3, 4, 4, 4, 4, 5]);
    expect(buckets[0]!.labels).toMatchObject({ method: 'GET', status_class: '2xx' });
    expect(series('passerelle_http_request_duration_seconds_count', '/persons/[id]')[0]!.value).toBe(5);
    expect(series('passerelle_http_request_duration_seconds_sum', '/persons/[id]')[0]!.value).toBeCloseTo(12.783, 6);
    // An odd method is one label value, not as many as clients invent.
    expect(series('passerelle_http_request_duration_seconds_count', '/persons')[0]!.labels).toEqual({ method: 'OTHER', route: '/persons', status_class: '5xx' });
    expect(samples.find((sample) => sample.name === 'passerelle_http_requests_in_flight')!.value).toBe(1);
    expect(samples.some((sample) => sample.name.startsWith('passerelle_db_'))).toBe(false);
  });

  it('escapes label values so that no value can break out of its quotes', () => {
    const registry = createRegistry();
    registry.requestFinished({ method: 'GET', route: 'odd "route"\\\nx', status: 404, seconds: 0.01 });
    const { samples } = parseExposition(registry.render());
    expect(samples.find((sample) => sample.name === 'passerelle_http_request_duration_seconds_count')!.labels.route).toBe('odd "route"\\\nx');
  });

  it('adds the database figures kept by db/query-stats.ts', () => {
    (globalThis as Record<symbol, unknown>)[DATABASE_STATS] = { kind: 'postgresql', poolMax: 10, inFlight: 3, queries: 120, failed: 2, seconds: 4.5 };
    const { types, samples } = parseExposition(createRegistry().render());
    const value = (name: string, labels: Record<string, string> = {}) =>
      samples.find((sample) => sample.name === name && Object.entries(labels).every(([key, wanted]) => sample.labels[key] === wanted))?.value;
    expect(types.get('passerelle_db_queries_total')).toBe('counter');
    expect(value('passerelle_db_queries_total', { outcome: 'ok' })).toBe(118);
    expect(value('passerelle_db_queries_total', { outcome: 'error' })).toBe(2);
    expect(value('passerelle_db_query_duration_seconds_total')).toBe(4.5);
    expect(value('passerelle_db_queries_in_flight')).toBe(3);
    expect(value('passerelle_db_pool_max_connections')).toBe(10);
    expect(value('passerelle_db_info', { kind: 'postgresql' })).toBe(1);
  });

  it('labels status classes and methods with bounded values', () => {
    expect([200, 304, 404, 503, 99, 600].map(statusClass)).toEqual(['2xx', '3xx', '4xx', '5xx', 'unknown', 'unknown']);
    expect(['GET', 'POST', 'get', 'PROPFIND', undefined as unknown as string].map(methodLabel)).toEqual(['GET', 'POST', 'OTHER', 'OTHER', 'OTHER']);
  });
});

describe('route patterns', () => {
  const routePattern = createRouteMatcher({
    staticRoutes: [
      { page: '/', regex: '^/(?:/)?$' },
      { page: '/persons', regex: '^/persons(?:/)?$' },
      { page: '/persons/new', regex: '^/persons/new(?:/)?$' },
    ],
    dynamicRoutes: [
      { page: '/persons/[id]', regex: '^/persons/([^/]+?)(?:/)?$' },
      { page: '/api/v1/persons/[id]/export', regex: '^/api/v1/persons/([^/]+?)/export(?:/)?$' },
    ],
  });

  it('names a request by its pattern, never by its ids or query string', () => {
    expect(routePattern('/persons?q=Tremblay&page=2')).toBe('/persons');
    expect(routePattern('/persons/3f2b8c1e-9d4a-4e7b-a1c2-0d9e8f7a6b5c')).toBe('/persons/[id]');
    expect(routePattern('/persons/new')).toBe('/persons/new');
    expect(routePattern('/api/v1/persons/3f2b8c1e/export?format=pdf')).toBe('/api/v1/persons/[id]/export');
    expect(routePattern('/persons/3f2b8c1e.rsc')).toBe('/persons/[id]');
    expect(routePattern('/')).toBe('/');
    expect(routePattern('/_next/static/chunks/main-abc.js')).toBe('/_next/static');
  });

  it('calls whatever matches no route "unmatched", whatever the path holds', () => {
    expect(routePattern('/Jean-Tremblay/1975-04-02')).toBe(UNMATCHED);
    expect(createRouteMatcher(null)('/persons')).toBe(UNMATCHED);
  });
});
