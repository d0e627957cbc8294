// One letter of every kind that has a translated summary (ADR 0164), with its summary key: the
// fixtures of the summary tests. Facts are chosen so that each is recognisable in any language
// (years, amounts, hours).
import type { Letter } from '../../src/documents/letter-pdf.ts';
import { invitationLetter, warningLetter } from '../../src/documents/intake-letters.ts';
import { buildPipLetter, type PipLetterInput } from '../../src/documents/pip-beschikking.ts';
import { buildPipWithdrawalLetter } from '../../src/documents/pip-withdrawal-letter.ts';
import { buildTermExtensionLetter, type TermExtensionLetterInput } from '../../src/documents/term-extension-letter.ts';
import { buildPvtCertificate } from '../../src/documents/pvt-certificate.ts';
import { buildHandBackLetter } from '../../src/documents/ontzorgen-handback-letter.ts';
import { buildBoetebeschikking, buildHandhavingWarningLetter, buildVoornemenLetter, type HandhavingLetterBase } from '../../src/documents/handhaving-letters.ts';
import { buildBezwaarDecisionLetter } from '../../src/documents/bezwaar-decision-letter.ts';
import type { SummaryKey } from '../../src/documents/summaries/summary.ts';

const gemeenteName = 'Dordrecht';
const caseNumber = 'INB-2026-000123';
const intakePerson = { givenNames: 'Rania', familyName: 'Haddad', address: 'Kerkstraat 1\n3311 AA Dordrecht' };
const person = { name: 'Rania Haddad', familyName: 'Haddad', address: intakePerson.address };

const pip: PipLetterInput = {
  kind: 'beschikking', gemeenteName, person, caseNumber, version: 1, issuedOn: '2026-11-23', issuerName: 'T. Regisseur',
  route: 'B1', level: null, a2Skills: [], intensity: null, hoursPerWeek: 16, estimatedB1Intensity: null, motivation: {},
  support: null, pvtIntensity: null, mapIntensity: null, mapThemesOmitted: [], vve: null, participation: null, participatiewet: null,
  relief: null, progressMeetings: 4, change: null, term: { start: '2026-11-24', endExclusive: '2029-11-24' }, objectionPeriodWeeks: 6,
};

const extension: TermExtensionLetterInput = {
  gemeenteName, person, caseNumber, requestedOn: '2029-06-01', groundText: 'Ziekte', decision: 'toegekend', decidedOn: '2029-07-01',
  months: 9, previousEndExclusive: '2029-11-24', newEndExclusive: '2030-08-24', motivation: 'DUO heeft de verlenging toegekend.', issuerName: 'T. Regisseur',
};

const handhaving: HandhavingLetterBase = {
  gemeenteName, person: intakePerson, caseNumber, date: '2027-03-01', article: 22, groundText: 'u niet bent verschenen op de brede intake',
  establishedOn: '2027-02-15', facts: '', issuerName: 'T. Regisseur',
};

export interface Fixture {
  key: SummaryKey;
  letter: Letter;
  /** Facts that must be on the summary page in every language (digits only: same in every script). */
  digits: string[];
}

export const fixtures: Fixture[] = [
  {
    key: 'intake-uitnodiging',
    letter: invitationLetter({ gemeenteName, person: intakePerson, caseReference: caseNumber, date: '2026-11-23', sequence: 1, respondBy: '2026-12-12', appointment: { date: '2026-12-10', text: '10 december 2026 om 10:30' }, location: null, interpreter: null }),
    digits: ['2026', '10:30'],
  },
  {
    key: 'intake-waarschuwing',
    letter: warningLetter({ gemeenteName, person: intakePerson, caseReference: caseNumber, date: '2026-12-14', sequence: 1, sentOn: '2026-11-23', respondBy: '2026-12-12', outcome: 'no-show', newRespondBy: '2027-01-08' }),
    digits: ['2027'],
  },
  { key: 'pip-beschikking', letter: buildPipLetter(pip), digits: ['B1', '16', '2029', '6'] },
  { key: 'pip-advies', letter: buildPipLetter({ ...pip, kind: 'advies' }), digits: ['B1', '16', '2029'] },
  {
    key: 'pip-intrekking',
    letter: buildPipWithdrawalLetter({ kind: 'beschikking', gemeenteName, person, caseNumber, version: 1, pipIssuedOn: '2026-11-23', withdrawnOn: '2027-02-01', reasonText: 'het PIP onjuist is vastgesteld', note: null, issuerName: 'T. Regisseur', objectionPeriodWeeks: 6 }),
    digits: ['2026', '2027', '6'],
  },
  { key: 'verlenging-toegekend', letter: buildTermExtensionLetter(extension), digits: ['9', '2030'] },
  { key: 'verlenging-afgewezen', letter: buildTermExtensionLetter({ ...extension, decision: 'afgewezen', newEndExclusive: null }), digits: ['2029'] },
  {
    key: 'pvt-certificaat',
    letter: buildPvtCertificate({ gemeenteName, person, caseNumber, signedOn: '2027-04-12', groupName: 'Groep A', providerName: 'Taalhuis', hoursAttended: 12 }),
    digits: ['2027', '12'],
  },
  {
    key: 'ontzorgen-teruggave',
    letter: buildHandBackLetter({
      gemeenteName, person, caseNumber, fromDate: '2027-09-01', writtenOn: '2027-08-15', issuerName: 'T. Regisseur',
      costs: [
        { id: 'huur', kind: 'huur', payeeName: 'Woonbron', iban: 'NL91ABNA0417164300', reference: '123', amountCents: 65000, dayOfMonth: 1 },
        { id: 'energie', kind: 'energie', payeeName: 'Eneco', iban: 'NL91ABNA0417164300', reference: '', amountCents: 9000, dayOfMonth: 15 },
        { id: 'zorg', kind: 'zorgverzekering', payeeName: 'Zilveren Kruis', iban: 'NL91ABNA0417164300', reference: '', amountCents: 14000, dayOfMonth: 1 },
      ],
    }),
    digits: ['2027', '3'],
  },
  { key: 'handhaving-waarschuwing', letter: buildHandhavingWarningLetter({ ...handhaving, respondBy: '2027-03-15' }), digits: ['2027'] },
  {
    key: 'handhaving-voornemen',
    letter: buildVoornemenLetter({ ...handhaving, amountCents: 34000, steps: [], motivation: 'Geen bijzondere omstandigheden.', zienswijzeBy: '2027-03-29', warningSentOn: null }),
    digits: ['340', '2027'],
  },
  {
    key: 'handhaving-boete',
    letter: buildBoetebeschikking({ ...handhaving, amountCents: 34000, steps: [], voornemenOn: '2027-03-01', zienswijze: null, decisionReason: null, newDeadline: '2027-05-31', objectionPeriodWeeks: 6 }),
    digits: ['340', '2027', '6'],
  },
  {
    key: 'beslissing-op-bezwaar',
    letter: buildBezwaarDecisionLetter({ ...handhaving, outcome: 'deels-gegrond', beschikkingOn: '2027-04-01', receivedOn: '2027-04-20', imposedCents: 34000, newAmountCents: 17000, steps: [], motivation: '' }),
    digits: ['340', '170'],
  },
];
