// Small counts for those who see aggregates only (beleidsadviseur): a count of 1 up to the
// gemeente's threshold − 1 could point at a person, so it is not shown ("minder dan 5"). A total
// next to its parts would give a suppressed part back by subtraction, so more parts are
// suppressed until the hidden parts together are at least the threshold, else the total too
// (secondary suppression; ADR 0141).

export const DEFAULT_SMALL_COUNT_THRESHOLD = 5;

export type Cell = { readonly kind: 'count'; readonly value: number } | { readonly kind: 'suppressed'; readonly below: number };

export const isSmall = (n: number, threshold: number): boolean => n > 0 && n < threshold;

/** One count on its own: suppressed when 1..threshold−1. */
export function suppressCount(n: number, threshold: number): Cell {
  return isSmall(n, threshold) ? { kind: 'suppressed', below: threshold } : { kind: 'count', value: n };
}

export interface SuppressedGroup {
  readonly parts: readonly Cell[];
  readonly total: Cell;
}

/**
 * A total with its parts (the parts add up to the total). Guarantees: no shown cell is
 * 1..threshold−1; when the total is shown, the hidden parts together are 0 or at least the
 * threshold, so no single hidden part follows from the total minus the shown parts.
 */
export function suppressGroup(parts: readonly number[], total: number, threshold: number): SuppressedGroup {
  const hidden = parts.map((n) => isSmall(n, threshold));
  const hiddenSum = () => parts.reduce((sum, n, i) => (hidden[i] ? sum + n : sum), 0);
  while (hiddenSum() > 0 && hiddenSum() < threshold) {
    // The smallest non-zero part still shown joins the hidden ones.
    let pick = -1;
    parts.forEach((n, i) => {
      if (!hidden[i] && n > 0 && (pick < 0 || n < parts[pick]!)) pick = i;
    });
    if (pick < 0) break;
    hidden[pick] = true;
  }
  const sum = hiddenSum();
  const totalHidden = isSmall(total, threshold) || (sum > 0 && sum < threshold);
  return {
    parts: parts.map((n, i) => (hidden[i] ? { kind: 'suppressed', below: threshold } : { kind: 'count', value: n })),
    total: totalHidden ? { kind: 'suppressed', below: threshold } : { kind: 'count', value: total },
  };
}

/** For roles that see cases: every count as it is. */
export function plainGroup(parts: readonly number[], total: number): SuppressedGroup {
  return { parts: parts.map((value) => ({ kind: 'count', value })), total: { kind: 'count', value: total } };
}
