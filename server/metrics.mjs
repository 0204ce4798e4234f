// Prometheus text exposition (format 0.0.4) of what operators watch: request latency by route pattern and
// status class, requests in flight, and the database figures db/query-stats.ts keeps. Labels hold route
// patterns ("/persons/[id]"), methods and status classes only: never a raw path, a query string or an id.
import { createServer } from 'node:http';

const DATABASE_STATS = Symbol.for('passerelle.databaseStats');

/** Seconds: most pages answer in tens of milliseconds; the tail shows a database in trouble. */
export const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

/** A method label of bounded cardinality: a client may send any token as its method. */
export function methodLabel(method) {
  return METHODS.has(method) ? method : 'OTHER';
}

export function statusClass(status) {
  return status >= 100 && status < 600 ? `${Math.floor(status / 100)}xx` : 'unknown';
}

const escapeLabel = (value) => String(value).replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
const labelText = (labels) =>
  Object.keys(labels).length === 0 ? '' : `{${Object.entries(labels).map(([name, value]) => `${name}="${escapeLabel(value)}"`).join(',')}}`;
const number = (value) => (Number.isFinite(value) ? String(value) : value > 0 ? '+Inf' : value < 0 ? '-Inf' : 'NaN');

export function createRegistry() {
  /** key → { labels, buckets: counts per upper bound (not cumulative), sum, count } */
  const requests = new Map();
  let inFlight = 0;

  return {
    requestStarted() {
      inFlight++;
    },
    /** One answered (or abandoned) request. */
    requestFinished({ method, route, status, seconds }) {
      inFlight = Math.max(0, inFlight - 1);
      const labels = { method: methodLabel(method), route, status_class: statusClass(status) };
      const key = `${labels.method} ${labels.route} ${labels.status_class}`;
      let series = requests.get(key);
      if (!series) requests.set(key, (series = { labels, buckets: LATENCY_BUCKETS.map(() => 0), sum: 0, count: 0 }));
      const index = LATENCY_BUCKETS.findIndex((bound) => seconds <= bound);
      if (index >= 0) series.buckets[index]++;
      series.sum += seconds;
      series.count++;
    },
    render() {
      const lines = [];
      const family = (name, type, help) => lines.push(`# HELP ${name} ${help}`, `# TYPE ${name} ${type}`);
      const sample = (name, labels, value) => lines.push(`${name}${labelText(labels)} ${number(value)}`);

      family('passerelle_http_request_duration_seconds', 'histogram', 'Time to answer an HTTP request, by route pattern, method and status class.');
      for (const { labels, buckets, sum, count } of [...requests.values()].sort((a, b) => (a.labels.route < b.labels.route ? -1 : 1))) {
        let cumulative = 0;
        LATENCY_BUCKETS.forEach((bound, index) => {
          cumulative += buckets[index];
          sample('passerelle_http_request_duration_seconds_bucket', { ...labels, le: bound }, cumulative);
        });
        sample('passerelle_http_request_duration_seconds_bucket', { ...labels, le: '+Inf' }, count);
        sample('passerelle_http_request_duration_seconds_sum', labels, sum);
        sample('passerelle_http_request_duration_seconds_count', labels, count);
      }
      family('passerelle_http_requests_in_flight', 'gauge', 'HTTP requests being handled now.');
      sample('passerelle_http_requests_in_flight', {}, inFlight);

      const database = globalThis[DATABASE_STATS];
      if (database?.kind) {
        family('passerelle_db_info', 'gauge', 'The database in use (pglite: embedded, one query at a time; postgresql: a pool).');
        sample('passerelle_db_info', { kind: database.kind }, 1);
        family('passerelle_db_queries_total', 'counter', 'Queries run since the process started, by outcome.');
        sample('passerelle_db_queries_total', { outcome: 'ok' }, database.queries - database.failed);
        sample('passerelle_db_queries_total', { outcome: 'error' }, database.failed);
        family('passerelle_db_query_duration_seconds_total', 'counter', 'Time spent in queries since the process started.');
        sample('passerelle_db_query_duration_seconds_total', {}, database.seconds);
        family('passerelle_db_queries_in_flight', 'gauge', 'Queries started and not finished: on pglite its queue, on postgresql beyond the pool size they wait for a connection.');
        sample('passerelle_db_queries_in_flight', {}, database.inFlight);
        if (database.poolMax !== null) {
          family('passerelle_db_pool_max_connections', 'gauge', 'Connections the pool may open (postgres.js does not expose its open and idle counts).');
          sample('passerelle_db_pool_max_connections', {}, database.poolMax);
        }
      }

      const memory = process.memoryUsage();
      family('process_resident_memory_bytes', 'gauge', 'Resident memory size in bytes.');
      sample('process_resident_memory_bytes', {}, memory.rss);
      family('nodejs_heap_used_bytes', 'gauge', 'V8 heap in use, in bytes.');
      sample('nodejs_heap_used_bytes', {}, memory.heapUsed);
      family('process_uptime_seconds', 'gauge', 'Seconds since the process started.');
      sample('process_uptime_seconds', {}, Math.round(process.uptime()));
      return `${lines.join('\n')}\n`;
    },
  };
}

export const DEFAULT_METRICS_HOST = '127.0.0.1';

/**
 * The operators' listener: its own port, on the loopback interface unless METRICS_HOST names another (the
 * operators' network). The public app port has no metrics route at all, so no header a client can forge
 * (X-Forwarded-For...) decides who reads them. Answers GET /metrics and nothing else.
 */
export function startMetricsServer(registry, { port, host = DEFAULT_METRICS_HOST }) {
  const server = createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0];
    if (path !== '/metrics' || (request.method !== 'GET' && request.method !== 'HEAD')) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end('Not found. Metrics are at GET /metrics.\n');
      return;
    }
    response.writeHead(200, { 'Content-Type': 'text/plain; version=0.0.4; charset=utf-8', 'Cache-Control': 'no-store' });
    response.end(request.method === 'HEAD' ? undefined : registry.render());
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}
