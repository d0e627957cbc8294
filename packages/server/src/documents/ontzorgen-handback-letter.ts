// The letter when financieel ontzorgen is handed back to the person (art. 56a Participatiewet; ADR
// 0136): which payments the person now makes themselves, to whom and from which date. The Dutch
// letter is the legal one; for a person whose language has a summary catalog a translated summary
// page follows it (issue 15 "in their language where available", issue 17; ADR 0164).
import { fixedCostKindLabels, formatEuroCents, type FixedCost } from '@koers/domain';
import type { Letter } from './letter-pdf.ts';
import { dutchDate } from './letter-pdf.ts';
import { contactText, signatoryText, type LetterSender } from './sender.ts';

export interface HandBackLetterInput {
  gemeenteName: string;
  sender?: LetterSender;
  person: { name: string; familyName: string; address: string | null };
  caseNumber: string;
  /** First day the person pays themselves (the first day of the hand-back month). */
  fromDate: string;
  writtenOn: string;
  costs: readonly FixedCost[];
  issuerName: string;
}

export function buildHandBackLetter(input: HandBackLetterInput): Letter {
  const list = input.costs
    .map((c) => `• ${fixedCostKindLabels[c.kind]}: ${formatEuroCents(c.amountCents)} per maand aan ${c.payeeName} (IBAN ${c.iban}${c.reference ? `, kenmerk ${c.reference}` : ''}), rond de ${c.dayOfMonth}e van de maand.`)
    .join('\n');
  return {
    gemeenteName: input.gemeenteName,
    ...(input.sender ? { sender: input.sender } : {}),
    recipient: { name: input.person.name, address: input.person.address },
    dateText: dutchDate(input.writtenOn),
    reference: input.caseNumber,
    subject: 'U betaalt uw vaste lasten weer zelf',
    salutation: `Geachte heer/mevrouw ${input.person.familyName},`,
    blocks: [
      { heading: 'Wat verandert er', text: `De afgelopen maanden betaalde de gemeente een deel van uw vaste lasten uit uw bijstand (financieel ontzorgen, artikel 56a Participatiewet). Vanaf ${dutchDate(input.fromDate)} betaalt u deze rekeningen zelf. Wij betalen ze vanaf die datum niet meer.` },
      { heading: 'Deze betalingen doet u zelf', text: list || 'Er waren geen vaste lasten in de afspraak.' },
      { heading: 'Wat u moet doen', text: 'Zet voor elke betaling een automatische overschrijving of incasso klaar, zodat u niets vergeet. U krijgt uw hele bijstand weer zelf op uw rekening.' },
      { heading: 'Vragen?', text: contactText(input.gemeenteName, input.sender, input.caseNumber) },
    ],
    summary: { key: 'ontzorgen-teruggave', facts: { fromDate: { date: input.fromDate }, billCount: { count: input.costs.length } } },
    closing: 'Met vriendelijke groet,',
    signatory: signatoryText(input.gemeenteName, input.sender, input.issuerName),
  };
}
