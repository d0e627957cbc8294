// The content of the PIP letter: a beschikking (asielstatushouder) or an advies (gezinsmigrant /
// overige migrant). Pure: builds the Letter that renderLetterPdf turns into a PDF, so tests can
// read the text without parsing a (compressed) PDF.
import { addDays, dutchList, mapThemeLabels, routeLabel, type Explanation, type IsoDate, type LearningRoute, type MapTheme, type Period } from '@koers/domain';
import { dutchDate, type Letter, type LetterBlock } from './letter-pdf.ts';
import { contactText, objectionClause, senderLines, signatoryText, type LetterSender } from './sender.ts';

export interface PipLetterInput {
  kind: 'beschikking' | 'advies';
  gemeenteName: string;
  /** The gemeente's letter settings; absent = name only, signed by the issuer on behalf of the college. */
  sender?: LetterSender;
  person: { name: string; familyName: string; address: string | null };
  /** The case number, the kenmerk of the letter (e.g. "INB-2026-000123"). */
  caseNumber: string;
  version: number;
  issuedOn: IsoDate;
  issuerName: string;
  route: LearningRoute;
  level: 'A2' | 'B1' | null;
  a2Skills: readonly string[];
  intensity: string | null;
  hoursPerWeek: number | null;
  estimatedB1Intensity: number | null;
  motivation: Partial<Record<LearningRoute, string>>;
  support: string | null;
  pvtIntensity: string | null;
  mapIntensity: string | null;
  mapThemesOmitted: readonly { theme: MapTheme; reason: string }[];
  vve: string | null;
  participation: string | null;
  participatiewet: string | null;
  relief: { applies: boolean; explanation: Explanation } | null;
  progressMeetings: number | null;
  /** A changed PIP: the version it replaces (0: a PIP set by the previous gemeente, after a move) and why. */
  change: { previousVersion: number; previousIssuedOn: IsoDate | null; reasonText: string; note: string | null } | null;
  term: Period | null;
  objectionPeriodWeeks: number;
}

const routes: readonly LearningRoute[] = ['B1', 'Z', 'Onderwijs'];

const orDash = (s: string | null | undefined, fallback = 'Geen afspraken vastgelegd.'): string => (s && s.trim() !== '' ? s.trim() : fallback);

export function changeReasonText(reason: string | null): string {
  switch (reason) {
    case 'route-change':
      return 'wijziging van de leerroute (art. 17 lid 2 Wet inburgering 2021, art. 5.4 Besluit inburgering 2021)';
    case 'a2':
      return 'afschaling van (een deel van) het examenniveau naar A2 (art. 17 lid 3 Wet inburgering 2021, art. 5.5 Besluit inburgering 2021)';
    case 'move':
      return 'verhuizing naar deze gemeente (art. 15 lid 4 Wet inburgering 2021)';
    case 'intensity':
      return 'wijziging van de intensiteit';
    case 'other':
    case null:
      return 'andere reden';
    default:
      return reason;
  }
}

/**
 * The intensity line: the free text and the hours per week, without saying the same twice
 * ("16 uur per week" typed in the text and 16 in the hours field give one "16 uur per week").
 */
export function intensityText(text: string | null, hoursPerWeek: number | null): string {
  const free = (text ?? '').trim().replace(/[.,;]+$/, '');
  if (hoursPerWeek === null) return free;
  const hours = `${hoursPerWeek} uur per week`;
  if (free === '') return hours;
  const mentionsHours = new RegExp(`(^|[^0-9,.])${hoursPerWeek}\\s*(uur|u\\b)`, 'i').test(free);
  return mentionsHours ? free : `${free}, ${hours}`;
}

/** What the college decided or advises, and what this version replaces. */
function openingBlocks(input: PipLetterInput, college: string): LetterBlock[] {
  const advies = input.kind === 'advies';
  const blocks: LetterBlock[] = [];
  blocks.push({
    heading: advies ? 'Ons advies' : 'Ons besluit',
    text: advies
      ? `Na de brede intake adviseert ${college} u over uw persoonlijk plan inburgering en participatie (PIP). Dit advies is gebaseerd op artikel 15 van de Wet inburgering 2021. U volgt uw inburgering zelf; dit advies helpt u daarbij. Dit advies is geen besluit.`
      : `Na de brede intake heeft ${college} uw persoonlijk plan inburgering en participatie (PIP) vastgesteld. Dit besluit is genomen op grond van artikel 15 van de Wet inburgering 2021 en artikel 5.3 van het Besluit inburgering 2021.`,
  });
  if (input.change) {
    blocks.push({
      heading: 'Wijziging',
      text:
        input.change.previousVersion === 0
          ? `U bent verhuisd naar ${input.gemeenteName}. Daarom ${advies ? 'adviseren wij over' : 'stellen wij'} een nieuw PIP ${advies ? '' : 'vast '}met dezelfde leerroute als in uw vorige gemeente (artikel 15 lid 4 Wet inburgering 2021).${input.change.note ? ` ${input.change.note}` : ''}`
          : `Dit ${advies ? 'advies' : 'besluit'} vervangt versie ${input.change.previousVersion} van uw PIP${input.change.previousIssuedOn ? ` van ${dutchDate(input.change.previousIssuedOn)}` : ''}. Reden: ${input.change.reasonText}.${input.change.note ? ` ${input.change.note}` : ''}`,
    });
  }
  return blocks;
}

/** Part 1 of the PIP: the leerroute with its level and intensity, and why this route and not the others. */
function routeBlocks(input: PipLetterInput): LetterBlock[] {
  const advies = input.kind === 'advies';
  const blocks: LetterBlock[] = [];
  const levelText =
    input.level === 'A2'
      ? `Niveau A2${input.a2Skills.length ? ` voor ${dutchList([...input.a2Skills])}` : ''}; de overige vaardigheden op B1.`
      : input.level === 'B1'
        ? 'Niveau B1.'
        : input.route === 'Z'
          ? 'Geen examenniveau (zelfredzaamheidsroute).'
          : 'Niveau B1.';
  const intensity = intensityText(input.intensity, input.hoursPerWeek);
  blocks.push({
    heading: '1. Leerroute',
    text: [
      `${advies ? 'Wij adviseren de' : 'U volgt de'} ${routeLabel(input.route)}. ${levelText}`,
      intensity ? `Intensiteit: ${intensity}.` : '',
      input.estimatedB1Intensity !== null ? `Geschatte omvang van de B1-route: ${input.estimatedB1Intensity} uur (taal en KNM).` : '',
    ]
      .filter(Boolean)
      .join(' '),
  });
  const motivation = routes
    .filter((r) => input.motivation[r] && input.motivation[r]?.trim() !== '')
    .map((r) => `${r === input.route ? 'Waarom de' : 'Waarom niet de'} ${routeLabel(r)}: ${input.motivation[r]?.trim() ?? ''}`);
  if (motivation.length) blocks.push({ heading: 'Motivering van de leerroute', text: motivation.join('\n') });
  return blocks;
}

/** The letter for a vastgesteld PIP. */
export function buildPipLetter(input: PipLetterInput): Letter {
  const advies = input.kind === 'advies';
  const college = `het college van burgemeester en wethouders van ${input.gemeenteName}`;
  const blocks: LetterBlock[] = [...openingBlocks(input, college), ...routeBlocks(input)];
  blocks.push({ heading: '2. Ondersteuning en begeleiding', text: orDash(input.support) });
  blocks.push({ heading: '3. Participatieverklaringstraject (PVT)', text: orDash(input.pvtIntensity) });
  if (input.route === 'Onderwijs') {
    blocks.push({ heading: '4. Module Arbeidsmarkt en Participatie (MAP)', text: 'Bij de onderwijsroute hoort geen MAP (artikel 8 lid 3 Wet inburgering 2021).' });
  } else {
    const omitted = input.mapThemesOmitted.map((o) => `${mapThemeLabels[o.theme]} (${o.reason})`);
    blocks.push({
      heading: '4. Module Arbeidsmarkt en Participatie (MAP)',
      text: `${orDash(input.mapIntensity)}${omitted.length ? `\nDeze thema's vallen af: ${omitted.join('; ')}.` : ''}`,
    });
  }
  blocks.push({ heading: '5. Voor- en vroegschoolse educatie (VVE)', text: orDash(input.vve, 'Niet van toepassing.') });
  blocks.push({ heading: '6. Afspraken over participatie', text: orDash(input.participation) });
  const pw = [orDash(input.participatiewet, ''), input.relief?.applies ? `Financieel ontzorgen: ${input.relief.explanation.summary} (artikel 56a Participatiewet)` : '']
    .filter(Boolean)
    .join('\n');
  blocks.push({ heading: '7. Besluiten op grond van de Participatiewet', text: pw || 'Niet van toepassing.' });
  blocks.push({
    heading: '8. Voortgangsgesprekken',
    text: `Wij spreken u ${input.progressMeetings ?? 0} keer over de voortgang van uw inburgering.`,
  });
  if (input.term) {
    blocks.push({
      heading: 'Uw inburgeringstermijn',
      text: `Uw inburgeringstermijn begint op ${dutchDate(input.term.start)} en loopt tot en met ${dutchDate(addDays(input.term.endExclusive, -1))} (artikel 11 Wet inburgering 2021). Een wijziging van uw PIP verandert deze termijn niet.`,
    });
  }

  blocks.push({ heading: 'Vragen?', text: contactText(input.gemeenteName, input.sender, input.caseNumber) });

  const footer: LetterBlock[] = advies
    ? [
        {
          heading: 'Over dit advies',
          text: 'Dit is een advies en geen besluit. Daarom kunt u er geen bezwaar tegen maken. Heeft u vragen over dit advies? Neem dan contact op met uw trajectregisseur.',
        },
      ]
    : [
        objectionClause(input.gemeenteName, input.sender ?? {}, input.objectionPeriodWeeks, input.caseNumber),
      ];

  return {
    gemeenteName: input.gemeenteName,
    ...(input.sender ? { sender: input.sender } : {}),
    recipient: { name: input.person.name, address: input.person.address },
    dateText: dutchDate(input.issuedOn),
    reference: input.caseNumber,
    subject: `${advies ? 'Advies' : 'Beschikking'} persoonlijk plan inburgering en participatie (PIP), versie ${input.version}`,
    salutation: `Geachte heer/mevrouw ${input.person.familyName},`,
    blocks,
    closing: 'Met vriendelijke groet,',
    signatory: signatoryText(input.gemeenteName, input.sender, input.issuerName),
    footer,
    summary: {
      key: advies ? 'pip-advies' : 'pip-beschikking',
      facts: {
        route: { route: input.route },
        ...(input.hoursPerWeek !== null ? { hoursPerWeek: { count: input.hoursPerWeek } } : {}),
        ...(input.term ? { termEndDate: { date: addDays(input.term.endExclusive, -1) } } : {}),
        ...(advies ? {} : { objectionWeeks: { count: input.objectionPeriodWeeks } }),
      },
    },
  };
}

/** The letter as plain text (for tests and previews). */
export function letterText(letter: Letter): string {
  const block = (b: LetterBlock) => [b.heading, b.text].filter(Boolean).join('\n');
  return [
    senderLines(letter.gemeenteName, letter.sender).join('\n'),
    letter.recipient.name,
    letter.recipient.address ?? '',
    `Datum: ${letter.dateText}`,
    letter.reference ? `Kenmerk: ${letter.reference}` : '',
    `Onderwerp: ${letter.subject}`,
    letter.salutation,
    ...letter.blocks.map(block),
    letter.closing,
    letter.signatory,
    ...(letter.footer ?? []).map(block),
  ]
    .filter((s) => s !== '')
    .join('\n\n');
}
