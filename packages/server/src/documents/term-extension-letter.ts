// The letter about a request to extend the inburgeringstermijn: granted (with the new end) or
// refused, with the motivation. The extension itself is a decision of the Minister (DUO, art. 12
// Wi2021); the gemeente records it and tells the person what it means for the traject (ADR 0129).
import type { Letter, LetterBlock } from './letter-pdf.ts';
import { dutchDate } from './letter-pdf.ts';
import { contactText, signatoryText, type LetterSender } from './sender.ts';

export interface TermExtensionLetterInput {
  gemeenteName: string;
  sender?: LetterSender;
  person: { name: string; familyName: string; address: string | null };
  caseNumber: string;
  requestedOn: string;
  groundText: string;
  decision: 'toegekend' | 'afgewezen';
  decidedOn: string;
  months: number;
  previousEndExclusive: string | null;
  newEndExclusive: string | null;
  motivation: string;
  issuerName: string;
}

const lastDay = (endExclusive: string): string => {
  const d = new Date(`${endExclusive}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
};
const lastDayText = (endExclusive: string): string => dutchDate(lastDay(endExclusive));

export function buildTermExtensionLetter(input: TermExtensionLetterInput): Letter {
  const granted = input.decision === 'toegekend';
  const blocks: LetterBlock[] = [
    {
      heading: 'Uw verzoek',
      text: `Op ${dutchDate(input.requestedOn)} is verzocht om verlenging van uw inburgeringstermijn. De grond: ${input.groundText.toLowerCase()}.`,
    },
    {
      heading: 'De beslissing',
      text: granted
        ? `De termijn is verlengd met ${input.months} maanden.${input.newEndExclusive ? ` U heeft nu tot en met ${lastDayText(input.newEndExclusive)} om aan uw inburgeringsplicht te voldoen${input.previousEndExclusive ? ` (eerder tot en met ${lastDayText(input.previousEndExclusive)})` : ''}.` : ''}`
        : `De termijn is niet verlengd.${input.previousEndExclusive ? ` Uw inburgeringstermijn loopt tot en met ${lastDayText(input.previousEndExclusive)}.` : ''}`,
    },
    { heading: 'Waarom', text: input.motivation },
    {
      heading: 'Wat dit voor u betekent',
      text: granted
        ? 'Wij passen de afspraken in uw traject aan de nieuwe termijn aan en bespreken dat met u in het volgende voortgangsgesprek.'
        : 'Uw traject loopt door zoals afgesproken. In het volgende voortgangsgesprek bespreken wij wat u nog nodig heeft om binnen de termijn aan uw plicht te voldoen.',
    },
    { heading: 'Vragen?', text: contactText(input.gemeenteName, input.sender, input.caseNumber) },
  ];
  return {
    gemeenteName: input.gemeenteName,
    ...(input.sender ? { sender: input.sender } : {}),
    recipient: { name: input.person.name, address: input.person.address },
    dateText: dutchDate(input.decidedOn),
    reference: input.caseNumber,
    subject: granted ? 'Verlenging van uw inburgeringstermijn toegekend' : 'Verlenging van uw inburgeringstermijn afgewezen',
    salutation: `Geachte heer/mevrouw ${input.person.familyName},`,
    blocks,
    summary: granted
      ? { key: 'verlenging-toegekend', facts: { months: { count: input.months }, ...(input.newEndExclusive ? { termEndDate: { date: lastDay(input.newEndExclusive) } } : {}) } }
      : { key: 'verlenging-afgewezen', facts: input.previousEndExclusive ? { termEndDate: { date: lastDay(input.previousEndExclusive) } } : {} },
    closing: 'Met vriendelijke groet,',
    signatory: signatoryText(input.gemeenteName, input.sender, input.issuerName),
    footer: [
      {
        heading: 'Over deze beslissing',
        text: 'Over verlenging van de inburgeringstermijn beslist DUO namens de minister (artikel 12 Wet inburgering 2021). Bent u het niet eens met die beslissing, dan kunt u bezwaar maken bij DUO binnen zes weken na de datum van het besluit van DUO.',
      },
    ],
  };
}
