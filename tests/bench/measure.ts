export interface Timing {
  medianMs: number;
  p95Ms: number;
}

/** Nearest-rank percentile of sorted samples. */
function percentile(sorted: number[], fraction: number): number {
  const rank = Math.max(1, Math.ceil(fraction * sorted.length));
  return sorted[rank - 1]!;
}

/**
 * Runs `operation` `warmups` times unmeasured (plans cached, pages in memory), then `runs` times one
 * after another, as successive page views would.
 */
export async function measure(operation: (run: number) => Promise<unknown>, warmups: number, runs: number): Promise<Timing> {
  for (let run = 0; run < warmups; run += 1) await operation(run);
  const samples: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    await operation(warmups + run);
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return { medianMs: percentile(samples, 0.5), p95Ms: percentile(samples, 0.95) };
}

/** A plain-text table: the first column left-aligned, the others right-aligned. */
export function formatTable(header: string[], rows: string[][]): string {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]?.length ?? 0)));
  const line = (cells: string[]) =>
    cells.map((cell, column) => (column <= 1 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ');
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}

export const formatMs = (ms: number) => ms.toFixed(ms < 10 ? 2 : 1);
export const formatCount = (n: number) => n.toLocaleString('en-US');
