// The beslissing op bezwaar against a boetebeschikking (issue 14, ADR 0146), in the structure of the
// VNG handreiking Naleving Inburgering: the decision first, then the bezwaar, how it was weighed, the
// amount as the rules core computed it after a partial outcome, payment, and the beroep clause.
import type { BezwaarOutcome, ExplanationStep } from '@koers/domain';
import { formatEuro } from '@koers/domain';
import { dutchDate, type Letter, type LetterBlock } from './letter-pdf.ts';
import { contactText, signatoryText } from './sender.ts';
import type { HandhavingLetterBase } from './handhaving-letters.ts';
import type { Fact } from './summaries/summary.ts';

/** The outcomes that get a letter: a withdrawn bezwaar is not decided on (art. 6:21 Awb). */
export type DecidedBezwaarOutcome = Exclude<BezwaarOutcome, 'ingetrokken'>;

export interface BezwaarDecisionInput extends HandhavingLetterBase {
  outcome: DecidedBezwaarOutcome;
  /** Day the boetebeschikking was made known, and the bezwaarschrift received. */
  beschikkingOn: string;
  receivedOn: string;
  /** The fine as imposed, and after the decision (0 when revoked). */
  imposedCents: number;
  newAmountCents: number;
  /** Deels gegrond: the rules core's computation of the lower amount. */
  steps: readonly ExplanationStep[];
  motivation: string;
}

const decisionText = (i: BezwaarDecisionInput): string => {
  switch (i.outcome) {
    case 'gegrond':
      return `Uw bezwaar is gegrond. Wij herroepen ons besluit van ${dutchDate(i.beschikkingOn)}: de boete van ${formatEuro(i.imposedCents)} vervalt. U hoeft deze boete niet te betalen.`;
    case 'deels-gegrond':
      return `Uw bezwaar is gedeeltelijk gegrond. Wij verlagen de boete uit ons besluit van ${dutchDate(i.beschikkingOn)} van ${formatEuro(i.imposedCents)} naar ${formatEuro(i.newAmountCents)}. Voor het overige blijft ons besluit staan.`;
    case 'ongegrond':
      return `Uw bezwaar is ongegrond. Ons besluit van ${dutchDate(i.beschikkingOn)} blijft staan: de boete blijft ${formatEuro(i.imposedCents)}.`;
    case 'niet-ontvankelijk':
      return `Wij verklaren uw bezwaar niet-ontvankelijk. Dat betekent dat wij uw bezwaar niet inhoudelijk hebben beoordeeld. Ons besluit van ${dutchDate(i.beschikkingOn)} blijft staan: de boete blijft ${formatEuro(i.imposedCents)}.`;
  }
};

const outcomeFacts = (i: BezwaarDecisionInput): Record<string, Fact> => {
  switch (i.outcome) {
    case 'gegrond':
      return { revokedAmount: { euro: i.imposedCents } };
    case 'deels-gegrond':
      return { loweredFromAmount: { euro: i.imposedCents }, newAmount: { euro: i.newAmountCents } };
    case 'ongegrond':
      return { upheldAmount: { euro: i.imposedCents } };
    case 'niet-ontvankelijk':
      return { inadmissibleAmount: { euro: i.imposedCents } };
  }
};

const paymentText = (i: BezwaarDecisionInput): string => {
  switch (i.outcome) {
    case 'gegrond':
      return 'Heeft u (een deel van) de boete al betaald? Dan betalen wij dat bedrag aan u terug.';
    case 'deels-gegrond':
      return `U betaalt nu ${formatEuro(i.newAmountCents)}. Heeft u al meer betaald, dan betalen wij het verschil aan u terug. Kunt u niet in één keer betalen? Neem dan contact met ons op voor een betalingsregeling.`;
    case 'ongegrond':
    case 'niet-ontvankelijk':
      return 'De boete moet u betalen zoals in ons besluit staat. Kunt u niet in één keer betalen? Neem dan contact met ons op voor een betalingsregeling.';
  }
};

const computation = (steps: readonly ExplanationStep[]): string =>
  steps.map((s) => `${s.text}${s.articles.length ? ` (${s.articles.join('; ')})` : ''}`).join('\n');

/** Beroep against the beslissing op bezwaar: six weeks, at the rechtbank of the arrondissement where the person lives. */
export const beroepClause: LetterBlock = {
  heading: 'Beroep instellen',
  text: 'Bent u het niet eens met deze beslissing op bezwaar? Dan kunt u binnen zes weken na de dag waarop deze beslissing is verzonden beroep instellen bij de rechtbank in het arrondissement waar u woont (artikel 6:7, 8:1 en 8:7 Algemene wet bestuursrecht). Dat kan schriftelijk of digitaal via de website van de Rechtspraak. Zet in uw beroepschrift uw naam en adres, de datum, een kopie van deze beslissing en waarom u het er niet mee eens bent. Voor een beroep betaalt u griffierecht.',
};

export function buildBezwaarDecisionLetter(input: BezwaarDecisionInput): Letter {
  return {
    gemeenteName: input.gemeenteName,
    ...(input.sender ? { sender: input.sender } : {}),
    recipient: { name: `${input.person.givenNames} ${input.person.familyName}`, address: input.person.address },
    dateText: dutchDate(input.date),
    reference: input.caseNumber,
    salutation: `Geachte heer/mevrouw ${input.person.familyName},`,
    subject: 'Beslissing op uw bezwaar tegen de boete Wet inburgering 2021',
    blocks: [
      { heading: 'Onze beslissing', text: decisionText(input) },
      {
        heading: 'Uw bezwaar',
        text: `Op ${dutchDate(input.receivedOn)} hebben wij uw bezwaarschrift ontvangen tegen ons besluit van ${dutchDate(input.beschikkingOn)}. Met dat besluit legden wij u een boete op van ${formatEuro(input.imposedCents)} op grond van artikel ${input.article} van de Wet inburgering 2021, omdat ${input.groundText}.`,
      },
      {
        heading: 'Hoe wij uw bezwaar hebben beoordeeld',
        text: `Wij hebben ons besluit opnieuw beoordeeld, met wat u in uw bezwaar naar voren bracht (artikel 7:11 Algemene wet bestuursrecht).${input.motivation.trim() ? ` ${input.motivation.trim()}` : ''}`,
      },
      ...(input.outcome === 'deels-gegrond' && input.steps.length > 0 ? [{ heading: 'Hoe wij de boete nu berekenen', text: computation(input.steps) }] : []),
      { heading: 'Betalen', text: paymentText(input) },
      { heading: 'Vragen?', text: contactText(input.gemeenteName, input.sender, input.caseNumber) },
    ],
    closing: 'Met vriendelijke groet,',
    signatory: signatoryText(input.gemeenteName, input.sender, input.issuerName),
    footer: [beroepClause],
    summary: { key: 'beslissing-op-bezwaar', facts: outcomeFacts(input) },
  };
}
