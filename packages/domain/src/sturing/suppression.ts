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
  const totalHidden = hideWithinGroup(parts, hidden, total, isSmall(total, threshold), threshold);
  return { parts: parts.map((n, i) => cellOf(n, hidden[i]!, threshold)), total: cellOf(total, totalHidden, threshold) };
}

const cellOf = (n: number, hidden: boolean, threshold: number): Cell => (hidden ? { kind: 'suppressed', below: threshold } : { kind: 'count', value: n });

/**
 * Secondary suppression in one group, changing `hidden` in place; returns whether the total is hidden.
 * While the total is shown, the hidden parts must add up to 0 or at least the threshold.
 */
function hideWithinGroup(parts: readonly number[], hidden: boolean[], total: number, totalHidden: boolean, threshold: number): boolean {
  if (totalHidden) return true;
  const hiddenSum = () => parts.reduce((sum, n, i) => (hidden[i] ? sum + n : sum), 0);
  while (hiddenSum() > 0 && hiddenSum() < threshold) {
    // The smallest non-zero part still shown joins the hidden ones.
    let pick = -1;
    parts.forEach((n, i) => {
      if (!hidden[i] && n > 0 && (pick < 0 || n < parts[pick]!)) pick = i;
    });
    if (pick < 0) return true;
    hidden[pick] = true;
  }
  return total > 0 && total < threshold;
}

/**
 * A table of counts: rows (the parts of a figure) × columns (gemeenten), with the organisation as
 * the total column and, when the rows are disjoint parts, a total row. Hides small cells, then
 * more cells, row by row and column by column, until no shown total gives a hidden cell back.
 * Returns the cells of the table with its totals: [row][column], the last column the
 * organisation, the last row the total row when asked for.
 */
export function suppressTable(values: readonly (readonly number[])[], withTotalRow: boolean, threshold: number): Cell[][] {
  const rows = values.map((r) => [...r, r.reduce((a, b) => a + b, 0)]);
  const width = rows[0]?.length ?? 1;
  if (withTotalRow) rows.push(Array.from({ length: width }, (_, c) => rows.reduce((sum, r) => sum + r[c]!, 0)));
  const hidden = rows.map((r) => r.map((n) => isSmall(n, threshold)));
  for (;;) {
    const before = JSON.stringify(hidden);
    for (let r = 0; r < rows.length; r += 1) {
      const row = rows[r]!;
      const flags = hidden[r]!;
      const parts = row.slice(0, -1);
      const partFlags = flags.slice(0, -1);
      flags[width - 1] = hideWithinGroup(parts, partFlags, row[width - 1]!, flags[width - 1]!, threshold);
      partFlags.forEach((f, i) => (flags[i] = f));
    }
    if (withTotalRow) {
      for (let c = 0; c < width; c += 1) {
        const column = rows.map((r) => r[c]!);
        const colFlags = hidden.map((h) => h[c]!);
        const last = column.length - 1;
        const totalHidden = hideWithinGroup(column.slice(0, last), colFlags, column[last]!, colFlags[last]!, threshold);
        colFlags.forEach((f, i) => (hidden[i]![c] = i === last ? totalHidden : f));
      }
    }
    if (JSON.stringify(hidden) === before) break;
  }
  return rows.map((r, i) => r.map((n, c) => cellOf(n, hidden[i]![c]!, threshold)));
}

/** Every count of a table shown, with the same totals as `suppressTable` (roles that see cases). */
export function plainTable(values: readonly (readonly number[])[], withTotalRow: boolean): Cell[][] {
  return suppressTable(values, withTotalRow, 0);
}

/** For roles that see cases: every count as it is. */
export function plainGroup(parts: readonly number[], total: number): SuppressedGroup {
  return { parts: parts.map((value) => ({ kind: 'count', value })), total: { kind: 'count', value: total } };
}

/** A named total with its named parts (the parts add up to the total, or to less). */
export interface CountGroup {
  readonly total: string;
  readonly parts: readonly string[];
}

/**
 * Named counts with groups that may share a total (one total split two ways): the same rule as
 * `suppressTable`, group by group until nothing changes. Returns the names of the hidden counts.
 */
export function suppressGroups(values: Readonly<Record<string, number>>, groups: readonly CountGroup[], threshold: number): Set<string> {
  const hidden = new Set(Object.keys(values).filter((k) => isSmall(values[k] ?? 0, threshold)));
  for (;;) {
    const before = hidden.size;
    for (const g of groups) {
      const parts = g.parts.map((p) => values[p] ?? 0);
      const flags = g.parts.map((p) => hidden.has(p));
      const totalHidden = hideWithinGroup(parts, flags, values[g.total] ?? 0, hidden.has(g.total), threshold);
      flags.forEach((f, i) => f && hidden.add(g.parts[i]!));
      if (totalHidden) hidden.add(g.total);
    }
    if (hidden.size === before) return hidden;
  }
}
