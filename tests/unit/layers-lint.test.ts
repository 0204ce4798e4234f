import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The lint rules that keep the README's layers true, checked on code that breaks them (lintText does not
// need the file to exist; the path decides which rules apply).
const ROOT = path.resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: ROOT });

async function problems(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  return result!.messages.filter((message) => message.ruleId === 'no-restricted-imports' || message.ruleId === 'passerelle/client-imports-no-server-only').map((message) => message.ruleId!);
}

describe('layer rules', () => {
  it('keeps app/ out of components/, except a form importing its route actions', async () => {
    expect(await problems('components/persons/example.tsx', "import { x } from '@/app/(app)/persons/page';\nexport const y = x;\n")).toEqual(['no-restricted-imports']);
    expect(await problems('components/persons/example.tsx', "import { x } from '@/app/(app)/persons/actions';\nexport const y = x;\n")).toEqual([]);
  }, 30_000);

  it('keeps app/ out of lib/, and lib/ out of db/ (seed scripts excepted)', async () => {
    expect(await problems('lib/persons/example.ts', "import { x } from '@/app/(app)/persons/actions';\nexport const y = x;\n")).toEqual(['no-restricted-imports']);
    expect(await problems('db/schema/example.ts', "import { x } from '@/lib/validation';\nexport const y = x;\n")).toEqual(['no-restricted-imports']);
    expect(await problems('db/seed/example.ts', "import { x } from '@/lib/validation';\nexport const y = x;\n")).toEqual([]);
  }, 30_000);

  it("refuses a server-only module, the database layer or next/headers in a 'use client' file", async () => {
    const client = (source: string) => `'use client';\nimport { x } from '${source}';\nexport const y = x;\n`;
    expect(await problems('components/persons/example.tsx', client('@/lib/persons/queries'))).toEqual(['passerelle/client-imports-no-server-only']);
    expect(await problems('components/persons/example.tsx', client('@/db/schema'))).toEqual(['passerelle/client-imports-no-server-only']);
    expect(await problems('components/persons/example.tsx', client('next/headers'))).toEqual(['passerelle/client-imports-no-server-only']);
    expect(await problems('components/persons/example.tsx', client('@/db/enums/persons'))).toEqual([]);
    expect(await problems('components/persons/example.tsx', client('@/lib/validation'))).toEqual([]);
  }, 30_000);
});
