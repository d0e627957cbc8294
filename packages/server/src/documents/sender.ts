// The sender of a letter or beschikking: the gemeente and what its beheerder set for letters
// (department, addresses, phone, e-mail, signatory, bezwaar address, logo). Every part is optional;
// an empty setting leaves its line out and the college itself signs and receives a bezwaar.
import type { LetterSettings } from '@koers/domain';

export interface LetterSender extends LetterSettings {
  logo?: { data: Buffer; contentType: string } | null;
}

const present = (s: string | undefined): s is string => s !== undefined && s.trim() !== '';
const lines = (s: string | undefined): string[] => (present(s) ? s.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '') : []);
const oneLine = (s: string): string => lines(s).join(', ');

export const collegeOf = (gemeenteName: string): string => `het college van burgemeester en wethouders van ${gemeenteName}`;

/** The sender block at the top of the letter, line by line. */
export function senderLines(gemeenteName: string, sender: LetterSender = {}): string[] {
  return [
    `Gemeente ${gemeenteName}`,
    ...(present(sender.department) ? [sender.department.trim()] : []),
    ...(present(sender.contactName) ? [`Contact: ${sender.contactName.trim()}`] : []),
    ...(present(sender.visitingAddress) ? [`Bezoekadres: ${oneLine(sender.visitingAddress)}`] : []),
    ...(present(sender.postalAddress) ? [`Postadres: ${oneLine(sender.postalAddress)}`] : []),
    ...(present(sender.phone) ? [`Telefoon: ${sender.phone.trim()}`] : []),
    ...(present(sender.email) ? [`E-mail: ${sender.email.trim()}`] : []),
  ];
}

/**
 * Who signs: the college, "namens dezen" the signatory of the settings (name and function), else
 * the user who made the decision (`issuerName`), else the college alone.
 */
export function signatoryText(gemeenteName: string, sender: LetterSender = {}, issuerName?: string): string {
  const college = collegeOf(gemeenteName);
  const capital = `${college.charAt(0).toUpperCase()}${college.slice(1)}`;
  const signer = present(sender.signatoryName)
    ? [sender.signatoryName.trim(), ...(present(sender.signatoryFunction) ? [sender.signatoryFunction.trim()] : [])]
    : present(issuerName)
      ? [issuerName.trim()]
      : [];
  return signer.length === 0 ? capital : `${capital},\nnamens dezen,\n${signer.join('\n')}`;
}

/** Where a bezwaarschrift goes (Awb 6:4): the college, at the bezwaar address (else the postal address). */
export function objectionRecipient(gemeenteName: string, sender: LetterSender = {}): string {
  const address = present(sender.objectionAddress) ? sender.objectionAddress : present(sender.postalAddress) ? sender.postalAddress : undefined;
  return address === undefined ? collegeOf(gemeenteName) : `${collegeOf(gemeenteName)}, ${oneLine(address)}`;
}

/**
 * "Heeft u vragen?": who to ask and how, from the settings, with the kenmerk to mention. Without a
 * phone number or e-mail address the person is pointed to the gemeente (the safe fallback, ADR 0107).
 */
export function contactText(gemeenteName: string, sender: LetterSender = {}, reference?: string, opening = 'Heeft u vragen? Neem dan'): string {
  const who = present(sender.contactName) ? sender.contactName.trim() : present(sender.department) ? sender.department.trim() : `de gemeente ${gemeenteName}`;
  const ways = [present(sender.phone) ? `telefonisch via ${sender.phone.trim()}` : null, present(sender.email) ? `per e-mail via ${sender.email.trim()}` : null].filter((w): w is string => w !== null);
  const how = ways.length === 0 ? '' : `, ${ways.join(' of ')}`;
  const kenmerk = present(reference) ? ` Noem daarbij het kenmerk ${reference.trim()}.` : '';
  return `${opening} contact op met ${who}${how}.${kenmerk}`;
}

/** A telephone number to call, or null when the settings have none. */
export const phoneOf = (sender: LetterSender = {}): string | null => (present(sender.phone) ? sender.phone.trim() : null);

/**
 * The bezwaar clause of a besluit (Awb 6:4, 6:5, 6:7): the term, where to send it (the bezwaar
 * address of the settings, else the postal address, else the college) and the kenmerk to mention.
 */
export function objectionClause(gemeenteName: string, sender: LetterSender, weeks: number, reference: string): { heading: string; text: string } {
  const kenmerk = present(reference) ? ` en het kenmerk ${reference.trim()}` : ' en het kenmerk van dit besluit';
  return {
    heading: 'Bezwaar maken',
    text: `Bent u het niet eens met dit besluit? Dan kunt u binnen ${weeks} weken na de dag waarop dit besluit is verzonden bezwaar maken (artikel 6:7 Algemene wet bestuursrecht). Stuur uw bezwaarschrift naar ${objectionRecipient(gemeenteName, sender)}. Zet in uw bezwaarschrift uw naam en adres, de datum, de datum van dit besluit${kenmerk}, en waarom u het er niet mee eens bent. Onderteken uw bezwaarschrift (artikel 6:5 Algemene wet bestuursrecht).`,
  };
}
