// Names compared as people mean them: "helene tremblay" is "Hélène Tremblay-Ouellet"'s first two words.
// Pure functions (no imports): the search, the duplicate check and the browser can all use them.

/** Lower case, no accents, hyphens and apostrophes as spaces, one space between words. */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/æ/g, 'ae')
    .replace(/œ/g, 'oe')
    .replace(/ø/g, 'o')
    .replace(/đ/g, 'd')
    .replace(/ł/g, 'l')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The trigrams of a name as pg_trgm counts them: each word padded with two spaces before and one after. */
function trigrams(name: string): Set<string> {
  const result = new Set<string>();
  for (const word of normalizeName(name).split(' ').filter(Boolean)) {
    const padded = `  ${word} `;
    for (let index = 0; index + 3 <= padded.length; index++) result.add(padded.slice(index, index + 3));
  }
  return result;
}

/** Shared trigrams over all trigrams, 0 to 1 (pg_trgm's similarity()). */
export function nameSimilarity(a: string, b: string): number {
  const left = trigrams(a);
  const right = trigrams(b);
  if (left.size === 0 || right.size === 0) return 0;
  let shared = 0;
  for (const gram of left) if (right.has(gram)) shared++;
  return shared / (left.size + right.size - shared);
}
