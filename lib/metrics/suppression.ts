// Small-cell suppression of counts of persons (README, Dashboard: "Small cells"). Pure, shared by the page,
// the charts, the exports, the API and the bilan, so none of them can show what another hides.
//
// 1. Primary: a count of 1 to 4 persons shows "< 5" (0 is shown: it singles no one out).
// 2. Complementary: when exactly one cell of a breakdown is hidden, the total minus the cells shown would
//    give it back; the smallest other non-zero cell is hidden too, so the subtraction gives only the sum of
//    two hidden cells. If no other cell can be hidden (every other one is 0), the hidden cell is the whole
//    total, which is then 1 to 4 and hidden by rule 1.
// The rule is applied to every breakdown of persons, additive or not (a person followed at two service
// points counts in both): always safe, and one rule is easier to check than two.

/** Counts of persons from 1 to this show as "< 5". */
export const SMALL_CELL_MAX = 4;

export type SuppressedCount = { value: number; hidden: false } | { value: null; hidden: true; reason: 'small' | 'complementary' };

export function isSmall(value: number): boolean {
  return value >= 1 && value <= SMALL_CELL_MAX;
}

/** A single count of persons shown alone (a total): hidden when 1 to 4. */
export function suppressCount(value: number): SuppressedCount {
  return isSmall(value) ? { value: null, hidden: true, reason: 'small' } : { value, hidden: false };
}

/** The cells of one breakdown of persons, in the same order. */
export function suppressCells(values: readonly number[]): SuppressedCount[] {
  const reasons: ('small' | 'complementary' | null)[] = values.map((value) => (isSmall(value) ? 'small' : null));
  const hiddenCount = reasons.filter((reason) => reason !== null).length;
  if (hiddenCount === 1) {
    let complement = -1;
    values.forEach((value, index) => {
      if (reasons[index] === null && value > 0 && (complement === -1 || value < values[complement]!)) complement = index;
    });
    if (complement !== -1) reasons[complement] = 'complementary';
  }
  return values.map((value, index) => {
    const reason = reasons[index];
    return reason ? { value: null, hidden: true, reason } : { value, hidden: false };
  });
}

/** What a page, a chart label or an export writes for a count: the number, or "< 5". */
export const HIDDEN_TEXT = `< ${SMALL_CELL_MAX + 1}`;
