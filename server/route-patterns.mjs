// Names a request by its route pattern ("/persons/[id]"), for the request log line and the latency metric: a
// raw path can carry ids, a query string can carry a typed name. Patterns come from the build's own route
// list (.next/routes-manifest.json); a path that matches none is "unmatched", whatever it is.
import { readFileSync } from 'node:fs';
import path from 'node:path';

export const UNMATCHED = 'unmatched';

// The router's flight data and prefetch segments of a page ("/persons/[id].rsc", ".segments/…") are that page.
const RSC_SUFFIX = /(\.segments\/.*|\.rsc|\.prefetch\.rsc)$/;

/** `manifest`: the parsed routes manifest; `null` (dev server, no build) names only Next.js's own files. */
export function createRouteMatcher(manifest) {
  const routes = [...(manifest?.staticRoutes ?? []), ...(manifest?.dynamicRoutes ?? [])].map(({ page, regex }) => ({ page, pattern: new RegExp(regex) }));
  const exact = new Map(routes.filter(({ page }) => !page.includes('[')).map(({ page }) => [page, page]));
  return function routePattern(url) {
    let pathname = String(url ?? '/').split(/[?#]/)[0] || '/';
    if (pathname.startsWith('/_next/static/')) return '/_next/static';
    if (pathname.startsWith('/_next/image')) return '/_next/image';
    pathname = pathname.replace(RSC_SUFFIX, '') || '/';
    if (pathname === '/index') pathname = '/';
    const known = exact.get(pathname);
    if (known) return known;
    // Static routes first (in the manifest's order), so "/persons/new" is not taken for "/persons/[id]".
    return routes.find(({ pattern }) => pattern.test(pathname))?.page ?? UNMATCHED;
  };
}

/** The production build's matcher; without a build (dev), a matcher that names Next.js's files only. */
export function loadRouteMatcher(distDir = path.join(process.cwd(), '.next')) {
  try {
    return createRouteMatcher(JSON.parse(readFileSync(path.join(distDir, 'routes-manifest.json'), 'utf8')));
  } catch {
    return createRouteMatcher(null);
  }
}
