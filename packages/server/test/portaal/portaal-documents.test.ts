// Issue 17 (ADR 0163): the regisseur asks for a document through the portal, the inburgeraar sends a
// file for it (checked like an employee's upload: type from the content, KOERS_UPLOAD_MAX_BYTES →
// 413), it lands in the case's documents with a werkvoorraad item until the regisseur accepts it or
// asks again; and the regisseur answers a portal message, which the portal shows as new until read.
// The portal wall: another case's inburgeraar neither sees nor sends for the request.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asSystem } from '../../src/db/scope.ts';
import { caseDocuments, caseEvents, cases, caseSignals, portaalDocumentRequests, portaalMessages, processingLog } from '../../src/db/schema.ts';
import { anotherApp, createGemeente, createTestKoers, loginAs, type Client, type GemeenteFixture, type TestKoers } from '../support/koers.ts';
import { insertCase, validBsn } from '../support/fixtures.ts';
import { tinyPng } from '../support/images.ts';
import { multipart, tinyPdf } from '../support/multipart.ts';
import { portaalBrowserFor } from '../support/portaal-browser.ts';

let koers: TestKoers;
let a: GemeenteFixture;
let b: GemeenteFixture;
let regisseur: Client;

beforeAll(async () => {
  koers = await createTestKoers();
  a = await createGemeente(koers.database, 'Portaal A');
  b = await createGemeente(koers.database, 'Portaal B');
  regisseur = await loginAs(koers.app, a.users.trajectregisseur.email);
});
afterAll(() => koers.close());

const photo = () => multipart({}, [{ fileName: 'huurcontract.png', contentType: 'image/png', content: tinyPng() }]);
const signalsOf = (caseId: string) => asSystem(koers.database.db, (tx) => tx.select().from(caseSignals).where(eq(caseSignals.caseId, caseId)));
const requestRow = (id: string) => asSystem(koers.database.db, async (tx) => (await tx.select().from(portaalDocumentRequests).where(eq(portaalDocumentRequests.id, id)))[0]);
const portalFilesOf = (caseId: string) => asSystem(koers.database.db, (tx) => tx.select().from(caseDocuments).where(eq(caseDocuments.caseId, caseId)));

async function ask(caseId: string, body: Record<string, unknown> = { description: 'Kopie huurcontract', kind: 'correspondentie', dueOn: '2099-01-15' }): Promise<string> {
  const response = await regisseur.post(`/api/cases/${caseId}/portaal/documentverzoeken`, body);
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ id: string }>().id;
}

interface RequestView {
  id: string;
  description: string;
  state: string;
  againReason: string | null;
  canUpload: boolean;
  files: { id: string; review: string }[];
}

describe('a document asked for through the portal', () => {
  it('the person sees the request, sends a phone photo; it is a case document with a werkvoorraad item until accepted', async () => {
    const caseId = await insertCase(koers.database, a.gemeenteId, { bsn: validBsn() });
    const requestId = await ask(caseId);
    const browser = await portaalBrowserFor(koers, caseId, a.gemeenteId);
    const listed = (await browser.get('/api/portaal/documenten')).json<{ requests: RequestView[] }>();
    expect(listed.requests).toMatchObject([{ id: requestId, description: 'Kopie huurcontract', dueOn: '2099-01-15', state: 'open', canUpload: true, files: [] }]);

    const sent = await browser.upload(`/api/portaal/documenten/${requestId}`, photo());
    expect(sent.statusCode, sent.body).toBe(201);
    expect(sent.json()).toMatchObject({ state: 'ontvangen', files: [{ review: 'wacht' }] });
    const [doc] = await portalFilesOf(caseId);
    expect(doc).toMatchObject({ origin: 'portaal', kind: 'correspondentie', title: 'Kopie huurcontract', mimeType: 'image/png', portaalRequestId: requestId, portaalReview: null, createdBy: null });
    expect((await signalsOf(caseId)).map((s) => s.kind)).toContain('portaal-document');
    // In the case's documents, and in the case part Portaal with the file.
    const documents = (await regisseur.get(`/api/cases/${caseId}/documents`)).json<{ id: string; origin: string }[]>();
    expect(documents).toMatchObject([{ id: doc!.id, origin: 'portaal' }]);
    const inCase = (await regisseur.get(`/api/cases/${caseId}/portaal`)).json<{ documentRequests: { id: string; status: string; version: number; files: { documentId: string }[] }[] }>();
    expect(inCase.documentRequests).toMatchObject([{ id: requestId, status: 'ontvangen', version: 2, files: [{ documentId: doc!.id }] }]);
    // Timeline and processing log of the portal's write.
    const events = await asSystem(koers.database.db, (tx) => tx.select().from(caseEvents).where(eq(caseEvents.caseId, caseId)));
    expect(events.map((e) => e.kind)).toEqual(expect.arrayContaining(['portaal.document-gevraagd', 'portaal.document']));
    const logged = await asSystem(koers.database.db, (tx) => tx.select().from(processingLog).where(eq(processingLog.resourceId, doc!.id)));
    expect(logged.map((l) => l.operationName)).toContain('portaal.uploadDocument');

    // A stale version changes nothing; accepting ends the item and the request.
    expect((await regisseur.patch(`/api/cases/${caseId}/portaal/documentverzoeken/${requestId}`, { version: 1, decision: 'geaccepteerd' })).statusCode).toBe(409);
    expect((await requestRow(requestId))?.status).toBe('ontvangen');
    const accepted = await regisseur.patch(`/api/cases/${caseId}/portaal/documentverzoeken/${requestId}`, { version: 2, decision: 'geaccepteerd' });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect((await signalsOf(caseId)).map((s) => s.kind)).not.toContain('portaal-document');
    const after = (await browser.get('/api/portaal/documenten')).json<{ requests: RequestView[] }>().requests[0];
    expect(after).toMatchObject({ state: 'geaccepteerd', canUpload: false, files: [{ review: 'geaccepteerd' }] });
    const again = await browser.upload(`/api/portaal/documenten/${requestId}`, photo());
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ error: { code: 'VERZOEK_AFGEROND' } });
    expect(await portalFilesOf(caseId)).toHaveLength(1);
  });

  it('asking again needs a reason, which the portal shows; the person sends again and the item returns', async () => {
    const caseId = await insertCase(koers.database, a.gemeenteId, { bsn: validBsn() });
    const requestId = await ask(caseId, { description: 'Bankafschrift' });
    const browser = await portaalBrowserFor(koers, caseId, a.gemeenteId);
    expect((await browser.upload(`/api/portaal/documenten/${requestId}`, photo())).statusCode).toBe(201);
    const noReason = await regisseur.patch(`/api/cases/${caseId}/portaal/documentverzoeken/${requestId}`, { version: 2, decision: 'opnieuw-gevraagd' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json()).toMatchObject({ error: { field: 'reason' } });
    const asked = await regisseur.patch(`/api/cases/${caseId}/portaal/documentverzoeken/${requestId}`, { version: 2, decision: 'opnieuw-gevraagd', reason: 'De foto is onscherp.' });
    expect(asked.statusCode, asked.body).toBe(200);
    expect((await signalsOf(caseId)).map((s) => s.kind)).not.toContain('portaal-document');
    const shown = (await browser.get('/api/portaal/documenten')).json<{ requests: RequestView[] }>().requests[0];
    expect(shown).toMatchObject({ state: 'opnieuw-gevraagd', againReason: 'De foto is onscherp.', canUpload: true, files: [{ review: 'opnieuw-gevraagd' }] });
    const pdf = multipart({}, [{ fileName: 'afschrift.pdf', contentType: 'application/pdf', content: tinyPdf() }]);
    const resent = await browser.upload(`/api/portaal/documenten/${requestId}`, pdf);
    expect(resent.statusCode, resent.body).toBe(201);
    expect(resent.json()).toMatchObject({ state: 'ontvangen', files: [{ review: 'opnieuw-gevraagd' }, { review: 'wacht' }] });
    expect((await signalsOf(caseId)).map((s) => s.kind)).toContain('portaal-document');
  });

  it('a file that is not a PDF, JPEG or PNG is refused (400, the field named) and a file over the limit gets 413; nothing is stored', async () => {
    const caseId = await insertCase(koers.database, a.gemeenteId, { bsn: validBsn() });
    const requestId = await ask(caseId);
    const browser = await portaalBrowserFor(koers, caseId, a.gemeenteId);
    const text = multipart({}, [{ fileName: 'brief.pdf', contentType: 'application/pdf', content: Buffer.from('Gewoon tekst.\n') }]);
    const wrong = await browser.upload(`/api/portaal/documenten/${requestId}`, text);
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json()).toMatchObject({ error: { code: 'VALIDATION_FAILED', field: 'file' } });
    const none = await browser.upload(`/api/portaal/documenten/${requestId}`, multipart({ iets: 'x' }, []));
    expect(none.statusCode).toBe(400);
    const small = await anotherApp(koers, { config: { uploadMaxBytes: 2048 } });
    await small.ready();
    try {
      const smallBrowser = await portaalBrowserFor({ ...koers, app: small }, caseId, a.gemeenteId);
      const big = multipart({}, [{ fileName: 'groot.pdf', contentType: 'application/pdf', content: Buffer.concat([tinyPdf(), Buffer.alloc(4096, 0x20)]) }]);
      const response = await smallBrowser.upload(`/api/portaal/documenten/${requestId}`, big);
      expect(response.statusCode).toBe(413);
      expect(response.json()).toMatchObject({ error: { code: 'PAYLOAD_TOO_LARGE', field: 'file' } });
    } finally {
      await small.close();
    }
    expect(await portalFilesOf(caseId)).toEqual([]);
    expect((await requestRow(requestId))?.status).toBe('open');
  });

  it('a closed case takes no file and no new request', async () => {
    const caseId = await insertCase(koers.database, a.gemeenteId, { bsn: validBsn() });
    const requestId = await ask(caseId);
    const browser = await portaalBrowserFor(koers, caseId, a.gemeenteId);
    // A closing date already set (the use case's own check) …
    await asSystem(koers.database.db, (tx) => tx.update(cases).set({ closedOn: '2026-12-01', closedReason: 'Verhuisd' }).where(eq(cases.id, caseId)));
    expect((await browser.get('/api/portaal/documenten')).json<{ requests: RequestView[] }>().requests[0]?.canUpload).toBe(false);
    const refused = await browser.upload(`/api/portaal/documenten/${requestId}`, photo());
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ error: { code: 'CASE_CLOSED' } });
    expect((await regisseur.post(`/api/cases/${caseId}/portaal/documentverzoeken`, { description: 'Paspoort' })).statusCode).toBe(409);
    // … and the status gesloten, which ends the portal session itself.
    await asSystem(koers.database.db, (tx) => tx.update(cases).set({ status: 'gesloten' }).where(eq(cases.id, caseId)));
    expect((await browser.upload(`/api/portaal/documenten/${requestId}`, photo())).statusCode).toBe(401);
    expect(await portalFilesOf(caseId)).toEqual([]);
    const requests = await asSystem(koers.database.db, (tx) => tx.select().from(portaalDocumentRequests).where(eq(portaalDocumentRequests.caseId, caseId)));
    expect(requests).toMatchObject([{ id: requestId, status: 'open' }]);
  });

  it('the portal wall: the inburgeraar of another case neither sees the request nor sends a file for it', async () => {
    const caseId = await insertCase(koers.database, a.gemeenteId, { bsn: validBsn() });
    const requestId = await ask(caseId);
    const otherCase = await insertCase(koers.database, a.gemeenteId, { bsn: validBsn() });
    const stranger = await portaalBrowserFor(koers, otherCase, a.gemeenteId);
    expect((await stranger.get('/api/portaal/documenten')).json()).toEqual({ requests: [] });
    const response = await stranger.upload(`/api/portaal/documenten/${requestId}`, photo());
    expect(response.statusCode).toBe(404);
    expect(await portalFilesOf(caseId)).toEqual([]);
    expect(await portalFilesOf(otherCase)).toEqual([]);
    expect((await requestRow(requestId))?.status).toBe('open');
  });

  it("another gemeente's regisseur: 404 on the case's requests, and nothing changed", async () => {
    const caseId = await insertCase(koers.database, a.gemeenteId, { bsn: validBsn() });
    const requestId = await ask(caseId);
    const browser = await portaalBrowserFor(koers, caseId, a.gemeenteId);
    expect((await browser.upload(`/api/portaal/documenten/${requestId}`, photo())).statusCode).toBe(201);
    const other = await loginAs(koers.app, b.users.trajectregisseur.email);
    expect((await other.post(`/api/cases/${caseId}/portaal/documentverzoeken`, { description: 'Paspoort' })).statusCode).toBe(404);
    expect((await other.patch(`/api/cases/${caseId}/portaal/documentverzoeken/${requestId}`, { version: 2, decision: 'geaccepteerd' })).statusCode).toBe(404);
    const requests = await asSystem(koers.database.db, (tx) => tx.select().from(portaalDocumentRequests).where(eq(portaalDocumentRequests.caseId, caseId)));
    expect(requests).toMatchObject([{ id: requestId, status: 'ontvangen', version: 2 }]);
  });
});

describe('the regisseur answers a portal message', () => {
  it('the answer is in the conversation, marked new until read; answering handles the message', async () => {
    const caseId = await insertCase(koers.database, a.gemeenteId, { bsn: validBsn() });
    const browser = await portaalBrowserFor(koers, caseId, a.gemeenteId);
    expect((await browser.post('/api/portaal/berichten', { text: 'Wanneer begint mijn les?' })).statusCode).toBe(201);
    const [message] = (await regisseur.get(`/api/cases/${caseId}/portaal`)).json<{ messages: { id: string; version: number }[] }>().messages;
    expect((await regisseur.post(`/api/cases/${caseId}/portaal/berichten/${message!.id}/antwoord`, { version: 9, text: 'Op 5 januari.' })).statusCode).toBe(409);
    const afterStale = await asSystem(koers.database.db, (tx) => tx.select().from(portaalMessages).where(eq(portaalMessages.caseId, caseId)));
    expect(afterStale).toMatchObject([{ id: message!.id, sender: 'inburgeraar', version: 1, handledAt: null }]);
    const empty = await regisseur.post(`/api/cases/${caseId}/portaal/berichten/${message!.id}/antwoord`, { version: 1, text: ' ' });
    expect(empty.statusCode).toBe(400);
    const answered = await regisseur.post(`/api/cases/${caseId}/portaal/berichten/${message!.id}/antwoord`, { version: 1, text: 'Op 5 januari.' });
    expect(answered.statusCode, answered.body).toBe(201);
    expect((await signalsOf(caseId)).map((s) => s.kind)).not.toContain('portaal-bericht');
    expect(await browser.session()).toMatchObject({ unreadAnswers: 1 });
    const conversation = (await browser.get('/api/portaal/berichten')).json<{ messages: { from: string; text: string; read: boolean; answerTo?: string | null }[] }>().messages;
    expect(conversation).toMatchObject([
      { from: 'gemeente', text: 'Op 5 januari.', read: false, answerTo: message!.id },
      { from: 'inburgeraar', text: 'Wanneer begint mijn les?', read: true },
    ]);
    expect((await browser.post('/api/portaal/berichten/gelezen')).statusCode).toBe(200);
    expect(await browser.session()).toMatchObject({ unreadAnswers: 0 });
    expect((await browser.get('/api/portaal/berichten')).json<{ messages: { read: boolean }[] }>().messages[0]?.read).toBe(true);
    // The regisseur's answer cannot itself be answered or handled as if the person sent it.
    const inCase = (await regisseur.get(`/api/cases/${caseId}/portaal`)).json<{ messages: { id: string; from: string; senderName: string | null }[] }>().messages;
    const answer = inCase.find((m) => m.from === 'gemeente');
    expect(answer?.senderName).toMatch(/^trajectregisseur/);
    expect((await regisseur.post(`/api/cases/${caseId}/portaal/berichten/${answer!.id}/antwoord`, { version: 1, text: 'x' })).statusCode).toBe(404);
    expect((await regisseur.patch(`/api/cases/${caseId}/portaal/berichten/${answer!.id}`, { version: 1 })).statusCode).toBe(404);
  });

  it("another gemeente's regisseur cannot answer: 404 and nothing stored; the portal of another case does not see the answer", async () => {
    const caseId = await insertCase(koers.database, a.gemeenteId, { bsn: validBsn() });
    const browser = await portaalBrowserFor(koers, caseId, a.gemeenteId);
    const sent = (await browser.post('/api/portaal/berichten', { text: 'Hallo' })).json<{ id: string }>();
    const other = await loginAs(koers.app, b.users.trajectregisseur.email);
    expect((await other.post(`/api/cases/${caseId}/portaal/berichten/${sent.id}/antwoord`, { version: 1, text: 'Nee' })).statusCode).toBe(404);
    const rows = await asSystem(koers.database.db, (tx) => tx.select().from(portaalMessages).where(eq(portaalMessages.caseId, caseId)));
    expect(rows).toMatchObject([{ id: sent.id, version: 1, handledAt: null }]);
    expect((await regisseur.post(`/api/cases/${caseId}/portaal/berichten/${sent.id}/antwoord`, { version: 1, text: 'Dag!' })).statusCode).toBe(201);
    const otherCase = await insertCase(koers.database, a.gemeenteId, { bsn: validBsn() });
    const stranger = await portaalBrowserFor(koers, otherCase, a.gemeenteId);
    expect((await stranger.get('/api/portaal/berichten')).json()).toEqual({ messages: [] });
    expect(await stranger.session()).toMatchObject({ unreadAnswers: 0 });
  });
});
