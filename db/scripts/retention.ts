import { parseArgs } from 'node:util';
import { calendarDate } from '@/lib/validation';
import { applyRetention, previewRetention, recordRetentionPreview } from '@/lib/privacy/retention';
import { databaseKind, getOwnerDb } from '../client';
import { runScript, warnIfAppIsOwner } from './run';

// npm run privacy:retention -- --as-of YYYY-MM-DD [--apply]
// Without --apply: the files the schedule says are due that day (ids and dates, no names), recorded as a
// preview run. With --apply: each of them anonymized, one transaction per file (lib/privacy/retention.ts).

const USAGE = 'usage: npm run privacy:retention -- --as-of YYYY-MM-DD [--apply]';

await runScript('privacy:retention', async () => {
  const { values } = parseArgs({ options: { 'as-of': { type: 'string' }, apply: { type: 'boolean', default: false } }, strict: true });
  const asOf = calendarDate.safeParse(values['as-of']);
  if (!asOf.success) throw new Error(`--as-of must be a real date written YYYY-MM-DD. ${USAGE}`);
  warnIfAppIsOwner('privacy:retention');
  const db = getOwnerDb();
  if (values.apply) {
    const result = await applyRetention(db, { asOf: asOf.data, actorId: null });
    console.log(
      `privacy:retention: as of ${result.asOf} (files kept ${result.years} years after their last closure): ${result.filesDue} due, ${result.filesAnonymized} anonymized (run ${result.runId}, ${databaseKind()})`,
    );
    return;
  }
  const pageSize = 500;
  let offset = 0;
  let total = 0;
  for (;;) {
    const page = await previewRetention(db, asOf.data, { offset, limit: pageSize });
    total = page.total;
    if (offset === 0) console.log(`privacy:retention: as of ${asOf.data}, files are kept ${page.rule.years} years after their last closure. ${total} due:`);
    for (const row of page.rows) console.log(`${row.personId}\tlast closed ${row.lastClosedOn}\tdue ${row.dueOn}\t${row.servicePoints.join(', ')}`);
    offset += pageSize;
    if (offset >= total) break;
  }
  await recordRetentionPreview(db, { asOf: asOf.data, actorId: null, filesDue: total });
  console.log('privacy:retention: nothing changed (add --apply to anonymize them).');
});
