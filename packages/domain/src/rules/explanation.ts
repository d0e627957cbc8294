// Explanations: every rule answer carries the articles applied and the intermediate values,
// in Dutch, ready for the UI.

export interface ExplanationStep {
  readonly text: string;
  readonly articles: readonly string[];
}

export interface Explanation {
  /** One sentence with the answer and its main ground. */
  readonly summary: string;
  readonly steps: readonly ExplanationStep[];
  /** All articles cited in the steps, deduplicated, in order of first use. */
  readonly articles: readonly string[];
}

export interface Explained<T> {
  readonly value: T;
  readonly explanation: Explanation;
}

export function step(text: string, ...articles: string[]): ExplanationStep {
  return { text, articles };
}

export function explained<T>(value: T, summary: string, steps: readonly ExplanationStep[]): Explained<T> {
  const articles: string[] = [];
  for (const s of steps) for (const a of s.articles) if (!articles.includes(a)) articles.push(a);
  return { value, explanation: { summary, steps, articles } };
}

// Article citations, uniform spelling: "art. 5.3 lid 1 Besluit inburgering 2021".
const cite = (article: string, lid: number | undefined, suffix: string, law: string): string =>
  `art. ${article}${lid === undefined ? '' : ` lid ${lid}`}${suffix ? `, ${suffix}` : ''} ${law}`;

/** Wet inburgering 2021. */
export const wi = (article: string, lid?: number, onderdeel?: string): string =>
  cite(article, lid, onderdeel ? `onderdeel ${onderdeel}` : '', 'Wet inburgering 2021');
/** Besluit inburgering 2021. */
export const bi = (article: string, lid?: number, onderdeel?: string): string =>
  cite(article, lid, onderdeel ? `onderdeel ${onderdeel}` : '', 'Besluit inburgering 2021');
/** Participatiewet. */
export const pw = (article: string, lid?: number): string => cite(article, lid, '', 'Participatiewet');
/** DUO's published M2M validation rules (duo-m2m/README.md). */
export const duo = (section: string): string => `DUO M2M-koppelvlak, ${section}`;
/** A setting that is not law (Regeling inburgering 2021 or local policy). */
export const setting = (name: string): string => `instelling ${name}`;

/** Euro cents → "€ 1.250,50" / "€ 250". */
export function formatEuro(cents: number): string {
  const negative = cents < 0;
  const abs = Math.abs(Math.round(cents));
  const euros = Math.floor(abs / 100);
  const rest = abs % 100;
  const grouped = String(euros).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${negative ? '-' : ''}€ ${grouped}${rest === 0 ? '' : `,${String(rest).padStart(2, '0')}`}`;
}

/** Lists in Dutch: "a, b en c". */
export function dutchList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} en ${items[items.length - 1] ?? ''}`;
}
