// Translated summaries of letters (issue 17, ADR 0164): the Dutch letter is the legal one; a short
// summary in the person's language goes with it, on an extra page of the PDF and in the portal. A
// letter builder names the summary's key and its facts (dates, amounts, hours); a catalog per
// language holds the sentences with {placeholders}. A sentence whose fact is absent is left out.
// No article prescribes this; art. 14 and 15 Wi2021 and the Awb ask only for the Dutch letter.
import { z } from 'zod';
import { learningRoutes, type LearningRoute, type PortaalLanguage } from '@koers/domain';

export const summaryKeys = [
  'intake-uitnodiging',
  'intake-waarschuwing',
  'pip-beschikking',
  'pip-advies',
  'pip-intrekking',
  'verlenging-toegekend',
  'verlenging-afgewezen',
  'pvt-certificaat',
  'ontzorgen-teruggave',
  'handhaving-waarschuwing',
  'handhaving-voornemen',
  'handhaving-boete',
  'beslissing-op-bezwaar',
] as const;
export type SummaryKey = (typeof summaryKeys)[number];

/** A fact of the letter, stored as data so that each language formats it itself. */
export type Fact = { date: string } | { euro: number } | { count: number } | { time: string } | { route: LearningRoute };

export interface LetterSummary {
  key: SummaryKey;
  facts: Readonly<Record<string, Fact>>;
}

export interface SummaryCatalog {
  /** Dutch name of the language, for the Dutch heading "Samenvatting in het …". */
  dutchName: string;
  dir: 'ltr' | 'rtl';
  /** The heading of the summary in the language itself. */
  title: string;
  /** The fixed line: this is a summary, the Dutch letter is the official decision. */
  disclaimer: string;
  routes: Readonly<Record<LearningRoute, string>>;
  entries: Readonly<Record<SummaryKey, readonly string[]>>;
}

export interface FilledSummary {
  language: PortaalLanguage;
  dir: 'ltr' | 'rtl';
  title: string;
  lines: string[];
  disclaimer: string;
}

const factSchema = z.union([
  z.object({ date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) }).strict(),
  z.object({ euro: z.number().int() }).strict(),
  z.object({ count: z.number() }).strict(),
  z.object({ time: z.string().regex(/^\d{1,2}:\d{2}$/) }).strict(),
  z.object({ route: z.enum(learningRoutes) }).strict(),
]);
const summarySchema = z.object({ key: z.enum(summaryKeys), facts: z.record(z.string(), factSchema) });

/** A stored summary (jsonb) read back; anything else is no summary. */
export function parseLetterSummary(stored: unknown): LetterSummary | null {
  const parsed = summarySchema.safeParse(stored);
  return parsed.success ? parsed.data : null;
}

/** The placeholders of a sentence, e.g. ["amount", "date"]. */
export const placeholders = (sentence: string): string[] => [...sentence.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();

// Intl marks the direction of a number with invisible marks; the PDF fonts have no glyph for them.
const stripMarks = (s: string): string => s.replace(/[\u200e\u200f\u061c]/g, '').replace(/\u00a0|\u202f/g, ' ');

function formatFact(language: PortaalLanguage, catalog: SummaryCatalog, fact: Fact): string {
  const locale = `${language}-u-nu-latn-ca-gregory`;
  if ('date' in fact) return stripMarks(new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${fact.date}T00:00:00Z`)));
  if ('euro' in fact) {
    // The name of the currency, not the sign: the Arabic and Ethiopic fonts have no "€".
    const display = catalog.dir === 'rtl' || language === 'ti' ? 'name' : 'symbol';
    return stripMarks(new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR', currencyDisplay: display }).format(fact.euro / 100));
  }
  if ('count' in fact) return stripMarks(new Intl.NumberFormat(locale).format(fact.count));
  if ('time' in fact) return fact.time;
  return catalog.routes[fact.route];
}

/** The summary in one language, facts filled in; null when the language has no catalog. */
export function fillSummary(language: PortaalLanguage, catalog: SummaryCatalog | undefined, summary: LetterSummary): FilledSummary | null {
  if (!catalog) return null;
  const lines = catalog.entries[summary.key].flatMap((sentence) => {
    const names = placeholders(sentence);
    if (names.some((n) => !Object.hasOwn(summary.facts, n))) return [];
    return [sentence.replace(/\{(\w+)\}/g, (_, name: string) => {
      const fact = summary.facts[name];
      return fact ? formatFact(language, catalog, fact) : '';
    })];
  });
  return { language, dir: catalog.dir, title: catalog.title, lines, disclaimer: catalog.disclaimer };
}
