// One step in the handhaving lifecycle of a violation (issue 14; rules C1–C7): applyStep checks the
// step against the stored state and the law and returns the next state, or the refusal with its article.
import { addDays, formatDutchDate, isAfter, isBefore, type IsoDate } from '../rules/dates.ts';
import { formatEuro } from '../rules/explanation.ts';
import { art22NewDeadlineLatest } from '../rules/fines.ts';
import { fineFor, remedyTermEnd, revisedFine, type FineContext, type FineRevision, type HandhavingState, type HandhavingStep, type Refusal, type Transition } from './lifecycle.ts';

type Step<K extends HandhavingStep['kind']> = Extract<HandhavingStep, { kind: K }>;

const refuse = (code: Refusal['code'], field: string, message: string): Transition => ({ ok: false, refusal: { code, field, message } });
const ok = (state: HandhavingState): Transition => ({ ok: true, state });

/** Applies a partial outcome to the beschikking, or refuses when it does not lower the fine. */
function lowered(
  state: HandhavingState,
  s: { revision?: FineRevision | null; context?: FineContext },
  why: string,
): { ok: true; amountCents: number; from: number } | { ok: false; refusal: Transition } {
  if (!s.revision || !s.context || (!s.revision.reduction && (state.article === 22 || !s.revision.culpability)))
    return {
      ok: false,
      refusal: refuse(
        'not-allowed',
        'revision',
        state.article === 22
          ? 'Geef de matiging (bedrag en reden) waarmee de boete lager wordt.'
          : 'Geef de nieuwe mate van verwijtbaarheid of de matiging (bedrag en reden) waarmee de boete lager wordt.',
      ),
    };
  if (s.revision.reduction && (s.revision.reduction.cents < 0 || !Number.isInteger(s.revision.reduction.cents)))
    return { ok: false, refusal: refuse('invalid-amount', 'revision.reduction', 'De matiging is een bedrag van nul of meer.') };
  const from = state.beschikking?.amountCents ?? 0;
  const amount = revisedFine(state, s.revision, s.context, why).value;
  if (amount >= from)
    return { ok: false, refusal: refuse('not-allowed', 'revision', `Met deze gegevens wordt de boete niet lager dan ${formatEuro(from)}: kies een andere uitkomst.`) };
  if (amount === 0)
    return { ok: false, refusal: refuse('not-allowed', 'revision', 'De boete zou € 0 worden: dan is het bezwaar of beroep gegrond (de boete vervalt).') };
  return { ok: true, amountCents: amount, from };
}

function notBefore(on: IsoDate, earliest: IsoDate, field: string, what: string): Transition | null {
  return isBefore(on, earliest) ? refuse('invalid-date', field, `De datum ligt vóór ${what} (${formatDutchDate(earliest)}).`) : null;
}

/** The voornemen: after the warning (art. 22), never beside a lowered bijstand, with the computed amount. */
// art. 22 lid 1, 23 en 27 Wet inburgering 2021; art. 7.1 Besluit inburgering 2021 — the voornemen with the fine the rules core computes
function applyVoornemen(state: HandhavingState, s: Step<'voornemen'>): Transition {
  if (state.stage !== 'geconstateerd' && state.stage !== 'gewaarschuwd')
    return refuse('not-allowed', 'kind', 'Er is al een voornemen.');
  // art. 22 lid 1 Wi 2021: no fine for the brede intake without a written warning first.
  if (state.article === 22 && !state.warning)
    return refuse(
      'warning-first',
      'kind',
      'Bij art. 22 Wet inburgering 2021 gaat een schriftelijke waarschuwing vooraf aan een boete.',
    );
  if (state.bijstandLowered)
    return refuse(
      'double-sanction',
      'kind',
      'De bijstand is voor dezelfde gedraging al verlaagd: een boete is dan niet toegestaan (art. 27 Wet inburgering 2021).',
    );
  const early = notBefore(
    s.on,
    state.warning?.sentOn ?? state.establishedOn,
    'on',
    state.warning ? 'de waarschuwing' : 'de constatering',
  );
  if (early) return early;
  if (s.reduction && (s.reduction.cents < 0 || !Number.isInteger(s.reduction.cents)))
    return refuse('invalid-amount', 'reduction', 'De matiging is een bedrag van nul of meer.');
  const amount = fineFor(state, s.culpability, s.reduction, s.context).value;
  return ok({
    ...state,
    stage: 'voornemen',
    voornemen: {
      on: s.on,
      preparedBy: s.by,
      culpability: state.article === 23 ? s.culpability : null,
      motivation: s.motivation,
      reduction: s.reduction && s.reduction.cents > 0 ? s.reduction : null,
      amountCents: amount,
      zienswijzeBy: addDays(s.on, s.zienswijzeDays),
    },
  });
}

/** The decision (four eyes): no fine with its reason, or the boetebeschikking with the computed amount. */
// art. 4:8 en 5:53 Algemene wet bestuursrecht; art. 7.1 Besluit inburgering 2021 — the decision after the zienswijze, by another person
function applyBesluit(state: HandhavingState, s: Step<'besluit'>): Transition {
  if (state.stage !== 'voornemen' || !state.voornemen) return refuse('not-allowed', 'kind', 'Een besluit volgt op een voornemen.');
  // art. 4:8 Awb: the zienswijze is heard (or its term has ended) before the decision.
  if (!state.zienswijze && !isAfter(s.on, state.voornemen.zienswijzeBy)) {
    return refuse(
      'term-running',
      'on',
      `De termijn voor de zienswijze loopt tot en met ${formatDutchDate(state.voornemen.zienswijzeBy)}; leg de zienswijze vast of wacht die termijn af (art. 4:8 Awb).`,
    );
  }
  if (s.by === state.voornemen.preparedBy)
    return refuse('four-eyes', 'by', 'Wie het voornemen voorbereidde, kan niet zelf beslissen (vier ogen).');
  const early = notBefore(s.on, state.zienswijze?.on ?? state.voornemen.on, 'on', state.zienswijze ? 'de zienswijze' : 'het voornemen');
  if (early) return early;
  if (!s.fine) {
    if (!s.reason?.trim()) return refuse('not-allowed', 'reason', 'Geef de reden om geen boete op te leggen.');
    return ok({
      ...state,
      stage: 'geen-boete',
      decision: { on: s.on, fine: false, reason: s.reason, amountCents: 0, preparedBy: state.voornemen.preparedBy, decidedBy: s.by },
    });
  }
  const amount = fineFor(state, state.voornemen.culpability, state.voornemen.reduction, s.context).value;
  if (amount === 0) return refuse('not-allowed', 'fine', 'Het berekende bedrag is € 0: besluit tot geen boete, met de reden.');
  return ok({
    ...state,
    stage: 'beschikking',
    decision: { on: s.on, fine: true, reason: s.reason, amountCents: amount, preparedBy: state.voornemen.preparedBy, decidedBy: s.by },
    beschikking: {
      notifiedOn: s.on,
      amountCents: amount,
      newDeadline: state.article === 22 ? art22NewDeadlineLatest(s.on).value : null,
    },
  });
}

/** The decision on bezwaar: gegrond ends the fine, deels gegrond lowers it through the rules core. */
// art. 7:11 Algemene wet bestuursrecht — the decision on bezwaar; deels gegrond lowers the fine
function decideBezwaar(state: HandhavingState, s: Step<'bezwaar-beslist'>): Transition {
  if (!state.bezwaar || state.bezwaar.outcome) return refuse('not-allowed', 'kind', 'Er is geen bezwaar in behandeling.');
  const early = notBefore(s.on, state.bezwaar.receivedOn, 'on', 'de ontvangst van het bezwaar');
  if (early) return early;
  const decided = { ...state.bezwaar, outcome: s.outcome, decidedOn: s.on, decidedBy: s.by ?? null };
  if (s.outcome === 'deels-gegrond') {
    const low = lowered(state, s, 'het bezwaar');
    if (!low.ok) return low.refusal;
    return ok({
      ...state,
      beschikking: state.beschikking ? { ...state.beschikking, amountCents: low.amountCents } : null,
      bezwaar: { ...decided, loweredFromCents: low.from, revision: s.revision ?? null },
    });
  }
  return ok({ ...state, stage: s.outcome === 'gegrond' ? 'vervallen' : state.stage, bezwaar: decided });
}

/** The judgment on beroep: vernietigd ends the fine, verlaagd lowers it through the rules core. */
// art. 8:72a Algemene wet bestuursrecht — the court's judgment; verlaagd lowers the fine
function decideBeroep(state: HandhavingState, s: Step<'beroep-beslist'>): Transition {
  if (!state.beroep || state.beroep.outcome) return refuse('not-allowed', 'kind', 'Er is geen beroep in behandeling.');
  const early = notBefore(s.on, state.beroep.receivedOn, 'on', 'het instellen van het beroep');
  if (early) return early;
  const decided = { ...state.beroep, outcome: s.outcome, decidedOn: s.on, decidedBy: s.by ?? null };
  if (s.outcome === 'verlaagd') {
    const low = lowered(state, s, 'de uitspraak');
    if (!low.ok) return low.refusal;
    return ok({
      ...state,
      beschikking: state.beschikking ? { ...state.beschikking, amountCents: low.amountCents } : null,
      beroep: { ...decided, loweredFromCents: low.from, revision: s.revision ?? null },
    });
  }
  return ok({ ...state, stage: s.outcome === 'vernietigd' ? 'vervallen' : state.stage, beroep: decided });
}

/** Applies one step; refuses with the article when the law or the process does not allow it. */
// art. 22–23, 27 Wet inburgering 2021; art. 7.1 Besluit inburgering 2021; art. 4:8, 5:53, 6:7 Awb
export function applyStep(state: HandhavingState, s: HandhavingStep, today: IsoDate, objectionPeriodWeeks = 6): Transition {
  if ('on' in s && isAfter(s.on, today)) return refuse('invalid-date', 'on', 'De datum mag niet in de toekomst liggen.');
  switch (s.kind) {
    case 'bijstand-verlaagd': {
      if (state.stage !== 'geconstateerd' && state.stage !== 'gewaarschuwd')
        return refuse('not-allowed', 'kind', 'Een verlaging van de bijstand wordt vóór het voornemen vastgelegd.');
      if (isAfter(s.decisionOn, today)) return refuse('invalid-date', 'decisionOn', 'De datum mag niet in de toekomst liggen.');
      return ok({ ...state, bijstandLowered: { decisionOn: s.decisionOn, documentId: s.documentId } });
    }
    case 'waarschuwing': {
      if (state.stage !== 'geconstateerd') return refuse('not-allowed', 'kind', 'Er is al een waarschuwing of een verdere stap.');
      const early = notBefore(s.on, state.establishedOn, 'on', 'de constatering');
      if (early) return early;
      return ok({ ...state, stage: 'gewaarschuwd', warning: { sentOn: s.on, respondBy: addDays(s.on, s.responseDays) } });
    }
    case 'voornemen':
      return applyVoornemen(state, s);
    case 'zienswijze': {
      if (state.stage !== 'voornemen' || !state.voornemen) return refuse('not-allowed', 'kind', 'Een zienswijze hoort bij een voornemen.');
      if (state.zienswijze) return refuse('not-allowed', 'kind', 'De zienswijze is al vastgelegd.');
      const early = notBefore(s.on, state.voornemen.on, 'on', 'het voornemen');
      if (early) return early;
      return ok({ ...state, zienswijze: { form: s.form, on: s.on, summary: s.summary } });
    }
    case 'besluit':
      return applyBesluit(state, s);
    case 'bezwaar': {
      if (state.stage !== 'beschikking' || !state.beschikking)
        return refuse('not-allowed', 'kind', 'Bezwaar kan alleen tegen een boetebeschikking.');
      if (state.bezwaar) return refuse('not-allowed', 'kind', 'Er is al bezwaar gemaakt.');
      const early = notBefore(s.on, state.beschikking.notifiedOn, 'on', 'de boetebeschikking');
      if (early) return early;
      return ok({ ...state, bezwaar: { receivedOn: s.on, outcome: null, decidedOn: null } });
    }
    case 'bezwaar-beslist':
      return decideBezwaar(state, s);
    case 'beroep': {
      if (state.stage !== 'beschikking' || !state.bezwaar?.decidedOn)
        return refuse('not-allowed', 'kind', 'Beroep staat open na de beslissing op bezwaar (art. 7:1 en 8:1 Awb).');
      if (state.beroep) return refuse('not-allowed', 'kind', 'Er is al beroep ingesteld.');
      if (state.bezwaar.outcome === 'ingetrokken')
        return refuse('not-allowed', 'kind', 'Het bezwaar is ingetrokken: er is geen beslissing op bezwaar om beroep tegen in te stellen.');
      const early = notBefore(s.on, state.bezwaar.decidedOn, 'on', 'de beslissing op bezwaar');
      if (early) return early;
      return ok({ ...state, beroep: { receivedOn: s.on, outcome: null, decidedOn: null } });
    }
    case 'beroep-beslist':
      return decideBeroep(state, s);
    case 'onherroepelijk': {
      if (state.stage !== 'beschikking' || !state.beschikking)
        return refuse('not-allowed', 'kind', 'Alleen een opgelegde boete kan onherroepelijk worden.');
      if ((state.bezwaar && !state.bezwaar.decidedOn) || (state.beroep && !state.beroep.decidedOn))
        return refuse('not-allowed', 'kind', 'Er loopt nog bezwaar of beroep.');
      const termEnd = remedyTermEnd(state, objectionPeriodWeeks);
      if (termEnd && !isAfter(s.on, termEnd))
        return refuse('term-running', 'on', `De termijn voor bezwaar of beroep loopt tot en met ${formatDutchDate(termEnd)}.`);
      return ok({ ...state, stage: 'onherroepelijk', finalOn: s.on });
    }
  }
}
