// The contactjournaal of a case and the kinds of documents a trajectregisseur uploads (issue 12).
// Codes only; the screens carry the Dutch labels. No legal article prescribes these lists: they
// follow the contacts and documents of the process (domain/process.md, "Begeleiding").
import { isAfter, isBefore } from '../rules/dates.ts';

export const journalKinds = [
  'gesprek-op-locatie',
  'telefoon',
  'e-mail',
  'videobellen',
  'brief',
  'huisbezoek',
  'overleg-partner',
  'overig',
] as const;
export type JournalKind = (typeof journalKinds)[number];

/** Limits of an entry's free text (characters). */
export const journalLimits = { withWhom: 200, text: 10_000 } as const;

/**
 * The earliest contact date Koers accepts: the Wet inburgering 2021 was published in 2021 and its
 * first gemeentelijke contacts (voorbereiding) date from that year; older dates are typing errors.
 */
export const earliestContactOn = '2021-01-01';

export type ContactDateProblem = 'toekomst' | 'te-vroeg';

/** A contact date is not in the future and not before 2021 (accurate records: art. 5 lid 1 sub d AVG). */
export function contactDateProblem(contactOn: string, today: string): ContactDateProblem | undefined {
  if (isAfter(contactOn, today)) return 'toekomst';
  if (isBefore(contactOn, earliestContactOn)) return 'te-vroeg';
  return undefined;
}

export const uploadedDocumentKinds = [
  'bijstandsbesluit',
  'bezwaarschrift',
  'rapportage',
  'diploma-certificaat',
  'medische-verklaring',
  'correspondentie',
  'overig',
] as const;
export type UploadedDocumentKind = (typeof uploadedDocumentKinds)[number];

/** Kinds that hold special categories of personal data (health, art. 9 AVG): only for case:read-sensitive. */
export function isSensitiveDocumentKind(kind: string): boolean {
  return kind === 'medische-verklaring';
}
