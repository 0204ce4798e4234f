import { databaseKind, getOwnerDb } from '../client';
import { runMigrations } from '../migrator';
import { bootstrapProduction } from '../seed/bootstrap';
import { runScript, warnIfAppIsOwner } from './run';

await runScript('db:bootstrap', async () => {
  const db = getOwnerDb();
  await runMigrations(db);
  const { adminCreated } = await bootstrapProduction(db, process.env.ADMIN_EMAIL, process.env.ADMIN_PASSWORD);
  console.log(
    `db:bootstrap: reference data present; ${adminCreated ? `first admin ${process.env.ADMIN_EMAIL} created` : 'an admin already exists, none created'} (${databaseKind()})`,
  );
  warnIfAppIsOwner('db:bootstrap');
});
