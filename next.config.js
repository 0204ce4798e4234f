import createNextIntlPlugin from 'next-intl/plugin';

// The same fixed headers as STATIC_SECURITY_HEADERS in lib/security/headers.ts (this file cannot import
// TypeScript). The proxy sets them on what it answers; this covers the paths it never sees:
// /api/health (and its probes), /_next/static, /_next/image, /favicon.ico.
const staticSecurityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
];

// .ci/run type-checks the project (npm run typecheck) before its one build of a clean clone: there, the build's
// own TypeScript pass would check the same files again, and its file-system cache would be written for a
// next build that never comes. Everywhere else (npm test alone, npm run build) both stay on.
const typeCheckedBuildOnce = process.env.PASSERELLE_TYPECHECKED_BUILD_ONCE === '1';

/** @type {import('next').NextConfig} */
const nextConfig = {
  typescript: { ignoreBuildErrors: typeCheckedBuildOnce },
  // PGlite ships WASM and data files that must be loaded from node_modules at run time; pdfkit its fonts' metrics.
  serverExternalPackages: ['@electric-sql/pglite', '@node-rs/argon2', 'pdfkit'],
  // next-intl brings a compiler and a file watcher for its optional message extraction, which the app never
  // runs: keep them out of the server's traced files.
  outputFileTracingExcludes: { '*': ['node_modules/@swc/core*/**', 'node_modules/@parcel/watcher*/**'] },
  poweredByHeader: false,
  // A spreadsheet import sends its file (at most 20 MB, lib/imports/limits.ts) to a server action. Next.js's
  // limit applies to every action alike: server.mjs keeps every other action at Next.js's default of 1 MB.
  experimental: { serverActions: { bodySizeLimit: '21mb' }, ...(typeCheckedBuildOnce ? { turbopackFileSystemCacheForBuild: false } : {}) },
  reactStrictMode: true,
  async headers() {
    return [
      { source: '/:path*', headers: staticSecurityHeaders },
      // Never cached: it must tell the state of the database now.
      { source: '/api/health', headers: [{ key: 'Cache-Control', value: 'no-store' }] },
      { source: '/api/health/:probe(live|ready)', headers: [{ key: 'Cache-Control', value: 'no-store' }] },
    ];
  },
};

// i18n without locale routing: the request configuration reads the `locale` cookie.
const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

export default withNextIntl(nextConfig);
