// The invitation sent through the API takes what the file and the gemeente's settings know: the
// case number as kenmerk, the contact block, the addressee's address, the interpreter on file and a
// reply date before the appointment (ADR 0106, 0107).
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asSystem } from '../../src/db/scope.ts';
import { caseMeetings, gemeenten } from '../../src/db/schema.ts';
import { createGemeente, createTestKoers, loginAs, type Client, type GemeenteFixture, type TestKoers } from '../support/koers.ts';
import { createCase, documentOf, setCaseFields } from '../intake/support.ts';
import { flowing, pdfPages } from '../support/pdf-text.ts';

const now = new Date('2026-11-23T10:00:00Z');
let koers: TestKoers;
let g: GemeenteFixture;
let regisseur: Client;

beforeAll(async () => {
  koers = await createTestKoers({ now: () => now });
  g = await createGemeente(koers.database, 'Briefgemeente');
  await asSystem(koers.database.db, (tx) =>
    tx
      .update(gemeenten)
      .set({ settings: { letter: { department: 'Team Inburgering', contactName: 'mevrouw J. Bakker', phone: '0529 123 456', email: 'inburgering@brief.demo', objectionAddress: 'Postbus 35\n7720 AA Dalfsen' } } })
      .where(eq(gemeenten.id, g.gemeenteId)),
  );
  regisseur = await loginAs(koers.app, g.users.trajectregisseur.email);
});
afterAll(() => koers.close());

async function invite(caseId: string): Promise<string> {
  const response = await regisseur.post(`/api/cases/${caseId}/intake/invitations`, { respondBy: '2026-12-12', appointmentAt: '2026-12-10T10:00:00+01:00', location: 'Gemeentehuis' });
  expect(response.statusCode, response.body).toBe(201);
  const letter = await documentOf(koers.database, response.json<{ documentId: string }>().documentId);
  return flowing((await pdfPages(letter?.content ?? Buffer.alloc(0))).join('\n'));
}

describe('the invitation from the file', () => {
  it('uses the case number, the settings, the address and the interpreter the case records', async () => {
    const caseId = await createCase(regisseur, g.gemeenteId, 'Tesfay');
    await setCaseFields(koers.database, caseId, { interpreterNeeded: true, preferredLanguage: 'Tigrinya', address: 'Kerkstraat 1, 7721 AD Dalfsen' });
    const caseNumber = (await regisseur.get(`/api/cases/${caseId}`)).json<{ caseNumber: string }>().caseNumber;
    expect(caseNumber).toMatch(/^INB-2026-\d{6}$/);
    const text = await invite(caseId);
    expect(text).toContain(`Kenmerk: ${caseNumber}`);
    expect(text).toContain('Kerkstraat 1 7721 AD Dalfsen');
    expect(text).toContain('Contact: mevrouw J. Bakker');
    expect(text).toContain(`Neem dan contact op met mevrouw J. Bakker, telefonisch via 0529 123 456 of per e-mail via inburgering@brief.demo. Noem daarbij het kenmerk ${caseNumber}.`);
    expect(text).toContain('Laat het ons dan uiterlijk 8 december 2026 weten');
    expect(text).toContain('Bij het gesprek is een tolk Tigrinya aanwezig.');
    expect(text).not.toContain('Heeft u een tolk nodig?');
  });

  it('a meeting with an interpreter names its language; without anything on file the letter asks', async () => {
    const withMeeting = await createCase(regisseur, g.gemeenteId, 'Omar');
    await asSystem(koers.database.db, (tx) => tx.insert(caseMeetings).values({ caseId: withMeeting, gemeenteId: g.gemeenteId, kind: 'kennismaking', interpreter: true, interpreterLanguage: 'Somalisch' }));
    expect(await invite(withMeeting)).toContain('Bij het gesprek is een tolk Somalisch aanwezig.');
    expect(await invite(await createCase(regisseur, g.gemeenteId, 'Karimi'))).toContain('Heeft u een tolk nodig? Laat het ons weten.');
  });
});
