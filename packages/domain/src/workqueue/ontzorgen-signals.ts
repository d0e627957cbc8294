// Werkvoorraad items of financieel ontzorgen (B15, art. 56a Participatiewet; seed 002 §4.3). Like
// every signal they depend on stored state only (ADR 0040): "due" is a dueOn date, never today.
import { addDays, addMonths, formatDutchDate, type IsoDate } from '../rules/dates.ts';
import { formatEuroCents } from '../ontzorgen/agreement.ts';
import type { Signal } from './signals.ts';

export interface OntzorgenSnapshot {
  readonly status: 'actief' | 'geweigerd' | 'beeindigd';
  /** Day the agreement's last paid month ends (exclusive): the first day the person pays themselves. */
  readonly endsOn: IsoDate;
  /** Day the person was housed (start of the Eurowijzer window); null when unknown. */
  readonly housedOn: IsoDate | null;
  readonly checkpoints: readonly { readonly dueOn: IsoDate; readonly held: boolean }[];
  readonly trainingPlannedOn: IsoDate | null;
  readonly rejectedPayments: readonly { readonly id: string; readonly rejectedOn: IsoDate; readonly payeeName: string; readonly amountCents: number; readonly reason: string }[];
  readonly partnerProblems: readonly { readonly id: string; readonly reportedOn: IsoDate; readonly kindLabel: string }[];
  /** The case was closed (moved, died, duty ended) on this day; absent or null while it is open. */
  readonly caseClosedOn?: IsoDate | null;
}

/** Weeks before the end of the agreement that "afspraak loopt af" shows. */
export const AGREEMENT_ENDING_NOTICE_DAYS = 28;

// art. 56a Participatiewet; seed 002 §4.3 (ijkmomenten, Eurowijzer 3–9 maanden na huisvesting)
export function ontzorgenSignals(s: OntzorgenSnapshot): Signal[] {
  const out: Signal[] = [];
  for (const p of s.rejectedPayments) {
    out.push({
      kind: 'ontzorgen-payment-rejected',
      dueOn: p.rejectedOn,
      deadline: null,
      reason: `De bank heeft de betaling van ${formatEuroCents(p.amountCents)} aan ${p.payeeName} geweigerd: ${p.reason}. Controleer de gegevens en regel de betaling.`,
      section: 'ontzorgen',
    });
  }
  for (const p of s.partnerProblems) {
    out.push({ kind: 'ontzorgen-partner-problem', dueOn: p.reportedOn, deadline: null, reason: `De budgetbeheerder meldt: ${p.kindLabel}. Neem contact op met de persoon en de partner.`, section: 'ontzorgen' });
  }
  if (s.status !== 'actief') return out;
  if (s.caseClosedOn) {
    // A closed case is left out of the batches (nothing is paid blindly); the agreement must be ended.
    out.push({
      kind: 'ontzorgen-agreement-ending',
      dueOn: s.caseClosedOn,
      deadline: null,
      reason: `Het dossier is gesloten per ${formatDutchDate(s.caseClosedOn)}, maar de afspraak over ontzorgen loopt nog. Er wordt niets meer betaald: beëindig de afspraak en laat de betrokkenen weten wie de vaste lasten nu betaalt.`,
      section: 'ontzorgen',
    });
    return out;
  }
  for (const c of s.checkpoints) {
    if (c.held) continue;
    out.push({
      kind: 'ontzorgen-checkpoint-due',
      dueOn: c.dueOn,
      deadline: addDays(c.dueOn, 14),
      reason: `IJkmoment ontzorgen op ${formatDutchDate(c.dueOn)}: bespreek met de persoon of het ontzorgen verlengd, afgebouwd, opgeschaald of teruggegeven wordt.`,
      section: 'ontzorgen',
    });
  }
  out.push({
    kind: 'ontzorgen-agreement-ending',
    dueOn: addDays(s.endsOn, -AGREEMENT_ENDING_NOTICE_DAYS),
    deadline: s.endsOn,
    reason: `Het ontzorgen eindigt op ${formatDutchDate(s.endsOn)}. Zorg dat de persoon weet welke betalingen hij of zij daarna zelf doet.`,
    section: 'ontzorgen',
  });
  if (s.housedOn !== null && s.trainingPlannedOn === null) {
    out.push({
      kind: 'ontzorgen-training-not-planned',
      dueOn: addMonths(s.housedOn, 3),
      deadline: addMonths(s.housedOn, 9),
      reason: `De training financiële zelfredzaamheid (Eurowijzer) is nog niet gepland. Die hoort tussen 3 en 9 maanden na de huisvesting (${formatDutchDate(s.housedOn)}).`,
      section: 'ontzorgen',
    });
  }
  return out;
}
