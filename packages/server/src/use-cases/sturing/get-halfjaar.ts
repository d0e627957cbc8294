// The half-year report of a gemeente (R25, ADR 0142): the counted numbers per section, small counts
// suppressed, with the beleidsadviseur's stored text per section and its version.
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { countHalfjaar, halfjaarSectionKeys, halfjaarSections, halfYearLabel, halfYearPeriodOf, monitoringRows, suppressMonitoringRows, type HalfjaarSectionKey, type HalfYear } from '@koers/domain';
import { halfjaarRapportages } from '../../db/schema.ts';
import { inScope } from '../../db/scope.ts';
import type { Tx } from '../../db/database.ts';
import { scopeOf } from '../../auth/principal.ts';
import { loadHalfjaarCases } from '../../sturing/halfjaar-facts.ts';
import { smallCountThreshold } from '../../sturing/small-counts.ts';
import type { UseCaseContext } from '../context.ts';
import { grantedGemeente } from './sturing-support.ts';
import type { HalfjaarQuery } from './sturing.types.ts';

export const halfjaarSectionSchema = z.object({
  key: z.enum(halfjaarSectionKeys),
  title: z.string(),
  text: z.string(),
  rows: z.array(z.object({ code: z.string(), label: z.string(), value: z.number().nullable() })),
});
export type HalfjaarSection = z.output<typeof halfjaarSectionSchema>;

export const halfjaarReportSchema = z
  .object({
    gemeente: z.object({ id: z.string(), name: z.string() }),
    halfYear: z.templateLiteral([z.number(), '-H', z.literal([1, 2])]),
    label: z.string(),
    period: z.object({ from: z.string(), to: z.string() }),
    /** Counts from 1 up to this number (exclusive), and counts a total would give them back from, are not shown (value null). */
    threshold: z.number().describe('Aantallen van 1 tot deze drempel zijn onderdrukt (value null)'),
    sections: z.array(halfjaarSectionSchema),
    version: z.number().describe('0: nog geen tekst opgeslagen'),
  })
  .meta({ id: 'Halfjaarrapportage' });
export type HalfjaarReport = z.output<typeof halfjaarReportSchema>;

/** The stored texts of the known sections (none stored yet: {}). */
export function storedTexts(value: Partial<Record<HalfjaarSectionKey, string>> | undefined): Partial<Record<HalfjaarSectionKey, string>> {
  const out: Partial<Record<HalfjaarSectionKey, string>> = {};
  for (const s of halfjaarSections) {
    const t = value?.[s.key];
    if (t !== undefined) out[s.key] = t;
  }
  return out;
}

export async function readHalfjaar(tx: Tx, gemeente: { id: string; name: string }, halfYear: HalfYear): Promise<HalfjaarReport> {
  const period = halfYearPeriodOf(halfYear);
  const threshold = await smallCountThreshold(tx, gemeente.id);
  const rows = suppressMonitoringRows(monitoringRows(countHalfjaar(await loadHalfjaarCases(tx, gemeente.id), period)), threshold);
  const [stored] = await tx.select().from(halfjaarRapportages).where(and(eq(halfjaarRapportages.gemeenteId, gemeente.id), eq(halfjaarRapportages.halfYear, halfYear)));
  const texts = storedTexts(stored?.texts);
  return {
    gemeente,
    halfYear,
    label: halfYearLabel(halfYear),
    period,
    threshold,
    version: stored?.version ?? 0,
    sections: halfjaarSections.map((s) => ({
      key: s.key,
      title: s.title,
      text: texts[s.key] ?? '',
      rows: s.codes.flatMap((code) => {
        const row = rows.find((r) => r.code === code);
        return row ? [row] : [];
      }),
    })),
  };
}

export async function getHalfjaar(ctx: UseCaseContext, query: HalfjaarQuery): Promise<HalfjaarReport> {
  const gemeente = grantedGemeente(ctx.principal, query.gemeenteId);
  return inScope(ctx.db, scopeOf(ctx.principal), (tx) => readHalfjaar(tx, gemeente, query.halfYear), { readOnly: true });
}
