// The summary catalogs, one file per language (ADR 0164). A language without a catalog gets no
// summary: the Dutch letter only.
import type { PortaalLanguage } from '@koers/domain';
import { fillSummary, type FilledSummary, type LetterSummary, type SummaryCatalog } from './summary.ts';
import { ar } from './catalogs/ar.ts';
import { en } from './catalogs/en.ts';
import { fa } from './catalogs/fa.ts';
import { nl } from './catalogs/nl.ts';
import { so } from './catalogs/so.ts';
import { ti } from './catalogs/ti.ts';
import { tr } from './catalogs/tr.ts';
import { uk } from './catalogs/uk.ts';

export const summaryCatalogs: Readonly<Partial<Record<PortaalLanguage, SummaryCatalog>>> = { nl, en, ar, ti, fa, so, tr, uk };

/** The summary of a letter in `language`, for the PDF page: null for Dutch, without a catalog or without a summary. */
export function summaryForPdf(language: PortaalLanguage | null | undefined, summary: LetterSummary | undefined): { filled: FilledSummary; catalog: SummaryCatalog } | null {
  if (!language || language === 'nl' || !summary) return null;
  const catalog = summaryCatalogs[language];
  const filled = fillSummary(language, catalog, summary);
  return filled && catalog ? { filled, catalog } : null;
}
