import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';
import drizzle from 'eslint-plugin-drizzle';

const ROOT = import.meta.dirname;

/** The file an import names, for the project's own modules ('@/…' or relative); null for packages. */
function resolveProjectModule(source, fromFile) {
  const base = source.startsWith('@/') ? path.join(ROOT, source.slice(2)) : source.startsWith('.') ? path.resolve(path.dirname(fromFile), source) : null;
  if (!base) return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')]) {
    if (existsSync(candidate) && !candidate.endsWith(path.sep) && /\.tsx?$/.test(candidate)) return candidate;
  }
  return null;
}

// A 'use client' module is sent to the browser: it must not import a module marked server-only (the
// build would fail late, or worse, a secret-holding module would be bundled), nor the database layer.
const clientImportsNoServerOnly = {
  meta: { type: 'problem', messages: { serverOnly: "A 'use client' file cannot import {{source}}: it is server-only ({{why}})." } },
  create(context) {
    const isClient = context.sourceCode.ast.body.some((node) => node.type === 'ExpressionStatement' && node.directive === 'use client');
    if (!isClient) return {};
    return {
      ImportDeclaration(node) {
        if (node.importKind === 'type') return;
        const source = node.source.value;
        if (source === 'server-only' || source === 'next/headers') return context.report({ node, messageId: 'serverOnly', data: { source, why: 'server API' } });
        if (/^@\/db\/(client|schema)/.test(source)) return context.report({ node, messageId: 'serverOnly', data: { source, why: 'database layer; value lists are in db/enums' } });
        const file = resolveProjectModule(source, context.filename);
        if (file && /^\s*import ['"]server-only['"]/m.test(readFileSync(file, 'utf8'))) {
          context.report({ node, messageId: 'serverOnly', data: { source, why: "it imports 'server-only'" } });
        }
      },
    };
  },
};

const APP_IMPORTS = '@/app/**';

const config = [
  ...nextVitals,
  ...nextTs,
  {
    plugins: { drizzle, passerelle: { rules: { 'client-imports-no-server-only': clientImportsNoServerOnly } } },
    rules: {
      // Names of the drizzle objects that can run a delete/update: the client and transactions.
      'drizzle/enforce-delete-with-where': ['error', { drizzleObjectName: ['db', 'tx'] }],
      'drizzle/enforce-update-with-where': ['error', { drizzleObjectName: ['db', 'tx'] }],
      'passerelle/client-imports-no-server-only': 'error',
    },
  },
  // The layers the README draws: page or action → lib/<feature> → db. Nothing below app/ reaches up into it,
  // but a form may import its own route's actions.ts; db/ stays free of lib/ (its seed scripts excepted).
  {
    files: ['components/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: '^@/app/(?!.*/actions$)', message: 'components/ does not import app/, except a form importing its route\'s actions.ts; pass the action as a prop.' }] }],
    },
  },
  {
    files: ['lib/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: [APP_IMPORTS], message: 'lib/ does not import app/: the data flows page or action → lib → db.' }] }] },
  },
  {
    files: ['db/**'],
    ignores: ['db/seed/**', 'db/scripts/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['@/lib/**', '**/lib/**', APP_IMPORTS], message: 'db/ does not import lib/ or app/ (the seed scripts excepted).' }] }] },
  },
  { ignores: ['.next/**', 'node_modules/**', '.data/**', 'db/migrations/**', 'next-env.d.ts', 'test-results/**', 'playwright-report/**'] },
];

export default config;
