// The letters of handhaving (issue 14), in the order of the VNG handreiking Naleving Inburgering:
// the schriftelijke waarschuwing, the voornemen tot een boete (with the computation and the right to
// a zienswijze, art. 4:8 and 5:53 Awb) and the boetebeschikking (with the bezwaar clause and, for
// art. 22, the new term of at most two months). The gemeente's own policy paragraph is a letter
// setting (`handhavingPolicy`); empty gives the default below.
import type { ExplanationStep, FineArticle, ViolationGround, ZienswijzeForm } from '@koers/domain';
import { formatEuro } from '@koers/domain';
import { dutchDate, type Letter, type LetterBlock } from './letter-pdf.ts';
import { contactText, objectionClause, signatoryText, type LetterSender } from './sender.ts';

export const DEFAULT_HANDHAVING_POLICY =
  'Handhaving is voor ons het laatste middel. Wij willen u vooral helpen om uw inburgering te halen. Daarom praten wij eerst met u, sturen wij u een waarschuwing en leggen wij pas een boete op als dat niet heeft geholpen. Bij de hoogte van de boete houden wij rekening met uw persoonlijke omstandigheden.';

export interface HandhavingLetterBase {
  gemeenteName: string;
  sender?: LetterSender;
  person: { givenNames: string; familyName: string; address: string | null };
  caseNumber: string;
  /** Date of the letter (ISO). */
  date: string;
  article: FineArticle;
  /** Dutch clause after "dat": what the person did or did not do (groundClause). */
  groundText: string;
  establishedOn: string;
  facts: string;
  issuerName: string;
}

/** The violation as a clause after "vastgesteld dat …". */
export const groundClause: Readonly<Record<ViolationGround, string>> = {
  'intake-niet-verschenen': 'u niet bent verschenen op de brede intake, ook niet na de herhaalde uitnodiging',
  'intake-niet-meegewerkt': 'u onvoldoende heeft meegewerkt aan de brede intake',
  'begeleiding-niet-meegewerkt': 'u niet heeft meegewerkt aan de ondersteuning en begeleiding uit uw PIP',
  'intensiteit-pvt': 'u niet heeft voldaan aan de intensiteit van het participatieverklaringstraject (PVT) die in uw PIP is vastgesteld',
  'intensiteit-map':
    'u niet heeft voldaan aan de intensiteit van de module arbeidsmarkt en participatie (MAP) die in uw PIP is vastgesteld',
  'intensiteit-leerroute': 'u niet heeft voldaan aan de intensiteit van uw leerroute die in uw PIP is vastgesteld',
};

const lawOf = (article: FineArticle): string =>
  article === 22
    ? 'Volgens artikel 22 van de Wet inburgering 2021 kunnen wij u een boete opleggen als u niet verschijnt op de brede intake of daar onvoldoende aan meewerkt, nadat wij u schriftelijk hebben gewaarschuwd.'
    : 'Volgens artikel 23 van de Wet inburgering 2021 kunnen wij u een boete opleggen als u niet meewerkt aan de ondersteuning en begeleiding die in uw persoonlijk plan inburgering en participatie (PIP) staat, of als u niet voldoet aan de intensiteit die daarin is vastgesteld.';

const policy = (sender: LetterSender | undefined): LetterBlock => ({
  heading: 'Ons beleid',
  text: sender?.handhavingPolicy?.trim() || DEFAULT_HANDHAVING_POLICY,
});

function common(
  input: HandhavingLetterBase,
): Pick<Letter, 'gemeenteName' | 'sender' | 'recipient' | 'dateText' | 'reference' | 'salutation' | 'closing' | 'signatory'> {
  return {
    gemeenteName: input.gemeenteName,
    ...(input.sender ? { sender: input.sender } : {}),
    recipient: { name: `${input.person.givenNames} ${input.person.familyName}`, address: input.person.address },
    dateText: dutchDate(input.date),
    reference: input.caseNumber,
    salutation: `Geachte heer/mevrouw ${input.person.familyName},`,
    closing: 'Met vriendelijke groet,',
    signatory: signatoryText(input.gemeenteName, input.sender, input.issuerName),
  };
}

const what = (input: HandhavingLetterBase): LetterBlock => ({
  heading: 'Wat is er gebeurd',
  text: `Op ${dutchDate(input.establishedOn)} hebben wij vastgesteld dat ${input.groundText}. ${input.facts.trim()}`.trim(),
});

const computation = (steps: readonly ExplanationStep[]): string =>
  steps.map((s) => `${s.text}${s.articles.length ? ` (${s.articles.join('; ')})` : ''}`).join('\n');

export interface WarningLetterInput extends HandhavingLetterBase {
  respondBy: string;
}

export function buildHandhavingWarningLetter(input: WarningLetterInput): Letter {
  return {
    ...common(input),
    subject: 'Schriftelijke waarschuwing',
    summary: { key: 'handhaving-waarschuwing', facts: { respondDate: { date: input.respondBy } } },
    blocks: [
      what(input),
      { heading: 'Wat de wet zegt', text: lawOf(input.article) },
      {
        heading: 'Dit is een waarschuwing',
        text: `Met deze brief waarschuwen wij u. U krijgt nu nog geen boete. Wij vragen u om vóór ${dutchDate(input.respondBy)} contact met ons op te nemen en uit te leggen wat er aan de hand is. Doet u dat niet, of gebeurt het opnieuw, dan kunnen wij van plan zijn u een boete op te leggen. U hoort dat dan eerst van ons en u mag daarop reageren.`,
      },
      policy(input.sender),
      { heading: 'Vragen?', text: contactText(input.gemeenteName, input.sender, input.caseNumber) },
    ],
    footer: [{ heading: 'Over deze brief', text: 'Deze waarschuwing is geen besluit. U kunt er daarom geen bezwaar tegen maken.' }],
  };
}

export interface VoornemenLetterInput extends HandhavingLetterBase {
  amountCents: number;
  steps: readonly ExplanationStep[];
  motivation: string;
  zienswijzeBy: string;
  warningSentOn: string | null;
}

export function buildVoornemenLetter(input: VoornemenLetterInput): Letter {
  return {
    ...common(input),
    subject: 'Voornemen tot het opleggen van een boete',
    summary: { key: 'handhaving-voornemen', facts: { amount: { euro: input.amountCents }, zienswijzeDate: { date: input.zienswijzeBy } } },
    blocks: [
      {
        heading: 'Waarom u deze brief krijgt',
        text: `Wij zijn van plan u een boete op te leggen van ${formatEuro(input.amountCents)}. Voordat wij beslissen, mag u uw mening geven. Dat heet een zienswijze.`,
      },
      what(input),
      ...(input.warningSentOn
        ? [{ heading: 'Eerdere waarschuwing', text: `Wij hebben u op ${dutchDate(input.warningSentOn)} schriftelijk gewaarschuwd.` }]
        : []),
      { heading: 'Wat de wet zegt', text: lawOf(input.article) },
      { heading: 'Waarom wij een boete overwegen', text: input.motivation.trim() },
      { heading: 'Hoe wij het bedrag berekenen', text: computation(input.steps) },
      {
        heading: 'Uw zienswijze',
        text: `U kunt tot en met ${dutchDate(input.zienswijzeBy)} reageren: schriftelijk (per brief of e-mail) of mondeling in een gesprek (artikel 4:8 en 5:53 Algemene wet bestuursrecht). Vertel ons waarom dit is gebeurd, en of er bijzondere omstandigheden zijn waardoor de boete lager moet zijn of niet moet worden opgelegd. Stuur daarbij bewijsstukken mee als u die heeft. Reageert u niet, dan beslissen wij na deze datum op basis van wat wij weten.`,
      },
      policy(input.sender),
      { heading: 'Vragen?', text: contactText(input.gemeenteName, input.sender, input.caseNumber) },
    ],
    footer: [
      {
        heading: 'Over deze brief',
        text: 'Dit voornemen is nog geen besluit. U kunt er daarom nog geen bezwaar tegen maken; dat kan wel tegen het besluit dat volgt.',
      },
    ],
  };
}

const zienswijzeText: Record<ZienswijzeForm, string> = {
  schriftelijk: 'U heeft schriftelijk gereageerd',
  mondeling: 'U heeft mondeling gereageerd',
  'niet-gegeven': 'U heeft niet gereageerd',
};

export interface BoetebeschikkingInput extends HandhavingLetterBase {
  amountCents: number;
  steps: readonly ExplanationStep[];
  voornemenOn: string;
  zienswijze: { form: ZienswijzeForm; on: string; summary: string } | null;
  decisionReason: string | null;
  /** Art. 22: the new term of at most two months (art. 22 lid 2 Wi 2021). */
  newDeadline: string | null;
  objectionPeriodWeeks: number;
}

export function buildBoetebeschikking(input: BoetebeschikkingInput): Letter {
  const zienswijze = input.zienswijze
    ? `${zienswijzeText[input.zienswijze.form]}${input.zienswijze.form === 'niet-gegeven' ? '' : ` op ${dutchDate(input.zienswijze.on)}`}.${input.zienswijze.summary.trim() ? ` ${input.zienswijze.summary.trim()}` : ''}`
    : 'U heeft binnen de termijn niet gereageerd.';
  return {
    ...common(input),
    subject: 'Besluit: boete Wet inburgering 2021',
    summary: {
      key: 'handhaving-boete',
      facts: {
        amount: { euro: input.amountCents },
        ...(input.newDeadline ? { newDeadlineDate: { date: input.newDeadline } } : {}),
        objectionWeeks: { count: input.objectionPeriodWeeks },
      },
    },
    blocks: [
      {
        heading: 'Ons besluit',
        text: `Wij leggen u een boete op van ${formatEuro(input.amountCents)}, op grond van artikel ${input.article} van de Wet inburgering 2021.`,
      },
      what(input),
      { heading: 'Wat de wet zegt', text: lawOf(input.article) },
      {
        heading: 'Uw zienswijze',
        text: `Wij hebben u op ${dutchDate(input.voornemenOn)} laten weten dat wij van plan waren u een boete op te leggen. ${zienswijze}${input.decisionReason?.trim() ? ` ${input.decisionReason.trim()}` : ' Wij zien daarin geen reden om af te zien van de boete.'}`,
      },
      { heading: 'Hoe wij de boete berekenden', text: computation(input.steps) },
      ...(input.newDeadline
        ? [
            {
              heading: 'Nieuwe termijn',
              text: `U moet alsnog meewerken aan de brede intake. Daarvoor krijgt u een nieuwe termijn, tot en met ${dutchDate(input.newDeadline)} (artikel 22, tweede lid, Wet inburgering 2021). Werkt u dan opnieuw niet mee, dan kunnen wij u opnieuw een boete opleggen.`,
            },
          ]
        : []),
      {
        heading: 'Betalen',
        text: 'U krijgt van ons een aparte brief over het betalen van de boete. Kunt u niet in één keer betalen? Neem dan contact met ons op; dan kijken wij samen naar een betalingsregeling.',
      },
      policy(input.sender),
      { heading: 'Vragen?', text: contactText(input.gemeenteName, input.sender, input.caseNumber) },
    ],
    footer: [objectionClause(input.gemeenteName, input.sender ?? {}, input.objectionPeriodWeeks, input.caseNumber)],
  };
}
