// Names compared as people mean them: "helene tremblay" is "Hélène Tremblay-Ouellet"'s first two words.
// Pure functions (no imports): the search, the duplicate check and the browser can all use them.
//
// The database has the same normalization, `passerelle_normalize_name(text)` (migration 0005), which fills
// `persons.search_name` (indexed for the list's search) and normalizes the searched text. Both sides take
// the same steps in the same order, and tests/integration/normalize-name.test.ts checks that they agree on
// tricky names and on every letter of the Latin, Greek and Cyrillic blocks:
//   1. PostgreSQL's `unaccent` with its default rules. Here: a letter of the Latin or Greek blocks loses its
//      combining marks (canonical decomposition); the letters and signs unaccent spells out (Œ → OE, ß → ss,
//      Ø → O, Ł → L, ’ → ', – → -…) are in SPELLED_OUT, and those it leaves as they are in KEPT;
//   2. lower case, one character at a time, as PostgreSQL's lower() does (no final-sigma rule), then 1 and 2
//      once more (lower case can give a letter unaccent changes: Ʀ gives ʀ, the angstrom sign gives å);
//   3. every run of separators (NAME_SEPARATORS: spaces, ASCII punctuation, typographic apostrophes, hyphens
//      and quotes) → one space; no space at either end.

/**
 * Spaces, ASCII punctuation (hyphen and apostrophe included) and their typographic forms, as the contents
 * of a regular-expression bracket, the same in JavaScript and in PostgreSQL (written with \u escapes: the
 * migration has the same characters).
 */
export const NAME_SEPARATORS =
  '\\t\\n\\u000b\\f\\r\\u0020\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff' + // spaces
  '\\u0021-\\u002f\\u003a-\\u0040\\u005b-\\u0060\\u007b-\\u007e' + // ASCII punctuation
  '\\u00a1\\u00ab\\u00ad\\u00b4\\u00b7\\u00bb\\u00bf\\u02b9-\\u02bd\\u02c8\\u2010-\\u2015\\u2018-\\u201f\\u2032\\u2033\\u2039\\u203a\\u2212\\ufe58\\ufe63\\uff07\\uff0d'; // typographic

const SEPARATORS = new RegExp(`[${NAME_SEPARATORS}]+`, 'g');

/** unaccent's rules for letters and signs that have no canonical decomposition. */
const SPELLED_OUT: Record<string, string> = {
  '¡': '!', '©': '(C)', '«': '<<', '®': '(R)', '±': '+/-', '»': '>>', '¼': ' 1/4', '½': ' 1/2', '¾': ' 3/4', '¿': '?',
  'Æ': 'AE', 'Ð': 'D', '×': '*', 'Ø': 'O', 'Þ': 'TH', 'ß': 'ss', 'æ': 'ae', 'ð': 'd', '÷': '/', 'ø': 'o', 'þ': 'th',
  'Đ': 'D', 'đ': 'd', 'Ħ': 'H', 'ħ': 'h', 'ı': 'i', 'Ĳ': 'IJ', 'ĳ': 'ij', 'ĸ': 'q', 'Ŀ': 'L', 'ŀ': 'l', 'Ł': 'L',
  'ł': 'l', 'ŉ': "'n", 'Ŋ': 'N', 'ŋ': 'n', 'Œ': 'OE', 'œ': 'oe', 'Ŧ': 'T', 'ŧ': 't', 'ſ': 's',
  'ƀ': 'b', 'Ɓ': 'B', 'Ƃ': 'B', 'ƃ': 'b', 'Ƈ': 'C', 'ƈ': 'c', 'Ɖ': 'D', 'Ɗ': 'D', 'Ƌ': 'D', 'ƌ': 'd', 'Ɛ': 'E', 'Ƒ': 'F',
  'ƒ': 'f', 'Ɠ': 'G', 'ƕ': 'hv', 'Ɩ': 'I', 'Ɨ': 'I', 'Ƙ': 'K', 'ƙ': 'k', 'ƚ': 'l', 'Ɲ': 'N', 'ƞ': 'n', 'Ƣ': 'OI',
  'ƣ': 'oi', 'Ƥ': 'P', 'ƥ': 'p', 'ƫ': 't', 'Ƭ': 'T', 'ƭ': 't', 'Ʈ': 'T', 'Ʋ': 'V', 'Ƴ': 'Y', 'ƴ': 'y', 'Ƶ': 'Z',
  'ƶ': 'z', 'Ǆ': 'DZ', 'ǅ': 'Dz', 'ǆ': 'dz', 'Ǉ': 'LJ', 'ǈ': 'Lj', 'ǉ': 'lj', 'Ǌ': 'NJ', 'ǋ': 'Nj', 'ǌ': 'nj',
  'Ǥ': 'G', 'ǥ': 'g', 'Ǳ': 'DZ', 'ǲ': 'Dz', 'ǳ': 'dz', 'ȡ': 'd', 'Ȥ': 'Z', 'ȥ': 'z', 'ȴ': 'l', 'ȵ': 'n', 'ȶ': 't',
  'ȷ': 'j', 'ȸ': 'db', 'ȹ': 'qp', 'Ⱥ': 'A', 'Ȼ': 'C', 'ȼ': 'c', 'Ƚ': 'L', 'Ⱦ': 'T', 'ȿ': 's', 'ɀ': 'z', 'Ƀ': 'B',
  'Ʉ': 'U', 'Ɇ': 'E', 'ɇ': 'e', 'Ɉ': 'J', 'ɉ': 'j', 'Ɍ': 'R', 'ɍ': 'r', 'Ɏ': 'Y', 'ɏ': 'y',
  // IPA letters: the lower case of some Latin letters above (Ʀ gives ʀ), which the second pass meets.
  'ɓ': 'b', 'ɕ': 'c', 'ɖ': 'd', 'ɗ': 'd', 'ɛ': 'e', 'ɟ': 'j', 'ɠ': 'g', 'ɡ': 'g', 'ɢ': 'G', 'ɦ': 'h', 'ɧ': 'h', 'ɨ': 'i',
  'ɪ': 'I', 'ɫ': 'l', 'ɬ': 'l', 'ɭ': 'l', 'ɱ': 'm', 'ɲ': 'n', 'ɳ': 'n', 'ɴ': 'N', 'ɶ': 'OE', 'ɼ': 'r', 'ɽ': 'r', 'ɾ': 'r',
  'ʀ': 'R', 'ʂ': 's', 'ʈ': 't', 'ʉ': 'u', 'ʋ': 'v', 'ʏ': 'Y', 'ʐ': 'z', 'ʑ': 'z', 'ʙ': 'B', 'ʛ': 'G', 'ʜ': 'H', 'ʝ': 'j',
  'ʟ': 'L', 'ʠ': 'q', 'ʣ': 'dz', 'ʥ': 'dz', 'ʦ': 'ts', 'ʪ': 'ls', 'ʫ': 'lz',
  'Ё': 'Е', 'ё': 'е',
  'ẚ': 'a', 'ẜ': 's', 'ẝ': 's', 'ẞ': 'SS', 'Ỻ': 'LL', 'ỻ': 'll', 'Ỽ': 'V', 'ỽ': 'v', 'Ỿ': 'Y', 'ỿ': 'y',
  '‖': '||', '‚': ',', '“': '"', '”': '"', '„': ',,', '‟': '"', '․': '.', '‥': '..', '…': '...', '″': '"', '‹': '<',
  '›': '>', '‼': '!!', '⁄': '/', '⁅': '[', '⁆': ']', '⁇': '??', '⁈': '?!', '⁉': '!?', '⁎': '*',
  'ﬀ': 'ff', 'ﬁ': 'fi', 'ﬂ': 'fl', 'ﬃ': 'ffi', 'ﬄ': 'ffl', 'ﬅ': 'st', 'ﬆ': 'st',
};

/** Letters with a decomposition that unaccent's rules nevertheless leave as they are. */
const KEPT = new Set(
  // Ǣ ǣ Ǯ ǯ Ǽ ǽ Ǿ ǿ ẛ, the Greek numeral sign, ϓ and ϔ.
  '\u01e2\u01e3\u01ee\u01ef\u01fc\u01fd\u01fe\u01ff\u1e9b\u0374\u03d3\u03d4',
);
// Where unaccent's rules changed between PostgreSQL 15 and 16+ (ª º µ, ¼ ½ ¾, the Greek Extended letters with
// oxia), this follows 15 for ª º µ and 16+ for the others: no name holds them in practice.

/** Latin-1 letters to Latin Extended-B, Greek, Latin Extended Additional and Greek Extended. */
const DECOMPOSED_BLOCKS = /[\u00c0-\u024f\u0370-\u03ff\u1e00-\u1fff]/;
const LETTER = /\p{L}/u;
/** The combining marks unaccent removes (U+0300 to U+0362). */
const COMBINING_MARKS = /[\u0300-\u0362]/g;
const FULL_WIDTH = /[\uff01-\uff5e]/;

function unaccentCharacter(character: string): string {
  const spelled = SPELLED_OUT[character];
  if (spelled !== undefined) return spelled;
  if (KEPT.has(character)) return character;
  if (DECOMPOSED_BLOCKS.test(character) && LETTER.test(character)) return character.normalize('NFD').replace(COMBINING_MARKS, '');
  // Full-width forms of ASCII: unaccent gives the ASCII character.
  if (FULL_WIDTH.test(character)) return String.fromCharCode(character.charCodeAt(0) - 0xfee0);
  // A combining mark on its own (a name typed in decomposed form): removed.
  return character.replace(COMBINING_MARKS, '');
}

function unaccentThenLower(text: string): string {
  let result = '';
  for (const character of text) {
    for (const plain of unaccentCharacter(character)) result += plain.toLowerCase();
  }
  return result;
}

/** The normalized form of a name, or of text searched among names. */
export function normalizeName(name: string): string {
  // unaccent then lower case, twice (as passerelle_normalize_name, migration 0012): lower() can give an
  // accented letter that unaccent had let through (the angstrom sign Å gives å), which the second pass
  // removes, so normalizing a normalized name changes nothing.
  const lowered = unaccentThenLower(unaccentThenLower(name));
  return lowered.replace(SEPARATORS, ' ').replace(/^ | $/g, '');
}

/**
 * What `persons.search_name` holds for a person: the normalized "last name first name" (the list's name
 * order). Compare with normalizeName of a typed name.
 */
export function personSearchName(firstName: string, lastName: string): string {
  return normalizeName(`${lastName} ${firstName}`);
}

/** The words of a search, normalized: each must appear in a name, in any order. */
export function searchWords(search: string): string[] {
  return normalizeName(search).split(' ').filter(Boolean);
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
