// The certificate of the participatieverklaringstraject (seed 002: "overhandiging certificaat door de
// wethouder"): a one-page PDF that the person signed the participatieverklaring on a day, in a group.
import type { Letter } from './letter-pdf.ts';
import { dutchDate } from './letter-pdf.ts';
import { signatoryText, type LetterSender } from './sender.ts';

export interface PvtCertificateInput {
  gemeenteName: string;
  sender?: LetterSender;
  person: { name: string; address: string | null };
  caseNumber: string | null;
  signedOn: string;
  groupName: string;
  providerName: string;
  hoursAttended: number;
}

export function buildPvtCertificate(input: PvtCertificateInput): Letter {
  const hours = String(input.hoursAttended).replace('.', ',');
  return {
    gemeenteName: input.gemeenteName,
    ...(input.sender ? { sender: input.sender } : {}),
    recipient: { name: input.person.name, address: input.person.address },
    dateText: dutchDate(input.signedOn),
    ...(input.caseNumber ? { reference: input.caseNumber } : {}),
    subject: 'Certificaat participatieverklaringstraject',
    salutation: `Beste ${input.person.name},`,
    blocks: [
      {
        heading: 'Participatieverklaring ondertekend',
        text: `Op ${dutchDate(input.signedOn)} heeft u de participatieverklaring ondertekend. Daarmee heeft u het participatieverklaringstraject afgerond (artikel 6 lid 1 onderdeel a Wet inburgering 2021 en artikel 3.1 Besluit inburgering 2021).`,
      },
      {
        heading: 'Het traject',
        text: `U volgde het traject in de groep ${input.groupName}, verzorgd door ${input.providerName}. U was aanwezig bij bijeenkomsten van samen ${hours} uur over de kernwaarden van de Nederlandse samenleving.`,
      },
      { heading: 'DUO', text: 'Wij geven de datum van ondertekening door aan DUO.' },
    ],
    summary: { key: 'pvt-certificaat', facts: { signedDate: { date: input.signedOn }, hours: { count: input.hoursAttended } } },
    closing: 'Gefeliciteerd!',
    signatory: signatoryText(input.gemeenteName, input.sender),
  };
}
