import { closeDb } from '../client';

/** Runs a database script, prints a short error instead of a stack for known problems, and closes. */
export async function runScript(name: string, body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (error) {
    const cause = error instanceof Error && error.cause instanceof Error ? ` (${error.cause.message})` : '';
    console.error(`${name}: ${error instanceof Error ? error.message : String(error)}${cause}`);
    process.exitCode = 1;
  } finally {
    await closeDb().catch(() => {});
  }
}
