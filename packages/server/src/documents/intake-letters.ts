// Letters of the brede intake (art. 14 lid 1 Wet inburgering 2021): the invitation with a term and
// the written warning after a no-show or insufficient cooperation. Dutch, rendered with renderLetterPdf.
import type { PortaalLanguage } from '@koers/domain';
import { dutchDate, renderLetterPdf, type Letter } from './letter-pdf.ts';
import { replyDeadline } from './reply-deadline.ts';
import { contactText, phoneOf, signatoryText, type LetterSender } from './sender.ts';

export interface IntakeLetterPerson {
  givenNames: string;
  familyName: string;
  address: string | null;
}

export interface IntakeLetterBase {
  gemeenteName: string;
  /** The gemeente's letter settings; absent = name only, signed by the college. */
  sender?: LetterSender;
  person: IntakeLetterPerson;
  /** The case number, the letter's kenmerk (e.g. "INB-2026-000123"). */
  caseReference: string;
  /** Date of the letter (ISO). */
  date: string;
}

/**
 * What the file already knows about an interpreter: null — nothing (the letter asks); otherwise one
 * is arranged, for `language` when the file records it.
 */
export type InterpreterOnFile = { language: string | null } | null;

export interface InvitationLetterInput extends IntakeLetterBase {
  sequence: number;
  respondBy: string;
  /** The appointment: its date (ISO, Dutch time) and the same moment formatted, e.g. "4 december 2026 om 10:00". */
  appointment: { date: string; text: string } | null;
  location: string | null;
  interpreter: InterpreterOnFile;
}

export interface WarningLetterInput extends IntakeLetterBase {
  /** The invitation that failed. */
  sequence: number;
  sentOn: string;
  respondBy: string;
  outcome: 'no-show' | 'insufficient-cooperation';
  /** The new deadline of the repeat invitation sent with this warning. */
  newRespondBy: string;
}

const law = 'artikel 14, eerste lid, van de Wet inburgering 2021';

function common(input: IntakeLetterBase): Pick<Letter, 'gemeenteName' | 'sender' | 'recipient' | 'dateText' | 'reference' | 'salutation' | 'closing' | 'signatory'> {
  return {
    gemeenteName: input.gemeenteName,
    ...(input.sender ? { sender: input.sender } : {}),
    recipient: { name: `${input.person.givenNames} ${input.person.familyName}`, address: input.person.address },
    dateText: dutchDate(input.date),
    reference: input.caseReference,
    salutation: `Beste ${input.person.givenNames} ${input.person.familyName},`,
    closing: 'Met vriendelijke groet,',
    signatory: signatoryText(input.gemeenteName, input.sender),
  };
}

function contactBlock(input: IntakeLetterBase) {
  return { heading: 'Vragen?', text: contactText(input.gemeenteName, input.sender, input.caseReference) };
}

/** The interpreter paragraph: what the file records is used; only when it records nothing do we ask. */
export function interpreterText(interpreter: InterpreterOnFile): string {
  if (interpreter === null) return 'Heeft u een tolk nodig? Laat het ons weten. Wij regelen dan een tolk.';
  if (interpreter.language === null) return 'Bij het gesprek is een tolk aanwezig. Wij regelen dat voor u. Laat ons weten welke taal u het best spreekt.';
  return `Bij het gesprek is een tolk ${interpreter.language} aanwezig. Wij regelen dat voor u; u hoeft daarvoor niets te doen.`;
}

/**
 * The appointment and how to cancel it: a reply deadline strictly before the appointment; when the
 * appointment is too close for that, a request to call (or contact) us before it.
 */
function appointmentText(input: InvitationLetterInput): string {
  const place = input.location ? `, op deze plaats: ${input.location}` : '';
  if (input.appointment === null) {
    return `Neem uiterlijk ${dutchDate(input.respondBy)} contact met ons op om een afspraak te maken${input.location ? ` (plaats: ${input.location})` : ''}.`;
  }
  const replyBy = replyDeadline(input.date, input.appointment.date);
  const phone = phoneOf(input.sender);
  const cannotCome =
    replyBy !== null
      ? `Kunt u niet? Laat het ons dan uiterlijk ${dutchDate(replyBy)} weten. Dan maken wij een nieuwe afspraak met u.`
      : phone !== null
        ? `Kunt u niet? Bel ons dan zo snel mogelijk, in elk geval vóór de afspraak, op ${phone}. Dan maken wij een nieuwe afspraak met u.`
        : 'Kunt u niet? Neem dan zo snel mogelijk, in elk geval vóór de afspraak, contact met ons op. Dan maken wij een nieuwe afspraak met u.';
  return `Uw afspraak is op ${input.appointment.text}${place}. ${cannotCome}`;
}

export function invitationLetter(input: InvitationLetterInput): Letter {
  const repeat = input.sequence > 1;
  const time = input.appointment ? /(\d{1,2}:\d{2})/.exec(input.appointment.text)?.[1] : undefined;
  return {
    ...common(input),
    summary: {
      key: 'intake-uitnodiging',
      facts: input.appointment
        ? { meetingDate: { date: input.appointment.date }, ...(time ? { meetingTime: { time } } : {}) }
        : { respondDate: { date: input.respondBy } },
    },
    subject: repeat ? `Herhaalde uitnodiging brede intake (oproep ${input.sequence})` : 'Uitnodiging brede intake',
    blocks: [
      {
        text: repeat
          ? `U heeft eerder een uitnodiging voor de brede intake gekregen, maar de brede intake heeft nog niet plaatsgevonden. Daarom nodigen wij u opnieuw uit (${law}). Dit is oproep ${input.sequence}.`
          : `U bent inburgeringsplichtig. Samen met u maakt de gemeente een Plan Inburgering en Participatie (PIP). Daarvoor voeren wij eerst een brede intake met u. Wij nodigen u daarvoor uit (${law}).`,
      },
      { heading: 'Uw afspraak', text: appointmentText(input) },
      ...(input.appointment === null ? [{ heading: 'Uiterlijk reageren', text: `U moet uiterlijk ${dutchDate(input.respondBy)} reageren.` }] : []),
      {
        heading: 'Wat bespreken we?',
        text: 'Uw opleiding en werkervaring, uw persoonlijke omstandigheden (ook uw gezondheid), uw gezin en sociale contacten, mogelijkheden voor voorschoolse educatie van uw kinderen, uw taalniveau, uw kansen op werk en hoe zelfredzaam u bent. Ook maken wij een afspraak voor de leerbaarheidstoets.',
      },
      { heading: 'Tolk', text: interpreterText(input.interpreter) },
      { heading: 'Alleen gesproken worden', text: 'U heeft het recht om het gesprek alleen te voeren, zonder uw partner of familieleden.' },
      {
        heading: 'Wat gebeurt er als u niet komt?',
        text: 'Komt u niet of werkt u niet mee, dan krijgt u een schriftelijke waarschuwing en een nieuwe uitnodiging. Komt u daarna opnieuw niet, dan kan de gemeente u een boete opleggen (artikel 22 van de Wet inburgering 2021). Na drie uitnodigingen voert de gemeente de brede intake zonder u uit.',
      },
      contactBlock(input),
    ],
  };
}

export function warningLetter(input: WarningLetterInput): Letter {
  const what = input.outcome === 'no-show' ? 'bent u niet verschenen en heeft u niet gereageerd' : 'heeft u onvoldoende meegewerkt aan de brede intake';
  return {
    ...common(input),
    subject: `Schriftelijke waarschuwing brede intake (oproep ${input.sequence})`,
    summary: { key: 'intake-waarschuwing', facts: { respondDate: { date: input.newRespondBy } } },
    blocks: [
      {
        text: `Op ${dutchDate(input.sentOn)} hebben wij u uitgenodigd voor de brede intake. U moest uiterlijk ${dutchDate(input.respondBy)} reageren of verschijnen. Helaas ${what}.`,
      },
      { heading: 'Waarschuwing', text: `Met deze brief geven wij u een schriftelijke waarschuwing (${law}).` },
      {
        heading: 'Nieuwe uitnodiging',
        text: `U krijgt tegelijk met deze brief een nieuwe uitnodiging. U moet uiterlijk ${dutchDate(input.newRespondBy)} reageren of verschijnen.`,
      },
      {
        heading: 'Gevolgen',
        text: 'Komt u na deze waarschuwing opnieuw niet, of werkt u opnieuw niet mee, dan kan de gemeente u een boete opleggen (artikel 22 van de Wet inburgering 2021). Na drie uitnodigingen voert de gemeente de brede intake zonder u uit.',
      },
      { heading: 'Vragen?', text: contactText(input.gemeenteName, input.sender, input.caseReference, 'Heeft u een goede reden waarom u niet kon komen? Neem dan zo snel mogelijk') },
    ],
  };
}

export const renderInvitationLetter = (input: InvitationLetterInput, language?: PortaalLanguage | null): Promise<Buffer> => renderLetterPdf(invitationLetter(input), language);
export const renderWarningLetter = (input: WarningLetterInput, language?: PortaalLanguage | null): Promise<Buffer> => renderLetterPdf(warningLetter(input), language);
