// Phone numbers as Quebec staff write them: 819-555-0123, (819) 555-0123, 819 555 0123, 819.555.0123,
// 8195550123, +1 819 555-0123, 1-819-555-0123, optionally followed by an extension (poste 12, ext. 12, x12).
// Stored in one way, 819-555-0123 [poste 12], so that searching and deduplicating compare like with like.
const NUMBER = /^(?:\+?1[\s.-]?)?\(?([2-9]\d{2})\)?[\s.-]?([2-9]\d{2})[\s.-]?(\d{4})(?:\s*(?:poste|p\.|ext\.?|x|#)\s*(\d{1,6}))?$/i;

/** The canonical form of a North American number, or null when it is not one. */
export function normalizePhone(raw: string): string | null {
  const match = NUMBER.exec(raw.trim());
  if (!match) return null;
  const [, area, exchange, line, extension] = match;
  return `${area}-${exchange}-${line}${extension ? ` poste ${extension}` : ''}`;
}
