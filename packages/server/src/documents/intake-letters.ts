// Letters of the brede intake (art. 14 lid 1 Wet inburgering 2021): the invitation with a term and
// the written warning after a no-show or insufficient cooperation. Dutch, rendered with renderLetterPdf.
import { dutchDate, renderLetterPdf, type Letter } from './letter-pdf.ts';
import { signatoryText, type LetterSender } from './sender.ts';

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
  caseReference: string;
  /** Date of the letter (ISO). */
  date: string;
}

export interface InvitationLetterInput extends IntakeLetterBase {
  sequence: number;
  respondBy: string;
  /** Already formatted, e.g. "4 december 2026 om 10:00". */
  appointmentText: string | null;
  location: string | null;
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

export function invitationLetter(input: InvitationLetterInput): Letter {
  const repeat = input.sequence > 1;
  const appointment =
    input.appointmentText !== null
      ? `Uw afspraak is op ${input.appointmentText}${input.location ? `, op deze plaats: ${input.location}` : ''}. Kunt u niet? Laat het ons dan uiterlijk ${dutchDate(input.respondBy)} weten.`
      : `Neem uiterlijk ${dutchDate(input.respondBy)} contact met ons op om een afspraak te maken${input.location ? ` (plaats: ${input.location})` : ''}.`;
  return {
    ...common(input),
    subject: repeat ? `Herhaalde uitnodiging brede intake (oproep ${input.sequence})` : 'Uitnodiging brede intake',
    blocks: [
      {
        text: repeat
          ? `U heeft eerder een uitnodiging voor de brede intake gekregen, maar de brede intake heeft nog niet plaatsgevonden. Daarom nodigen wij u opnieuw uit (${law}). Dit is oproep ${input.sequence}.`
          : `U bent inburgeringsplichtig. Samen met u maakt de gemeente een Plan Inburgering en Participatie (PIP). Daarvoor voeren wij eerst een brede intake met u. Wij nodigen u daarvoor uit (${law}).`,
      },
      { heading: 'Uw afspraak', text: appointment },
      { heading: 'Uiterlijk reageren', text: `U moet uiterlijk ${dutchDate(input.respondBy)} reageren of verschijnen.` },
      {
        heading: 'Wat bespreken we?',
        text: 'Uw opleiding en werkervaring, uw persoonlijke omstandigheden (ook uw gezondheid), uw gezin en sociale contacten, mogelijkheden voor voorschoolse educatie van uw kinderen, uw taalniveau, uw kansen op werk en hoe zelfredzaam u bent. Ook maken wij een afspraak voor de leerbaarheidstoets.',
      },
      { heading: 'Tolk', text: 'Heeft u een tolk nodig? Laat het ons weten. Wij regelen dan een tolk.' },
      { heading: 'Alleen gesproken worden', text: 'U heeft het recht om het gesprek alleen te voeren, zonder uw partner of familieleden.' },
      {
        heading: 'Wat gebeurt er als u niet komt?',
        text: 'Komt u niet of werkt u niet mee, dan krijgt u een schriftelijke waarschuwing en een nieuwe uitnodiging. Komt u daarna opnieuw niet, dan kan de gemeente u een boete opleggen (artikel 22 van de Wet inburgering 2021). Na drie uitnodigingen voert de gemeente de brede intake zonder u uit.',
      },
    ],
  };
}

export function warningLetter(input: WarningLetterInput): Letter {
  const what = input.outcome === 'no-show' ? 'bent u niet verschenen en heeft u niet gereageerd' : 'heeft u onvoldoende meegewerkt aan de brede intake';
  return {
    ...common(input),
    subject: `Schriftelijke waarschuwing brede intake (oproep ${input.sequence})`,
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
      { heading: 'Vragen?', text: 'Heeft u een goede reden waarom u niet kon komen? Neem dan zo snel mogelijk contact met ons op.' },
    ],
  };
}

export const renderInvitationLetter = (input: InvitationLetterInput): Promise<Buffer> => renderLetterPdf(invitationLetter(input));
export const renderWarningLetter = (input: WarningLetterInput): Promise<Buffer> => renderLetterPdf(warningLetter(input));
