// What a DUO event (an SS-melding of the M2M koppelvlak) does to the case's own fields. The
// server fetches what the event points to, stores it, writes history and the timeline; this
// decides the change (issue 10: the rule lives in the domain, the DUO code is an adapter).
import { formatDutchDate, type IsoDate } from './dates.ts';
import type { TargetGroup } from './types.ts';

/** What an event means for the Koers case; each SS code of DUO's catalogue has exactly one. */
export const duoCaseEffects = [
  'open-case',
  'case-moved-in',
  'update-target-group',
  'suspend-case',
  'close-case',
  'duty-met',
  'record-learnability-test',
  'start-term',
  'update-term',
  'resume-case',
  'record-exam-results',
  'record-exemption-or-dispensation',
  'signal-only',
] as const;
export type DuoCaseEffect = (typeof duoCaseEffects)[number];

/** The effects that (re)start a duty: they register the person through the one registration use case. */
export const newDutyEffects: ReadonlySet<DuoCaseEffect> = new Set<DuoCaseEffect>(['open-case', 'case-moved-in', 'resume-case']);

/** DUO's inburgeringsplicht resource, in Koers's words. */
export interface DuoDutyFacts {
  readonly obliged: boolean;
  readonly startOn: IsoDate | null;
  readonly noticeOn: IsoDate | null;
  readonly endOn: IsoDate | null;
  readonly changedOn: IsoDate | null;
  readonly notObligedReason: string | null;
}

export interface DuoEventFacts {
  readonly effect: DuoCaseEffect;
  /** The SS code, e.g. 'SS110'. */
  readonly code: string;
  readonly omschrijving: string;
  /** What DUO answered when asked; null when it was not asked or knows nothing. */
  readonly duty: DuoDutyFacts | null;
  readonly targetGroup: TargetGroup | null;
  readonly term: { readonly start: IsoDate; readonly endExclusive: IsoDate; readonly extensionReason: string | null } | null;
  /**
   * For a term event: the end that stays in force, i.e. DUO's end unless an extension granted in
   * Koers lies later and DUO has not reported it yet (ADR 0129). The caller looks that up.
   */
  readonly effectiveTermEnd: IsoDate | null;
  /** The date part of the notification's registratieDatumTijd. */
  readonly registeredOn: IsoDate | null;
  readonly today: IsoDate;
}

/** The case as it stands, as far as the rule needs it. */
export interface DuoCaseBefore {
  readonly movedInOn: IsoDate | null;
  readonly termEndExclusive: IsoDate | null;
}

export interface DuoCasePatch {
  status?: 'opgeschort' | 'gesloten';
  obliged?: boolean;
  notObligedReason?: string;
  targetGroup?: TargetGroup;
  dutyStartOn?: IsoDate;
  duoNoticeOn?: IsoDate;
  movedInOn?: IsoDate | null;
  termStart?: IsoDate;
  termEndExclusive?: IsoDate;
  closedOn?: IsoDate;
  closedReason?: string;
}

/**
 * The outcome: a change of the case's fields with the notes for the timeline, or a record the
 * server keeps in its own table (learnability test, exam results), or only a note.
 */
export type DuoEventOutcome =
  | { readonly kind: 'patch'; readonly patch: DuoCasePatch; readonly notes: readonly string[] }
  | { readonly kind: 'record-learnability-test' }
  | { readonly kind: 'record-exam-results' }
  | { readonly kind: 'note-only' };

const closedReasons: Readonly<Record<string, string>> = {
  SS106: 'Inburgeringsplicht voldaan (diploma behaald)',
  SS107: 'Inburgeringsplicht vervallen: gehele vrijstelling',
  SS108: 'Inburgeringsplicht vervallen: gehele ontheffing',
  SS110: 'Inburgeringsplicht ingetrokken',
  SS111: 'Overleden',
};

const nl = (d: IsoDate | null): string => (d ? formatDutchDate(d) : 'onbekend');

/** Wi 2021 art. 3 (duty), art. 15 lid 4 (moved with a leerroute), art. 11 (termijn): the case follows DUO's register (art. 33a). */
export function duoEventOutcome(facts: DuoEventFacts, before: DuoCaseBefore): DuoEventOutcome {
  switch (facts.effect) {
    case 'open-case':
    case 'case-moved-in':
    case 'resume-case':
      return { kind: 'patch', patch: dutyPatch(facts, before), notes: [] };
    case 'start-term':
    case 'update-term':
      return termOutcome(facts, before);
    case 'update-target-group':
      return {
        kind: 'patch',
        // Without DUO's doelgroep the event itself says which way it went (SS124 → gezin-overig, SS125 → asiel).
        patch: { targetGroup: facts.targetGroup ?? (facts.code === 'SS124' ? 'gezin-overig' : 'asiel') },
        notes: ['Controleer het PIP en de asielverplichtingen van de gemeente (begeleiding, aanbod, ontzorgen).'],
      };
    case 'suspend-case':
      // Wi 2021 art. 3 lid 4: a temporary exemption suspends the duty; it may revive (SS129/SS130).
      return { kind: 'patch', patch: { status: 'opgeschort' }, notes: [] };
    case 'close-case':
    case 'duty-met':
      return { kind: 'patch', patch: closePatch(facts), notes: [] };
    case 'record-learnability-test':
      return { kind: 'record-learnability-test' };
    case 'record-exam-results':
      return { kind: 'record-exam-results' };
    case 'record-exemption-or-dispensation':
    case 'signal-only':
      return { kind: 'note-only' };
    default:
      return facts.effect satisfies never;
  }
}

/** Wi 2021 art. 3: the duty, its start, DUO's kennisgeving and the doelgroep as DUO registers them. */
function dutyPatch(facts: DuoEventFacts, before: DuoCaseBefore): DuoCasePatch {
  const patch: DuoCasePatch = {};
  if (facts.duty) {
    patch.obliged = facts.duty.obliged;
    if (facts.duty.startOn) patch.dutyStartOn = facts.duty.startOn;
    if (facts.duty.noticeOn) patch.duoNoticeOn = facts.duty.noticeOn;
  }
  if (facts.targetGroup) patch.targetGroup = facts.targetGroup;
  // A date of settling the case already knows (entered by hand or an earlier melding) stays.
  if (facts.effect === 'case-moved-in') patch.movedInOn = before.movedInOn ?? facts.registeredOn;
  if (facts.term) {
    patch.termStart = facts.term.start;
    patch.termEndExclusive = facts.term.endExclusive;
  }
  return patch;
}

/** Wi 2021 art. 11 (termijn) and art. 12 (verlenging): DUO's dates, except a later extension granted in Koers (ADR 0129). */
function termOutcome(facts: DuoEventFacts, before: DuoCaseBefore): DuoEventOutcome {
  if (!facts.term) return { kind: 'patch', patch: {}, notes: ['DUO gaf geen inburgeringstermijn terug.'] };
  const effectiveEnd = facts.effectiveTermEnd ?? facts.term.endExclusive;
  const notes: string[] = [];
  if (before.termEndExclusive && before.termEndExclusive !== effectiveEnd) notes.push(`Einde termijn gecorrigeerd door DUO (eerder ${nl(before.termEndExclusive)}); de eerdere waarde staat in de geschiedenis.`);
  if (effectiveEnd !== facts.term.endExclusive) notes.push(`DUO meldt als einde ${nl(facts.term.endExclusive)}; de in Koers toegekende verlenging tot ${nl(effectiveEnd)} blijft staan (controleer dit bij DUO).`);
  if (facts.term.extensionReason) notes.push(`Verlengingsgrond: ${facts.term.extensionReason}.`);
  return { kind: 'patch', patch: { termStart: facts.term.start, termEndExclusive: effectiveEnd }, notes };
}

/** Wi 2021 art. 4 (vrijstelling), art. 5 (ontheffing), art. 6 lid 2 (diploma), and withdrawal or death: the case closes on DUO's date. */
function closePatch(facts: DuoEventFacts): DuoCasePatch {
  const why = closedReasons[facts.code] ?? facts.omschrijving;
  const reason = facts.duty?.notObligedReason ?? null;
  return {
    status: 'gesloten',
    closedOn: facts.duty?.endOn ?? facts.duty?.changedOn ?? facts.today,
    closedReason: reason && facts.code === 'SS110' ? `${why}: ${reason}` : why,
    ...(facts.duty ? { obliged: facts.duty.obliged } : {}),
    ...(reason ? { notObligedReason: reason } : {}),
  };
}
