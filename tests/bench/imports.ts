import type { Db } from '@/db/client';
import type { SessionUser } from '@/lib/auth/current-user';
import { commitImport, previewImport } from '@/lib/imports/batches';

// The spreadsheet import's target (README, Benchmarks): 10,000 person rows checked (the preview) in 10 s
// and imported in 30 s. Run once each (they write), on a Quebec-style CSV of rows that are all new, one
// in fifty with an error and one in a hundred a repeat of an earlier row (a duplicate to confirm).

const COUNTRIES = ['MA', 'HT', 'FR', 'CO', 'SN', 'VN', 'CM', 'LB', 'DZ', 'PH'];
const NEEDS = ['Emploi', 'Francisation', 'Installation et logement', 'Santé'];

export function benchCsv(rows: number): Uint8Array {
  const lines = ['Nom;Prénom;Date de naissance;Pays de naissance;Catégorie d’immigration;Consentement à la collecte;Besoins;Ouverture du dossier;Téléphone;Courriel'];
  const first = ['Amina', 'Karim', 'Linh', 'Chidi', 'Giulia', 'Mamadou', 'Yuki', 'Thandiwe', 'Marie-Ève', 'Oksana', 'Diego', 'Fatou', 'Rahul', 'Sofia', 'Jean-Baptiste'];
  const last = ['Nadeau', 'Haddad', 'Pham', 'Okafor', 'Rossi', 'Diallo', 'Sato', 'Mbeki', 'Lavoie', 'Kovalenko', 'Ramírez', 'Ndiaye', 'Sharma', 'Moreau', 'Tremblay', 'Nguyen', 'Benali'];
  for (let index = 0; index < rows; index += 1) {
    // One birth date per row (1950 onwards, one day apart), so only the planted repeats share one.
    const source = index % 100 === 99 ? index - 1 : index;
    const birth = new Date(Date.UTC(1950, 0, 1) + source * 86_400_000).toISOString().slice(0, 10);
    const opened = `2025-${String(1 + (index % 11)).padStart(2, '0')}-${String(1 + (index % 27)).padStart(2, '0')}`;
    const broken = index % 50 === 7;
    lines.push(
      [`${last[source % last.length]}-${source}`, first[source % first.length], broken ? '1990-02-30' : birth, COUNTRIES[index % COUNTRIES.length], 'Résidence permanente — immigration économique', opened, `"${NEEDS[index % 4]}, ${NEEDS[(index + 1) % 4]}"`, opened, '819 555-0142', `banc${index}@exemple.test`].join(';'),
    );
  }
  return new TextEncoder().encode(`\uFEFF${lines.join('\r\n')}\r\n`);
}

export async function benchImport(db: Db, agent: SessionUser, rows = 10_000): Promise<string[][]> {
  const bytes = benchCsv(rows);
  const rss = () => Math.round(process.memoryUsage().rss / 1024 / 1024);
  const rssBefore = rss();
  let start = performance.now();
  const { analysis: preview } = await previewImport(db, agent, 'persons', {}, bytes);
  const previewMs = performance.now() - start;
  const rssPreview = rss();
  start = performance.now();
  const commit = await commitImport(db, agent, 'persons', {}, { fileName: 'bench.csv', bytes, confirmation: { rows: [] } });
  const commitMs = performance.now() - start;
  const rssCommit = rss();
  const perSecond = (ms: number) => `${Math.round((rows * 1000) / ms).toLocaleString('en-CA')} rows/s`;
  return [
    [`preview of ${rows.toLocaleString('en-CA')} rows (${(bytes.length / 1024 / 1024).toFixed(1)} MB CSV)`, `${(previewMs / 1000).toFixed(2)} s`, perSecond(previewMs), `valid ${preview.counts.valid}, errors ${preview.counts.invalid}, duplicates ${preview.counts.duplicates}`, `${rssBefore} → ${rssPreview} MB`],
    [`commit of the same file`, `${(commitMs / 1000).toFixed(2)} s`, perSecond(commitMs), `created ${commit.counts.created}, rejected ${commit.counts.rejected}, duplicates left out ${commit.counts.duplicatesSkipped}`, `→ ${rssCommit} MB`],
  ];
}
