import { closeDb, databaseKind } from '../client';
import { appRoleName } from '../roles';

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

/** Without DATABASE_OWNER_URL, the owner's connection is DATABASE_URL: fine for a script, not for the app. */
export function warnIfAppIsOwner(name: string): void {
  const ownerUrl = process.env.DATABASE_OWNER_URL;
  if (databaseKind() !== 'postgresql' || (ownerUrl && ownerUrl !== process.env.DATABASE_URL)) return;
  console.warn(
    `${name}: DATABASE_URL is also the owner's connection. An app that runs with it could alter the audit trail: ` +
      `run the app as ${appRoleName()} and give this script DATABASE_OWNER_URL (README, Running in production on PostgreSQL).`,
  );
}
