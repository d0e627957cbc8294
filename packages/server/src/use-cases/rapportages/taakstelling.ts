/**
 * The huisvestingstaakstelling per half year (R3, ADR 0140) against what happened: linked (COA
 * koppeling), housed in the gemeente, and of those housed how many are inburgeringsplichtig.
 */
import { and, inArray, sql, type SQL } from 'drizzle-orm';
import { halfYearPeriod, taakstellingFigures, type CaseFigure, type ReportPeriod } from '@koers/domain';
import { caseSturing, huisvestingstaakstellingen } from '../../db/schema.ts';
import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import { AppError } from '../../errors.ts';
import { figureFilter } from '../../sturing/figure-filters.ts';
import { planForWholeGemeenten } from '../../sturing/dashboard-queries.ts';
import type { UseCaseContext } from '../context.ts';
import { caseListHref, logAggregate, mayLink, reportGemeenten, smallCountThreshold } from './rapportage-scope.ts';
import { suppressCount } from '@koers/domain';
import { numberProperty } from '../../util/guards.ts';
import type { TaakstellingHalf, TaakstellingReport } from './rapportages.view.ts';

const counted = { linked: 'gekoppeld', housed: 'gehuisvest', housedPlichtig: 'gehuisvest-plichtig' } as const satisfies Record<string, CaseFigure>;

export async function taakstellingReport(ctx: UseCaseContext, query: { fromYear: number; toYear: number; gemeenteId?: string }): Promise<TaakstellingReport> {
  if (query.toYear < query.fromYear) throw new AppError('VALIDATION_FAILED', { field: 'totJaar', message: 'Tot en met jaar: mag niet vóór het beginjaar liggen.' });
  if (query.toYear - query.fromYear > 10) throw new AppError('VALIDATION_FAILED', { field: 'totJaar', message: 'Tot en met jaar: hoogstens tien jaar tegelijk.' });
  const gemeenten = reportGemeenten(ctx, query.gemeenteId);
  const ids = gemeenten.map((g) => g.id);
  const linkable = mayLink(ctx);
  const years = Array.from({ length: query.toYear - query.fromYear + 1 }, (_, i) => query.fromYear + i);
  const halves = years.flatMap((year) => ([1, 2] as const).map((half) => ({ year, half, period: halfYearPeriod(year, half) })));
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    if (ids.length === 0) return { years, threshold: null, rows: [] };
    const threshold = await smallCountThreshold(tx, gemeenten);
    const stored = await tx
      .select()
      .from(huisvestingstaakstellingen)
      .where(and(inArray(huisvestingstaakstellingen.gemeenteId, ids), sql`${huisvestingstaakstellingen.year} between ${query.fromYear} and ${query.toYear}`));
    const columns = Object.fromEntries(
      halves.flatMap(({ year, half, period }) =>
        Object.entries(counted).map(([k, f]): [string, SQL<number>] => [`${k}:${year}:${half}`, sql<number>`(count(*) filter (where ${figureFilter(f, period)}))::int`]),
      ),
    );
    await planForWholeGemeenten(tx);
    const counts = (await tx
      .select({ gemeenteId: caseSturing.gemeenteId, ...columns })
      .from(caseSturing)
      .where(inArray(caseSturing.gemeenteId, ids))
      .groupBy(caseSturing.gemeenteId));
    await logAggregate(tx, ctx, 'huisvestingstaakstelling', gemeenten);
    const rows = gemeenten.flatMap((g) =>
      halves.map(({ year, half, period }): TaakstellingHalf => {
        const mine = counts.find((c) => c.gemeenteId === g.id);
        const own = stored.find((s) => s.gemeenteId === g.id && s.year === year && s.half === half);
        const suppressed: TaakstellingHalf['suppressed'] = [];
        const links: TaakstellingHalf['links'] = {};
        const value = (k: keyof typeof counted): number => {
          const n = numberProperty(mine, `${k}:${year}:${half}`) ?? 0;
          if (!linkable && suppressCount(n, threshold).kind === 'suppressed') {
            suppressed.push(k);
            return 0;
          }
          if (linkable && n > 0) links[k] = caseListHref(counted[k], period satisfies ReportPeriod, g.id);
          return n;
        };
        const linked = value('linked');
        const housed = value('housed');
        const housedPlichtig = value('housedPlichtig');
        // The plichtig share would give a hidden count back from the housed count, and the other way round.
        if (suppressed.includes('housed') || suppressed.includes('housedPlichtig')) for (const k of ['housed', 'housedPlichtig'] as const) if (!suppressed.includes(k)) suppressed.push(k);
        const figures = taakstellingFigures({
          taakstelling: own?.aantal ?? null,
          linked,
          housed: suppressed.includes('housed') ? 0 : housed,
          housedPlichtig: suppressed.includes('housedPlichtig') ? 0 : housedPlichtig,
        });
        return {
          gemeenteId: g.id,
          gemeenteName: g.name,
          year,
          half,
          version: own?.version ?? 0,
          figures: suppressed.length ? { ...figures, realisedPercent: suppressed.includes('housed') ? null : figures.realisedPercent, plichtigPercent: null } : figures,
          suppressed,
          links: suppressed.includes('housed') ? {} : links,
        };
      }),
    );
    return { years, threshold: linkable ? null : threshold, rows };
  });
}
