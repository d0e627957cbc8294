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
