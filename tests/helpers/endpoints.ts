import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

// Every way into the app, found in the code rather than listed by hand, so that the authorization matrix
// and the hostile-input test cover an endpoint the day it is added.
export const ROOT = path.resolve(import.meta.dirname, '../..');
const SOURCE_FOLDERS = ['app', 'components', 'lib', 'db'];
export const HTTP_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;

function sourceFiles(dir: string): string[] {
  return (readdirSync(path.join(ROOT, dir), { recursive: true }) as string[])
    .filter((file) => /\.(ts|tsx|js|jsx|mjs)$/.test(file))
    .map((file) => path.join(dir, file).split(path.sep).join('/'));
}

const allSourceFiles = () => SOURCE_FOLDERS.flatMap(sourceFiles);

/** The directive as the first statement of the module, after comments (what makes every export an action). */
function opensWithUseServer(text: string): boolean {
  const withoutComments = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  return /^\s*['"]use server['"]/.test(withoutComments);
}

/** Files that mention the directive at all, wherever it is (module or inline in a function). */
export function filesMentioningUseServer(): string[] {
  return allSourceFiles().filter((file) => /['"]use server['"]/.test(readFileSync(path.join(ROOT, file), 'utf8')));
}

/** `'use server'` modules: every exported function is a public POST endpoint. */
export function serverActionModules(): string[] {
  return filesMentioningUseServer().filter((file) => opensWithUseServer(readFileSync(path.join(ROOT, file), 'utf8')));
}

/** Route handlers: every route.(ts|js) under app/, wherever it is. */
export function routeModules(): string[] {
  return sourceFiles('app').filter((file) => /\/route\.(ts|js)$/.test(file));
}

/** Pages: every page.(tsx|ts|jsx|js) under app/. */
export function pageModules(): string[] {
  return sourceFiles('app').filter((file) => /\/page\.(tsx|ts|jsx|js)$/.test(file));
}

export interface Endpoint {
  /** "app/(app)/account/actions.ts#changePasswordAction", "app/api/v1/persons/route.ts#GET" */
  key: string;
  file: string;
  name: string;
  kind: 'action' | 'route';
  handler: (...args: unknown[]) => Promise<unknown>;
}

const importModule = (file: string) => import(/* @vite-ignore */ path.join(ROOT, file)) as Promise<Record<string, unknown>>;

/** Every exported server action and every exported route method, sorted by key. */
export async function discoverEndpoints(): Promise<Endpoint[]> {
  const endpoints: Endpoint[] = [];
  for (const file of serverActionModules()) {
    for (const [name, value] of Object.entries(await importModule(file))) {
      if (typeof value === 'function') endpoints.push({ key: `${file}#${name}`, file, name, kind: 'action', handler: value as Endpoint['handler'] });
    }
  }
  for (const file of routeModules()) {
    for (const [name, value] of Object.entries(await importModule(file))) {
      if (typeof value === 'function' && (HTTP_METHODS as readonly string[]).includes(name)) {
        endpoints.push({ key: `${file}#${name}`, file, name, kind: 'route', handler: value as Endpoint['handler'] });
      }
    }
  }
  return endpoints.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** "app/(app)/admin/staff/[id]/page.tsx" → "/admin/staff/[id]" (route groups dropped). */
export function pageRoute(file: string): string {
  const route = file
    .replace(/^app/, '')
    .replace(/\/page\.(tsx|ts|jsx|js)$/, '')
    .split('/')
    .filter((segment) => !/^\(.*\)$/.test(segment))
    .join('/');
  return route || '/';
}

export async function importPage(file: string) {
  return (await importModule(file)).default as (props: { params: Promise<Record<string, string>>; searchParams: Promise<Record<string, string>> }) => Promise<unknown>;
}
