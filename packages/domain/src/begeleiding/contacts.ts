// Maatschappelijke begeleiding (R17, seed 002 §4.1): the contacts a begeleider logs. Codes only;
// the screens carry the Dutch labels. The topics follow what the law asks of the begeleiding:
// practical help and information on wonen, zorg, werk, inkomen, verzekeringen, onderwijs and the
// local surroundings (art. 5.1 Besluit inburgering 2021; seed 002 §4.1).
import { addMonths, isAfter, isBefore, type IsoDate } from '../rules/dates.ts';

export const begeleidingContactKinds = ['huisbezoek', 'spreekuur', 'telefonisch', 'anders'] as const;
export type BegeleidingContactKind = (typeof begeleidingContactKinds)[number];

export const begeleidingContactKindLabel: Record<BegeleidingContactKind, string> = {
  huisbezoek: 'Huisbezoek',
  spreekuur: 'Spreekuur',
  telefonisch: 'Telefonisch',
  anders: 'Anders',
};

export const begeleidingTopics = ['wonen', 'zorg', 'werk', 'inkomen', 'verzekeringen', 'onderwijs', 'leefomgeving', 'inburgering', 'anders'] as const;
export type BegeleidingTopic = (typeof begeleidingTopics)[number];

export const begeleidingTopicLabel: Record<BegeleidingTopic, string> = {
  wonen: 'Wonen',
  zorg: 'Zorg en gezondheid',
  werk: 'Werk',
  inkomen: 'Inkomen en geldzaken',
  verzekeringen: 'Verzekeringen',
  onderwijs: 'Onderwijs en kinderopvang',
  leefomgeving: 'Leefomgeving en organisaties in de buurt',
  inburgering: 'Inburgering en PIP-afspraken',
  anders: 'Anders',
};

/** Limits of the free text and the duration of one contact. */
export const begeleidingLimits = { text: 5_000, problemText: 2_000, maxMinutes: 600 } as const;

/** Contacts before the Wet inburgering 2021 are typing errors (the begeleiding under this law started then). */
export const earliestBegeleidingOn = '2021-01-01';

/**
 * Average length of the begeleiding when the gemeente set none: Dalfsen's "gemiddeld anderhalf jaar"
 * (seed 002 §4.1). The law sets the start (art. 13 lid 3 Wi 2021: the BRP registration), not the duration.
 */
export const DEFAULT_BEGELEIDING_MONTHS = 18;

// art. 13 lid 1 Wet inburgering 2021 — the college provides the begeleiding; its length is the gemeente's choice (seed 002 §4.1)
export function expectedBegeleidingEnd(startedOn: IsoDate, months: number): IsoDate {
  return addMonths(startedOn, months);
}

export type BegeleidingDateProblem = 'toekomst' | 'te-vroeg';

/** A contact or measurement date is not in the future and not before 2021. */
export function begeleidingDateProblem(on: IsoDate, today: IsoDate): BegeleidingDateProblem | undefined {
  if (isAfter(on, today)) return 'toekomst';
  if (isBefore(on, earliestBegeleidingOn)) return 'te-vroeg';
  return undefined;
}
