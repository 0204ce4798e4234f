import path from 'node:path';
import { defineConfig } from 'vitest/config';

const root = path.resolve(import.meta.dirname);

export default defineConfig({
  resolve: {
    alias: {
      '@': root,
      // The marker package throws outside React Server Components; the tests call server code directly.
      'server-only': path.join(root, 'tests/helpers/server-only.ts'),
      // Pages call getTranslations, whose real (React Server Components) build is picked by the
      // react-server condition that Next.js sets and vitest does not; next-intl/config is what the
      // next-intl plugin points at the request configuration.
      'next-intl/server': path.join(root, 'node_modules/next-intl/dist/esm/production/server.react-server.js'),
      'next-intl/config': path.join(root, 'lib/i18n/request.ts'),
    },
  },
  test: {
    pool: 'forks',
    // Two cores: each file opens its own database (a copy of a template), two files at a time.
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 120_000,
    setupFiles: ['tests/helpers/setup.ts'],
    // next-auth imports 'next/server' without an extension, which Node's ESM resolver refuses;
    // next-intl is inlined so that the aliases above apply inside it.
    server: { deps: { inline: ['next-auth', 'next-intl'] } },
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      // Migrates and seeds once per run; each file copies the result (tests/helpers/database.ts).
      { extends: true, test: { name: 'integration', include: ['tests/integration/**/*.test.ts'], globalSetup: ['tests/helpers/database-templates.ts'] } },
    ],
  },
});
