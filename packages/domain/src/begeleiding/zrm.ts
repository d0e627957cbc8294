// The measuring instrument of the begeleiding, based on the Zelfredzaamheid-Matrix (ZRM; seed 002
// §4.1). The domains and scale are a setting per organisation; the default is the current ZRM for
// adults (ZRM 2017, GGD Amsterdam: 13 life domains, scored 1 "acute problematiek" to 5 "volledig
// zelfredzaam"; zelfredzaamheidmatrix.nl). The older ZRM 2013 had 11 domains (dagbesteding and
// ADL undivided, "verslaving"): an organisation still using it sets those domains itself.
import { z } from 'zod';
import { isStorableText } from '../text/storable-text.ts';

export interface ZrmDomain {
  readonly key: string;
  readonly label: string;
}

export interface ZrmMatrix {
  readonly domains: ZrmDomain[];
  /** Scores run from 1 to `scale.length`; `scale[i]` is the label of score i + 1. */
  readonly scale: string[];
}

export const defaultZrmMatrix: ZrmMatrix = {
  domains: [
    { key: 'financien', label: 'Financiën' },
    { key: 'werk-opleiding', label: 'Werk en opleiding' },
    { key: 'tijdsbesteding', label: 'Tijdsbesteding' },
    { key: 'huisvesting', label: 'Huisvesting' },
    { key: 'huiselijke-relaties', label: 'Huiselijke relaties' },
    { key: 'geestelijke-gezondheid', label: 'Geestelijke gezondheid' },
    { key: 'lichamelijke-gezondheid', label: 'Lichamelijke gezondheid' },
    { key: 'middelengebruik', label: 'Middelengebruik' },
    { key: 'basale-adl', label: 'Basale ADL (zelfzorg)' },
    { key: 'instrumentele-adl', label: 'Instrumentele ADL (dagelijkse activiteiten)' },
    { key: 'sociaal-netwerk', label: 'Sociaal netwerk' },
    { key: 'maatschappelijke-participatie', label: 'Maatschappelijke participatie' },
    { key: 'justitie', label: 'Justitie' },
  ],
  scale: ['Acute problematiek', 'Niet zelfredzaam', 'Beperkt zelfredzaam', 'Voldoende zelfredzaam', 'Volledig zelfredzaam'],
};

const label = (what: string) =>
  z
    .string({ error: `${what}: vul een naam in` })
    .trim()
    .min(1, { error: `${what}: vul een naam in` })
    .max(80, { error: `${what}: hoogstens 80 tekens` })
    .refine(isStorableText, { error: `${what}: bevat een teken dat niet kan worden opgeslagen` });

/** A matrix as a beheerder sets it: 1–20 domains with unique keys, a scale of 2–10 levels. */
export const zrmMatrixSchema = z
  .strictObject({
    domains: z
      .array(
        z.strictObject({
          key: z.string({ error: 'Leefgebied: vul een code in' }).regex(/^[a-z][a-z0-9-]{0,39}$/, { error: 'Leefgebied: code van kleine letters, cijfers en streepjes (hoogstens 40)' }),
          label: label('Leefgebied'),
        }),
        { error: 'Leefgebieden: geef een lijst' },
      )
      .min(1, { error: 'Leefgebieden: minstens één leefgebied' })
      .max(20, { error: 'Leefgebieden: hoogstens 20' })
      .refine((ds) => new Set(ds.map((d) => d.key)).size === ds.length, { error: 'Leefgebieden: elke code maar één keer' }),
    scale: z.array(label('Schaal'), { error: 'Schaal: geef een lijst' }).min(2, { error: 'Schaal: minstens 2 niveaus' }).max(10, { error: 'Schaal: hoogstens 10 niveaus' }),
  });

/** The matrix stored for an organisation, or the default when none (or an unreadable one) is stored. */
export function readZrmMatrix(stored: unknown): ZrmMatrix {
  const parsed = zrmMatrixSchema.safeParse(stored);
  return parsed.success ? parsed.data : defaultZrmMatrix;
}

export type ZrmScoreProblem = { field: string; message: string };

/** One measurement: each domain at most once, each score on the scale, each domain known. */
export function checkZrmScores(matrix: ZrmMatrix, scores: readonly { domain: string; score: number }[]): ZrmScoreProblem | undefined {
  if (scores.length === 0) return { field: 'scores', message: 'Scores: vul voor minstens één leefgebied een score in' };
  const seen = new Set<string>();
  for (const [i, s] of scores.entries()) {
    const domain = matrix.domains.find((d) => d.key === s.domain);
    if (!domain) return { field: `scores.${i}.domain`, message: 'Leefgebied: kies een leefgebied van de matrix' };
    if (seen.has(s.domain)) return { field: `scores.${i}.domain`, message: `${domain.label}: maar één score per meting` };
    seen.add(s.domain);
    if (!Number.isInteger(s.score) || s.score < 1 || s.score > matrix.scale.length) {
      return { field: `scores.${i}.score`, message: `${domain.label}: kies een score van 1 tot en met ${matrix.scale.length}` };
    }
  }
  return undefined;
}

export interface ZrmMeasurement {
  readonly measuredOn: string;
  readonly scores: readonly { readonly domain: string; readonly score: number }[];
}

export interface ZrmTrendRow {
  readonly domain: string;
  readonly label: string;
  /** One cell per measurement date (oldest first); null where the domain was not scored. */
  readonly scores: (number | null)[];
  /** Last score minus the first, over the dates where the domain was scored; null with fewer than two. */
  readonly change: number | null;
}

/** The trend table: one row per domain of the matrix, one column per date. */
export function zrmTrend(matrix: ZrmMatrix, measurements: readonly ZrmMeasurement[]): { dates: string[]; rows: ZrmTrendRow[] } {
  const dates = [...new Set(measurements.map((m) => m.measuredOn))].sort();
  const rows = matrix.domains.map((d) => {
    const scores = dates.map((date) => {
      const hits = measurements.filter((m) => m.measuredOn === date).flatMap((m) => m.scores.filter((s) => s.domain === d.key));
      const last = hits[hits.length - 1];
      return last ? last.score : null;
    });
    const known = scores.filter((s): s is number => s !== null);
    const first = known[0];
    const lastKnown = known[known.length - 1];
    return { domain: d.key, label: d.label, scores, change: known.length >= 2 && first !== undefined && lastKnown !== undefined ? lastKnown - first : null };
  });
  return { dates, rows };
}
