// R32: the ondertussengroep — people still under the Wet inburgering (2013), incl. ELIP — get a
// light, voluntary process instead of the Wi2021 chain (docs/adr/0109). Seeds 000 (Deventer: extra
// begeleiding, ELIP-groep, participatie), 002 (Dalfsen: StarterZ-klas for ELIP-ers) and 003
// (Westerkwartier: own budget for the ondertussengroep).
import { addDays, addMonths, formatDutchDate, isBefore, type IsoDate } from './dates.ts';
import { explained, step, wi, type Explained } from './explanation.ts';
import type { Regime } from './duty.ts';

/** The Wet inburgering (2013) as it still applies to the ondertussengroep (art. 54 lid 1 Wi2021). */
export const wi2013 = (article: string, lid?: number): string => `art. ${article}${lid === undefined ? '' : ` lid ${lid}`} Wet inburgering (2013)`;
/** Algemene wet bestuursrecht. */
export const awb = (article: string, lid?: number): string => `art. ${article}${lid === undefined ? '' : ` lid ${lid}`} Algemene wet bestuursrecht`;

/** Steps of a case file; the first three are the Wi2021 chain, the last two the light process. */
export const caseSteps = ['brede-intake', 'leerbaarheidstoets', 'pip', 'ondersteuningsplan', 'ontheffing-ondersteuning'] as const;
export type CaseStep = (typeof caseSteps)[number];

export const caseStepLabels: Record<CaseStep, string> = {
  'brede-intake': 'de brede intake',
  leerbaarheidstoets: 'de leerbaarheidstoets',
  pip: 'een PIP',
  ondersteuningsplan: 'een vrijwillig ondersteuningsplan',
  'ontheffing-ondersteuning': 'hulp bij een ontheffingsverzoek',
};

const lightSteps: readonly CaseStep[] = ['ondersteuningsplan', 'ontheffing-ondersteuning'];

/** Which process a case follows: the Wi2021 chain, or the light process of the ondertussengroep. */
export type CaseProcess = 'wi2021' | 'licht';
export function caseProcess(regime: Regime | null): CaseProcess {
  return regime === 'Wi2013' ? 'licht' : 'wi2021';
}

// art. 54 lid 1 Wet inburgering 2021 — the old law keeps applying to the ondertussengroep: no brede intake, no leerbaarheidstoets, no PIP (art. 14–16 Wi2021 do not apply)
export function stepAllowed(regime: Regime | null, s: CaseStep): Explained<boolean> {
  const light = lightSteps.includes(s);
  if (regime === 'Wi2013') {
    if (light) {
      const text = `Dit dossier valt onder de Wet inburgering (2013) (ondertussengroep): de gemeente kan ${caseStepLabels[s]} aanbieden; het is vrijwillig.`;
      return explained(true, text, [step(text, wi('54', 1))]);
    }
    const text = `Dit dossier valt onder de Wet inburgering (2013) (ondertussengroep): daarin bestaat ${caseStepLabels[s]} niet. Leg vrijwillige ondersteuning vast in het ondersteuningsplan van de ondertussengroep.`;
    return explained(false, text, [step(text, wi('54', 1))]);
  }
  if (light) {
    const text = `${capitalise(caseStepLabels[s])} hoort bij de ondertussengroep (Wet inburgering 2013). Onder de Wet inburgering 2021 staan ondersteuning en begeleiding in het PIP.`;
    return explained(false, text, [step(text, wi('54', 1), wi('15'))]);
  }
  const text = `Onder de Wet inburgering 2021 hoort ${caseStepLabels[s]} bij het dossier.`;
  return explained(true, text, [step(text, wi('14'), wi('15'))]);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// ---------------------------------------------------------------------------------------------
// The vrijwillig ondersteuningsplan (seed 000: "extra begeleiden"; seed 002: StarterZ-klas)

export const supportPlanStatuses = ['concept', 'lopend', 'afgerond'] as const;
export type SupportPlanStatus = (typeof supportPlanStatuses)[number];
export const supportPlanStatusLabels: Record<SupportPlanStatus, string> = {
  concept: 'In voorbereiding',
  lopend: 'Ondersteuning loopt',
  afgerond: 'Afgerond',
};

const transitions: Record<SupportPlanStatus, readonly SupportPlanStatus[]> = {
  concept: ['concept', 'lopend', 'afgerond'],
  lopend: ['lopend', 'afgerond'],
  // Reopened when the person wants more support after all.
  afgerond: ['afgerond', 'lopend'],
};

// art. 54 lid 1 Wet inburgering 2021 — voluntary municipal support (seed 000, 003): Koers's own status order, no legal steps
export function planTransitionAllowed(from: SupportPlanStatus | null, to: SupportPlanStatus): boolean {
  return from === null ? true : transitions[from].includes(to);
}

export const supportOfferKinds = ['extra-taallessen', 'starterz-klas', 'participatie', 'vrijwilligerswerk', 'begeleiding-examen', 'hulp-ontheffingsverzoek', 'anders'] as const;
export type SupportOfferKind = (typeof supportOfferKinds)[number];
export const supportOfferKindLabels: Record<SupportOfferKind, string> = {
  'extra-taallessen': 'Extra taallessen',
  'starterz-klas': 'StarterZ-klas (praktijkgerichte taalles)',
  participatie: 'Participatie',
  vrijwilligerswerk: 'Vrijwilligerswerk',
  'begeleiding-examen': 'Begeleiding naar het examen',
  'hulp-ontheffingsverzoek': 'Hulp bij een ontheffingsverzoek',
  anders: 'Ander aanbod',
};

export interface SupportOffer {
  readonly kind: SupportOfferKind;
  readonly description: string | null;
  readonly provider: string | null;
  readonly startOn: IsoDate | null;
  readonly endOn: IsoDate | null;
}

export interface SupportPlanContent {
  readonly status: SupportPlanStatus;
  readonly goal: string | null;
  readonly offers: readonly SupportOffer[];
}

export interface PlanProblem {
  /** Field path as the form names it: 'status', 'offers.0.endOn', … */
  readonly field: string;
  readonly message: string;
}

export const MAX_SUPPORT_OFFERS = 20;

// art. 54 lid 1 Wet inburgering 2021 — the plan is voluntary and the gemeente's own; these are Koers's completeness checks (docs/adr/0109)
export function supportPlanProblems(plan: SupportPlanContent, previous: SupportPlanStatus | null): PlanProblem[] {
  const problems: PlanProblem[] = [];
  if (!planTransitionAllowed(previous, plan.status)) {
    problems.push({ field: 'status', message: `Een plan met status '${supportPlanStatusLabels[previous ?? 'concept']}' kan niet terug naar '${supportPlanStatusLabels[plan.status]}'.` });
  }
  if (plan.status !== 'concept' && plan.offers.length === 0) {
    problems.push({ field: 'offers', message: 'Voeg minstens één aanbod toe voordat de ondersteuning start.' });
  }
  if (plan.offers.length > MAX_SUPPORT_OFFERS) {
    problems.push({ field: 'offers', message: `Een plan heeft ten hoogste ${MAX_SUPPORT_OFFERS} aanbiedingen.` });
  }
  plan.offers.forEach((o, i) => {
    if (o.kind === 'anders' && (o.description === null || o.description.trim() === '')) {
      problems.push({ field: `offers.${i}.description`, message: 'Beschrijf het aanbod bij ‘Ander aanbod’.' });
    }
    if (o.startOn !== null && o.endOn !== null && isBefore(o.endOn, o.startOn)) {
      problems.push({ field: `offers.${i}.endOn`, message: `De einddatum ligt vóór de startdatum (${formatDutchDate(o.startOn)}).` });
    }
  });
  return problems;
}

// ---------------------------------------------------------------------------------------------
// DUO loan (lening) and ELIP

export const loanStatuses = ['onbekend', 'lopend', 'bijna-op', 'op'] as const;
export type LoanStatus = (typeof loanStatuses)[number];
export const loanStatusLabels: Record<LoanStatus, string> = {
  onbekend: 'Onbekend',
  lopend: 'Lening loopt',
  'bijna-op': 'Lening bijna op',
  op: 'Lening op (ELIP)',
};

// Seed 002: ELIP = Einde Lening, InburgeringsPlichtig — the DUO loan (at most € 10.000) is used up while the duty still applies; 'onbekend' keeps what is known
export function elipFromLoan(loan: LoanStatus, current: boolean): boolean {
  switch (loan) {
    case 'op':
      return true;
    case 'lopend':
    case 'bijna-op':
      return false;
    case 'onbekend':
      return current;
    default:
      return loan satisfies never;
  }
}

// ---------------------------------------------------------------------------------------------
// Ontheffing (A6): the gemeente helps the person ask DUO; DUO decides

export const ontheffingGrounds = ['medisch', 'aantoonbare-inspanningen', 'bijzondere-omstandigheden'] as const;
export type OntheffingGround = (typeof ontheffingGrounds)[number];
export const ontheffingGroundLabels: Record<OntheffingGround, string> = {
  medisch: 'Medische gronden (lichamelijke of psychische beperking)',
  'aantoonbare-inspanningen': 'Aantoonbare inspanningen (voldoende lesuren gevolgd)',
  'bijzondere-omstandigheden': 'Bijzondere individuele omstandigheden',
};

export const ontheffingStatuses = ['in-voorbereiding', 'ingediend', 'toegekend', 'afgewezen', 'ingetrokken'] as const;
export type OntheffingStatus = (typeof ontheffingStatuses)[number];
export const ontheffingStatusLabels: Record<OntheffingStatus, string> = {
  'in-voorbereiding': 'In voorbereiding',
  ingediend: 'Ingediend bij DUO',
  toegekend: 'Toegekend door DUO',
  afgewezen: 'Afgewezen door DUO',
  ingetrokken: 'Ingetrokken',
};

export interface OntheffingRequestContent {
  readonly ground: OntheffingGround;
  readonly status: OntheffingStatus;
  /** Day the request went to DUO. */
  readonly requestedOn: IsoDate | null;
  /** Day of DUO's decision. */
  readonly duoDecisionOn: IsoDate | null;
}

export const isOntheffingDecided = (s: OntheffingStatus): boolean => s === 'toegekend' || s === 'afgewezen';

// art. 6 Wet inburgering (2013) (DUO decides on ontheffing; reading in docs/adr/0109); art. 4:13 Awb — a decision follows a request
export function ontheffingProblems(r: OntheffingRequestContent): PlanProblem[] {
  const problems: PlanProblem[] = [];
  if (r.status !== 'in-voorbereiding' && r.status !== 'ingetrokken' && r.requestedOn === null) {
    problems.push({ field: 'requestedOn', message: 'Vul de datum in waarop het verzoek bij DUO is ingediend.' });
  }
  if (isOntheffingDecided(r.status) && r.duoDecisionOn === null) {
    problems.push({ field: 'duoDecisionOn', message: 'Vul de datum van het besluit van DUO in.' });
  }
  if (!isOntheffingDecided(r.status) && r.duoDecisionOn !== null) {
    problems.push({ field: 'duoDecisionOn', message: 'Een besluitdatum hoort alleen bij een toegekend of afgewezen verzoek.' });
  }
  if (r.requestedOn !== null && r.duoDecisionOn !== null && isBefore(r.duoDecisionOn, r.requestedOn)) {
    problems.push({ field: 'duoDecisionOn', message: `Het besluit van DUO kan niet vóór de indiening (${formatDutchDate(r.requestedOn)}) liggen.` });
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// Signals of the light process (the werkvoorraad; docs/adr/0040: they depend on the case only)

/** Months before the end of the Wi2013 termijn from which it shows as work (Koers's choice, ADR 0109). */
export const WI2013_TERM_LEAD_MONTHS = 3;
/** Weeks after which a request to DUO without a decision is worth asking about (art. 4:13 lid 2 Awb: eight weeks). */
export const ONTHEFFING_DECISION_WEEKS = 8;

export interface OndertussengroepSnapshot {
  /** End of the inburgeringstermijn under Wi2013 as DUO gave it (last day), when known. */
  readonly dutyEndOn: IsoDate | null;
  readonly loanStatus: LoanStatus;
  /** Day the loan status was last recorded. */
  readonly loanStatusOn: IsoDate | null;
  readonly planStatus: SupportPlanStatus | null;
  readonly ontheffingen: readonly { readonly status: OntheffingStatus; readonly requestedOn: IsoDate | null }[];
}

export type OndertussengroepSignalKind = 'wi2013-term-ending' | 'elip-support' | 'ontheffing-pending';

export interface OndertussengroepSignal {
  readonly kind: OndertussengroepSignalKind;
  readonly dueOn: IsoDate;
  readonly deadline: IsoDate | null;
  readonly reason: string;
}

// art. 54 lid 1 Wet inburgering 2021 (the Wi2013 termijn keeps running); seed 002 (ELIP-ers near the end of the loan); art. 4:13 lid 2 Awb
export function ondertussengroepSignals(s: OndertussengroepSnapshot): OndertussengroepSignal[] {
  const signals: OndertussengroepSignal[] = [];
  const granted = s.ontheffingen.some((o) => o.status === 'toegekend');
  if (s.dutyEndOn !== null && !granted) {
    signals.push({
      kind: 'wi2013-term-ending',
      dueOn: addMonths(s.dutyEndOn, -WI2013_TERM_LEAD_MONTHS),
      deadline: addDays(s.dutyEndOn, 1),
      reason: `De inburgeringstermijn (Wet inburgering 2013) loopt af op ${formatDutchDate(s.dutyEndOn)}. Bespreek het examen, een verlenging of een ontheffingsverzoek.`,
    });
  }
  if ((s.loanStatus === 'op' || s.loanStatus === 'bijna-op') && s.loanStatusOn !== null && s.planStatus !== 'lopend' && s.planStatus !== 'afgerond' && !granted) {
    signals.push({
      kind: 'elip-support',
      dueOn: s.loanStatusOn,
      deadline: null,
      reason: `De DUO-lening is ${s.loanStatus === 'op' ? 'op (ELIP)' : 'bijna op'} (vastgelegd op ${formatDutchDate(s.loanStatusOn)}) en er loopt geen ondersteuningsplan: bied ondersteuning aan, zoals extra taallessen.`,
    });
  }
  for (const o of s.ontheffingen) {
    if (o.status !== 'ingediend' || o.requestedOn === null) continue;
    const after = addDays(o.requestedOn, ONTHEFFING_DECISION_WEEKS * 7);
    signals.push({
      kind: 'ontheffing-pending',
      dueOn: after,
      deadline: null,
      reason: `Het ontheffingsverzoek is op ${formatDutchDate(o.requestedOn)} bij DUO ingediend en er is nog geen besluit vastgelegd: vraag DUO naar de stand.`,
    });
  }
  return signals;
}
