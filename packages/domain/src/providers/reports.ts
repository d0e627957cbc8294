// What providers report on a placement (R13): attendance per week with hours per lesson category,
// level per skill (CEFR), interim reports, exam registrations; and what follows from them.
import { compareDates, toDayNumber, type IsoDate } from '../rules/dates.ts';
import type { HoursCategory } from '../rules/hours.ts';

export const skills = ['lezen', 'luisteren', 'schrijven', 'spreken', 'knm'] as const;
export type Skill = (typeof skills)[number];

export function skillLabel(skill: Skill): string {
  switch (skill) {
    case 'lezen':
      return 'Lezen';
    case 'luisteren':
      return 'Luisteren';
    case 'schrijven':
      return 'Schrijven';
    case 'spreken':
      return 'Spreken';
    case 'knm':
      return 'Kennis van de Nederlandse Maatschappij (KNM)';
    default:
      return skill satisfies never;
  }
}

export const cefrLevels = ['A0', 'A1', 'A2', 'B1', 'B2'] as const;
export type CefrLevel = (typeof cefrLevels)[number];

/**
 * Lesson categories a provider reports hours in. Each maps to the DUO hours category it counts for;
 * another package may add categories (participation activities) that map elsewhere.
 */
export const lessonCategories = ['nederlands', 'alfabetisering', 'knm'] as const;
export type LessonCategory = (typeof lessonCategories)[number];

export function lessonCategoryLabel(category: LessonCategory): string {
  switch (category) {
    case 'nederlands':
      return 'Nederlands (NT2)';
    case 'alfabetisering':
      return 'Alfabetisering';
    case 'knm':
      return 'KNM';
    default:
      return category satisfies never;
  }
}

// art. 5.5 lid 1 Besluit inburgering 2021 (cursusuren Nederlands, alfabetisering inbegrepen); DUO M2M-koppelvlak, uren participatietaalles
export function duoCategoryOf(category: LessonCategory): HoursCategory {
  switch (category) {
    case 'nederlands':
    case 'alfabetisering':
    case 'knm':
      return 'participatietaalles';
    default:
      return category satisfies never;
  }
}

export const examOnderdelen = ['lezen', 'luisteren', 'schrijven', 'spreken', 'knm'] as const;
export type ExamOnderdeel = (typeof examOnderdelen)[number];

export const recommendations = ['doorgaan', 'extra-ondersteuning', 'route-heroverwegen', 'examen-aanmelden'] as const;
export type Recommendation = (typeof recommendations)[number];

export function recommendationLabel(r: Recommendation): string {
  switch (r) {
    case 'doorgaan':
      return 'Doorgaan zoals gepland';
    case 'extra-ondersteuning':
      return 'Extra ondersteuning nodig';
    case 'route-heroverwegen':
      return 'Leerroute heroverwegen';
    case 'examen-aanmelden':
      return 'Klaar om examen te doen';
    default:
      return r satisfies never;
  }
}

export const absenceReasons = ['ziek', 'afspraak', 'werk', 'zorg-kind', 'onbekend', 'anders'] as const;
export type AbsenceReason = (typeof absenceReasons)[number];

export function absenceReasonLabel(r: AbsenceReason): string {
  switch (r) {
    case 'ziek':
      return 'Ziek';
    case 'afspraak':
      return 'Afspraak (arts, instantie)';
    case 'werk':
      return 'Werk';
    case 'zorg-kind':
      return 'Zorg voor kind of familie';
    case 'onbekend':
      return 'Zonder bericht afwezig';
    case 'anders':
      return 'Andere reden';
    default:
      return r satisfies never;
  }
}

/** Weeks are reported by their Monday (1970-01-05, day 4, was a Monday). */
export function isMonday(date: IsoDate): boolean {
  return (((toDayNumber(date) - 4) % 7) + 7) % 7 === 0;
}

export interface WeekReport {
  /** The week's Monday. */
  readonly week: IsoDate;
  readonly present: boolean;
  readonly absenceReason: AbsenceReason | null;
  readonly hours: Partial<Record<LessonCategory, number>>;
}

// art. 33 Wet inburgering 2021 (gevolgde uren naar DUO): the cumulative total per DUO category is the sum of the reported hours
export function reportedHoursTotals(weeks: readonly WeekReport[]): Record<HoursCategory, number> {
  const totals: Record<HoursCategory, number> = { taallesknm: 0, participatieactiviteiten: 0, participatietaalles: 0 };
  for (const w of weeks) {
    for (const category of lessonCategories) totals[duoCategoryOf(category)] += w.hours[category] ?? 0;
  }
  return totals;
}

export interface ProgressReport {
  readonly skill: Skill;
  readonly level: CefrLevel;
  readonly assessedOn: IsoDate;
}

export type Trend = 'stijgend' | 'gelijk' | 'dalend' | 'eerste';

export interface SkillProgress {
  readonly skill: Skill;
  readonly level: CefrLevel;
  readonly assessedOn: IsoDate;
  readonly trend: Trend;
}

const rank = (level: CefrLevel): number => cefrLevels.indexOf(level);

// art. 9.3 Besluit inburgering 2021 (voortgang in de leerroute): per skill the latest level and how it moved since the one before
export function latestLevels(reports: readonly ProgressReport[]): SkillProgress[] {
  const out: SkillProgress[] = [];
  for (const skill of skills) {
    const mine = reports.filter((r) => r.skill === skill).sort((a, b) => compareDates(a.assessedOn, b.assessedOn));
    const last = mine.at(-1);
    if (!last) continue;
    const before = mine.at(-2);
    const trend: Trend = !before ? 'eerste' : rank(last.level) > rank(before.level) ? 'stijgend' : rank(last.level) < rank(before.level) ? 'dalend' : 'gelijk';
    out.push({ skill, level: last.level, assessedOn: last.assessedOn, trend });
  }
  return out;
}
