// Every letter kind rendered to PDF and read back as text (pdfjs-dist), as the person receives it:
// kenmerk, contact details, a reply date before the appointment, the interpreter the file records,
// the bezwaar address and term, one intensity line, and the signature on the page of the closing.
import { describe, expect, it } from 'vitest';
import { renderInvitationLetter, renderWarningLetter, type InvitationLetterInput } from '../../src/documents/intake-letters.ts';
import { renderLetterPdf } from '../../src/documents/letter-pdf.ts';
import { buildPipLetter, intensityText, type PipLetterInput } from '../../src/documents/pip-beschikking.ts';
import { buildPipWithdrawalLetter, type PipWithdrawalLetterInput } from '../../src/documents/pip-withdrawal-letter.ts';
import { workdaysBefore } from '@koers/domain';
import { replyDeadline } from '../../src/documents/reply-deadline.ts';
import type { LetterSender } from '../../src/documents/sender.ts';
import { flowing, pdfPages } from '../support/pdf-text.ts';

const sender: LetterSender = {
  department: 'Sociale Dienst Drechtsteden, team Inburgering',
  contactName: 'Team Inburgering',
  visitingAddress: 'Spuiboulevard 300\n3311 GR Dordrecht',
  postalAddress: 'Postbus 1000\n3300 BA Dordrecht',
  phone: '078 123 4567',
  email: 'inburgering@drechtsteden.demo',
  signatoryName: 'M. de Wit',
  signatoryFunction: 'Manager Inburgering',
  objectionAddress: 'College van burgemeester en wethouders van Dordrecht\nt.a.v. Bezwaar en Beroep\nPostbus 1000\n3300 BA Dordrecht',
};
const kenmerk = 'INB-2026-000123';
const person = { givenNames: 'Amanuel', familyName: 'Tesfay', address: 'Kerkstraat 1\n3311 AA Dordrecht' };

const invitation: InvitationLetterInput = {
  gemeenteName: 'Dordrecht',
  sender,
  person,
  caseReference: kenmerk,
  date: '2026-11-23',
  sequence: 1,
  respondBy: '2026-12-12',
  appointment: { date: '2026-12-10', text: '10 december 2026 om 10:00' },
  location: 'Stadskantoor, Spuiboulevard 300',
  interpreter: { language: 'Tigrinya' },
};

const months = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
/** "8 december 2026" → "2026-12-08". */
const isoOf = (dutch: string): string => {
  const [d, m, y] = dutch.split(' ');
  return `${y}-${String(months.indexOf(m ?? '') + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
};

const text = async (pdf: Buffer) => flowing((await pdfPages(pdf)).join('\n'));
/** The page (0-based) on which `phrase` starts, or -1. */
const pageOf = (pages: string[], phrase: string) => pages.findIndex((p) => flowing(p).includes(phrase));

function expectContactAndKenmerk(body: string) {
  expect(body).toContain(`Kenmerk: ${kenmerk}`);
  expect(body).toContain('Contact: Team Inburgering');
  expect(body).toContain('Telefoon: 078 123 4567');
  expect(body).toContain('E-mail: inburgering@drechtsteden.demo');
  expect(body).toContain('Bezoekadres: Spuiboulevard 300, 3311 GR Dordrecht');
  expect(body).toContain(`Neem dan contact op met Team Inburgering, telefonisch via 078 123 4567 of per e-mail via inburgering@drechtsteden.demo. Noem daarbij het kenmerk ${kenmerk}.`);
}

describe('the invitation for the brede intake (PDF)', () => {
  it('has the kenmerk, the contact block, the address block, a reply date before the appointment and the interpreter on file', async () => {
    const body = await text(await renderInvitationLetter(invitation));
    expectContactAndKenmerk(body);
    expect(body).toContain('Amanuel Tesfay Kerkstraat 1 3311 AA Dordrecht');
    const reply = /Laat het ons dan uiterlijk (\d+ \w+ \d{4}) weten/.exec(body)?.[1];
    expect(reply).toBe('8 december 2026');
    expect(isoOf(reply ?? '') < '2026-12-10').toBe(true);
    expect(body).not.toContain('uiterlijk 12 december');
    expect(body).toContain('Bij het gesprek is een tolk Tigrinya aanwezig. Wij regelen dat voor u');
    expect(body).not.toContain('Heeft u een tolk nodig?');
  });

  it('asks about an interpreter only when the file records none; "tolk nodig" without a language promises one', async () => {
    expect(await text(await renderInvitationLetter({ ...invitation, interpreter: null }))).toContain('Heeft u een tolk nodig? Laat het ons weten.');
    const noLanguage = await text(await renderInvitationLetter({ ...invitation, interpreter: { language: null } }));
    expect(noLanguage).toContain('Bij het gesprek is een tolk aanwezig.');
    expect(noLanguage).not.toContain('Heeft u een tolk nodig?');
  });

  it('an appointment too close for a written reply: no reply date, but call us before the appointment', async () => {
    const close = await text(await renderInvitationLetter({ ...invitation, appointment: { date: '2026-11-26', text: '26 november 2026 om 10:00' } }));
    expect(close).not.toMatch(/Laat het ons dan uiterlijk/);
    expect(close).toContain('Bel ons dan zo snel mogelijk, in elk geval vóór de afspraak, op 078 123 4567.');
    const noPhone = await text(await renderInvitationLetter({ ...invitation, sender: {}, appointment: { date: '2026-11-26', text: '26 november 2026 om 10:00' } }));
    expect(noPhone).toContain('Neem dan zo snel mogelijk, in elk geval vóór de afspraak, contact met ons op.');
  });

  it('without an appointment: the term to make one; without settings the gemeente itself is the contact', async () => {
    const body = await text(await renderInvitationLetter({ ...invitation, sender: {}, appointment: null }));
    expect(body).toContain('Neem uiterlijk 12 december 2026 contact met ons op om een afspraak te maken');
    expect(body).toContain(`Neem dan contact op met de gemeente Dordrecht. Noem daarbij het kenmerk ${kenmerk}.`);
  });

  it('the reply deadline is always strictly before the appointment, or absent', () => {
    for (let d = 1; d <= 60; d++) {
      const appointment = new Date(Date.UTC(2026, 10, 23 + d)).toISOString().slice(0, 10);
      const deadline = replyDeadline('2026-11-23', appointment);
      if (deadline !== null) {
        expect(deadline < appointment).toBe(true);
        expect(deadline >= '2026-11-26').toBe(true);
      }
    }
    expect(workdaysBefore('2026-12-07', 2)).toBe('2026-12-03'); // Monday → Thursday
  });
});

describe('the written warning (PDF)', () => {
  it('has the kenmerk and the contact details', async () => {
    const body = await text(
      await renderWarningLetter({ gemeenteName: 'Dordrecht', sender, person, caseReference: kenmerk, date: '2026-11-23', sequence: 1, sentOn: '2026-11-02', respondBy: '2026-11-16', outcome: 'no-show', newRespondBy: '2026-12-18' }),
    );
    expect(body).toContain(`Kenmerk: ${kenmerk}`);
    expect(body).toContain('Heeft u een goede reden waarom u niet kon komen? Neem dan zo snel mogelijk contact op met Team Inburgering, telefonisch via 078 123 4567');
    expect(body).toContain('uiterlijk 18 december 2026');
  });
});

const pip: PipLetterInput = {
  kind: 'beschikking',
  gemeenteName: 'Dordrecht',
  sender,
  person: { name: 'Amanuel Tesfay', familyName: 'Tesfay', address: person.address },
  caseNumber: kenmerk,
  version: 1,
  issuedOn: '2026-11-23',
  issuerName: 'T. Regisseur',
  route: 'B1',
  level: null,
  a2Skills: [],
  intensity: '16 uur per week',
  hoursPerWeek: 16,
  estimatedB1Intensity: 900,
  motivation: { B1: 'Haalbaar volgens de leerbaarheidstoets.', Z: 'Niet nodig: de toets wijst op B1.' },
  support: 'Maandelijks gesprek met de trajectregisseur en maatschappelijke begeleiding door VluchtelingenWerk.',
  pvtIntensity: 'Vier bijeenkomsten van drie uur.',
  mapIntensity: '64 uur, in groepsverband.',
  mapThemesOmitted: [],
  vve: null,
  participation: 'Vrijwilligerswerk bij de voedselbank, twee dagdelen per week.',
  participatiewet: null,
  relief: null,
  progressMeetings: 4,
  change: null,
  term: { start: '2026-11-24', endExclusive: '2029-11-24' },
  objectionPeriodWeeks: 6,
};

const pipHeadings = ['Ons besluit', '1. Leerroute', 'Motivering van de leerroute', '2. Ondersteuning en begeleiding', '3. Participatieverklaringstraject (PVT)', '4. Module Arbeidsmarkt en Participatie (MAP)', '5. Voor- en vroegschoolse educatie (VVE)', '6. Afspraken over participatie', '7. Besluiten op grond van de Participatiewet', '8. Voortgangsgesprekken', 'Uw inburgeringstermijn', 'Vragen?', 'Bezwaar maken'];

describe('the PIP beschikking (PDF)', () => {
  it('has the kenmerk, one intensity line, the contact details and the bezwaar clause with term, address and kenmerk', async () => {
    const body = await text(await renderLetterPdf(buildPipLetter(pip)));
    expectContactAndKenmerk(body);
    expect(body).toContain('Intensiteit: 16 uur per week.');
    expect(body.match(/16 uur per week/g)).toHaveLength(1);
    expect(body).toContain('binnen 6 weken na de dag waarop dit besluit is verzonden bezwaar maken (artikel 6:7 Algemene wet bestuursrecht)');
    expect(body).toContain('Stuur uw bezwaarschrift naar het college van burgemeester en wethouders van Dordrecht, College van burgemeester en wethouders van Dordrecht, t.a.v. Bezwaar en Beroep, Postbus 1000, 3300 BA Dordrecht.');
    expect(body).toContain(`het kenmerk ${kenmerk}`);
  });

  it('keeps the signature with the closing and every heading with its paragraph, wherever the page ends', async () => {
    // Longer and longer support texts move the closing over the page boundary.
    for (let extra = 0; extra <= 24; extra += 2) {
      const support = `${pip.support ?? ''} ${'Wij bespreken samen hoe het gaat en wat u nodig heeft. '.repeat(extra)}`;
      const pages = await pdfPages(await renderLetterPdf(buildPipLetter({ ...pip, support })));
      const closing = pageOf(pages, 'Met vriendelijke groet,');
      expect(closing, `extra ${extra}`).toBeGreaterThanOrEqual(0);
      expect(pageOf(pages, 'namens dezen, M. de Wit Manager Inburgering'), `extra ${extra}`).toBe(closing);
      for (const page of pages.slice(0, -1)) {
        const lastLine = page.trim().split('\n').at(-1) ?? '';
        expect(pipHeadings, `extra ${extra}: a page ends with a heading`).not.toContain(lastLine.trim());
      }
    }
  });

  it('an advies has the kenmerk and the contact, and no bezwaar', async () => {
    const body = await text(await renderLetterPdf(buildPipLetter({ ...pip, kind: 'advies' })));
    expect(body).toContain(`Kenmerk: ${kenmerk}`);
    expect(body).toContain('Team Inburgering, telefonisch via 078 123 4567');
    expect(body).not.toContain('Bezwaar maken');
  });

  it('intensity: the free text and the hours are said once', () => {
    expect(intensityText('16 uur per week', 16)).toBe('16 uur per week');
    expect(intensityText('Taalles, 16 uur per week.', 16)).toBe('Taalles, 16 uur per week');
    expect(intensityText('Taalles', 16)).toBe('Taalles, 16 uur per week');
    expect(intensityText('Taalles 6 uur, KNM 10 uur', 16)).toBe('Taalles 6 uur, KNM 10 uur, 16 uur per week');
    expect(intensityText(null, 12)).toBe('12 uur per week');
    expect(intensityText('Intensief', null)).toBe('Intensief');
  });
});

describe('the withdrawal of a PIP (PDF)', () => {
  const withdrawal: PipWithdrawalLetterInput = {
    kind: 'beschikking',
    gemeenteName: 'Dordrecht',
    sender,
    person: { name: 'Amanuel Tesfay', familyName: 'Tesfay', address: person.address },
    caseNumber: kenmerk,
    version: 1,
    pipIssuedOn: '2026-05-01',
    withdrawnOn: '2026-11-23',
    reasonText: 'het PIP is onjuist vastgesteld',
    note: null,
    issuerName: 'T. Regisseur',
    objectionPeriodWeeks: 6,
  };

  it('a beschikking: kenmerk, contact, bezwaar with term, address and kenmerk, signature with the closing', async () => {
    const pages = await pdfPages(await renderLetterPdf(buildPipWithdrawalLetter(withdrawal)));
    const body = flowing(pages.join('\n'));
    expectContactAndKenmerk(body);
    expect(body).toContain('binnen 6 weken');
    expect(body).toContain('t.a.v. Bezwaar en Beroep, Postbus 1000, 3300 BA Dordrecht');
    expect(pageOf(pages, 'namens dezen, M. de Wit')).toBe(pageOf(pages, 'Met vriendelijke groet,'));
  });

  it('an advies: no bezwaar', async () => {
    const body = await text(await renderLetterPdf(buildPipWithdrawalLetter({ ...withdrawal, kind: 'advies' })));
    expect(body).toContain(`Kenmerk: ${kenmerk}`);
    expect(body).not.toContain('Bezwaar maken');
  });
});
