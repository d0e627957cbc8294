// The building blocks of every input schema of the API contract: routes and the use cases' zod
// `*.types.ts` both build on them, so they live below both (the server's layering: routes → use
// cases → domain/adapters, never back up; see eslint.config.js).
import { z } from 'zod';
import { isStorableText } from '@koers/domain';
import { todayIn } from '../case-file/today.ts';

// ---- Input helpers: every text, date and date-time field of a request uses these -------------
// (test/security/input-schemas.test.ts walks every route's params, query and body and fails on a
// bare z.string() or a date without its range). The messages are Dutch; the error handler names
// the field.

/** The refinement that makes a string storable: no NUL, no lone surrogate (one function, in the domain). */
export { isStorableText };

const storableTextMessage = 'Bevat een teken dat niet kan worden opgeslagen (een nulteken of een losse UTF-16-surrogaat)';

/** Free text (names, notes, search terms): chain .trim(), .min(), .max() as with z.string(). */
export function text(message?: string) {
  return z.string(message).refine(isStorableText, storableTextMessage);
}

/** Marks the refinement of a date or date-time field as its range check (found by the schema test). */
export const dateRangeCheck: unique symbol = Symbol('koers.dateRange');
type RangeRefinement = ((value: string) => boolean) & { [dateRangeCheck]: true };

/** The widest range of any date in Koers; a field may narrow it. */
export const earliestDate = '1900-01-01';
export const latestDate = '2100-12-31';

function rangeRefinement(from: () => string, to: () => string): RangeRefinement {
  const check = (value: string) => {
    const day = value.slice(0, 10);
    return day >= from() && day <= to();
  };
  return Object.assign(check, { [dateRangeCheck]: true as const });
}

function formatDay(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  const months = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
  return `${d ?? ''} ${months[(m ?? 1) - 1] ?? ''} ${y ?? ''}`;
}

export interface DateRange {
  /** Earliest allowed day (ISO), default 1900-01-01. */
  from?: string;
  /** Latest allowed day (ISO), default 2100-12-31; 'today' for dates that cannot lie in the future. */
  to?: string;
}

function bounds(range: DateRange): { from: () => string; to: () => string; message: () => string } {
  const from = () => range.from ?? earliestDate;
  // "Not in the future" is the Dutch date, as the rules and the web forms reckon it (ADR 0167).
  const to = () => (range.to === 'today' ? todayIn(new Date()) : (range.to ?? latestDate));
  const message = () =>
    range.to === 'today' ? `Vul een datum in vanaf ${formatDay(from())} en niet in de toekomst` : `Vul een datum in tussen ${formatDay(from())} en ${formatDay(to())}`;
  return { from, to, message };
}

/** A calendar date (JJJJ-MM-DD) in a sensible range: 1900–2100 unless the field narrows it. */
export function isoDate(message = 'Vul een datum in als JJJJ-MM-DD', range: DateRange = {}) {
  const b = bounds(range);
  return z.iso.date(message).refine(rangeRefinement(b.from, b.to), { error: () => b.message() });
}

/** A birth date: a real date, not before 1900 and not in the future. */
export function birthDate(message = 'Vul de geboortedatum in als JJJJ-MM-DD') {
  return isoDate(message, { to: 'today' });
}

/** A moment with its UTC offset (ISO 8601), in 1900–2100 unless the field narrows it. */
export function isoDateTime(message = 'Vul een datum en tijd in (ISO 8601, bijv. 2026-12-04T10:00:00+01:00)', range: DateRange = {}) {
  const b = bounds(range);
  return z.iso.datetime({ offset: true, error: message }).refine(rangeRefinement(b.from, b.to), { error: () => b.message() });
}
