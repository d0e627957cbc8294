// Werkvoorraad signals: what is due for a case, from which date, and why (R20; docs/adr/0040).
// Signals depend on the state of the case only, never on today's date, so a stored signal stays
// true until the case changes; whether it is overdue is decided when it is read (`isOverdue`).
import { formatDutchDate, isBefore, type IsoDate } from '../rules/dates.ts';
import type { InvitationOutcome } from '../rules/intake.ts';
import type { TargetGroup } from '../rules/types.ts';
import type { Regime } from '../rules/duty.ts';
import { ondertussengroepSignals, type OndertussengroepSnapshot } from '../rules/ondertussengroep.ts';
import { intakeSignals } from './intake-signals.ts';
import { pipSignals } from './pip-signals.ts';

export const signalKinds = [
  'intake-not-started',
  'invitation-deadline',
  'warning-due',
  'intake-complete-in-absence',
  'toets-not-planned',
  'pip-due',
  'duo-validation-failing',
  // From the DUO koppeling (duo-signals.ts): an event that needs action, a notification that
  // could not be processed, a melding DUO refused, a melding that could not be delivered.
  'duo-event',
  'duo-processing-failed',
  'duo-message-rejected',
  'duo-message-failed',
  // A case created from a DUO notification: DUO sends no name, birth date or nationality.
  'personal-data-missing',
  // A difference between Koers and DUO found by the reconciliation after an import (difference-signals.ts).
  'duo-difference',
  // Work nobody holds: an open case without a trajectregisseur; a concept-PIP left standing.
  'no-case-manager',
  'pip-concept-stuck',
  // The light process of the ondertussengroep (Wi2013, ELIP; rules/ondertussengroep.ts, ADR 0109).
  'wi2013-term-ending',
  'elip-support',
  'ontheffing-pending',
  // Financieel ontzorgen (workqueue/ontzorgen-signals.ts).
  'ontzorgen-checkpoint-due',
  'ontzorgen-payment-rejected',
  'ontzorgen-agreement-ending',
  'ontzorgen-training-not-planned',
  'ontzorgen-partner-problem',
  // A budgetbeheer partner's monthly report not in on time (budgetbeheer-signals.ts, ADR 0147).
  'ontzorgen-partner-report-missing',
  // The end of the road (term-signals.ts, ADR 0130): termijn ending without a result; a new DUO exam result.
  'term-ending-no-result',
  'duo-exam-result-review',
  // Handhaving (handhaving-signals.ts, issue 14): each step's term.
  'handhaving-warning-no-response',
  'handhaving-zienswijze-ended',
  'handhaving-decision-due',
  'handhaving-bezwaar',
  'handhaving-fine-final',
  // After a fine DUO imposed (duo-fine-signals.ts, ADR 0145): review the traject for the new termijn.
  'duo-fine-review',
  // The traject after the PIP (traject-signals.ts, package Q).
  'traject-not-started',
  'provider-report-overdue',
  'hours-behind',
  'route-change-window-closing',
  'a2-possible',
  // PVT or MAP not done with one year of the termijn left (pvt-map-signals.ts).
  'pvt-not-done',
  'map-not-done',
  // The next planned voortgangsgesprek (progress-signals.ts).
  'progress-meeting-due',
  // Z-route hours behind a steady pace towards 800 + 800 (z-route-signals.ts, ADR 0143).
  'z-route-hours-behind',
  // Maatschappelijke begeleiding (begeleiding-signals.ts): a problem signalled, the begeleiding ending.
  'begeleiding-problem',
  'begeleiding-ending',
  // The inburgeraar portal (portaal-signals.ts, issue 17): a message, a request to move an appointment, a document.
  'portaal-bericht',
  'portaal-afspraak-verzetten',
  'portaal-document',
] as const;

/**
 * Raised whenever the rules below change what they produce for a stored case: the server then
 * recomputes every case's stored signals once (signals are stored, ADR 0040).
 */
export const SIGNAL_RULES_VERSION = 9;
export type SignalKind = (typeof signalKinds)[number];

/** The part of the case file where a signal is resolved (also the anchor in /dossiers/:id#…). */
export type SignalSection = 'overzicht' | 'voorbereiding' | 'intake' | 'pip' | 'duo' | 'ondertussengroep' | 'ontzorgen' | 'resultaten' | 'handhaving' | 'traject' | 'pvt-map' | 'voortgang' | 'participatie' | 'begeleiding' | 'portaal';

export interface Signal {
  readonly kind: SignalKind;
  /** The day from which the item is due (it shows as "te doen" from then on). */
  readonly dueOn: IsoDate;
  /** A legal deadline after which the item is overdue; without one, overdue means after dueOn. */
  readonly deadline: IsoDate | null;
  /** One or two Dutch sentences: what, by when and why. */
  readonly reason: string;
  readonly section: SignalSection;
}

/** When the brede intake starts, per gemeente (seed 002): 1 and 2 in the AZC, 3 after housing. */
export type IntakeScenario = 1 | 2 | 3;

export interface InvitationSnapshot {
  readonly sequence: number;
  readonly sentOn: IsoDate;
  readonly respondBy: IsoDate;
  readonly outcome: InvitationOutcome;
  readonly outcomeOn: IsoDate | null;
  readonly warningSentOn: IsoDate | null;
}

export interface ToetsSnapshot {
  /** 'gepland' | 'afgenomen' | 'ontheffing' | 'niet-verschenen' | 'geannuleerd' */
  readonly status: string;
  readonly exemption: string | null;
}

export interface PipSnapshot {
  readonly version: number;
  /** 'concept' | 'vastgesteld' | 'gewijzigd' (superseded by a later version) */
  readonly status: string;
  /** The latest DUO pre-validation of a draft, when it ran. */
  readonly duoValidation: { readonly accepted: boolean; readonly errors: readonly string[]; readonly summary?: string } | null;
  /** Day the draft was last changed (the validation ran on it). */
  readonly updatedOn: IsoDate;
}

export interface CaseSnapshot {
  /** Closed cases have no signals. */
  readonly closed: boolean;
  /** Day the case was opened in Koers (from then on it needs a trajectregisseur). */
  readonly openedOn: IsoDate;
  readonly hasCaseManager: boolean;
  /** Wi2013 (the ondertussengroep) has no brede intake and no PIP: none of the Wi2021 items. */
  readonly regime: Regime | null;
  readonly obliged: boolean | null;
  readonly targetGroup: TargetGroup | null;
  readonly linkedOn: IsoDate | null;
  readonly housedOn: IsoDate | null;
  readonly duoNoticeOn: IsoDate | null;
  readonly registeredOn: IsoDate | null;
  readonly movedInOn: IsoDate | null;
  readonly thirdPartyInfoReceivedOn: IsoDate | null;
  readonly intakeScenario: IntakeScenario;
  /** null: no intake record yet. */
  readonly intake: { readonly status: string; readonly startedOn: IsoDate | null; readonly completedOn: IsoDate | null } | null;
  readonly invitations: readonly InvitationSnapshot[];
  readonly toetsen: readonly ToetsSnapshot[];
  readonly pips: readonly PipSnapshot[];
  /** Wi2013 cases: the light process (support plan, loan, ontheffing); absent or null for Wi2021. */
  readonly ondertussengroep?: OndertussengroepSnapshot | null;
}

export { PIP_CONCEPT_STUCK_DAYS, PIP_DUE_LEAD_DAYS } from './pip-signals.ts';

const d = formatDutchDate;

/** Everything due for one case, sorted by due date then kind. */
export function computeSignals(c: CaseSnapshot): Signal[] {
  if (c.closed) return [];
  const signals: Signal[] = [];
  // art. 17 lid 1 Wet inburgering 2021 — the college keeps sight of the progress: someone must hold the case
  if (!c.hasCaseManager) {
    signals.push({
      kind: 'no-case-manager',
      dueOn: c.openedOn,
      deadline: null,
      reason: `Dit dossier heeft sinds ${d(c.openedOn)} geen trajectregisseur: wijs er een toe, zodat het werk in iemands werkvoorraad staat.`,
      section: 'overzicht',
    });
  }
  if (c.obliged === true && c.regime === 'Wi2013' && c.ondertussengroep) {
    for (const s of ondertussengroepSignals(c.ondertussengroep)) signals.push({ ...s, section: 'ondertussengroep' });
  }
  if (c.obliged !== true || c.targetGroup === null || c.regime === 'Wi2013') return sortSignals(signals);
  const issued = c.pips.some((p) => p.status === 'vastgesteld' || p.status === 'gewijzigd');
  signals.push(...intakeSignals(c, issued), ...pipSignals(c, c.targetGroup, issued));
  return sortSignals(signals);
}

function sortSignals(signals: Signal[]): Signal[] {
  return signals.sort((a, b) => (a.dueOn === b.dueOn ? signalKinds.indexOf(a.kind) - signalKinds.indexOf(b.kind) : isBefore(a.dueOn, b.dueOn) ? -1 : 1));
}

/** Due (on the list of things to do now) from its due date on. */
export function isDue(signal: Pick<Signal, 'dueOn'>, today: IsoDate): boolean {
  return !isBefore(today, signal.dueOn);
}

/**
 * Overdue: past the legal deadline when there is one (the PIP date, the invitation's term);
 * otherwise the item was due before today (a warning, a toets, a failing DUO check wait since then).
 */
export function isOverdue(signal: Pick<Signal, 'dueOn' | 'deadline'>, today: IsoDate): boolean {
  return isBefore(signal.deadline ?? signal.dueOn, today);
}

export function signalKindLabel(kind: SignalKind): string {
  switch (kind) {
    case 'intake-not-started':
      return 'Brede intake nog niet gestart';
    case 'invitation-deadline':
      return 'Termijn oproep brede intake';
    case 'warning-due':
      return 'Schriftelijke waarschuwing nodig';
    case 'intake-complete-in-absence':
      return 'Intake voltooien zonder betrokkene';
    case 'toets-not-planned':
      return 'Leerbaarheidstoets niet gepland';
    case 'pip-due':
      return 'PIP vaststellen';
    case 'duo-validation-failing':
      return 'DUO-controle concept-PIP faalt';
    case 'duo-event':
      return 'Melding van DUO';
    case 'duo-processing-failed':
      return 'DUO-melding niet verwerkt';
    case 'duo-message-rejected':
      return 'Bericht door DUO afgewezen';
    case 'duo-message-failed':
      return 'Bericht niet bij DUO afgeleverd';
    case 'personal-data-missing':
      return 'Persoonsgegevens aanvullen uit de BRP';
    case 'duo-difference':
      return 'Verschil met DUO na de import';
    case 'no-case-manager':
      return 'Geen trajectregisseur';
    case 'pip-concept-stuck':
      return 'Concept-PIP blijft liggen';
    case 'wi2013-term-ending':
      return 'Termijn Wet inburgering 2013 loopt af';
    case 'elip-support':
      return 'Lening (bijna) op: ondersteuning aanbieden';
    case 'ontheffing-pending':
      return 'Ontheffingsverzoek wacht op DUO';
    case 'ontzorgen-checkpoint-due':
      return 'IJkmoment ontzorgen';
    case 'ontzorgen-payment-rejected':
      return 'Betaling ontzorgen geweigerd';
    case 'ontzorgen-agreement-ending':
      return 'Ontzorgen loopt af';
    case 'ontzorgen-training-not-planned':
      return 'Training financiële zelfredzaamheid niet gepland';
    case 'ontzorgen-partner-problem':
      return 'Melding van de budgetbeheerder';
    case 'ontzorgen-partner-report-missing':
      return 'Maandrapportage budgetbeheer ontbreekt';
    case 'term-ending-no-result':
      return 'Termijn loopt af zonder resultaat';
    case 'duo-exam-result-review':
      return 'Nieuw examenresultaat van DUO beoordelen';
    case 'handhaving-warning-no-response':
      return 'Handhaving: geen reactie op waarschuwing';
    case 'handhaving-zienswijze-ended':
      return 'Handhaving: termijn zienswijze voorbij';
    case 'handhaving-decision-due':
      return 'Handhaving: besluit nemen';
    case 'handhaving-bezwaar':
      return 'Handhaving: bezwaar behandelen';
    case 'handhaving-fine-final':
      return 'Handhaving: boete onherroepelijk vastleggen';
    case 'duo-fine-review':
      return 'Boete van DUO: traject en PIP bespreken';
    case 'traject-not-started':
      return 'Niet tijdig gestart bij de aanbieder';
    case 'provider-report-overdue':
      return 'Rapportage aanbieder te laat';
    case 'hours-behind':
      return 'Uren achter op het PIP';
    case 'route-change-window-closing':
      return 'Termijn leerroute wijzigen sluit';
    case 'a2-possible':
      return 'Afschalen naar A2 mogelijk';
    case 'pvt-not-done':
      return 'PVT niet af, nog een jaar termijn';
    case 'map-not-done':
      return 'MAP niet af, nog een jaar termijn';
    case 'progress-meeting-due':
      return 'Voortgangsgesprek voeren';
    case 'z-route-hours-behind':
      return 'Z-route-uren achter';
    case 'begeleiding-problem':
      return 'Probleem gemeld door begeleider';
    case 'begeleiding-ending':
      return 'Maatschappelijke begeleiding eindigt';
    case 'portaal-bericht':
      return 'Bericht van de inburgeraar';
    case 'portaal-afspraak-verzetten':
      return 'Inburgeraar wil afspraak verzetten';
    case 'portaal-document':
      return 'Document van de inburgeraar';
    default:
      return kind satisfies never;
  }
}
