// B13: the PVT programme a gemeente runs — topics of the sessions and the check of a group's plan
// against the minimum (art. 3.1 Besluit inburgering 2021; seed 002: four half-days of three hours
// over four consecutive weeks).
import { addDays, daysBetween, formatDutchDate, type IsoDate } from './dates.ts';
import { bi, explained, step, type Explained } from './explanation.ts';
import { PVT_MIN_HOURS } from './pvt-map.ts';

/** The topics of the programme (seed 002, § 4.2). 'kernwaarden' and 'excursie' are the core-value activities of art. 3.1 lid 2. */
export const pvtTopics = ['kernwaarden', 'gezondheid', 'wonen', 'werk', 'excursie', 'overig'] as const;
export type PvtTopic = (typeof pvtTopics)[number];

export const pvtTopicLabels: Readonly<Record<PvtTopic, string>> = {
  kernwaarden: 'Inleiding in de Nederlandse kernwaarden',
  gezondheid: 'Voorlichting over gezondheid',
  wonen: 'Voorlichting over wonen',
  werk: 'Voorlichting over werk',
  excursie: 'Excursie (bibliotheek, infopunt, welzijnswerk)',
  overig: 'Overig onderdeel',
};

// art. 3.1 lid 2 Besluit inburgering 2021 — at least one activity or excursion on a core value
export function isCoreValueTopic(topic: PvtTopic): boolean {
  return topic === 'kernwaarden' || topic === 'excursie';
}

/** Seed 002: at least four half-days (dagdelen) of three hours, four weeks in a row. */
export const PVT_PLAN_MIN_SESSIONS = 4;
export const PVT_PLAN_SESSION_HOURS = 3;
/** "Vier weken achter elkaar": first to last session within four weeks. */
export const PVT_PLAN_MAX_SPAN_DAYS = 28;

export interface PvtSessionPlan {
  readonly heldOn: IsoDate;
  readonly hours: number;
  readonly topic: PvtTopic;
}

export interface PvtPlanWarning {
  readonly code: 'too-few-hours' | 'too-few-sessions' | 'short-session' | 'span-too-long' | 'no-core-value';
  readonly text: string;
}

/**
 * Warnings (not refusals) about a group's sessions measured against the legal minimum of 12 hours
 * and the gemeente's programme (seed 002). A group may be planned session by session, so each is a
 * warning the user sees next to the sessions.
 */
// art. 3.1 lid 2 en 3 Besluit inburgering 2021 (minimaal 12 uur, kernwaarden-activiteit); seed 002 § 4.2
export function checkPvtPlan(sessions: readonly PvtSessionPlan[]): Explained<readonly PvtPlanWarning[]> {
  const warnings: PvtPlanWarning[] = [];
  const hours = sessions.reduce((sum, s) => sum + s.hours, 0);
  if (hours < PVT_MIN_HOURS) {
    warnings.push({ code: 'too-few-hours', text: `De bijeenkomsten duren samen ${formatHours(hours)} uur; het PVT duurt minimaal ${PVT_MIN_HOURS} uur (art. 3.1 lid 3 Besluit inburgering 2021).` });
  }
  if (sessions.length < PVT_PLAN_MIN_SESSIONS) {
    warnings.push({ code: 'too-few-sessions', text: `${sessions.length} van minimaal ${PVT_PLAN_MIN_SESSIONS} dagdelen gepland (programma van de gemeente: vier dagdelen van drie uur).` });
  }
  const short = sessions.filter((s) => s.hours < PVT_PLAN_SESSION_HOURS).length;
  if (short > 0) {
    warnings.push({ code: 'short-session', text: `${short === 1 ? 'Eén bijeenkomst duurt' : `${short} bijeenkomsten duren`} korter dan een dagdeel van ${PVT_PLAN_SESSION_HOURS} uur (programma van de gemeente).` });
  }
  const dates = sessions.map((s) => s.heldOn).sort();
  const first = dates[0];
  const last = dates[dates.length - 1];
  if (first !== undefined && last !== undefined && daysBetween(first, last) >= PVT_PLAN_MAX_SPAN_DAYS) {
    warnings.push({ code: 'span-too-long', text: `De bijeenkomsten lopen van ${formatDutchDate(first)} tot ${formatDutchDate(last)}: langer dan vier weken achter elkaar (programma van de gemeente).` });
  }
  if (sessions.length > 0 && !sessions.some((s) => isCoreValueTopic(s.topic))) {
    warnings.push({ code: 'no-core-value', text: 'Geen bijeenkomst over de kernwaarden of excursie: het PVT vraagt minimaal één activiteit over een Nederlandse kernwaarde (art. 3.1 lid 2 Besluit inburgering 2021).' });
  }
  return explained(
    warnings,
    warnings.length === 0 ? 'Het programma voldoet aan het minimum.' : `Het programma voldoet nog niet aan het minimum (${warnings.length} ${warnings.length === 1 ? 'punt' : 'punten'}).`,
    [
      step(`Samen ${formatHours(hours)} uur in ${sessions.length} bijeenkomsten; minimaal ${PVT_MIN_HOURS} uur.`, bi('3.1', 3)),
      step('Minimaal één activiteit of excursie over een kernwaarde.', bi('3.1', 2)),
    ],
  );
}

/** The last day of a span of four weeks from `from` (for screens that suggest dates). */
export function pvtPlanLastDay(from: IsoDate): IsoDate {
  return addDays(from, PVT_PLAN_MAX_SPAN_DAYS - 1);
}

/** 2.5 → "2,5". */
export function formatHours(hours: number): string {
  return String(Math.round(hours * 100) / 100).replace('.', ',');
}
