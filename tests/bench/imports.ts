import type { Db } from '@/db/client';
import type { SessionUser } from '@/lib/auth/current-user';
import { commitPersonsImport, previewPersonsImport } from '@/lib/imports/batches';

// The spreadsheet import's target (README, Benchmarks): 10,000 person rows checked (the preview) in 10 s
// and imported in 30 s. Run once each (they write), on a Quebec-style CSV of rows that are all new, one
// in fifty with an error and one in a hundred a repeat of an earlier row (a duplicate to confirm).

const COUNTRIES = ['MA', 'HT', 'FR', 'CO', 'SN', 'VN', 'CM', 'LB', 'DZ', 'PH'];
const NEEDS = ['Emploi', 'Francisation', 'Installation et logement', 'Santé'];

export function benchCsv(rows: number): Uint8Array {
  const lines = ['Nom;Prénom;Date de naissance;Pays de naissance;Catégorie d’immigration;Consentement à la collecte;Besoins;Ouverture du dossier;Téléphone;Courriel'];
  for (let index = 0; index < rows; index += 1) {
    const birth = `19${60 + (index % 40)}-${String(1 + (index % 12)).padStart(2, '0')}-${String(1 + (index % 28)).padStart(2, '0')}`;
    const opened = `2025-${String(1 + (index % 11)).padStart(2, '0')}-${String(1 + (index % 27)).padStart(2, '0')}`;
    const name = index % 100 === 99 ? `Banc${index - 1}` : `Banc${index}`;
    const broken = index % 50 === 7;
    lines.push(
      [name, `Import${index % 100 === 99 ? index - 1 : index}`, broken ? '1990-02-30' : birth, COUNTRIES[index % COUNTRIES.length], 'Résidence permanente — immigration économique', opened, `"${NEEDS[index % 4]}, ${NEEDS[(index + 1) % 4]}"`, opened, '819 555-0142', `banc${index}@exemple.test`].join(';'),
    );
  }
  return new TextEncoder().encode(`\uFEFF${lines.join('\r\n')}\r\n`);
}

export async function benchImport(db: Db, agent: SessionUser, rows = 10_000): Promise<string[][]> {
  const bytes = benchCsv(rows);
  const rss = () => Math.round(process.memoryUsage().rss / 1024 / 1024);
  const rssBefore = rss();
  let start = performance.now();
  const preview = await previewPersonsImport(db, agent, bytes);
  const previewMs = performance.now() - start;
  const rssPreview = rss();
  start = performance.now();
  const commit = await commitPersonsImport(db, agent, { fileName: 'bench.csv', bytes, confirmation: { rows: [] } });
  const commitMs = performance.now() - start;
  const rssCommit = rss();
  const perSecond = (ms: number) => `${Math.round((rows * 1000) / ms).toLocaleString('en-CA')} rows/s`;
  return [
    [`preview of ${rows.toLocaleString('en-CA')} rows (${(bytes.length / 1024 / 1024).toFixed(1)} MB CSV)`, `${(previewMs / 1000).toFixed(2)} s`, perSecond(previewMs), `valid ${preview.counts.valid}, errors ${preview.counts.invalid}, duplicates ${preview.counts.duplicates}`, `${rssBefore} → ${rssPreview} MB`],
    [`commit of the same file`, `${(commitMs / 1000).toFixed(2)} s`, perSecond(commitMs), `created ${commit.counts.created}, rejected ${commit.counts.rejected}, duplicates left out ${commit.counts.duplicatesSkipped}`, `→ ${rssCommit} MB`],
  ];
}
