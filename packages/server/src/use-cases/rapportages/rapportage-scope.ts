// What every aggregate request shares: the gemeenten asked for (one, or all of the user's for the
// organisation), whether numbers may link to the lists behind them, the small-count threshold,
// and the one processing-log entry per request (purpose: verantwoording).
import { DEFAULT_SMALL_COUNT_THRESHOLD, suppressTable, type CaseFigure, type ReportPeriod } from '@koers/domain';
import type { Tx } from '../../db/database.ts';
import { gemeenteSettingsOfMany } from '../../gemeenten/settings.ts';
import { logProcessed } from '../../privacy/log-helpers.ts';
import { AppError } from '../../errors.ts';
import type { UseCaseContext } from '../context.ts';
import type { ReportCell, ReportRow, ReportTable } from './rapportages.view.ts';

export interface ReportGemeente {
  id: string;
  name: string;
}

/** The gemeenten of the request: the one asked for, or every gemeente granted to the user. */
export function reportGemeenten(ctx: UseCaseContext, gemeenteId: string | undefined): ReportGemeente[] {
  const all = ctx.principal.gemeenten.map((g) => ({ id: g.id, name: g.name }));
  if (gemeenteId === undefined) return all;
  const one = all.filter((g) => g.id === gemeenteId);
  if (one.length === 0) throw new AppError('NOT_FOUND', { field: 'gemeenteId', message: 'Deze gemeente bestaat niet of u heeft er geen toegang toe.' });
  return one;
}

/** Roles that read cases see every count and may follow it to the list; the others see suppressed numbers only (ADR 0141). */
export const mayLink = (ctx: UseCaseContext): boolean => ctx.principal.permissions.includes('case:read');

/** The strictest threshold of the gemeenten shown, so the organisation column protects each of them. */
export async function smallCountThreshold(tx: Tx, gemeenten: readonly ReportGemeente[]): Promise<number> {
  const settings = await gemeenteSettingsOfMany(tx, gemeenten.map((g) => g.id));
  const threshold = Math.max(0, ...gemeenten.map((g) => settings.get(g.id)?.kleineAantallenDrempel ?? DEFAULT_SMALL_COUNT_THRESHOLD));
  return threshold === 0 ? DEFAULT_SMALL_COUNT_THRESHOLD : threshold;
}

export interface RowSpec {
  key: string;
  label?: string;
  /** Per gemeente column, the count. */
  counts: number[];
  /** The list behind a cell (gemeente id, or undefined for the organisation column); none for aggregate-only roles. */
  href?: (gemeenteId: string | undefined) => string;
}

/** Builds a table: organisation column and optional total row added, suppression for aggregate-only roles. */
export function buildTable(id: string, specs: readonly RowSpec[], totalRow: boolean, gemeenten: readonly ReportGemeente[], linkable: boolean, threshold: number): ReportTable {
  const cells = suppressTable(
    specs.map((s) => s.counts),
    totalRow,
    linkable ? 0 : threshold,
  );
  const rows: ReportRow[] = cells.map((row, r) => {
    const spec = specs[r];
    return {
      key: spec?.key ?? 'totaal',
      ...(spec?.label === undefined ? {} : { label: spec.label }),
      cells: row.map((cell, c): ReportCell => {
        // Only a count links to its list; a suppressed cell has no href.
        if (cell.kind !== 'count') return cell;
        const href = linkable && spec?.href && cell.value > 0 ? spec.href(gemeenten[c]?.id) : undefined;
        return href === undefined ? cell : { ...cell, href };
      }),
    };
  });
  return { id, totalRow, rows };
}

/** The case list filtered to what a figure counted. */
export function caseListHref(figure: CaseFigure, period: ReportPeriod, gemeenteId: string | undefined, extra: Record<string, string> = {}): string {
  const q = new URLSearchParams({ kengetal: figure, van: period.from, tot: period.to, ...extra });
  if (gemeenteId !== undefined) q.set('gemeente', gemeenteId);
  return `/dossiers?${q.toString()}`;
}

/** One processing-log entry per aggregate request: who asked for which figures (no person is in them). */
export function logAggregate(tx: Tx, ctx: UseCaseContext, operationName: string, gemeenten: readonly ReportGemeente[]): Promise<void> {
  return logProcessed(tx, ctx, 'verantwoording', 'read', operationName, [
    { resourceType: 'rapportage', resourceId: operationName, subject: { type: 'user', id: ctx.principal.userId }, gemeenteId: gemeenten.length === 1 ? gemeenten[0]!.id : null },
  ]);
}
