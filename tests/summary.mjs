// The suite's closing lines, from the runners' JSON reports in the given folder (tests/run-all.sh):
// tests passed / failed / skipped per runner and in all, the wall time of each phase, the slowest 15 files.
// Printed, and written to <folder>/timings.md and <folder>/timings.json: where the time goes, run after run.
// Exits 1 when a report is missing, so a runner that crashed before writing one fails the suite.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const folder = process.argv[2] ?? 'test-reports';
const read = (name) => {
  const file = path.join(folder, name);
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
};
const relative = (file) => path.relative(process.cwd(), file);

const counts = [];
const files = [];
let missing = 0;

for (const project of ['unit', 'integration']) {
  const report = read(`vitest-${project}.json`);
  if (!report) {
    missing += 1;
    console.log(`vitest ${project} produced no report`);
    continue;
  }
  counts.push({ runner: `vitest ${project}`, passed: report.numPassedTests, failed: report.numFailedTests, skipped: report.numPendingTests + report.numTodoTests });
  for (const result of report.testResults) files.push({ file: relative(result.name), seconds: (result.endTime - result.startTime) / 1000 });
}

const playwright = read('playwright.json');
if (playwright) {
  const { stats } = playwright;
  counts.push({ runner: 'playwright', passed: stats.expected, failed: stats.unexpected + stats.flaky, skipped: stats.skipped });
  // A spec file's time: the sum of its tests' attempts (with several workers, files overlap in time).
  const perFile = new Map();
  const visit = (suite) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests) {
        for (const result of test.results) perFile.set(spec.file, (perFile.get(spec.file) ?? 0) + result.duration / 1000);
      }
    }
    for (const child of suite.suites ?? []) visit(child);
  };
  for (const suite of playwright.suites) visit(suite);
  for (const [file, seconds] of perFile) files.push({ file: path.join('tests/e2e', file), seconds });
} else {
  missing += 1;
  console.log('playwright produced no report');
}

const phases = existsSync(path.join(folder, 'phases.tsv'))
  ? readFileSync(path.join(folder, 'phases.tsv'), 'utf8').trim().split('\n').filter(Boolean).map((line) => {
      const [name, ms] = line.split('\t');
      return { phase: name, seconds: Number(ms) / 1000 };
    })
  : [];
const total = counts.reduce((sum, row) => ({ passed: sum.passed + row.passed, failed: sum.failed + row.failed, skipped: sum.skipped + row.skipped }), { passed: 0, failed: 0, skipped: 0 });
const slowest = files.sort((a, b) => b.seconds - a.seconds).slice(0, 15);
const database = process.env.DATABASE_URL ? 'PostgreSQL' : 'embedded (PGlite)';

const lines = [
  `## npm test on ${database}`,
  '',
  '| runner | passed | failed | skipped |',
  '|---|---|---|---|',
  ...counts.map((row) => `| ${row.runner} | ${row.passed} | ${row.failed} | ${row.skipped} |`),
  `| **all** | ${total.passed} | ${total.failed} | ${total.skipped} |`,
  '',
  '| phase | wall seconds |',
  '|---|---|',
  ...phases.map((row) => `| ${row.phase} | ${row.seconds.toFixed(1)} |`),
  `| **all phases** | ${phases.reduce((sum, row) => sum + row.seconds, 0).toFixed(1)} |`,
  '',
  '| slowest files | seconds |',
  '|---|---|',
  ...slowest.map((row) => `| ${row.file} | ${row.seconds.toFixed(1)} |`),
];
const text = lines.join('\n');
console.log(`\n${text}\n`);
writeFileSync(path.join(folder, 'timings.md'), `${text}\n`);
writeFileSync(path.join(folder, 'timings.json'), JSON.stringify({ database, counts, total, phases, slowest }, null, 2));
console.log(`${total.passed} passed, ${total.failed + missing} failed, ${total.skipped} skipped`);
process.exit(missing > 0 ? 1 : 0);
