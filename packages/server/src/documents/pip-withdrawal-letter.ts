// The letter "besluit intrekking PIP" (or, for an advies, the notice that the advies is withdrawn).
import type { Letter, LetterBlock } from './letter-pdf.ts';
import { dutchDate } from './letter-pdf.ts';
import { contactText, objectionClause, signatoryText, type LetterSender } from './sender.ts';

export interface PipWithdrawalLetterInput {
  kind: 'beschikking' | 'advies';
  gemeenteName: string;
  /** The gemeente's letter settings; absent = name only, signed by the issuer on behalf of the college. */
  sender?: LetterSender;
  person: { name: string; familyName: string; address: string | null };
  /** The case number, the kenmerk of the letter (e.g. "INB-2026-000123"). */
  caseNumber: string;
  version: number;
  pipIssuedOn: string;
  withdrawnOn: string;
  /** Dutch, e.g. "het PIP is onjuist vastgesteld". */
  reasonText: string;
  note: string | null;
  issuerName: string;
  objectionPeriodWeeks: number;
}

export function buildPipWithdrawalLetter(input: PipWithdrawalLetterInput): Letter {
  const advies = input.kind === 'advies';
  const what = advies ? 'het advies over uw persoonlijk plan inburgering en participatie (PIP)' : 'het besluit over uw persoonlijk plan inburgering en participatie (PIP)';
  const blocks: LetterBlock[] = [
    {
      heading: 'Ons besluit',
      text: `Wij trekken ${what} van ${dutchDate(input.pipIssuedOn)} (versie ${input.version}) in, met ingang van ${dutchDate(input.withdrawnOn)}. Dat PIP geldt vanaf die datum niet meer.`,
    },
    {
      heading: 'Waarom',
      text: `Wij trekken het PIP in omdat ${input.reasonText}.${input.note ? ` ${input.note}` : ''}`,
    },
    {
      heading: 'Wat dit voor u betekent',
      text: 'Wij geven de intrekking door aan DUO. Heeft u nog een inburgeringsplicht, dan maken wij met u een nieuw PIP of neemt uw nieuwe gemeente contact met u op.',
    },
    { heading: 'Vragen?', text: contactText(input.gemeenteName, input.sender, input.caseNumber) },
  ];
  // Withdrawing an advies is no besluit either (like the advies itself): no bezwaar clause.
  const footer: LetterBlock[] = advies
    ? [{ heading: 'Over deze brief', text: 'Een advies is geen besluit; daarom is het intrekken ervan ook geen besluit en kunt u er geen bezwaar tegen maken.' }]
    : [objectionClause(input.gemeenteName, input.sender ?? {}, input.objectionPeriodWeeks, input.caseNumber)];
  return {
    gemeenteName: input.gemeenteName,
    ...(input.sender ? { sender: input.sender } : {}),
    recipient: { name: input.person.name, address: input.person.address },
    dateText: dutchDate(input.withdrawnOn),
    reference: input.caseNumber,
    subject: advies ? 'Intrekking advies persoonlijk plan inburgering en participatie (PIP)' : 'Besluit intrekking persoonlijk plan inburgering en participatie (PIP)',
    salutation: `Geachte heer/mevrouw ${input.person.familyName},`,
    blocks,
    closing: 'Met vriendelijke groet,',
    signatory: signatoryText(input.gemeenteName, input.sender, input.issuerName),
    footer,
    summary: {
      key: 'pip-intrekking',
      facts: {
        issuedDate: { date: input.pipIssuedOn },
        withdrawnDate: { date: input.withdrawnOn },
        ...(advies ? {} : { objectionWeeks: { count: input.objectionPeriodWeeks } }),
      },
    },
  };
}
