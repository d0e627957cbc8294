// Closing a case by hand and reopening it (issue 12): which statuses may close, what a reason
// implies, and what follows from it. The server applies the outcome; DUO is not told (the M2M
// koppelvlak has no melding for a gemeente closing its own case: DUO ends the duty itself, SS106–SS111).
import { bi, explained, step, wi, type Explained } from './explanation.ts';
import { compareDates, isIsoDate, type IsoDate } from './dates.ts';
import { isOneOf } from '../guards.ts';

/** The statuses a case can have. */
export const caseStatuses = ['aangemeld', 'voorbereiding', 'intake', 'pip', 'pip-vastgesteld', 'traject', 'opgeschort', 'gesloten'] as const;
export type CaseStatus = (typeof caseStatuses)[number];

export const closeReasons = ['verhuisd', 'vertrokken-uit-nederland', 'ten-onrechte-geregistreerd', 'overleden', 'plicht-geeindigd', 'plicht-voldaan'] as const;
export type CloseReason = (typeof closeReasons)[number];

export const closeReasonLabel: Record<CloseReason, string> = {
  verhuisd: 'Verhuisd naar een andere gemeente',
  'vertrokken-uit-nederland': 'Vertrokken uit Nederland',
  'ten-onrechte-geregistreerd': 'Ten onrechte geregistreerd',
  overleden: 'Overleden',
  'plicht-geeindigd': 'Inburgeringsplicht geëindigd',
  'plicht-voldaan': 'Aan de inburgeringsplicht voldaan',
};

export const isCaseStatus = (s: string): s is CaseStatus => isOneOf(caseStatuses, s);

/** A status read from storage; an unknown one is a defect, not input. */
export function caseStatusOf(s: string): CaseStatus {
  if (!isCaseStatus(s)) throw new Error(`onbekende dossierstatus ${s}`);
  return s;
}

/** The phases a case passes in order; `opgeschort` and `gesloten` stand outside it. */
const phaseOrder: readonly CaseStatus[] = ['aangemeld', 'voorbereiding', 'intake', 'pip', 'pip-vastgesteld', 'traject'];

/** Wi 2021 art. 14–15 (intake before the PIP): preparation and intake only move a case forward, never back or out of a suspension or closure. */
export function advancesCase(from: string, to: CaseStatus): boolean {
  const current = isOneOf(caseStatuses, from) ? phaseOrder.indexOf(from) : -1;
  const target = phaseOrder.indexOf(to);
  return current !== -1 && target !== -1 && current < target;
}
export const isCloseReason = (s: string): s is CloseReason => isOneOf(closeReasons, s);

/** What follows from closing: the server turns these into notes on the timeline and in the answer. */
export type CloseFollowUp =
  /** A vastgesteld PIP is still in force: withdraw it with reason verhuizing (the new gemeente sets its own). */
  | 'withdraw-pip-verhuizing'
  /** The old gemeente hands over PIP, progress and fines on request of the new one. */
  | 'handover-on-request'
  /** The personal data must be removed (retention from the date of death). */
  | 'retention-deceased'
  /** DUO ends the duty itself; check that DUO reported it (SS106–SS111). */
  | 'check-duo-duty-ended';

/** Every follow-up, for the API contract; the check below keeps it equal to the type. */
export const closeFollowUps = ['withdraw-pip-verhuizing', 'handover-on-request', 'retention-deceased', 'check-duo-duty-ended'] as const satisfies readonly CloseFollowUp[];
const _everyFollowUp: Exclude<CloseFollowUp, (typeof closeFollowUps)[number]> extends never ? true : never = true;
void _everyFollowUp;

export interface CloseInput {
  readonly status: string;
  readonly reason: CloseReason;
  readonly effectiveOn: IsoDate;
  readonly today: IsoDate;
  /** A vastgesteld PIP that has not been withdrawn. */
  readonly hasCurrentPip: boolean;
  /** How far back a closing date may lie: the case's registration day. */
  readonly registeredOn: IsoDate;
}

export type CloseRefusal = 'already-closed' | 'unknown-status' | 'date-in-future' | 'date-before-registration';

export type CloseOutcome = { readonly ok: true; readonly followUps: readonly CloseFollowUp[] } | { readonly ok: false; readonly refusal: CloseRefusal };

// art. 15 lid 4 en art. 35 lid 4 Wet inburgering 2021; art. 9.9 lid 1 Besluit inburgering 2021 — closing a case by hand
export function closeCase(input: CloseInput): Explained<CloseOutcome> {
  if (input.status === 'gesloten') return explained({ ok: false, refusal: 'already-closed' }, 'Het dossier is al gesloten.', []);
  if (!isCaseStatus(input.status)) return explained({ ok: false, refusal: 'unknown-status' }, 'Het dossier heeft een onbekende status.', []);
  if (compareDates(input.effectiveOn, input.today) > 0) {
    return explained({ ok: false, refusal: 'date-in-future' }, 'De datum van afsluiten ligt in de toekomst; sluit het dossier op of na die datum.', []);
  }
  if (compareDates(input.effectiveOn, input.registeredOn) < 0) {
    return explained({ ok: false, refusal: 'date-before-registration' }, 'De datum van afsluiten ligt vóór de registratie van het dossier.', []);
  }
  const followUps: CloseFollowUp[] = [];
  const steps = [step(`Reden: ${closeReasonLabel[input.reason]}.`)];
  switch (input.reason) {
    case 'verhuisd':
      steps.push(step('De nieuwe gemeente stelt de leerroute vast zoals die was vastgesteld, en het PIP binnen 10 weken na inschrijving.', wi('15', 4), bi('5.3', 3)));
      steps.push(step('De oude gemeente verstrekt het PIP en de gegevens over de voortgang en opgelegde boetes op verzoek aan de nieuwe gemeente.', wi('35', 4)));
      followUps.push('handover-on-request');
      if (input.hasCurrentPip) {
        steps.push(step('Er is een vastgesteld PIP: trek het in met reden verhuizing; DUO krijgt de intrekking als melding.', wi('15', 4)));
        followUps.push('withdraw-pip-verhuizing');
      }
      break;
    case 'overleden':
      steps.push(step('Persoonsgegevens worden verwijderd als de betrokkene is overleden.', bi('9.9', 1, 'b')));
      followUps.push('retention-deceased', 'check-duo-duty-ended');
      break;
    case 'vertrokken-uit-nederland':
      steps.push(step('Wie geen verblijf meer in Nederland houdt, valt niet langer onder de inburgeringsplicht; DUO beëindigt de plicht.', wi('3', 1)));
      followUps.push('check-duo-duty-ended');
      break;
    case 'plicht-geeindigd':
      steps.push(step('De plicht is voldaan, vervallen door vrijstelling of ontheffing, of ingetrokken; DUO stelt dat vast.', wi('6', 2), wi('4', 1), wi('5', 1)));
      followUps.push('check-duo-duty-ended');
      break;
    case 'plicht-voldaan':
      // Only when dutyState says so (the server checks it, ADR 0128); DUO confirms with SS106.
      steps.push(step('PVT, MAP en het examen of de Z-route zijn afgerond: aan de inburgeringsplicht is voldaan; DUO stelt dat vast.', wi('6', 1)));
      followUps.push('check-duo-duty-ended');
      break;
    case 'ten-onrechte-geregistreerd':
      steps.push(step('De persoon had geen dossier moeten hebben (geen inburgeringsplicht in deze gemeente).', wi('3', 1)));
      break;
    default:
      input.reason satisfies never;
  }
  steps.push(step('Bewaartermijnen lopen vanaf de datum van afsluiten.', bi('9.9', 1)));
  return explained({ ok: true, followUps }, `Dossier gesloten: ${closeReasonLabel[input.reason].toLowerCase()}.`, steps);
}

export type ReopenRefusal = 'not-closed' | 'file-removed';

export interface ReopenInput {
  readonly status: string;
  /** The status the case had before it was closed by hand (null: closed by DUO or before Koers kept it). */
  readonly statusBeforeClose: string | null;
  /** Retention has removed (part of) the file. */
  readonly retentionStage: string | null;
}

export type ReopenOutcome = { readonly ok: true; readonly status: CaseStatus } | { readonly ok: false; readonly refusal: ReopenRefusal };

// art. 9.9 Besluit inburgering 2021 — a case can be reopened as long as its file has not been removed
export function reopenCase(input: ReopenInput): Explained<ReopenOutcome> {
  if (input.status !== 'gesloten') return explained({ ok: false, refusal: 'not-closed' }, 'Alleen een gesloten dossier kan worden heropend.', []);
  if (input.retentionStage !== null) {
    return explained({ ok: false, refusal: 'file-removed' }, 'Het dossier is na de bewaartermijn opgeschoond en kan niet meer worden heropend.', [
      step('Na de bewaartermijn zijn de gegevens verwijderd.', bi('9.9', 1)),
    ]);
  }
  const before = input.statusBeforeClose;
  // Back to the status it had; a case closed another way (DUO, an old import) starts again as aangemeld.
  const status: CaseStatus = before !== null && isCaseStatus(before) && before !== 'gesloten' ? before : 'aangemeld';
  return explained({ ok: true, status }, `Dossier heropend met status ${status}.`, [step('Het dossier krijgt de status terug die het had vóór het sluiten.')]);
}

/** A closing date is a real ISO date. */
export const isClosingDate = (d: string): d is IsoDate => isIsoDate(d);
