// Uploading documents to a case (ADR 0101): the type from the content, the size limit, kinds and
// links, the listing next to generated letters, a logged download with safe headers, removal of a
// mistaken upload with its reason, access per role and another gemeente's case → 404.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asSystem } from '../../src/db/scope.ts';
import { caseDocuments, caseEvents, processingLog, recordHistory } from '../../src/db/schema.ts';
import type { Client} from '../support/koers.ts';
import { anotherApp, createGemeente, createTestKoers, loginAs, type GemeenteFixture, type TestKoers } from '../support/koers.ts';
import { caseInput, insertCase, snapshotOf } from '../support/fixtures.ts';
import { tinyPng } from '../support/images.ts';
import { multipart, tinyPdf, type FilePart } from '../support/multipart.ts';

let koers: TestKoers;
let g: GemeenteFixture;
let other: GemeenteFixture;
let regisseur: Client;
const now = new Date('2026-11-23T10:00:00Z');

interface Doc {
  id: string;
  kind: string;
  title: string;
  description: string | null;
  mimeType: string;
  sizeBytes: number;
  origin: string;
  pipId: string | null;
  objectionId: string | null;
  createdByName: string | null;
}
interface ErrorAnswer {
  error: { code: string; field?: string; message: string };
}

beforeAll(async () => {
  koers = await createTestKoers({ now: () => now });
  g = await createGemeente(koers.database, 'Upload');
  other = await createGemeente(koers.database, 'Ander');
  regisseur = await loginAs(koers.app, g.users.trajectregisseur.email);
});
afterAll(() => koers.close());

async function newCase(): Promise<string> {
  const response = await regisseur.post('/api/cases', { ...caseInput(g.gemeenteId), duoNoticeOn: '2026-10-01', registeredOn: '2026-09-15' });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ id: string }>().id;
}

const pdf: FilePart = { fileName: 'besluit bijstand.pdf', contentType: 'application/pdf', content: tinyPdf() };

function upload(client: Client, caseId: string, fields: Record<string, string>, files: readonly FilePart[] = [pdf]) {
  const body = multipart(fields, files);
  return client.request({ method: 'POST', url: `/api/cases/${caseId}/documents`, payload: body.payload, headers: body.headers });
}

const bijstand = { kind: 'bijstandsbesluit', title: 'Bijstandsbesluit 2026', description: 'Voor het PIP' };

describe('POST /api/cases/:id/documents', () => {
  it('stores a PDF with its kind, lists it next to generated letters with who uploaded it, and writes history, timeline and log', async () => {
    const caseId = await newCase();
    const response = await upload(regisseur, caseId, bijstand);
    expect(response.statusCode, response.body).toBe(201);
    const doc = response.json<Doc>();
    expect(doc).toMatchObject({ kind: 'bijstandsbesluit', title: 'Bijstandsbesluit 2026', mimeType: 'application/pdf', origin: 'geupload', sizeBytes: tinyPdf().length });

    const list = (await regisseur.get(`/api/cases/${caseId}/documents`)).json<Doc[]>();
    expect(list.find((d) => d.id === doc.id)).toMatchObject({ createdByName: expect.stringContaining('trajectregisseur') as unknown, description: 'Voor het PIP' });

    const [history, events, logs] = await asSystem(koers.database.db, async (tx) => [
      await tx.select().from(recordHistory).where(eq(recordHistory.entityId, doc.id)),
      await tx.select().from(caseEvents).where(and(eq(caseEvents.caseId, caseId), eq(caseEvents.kind, 'document.toegevoegd'))),
      await tx.select().from(processingLog).where(and(eq(processingLog.resourceId, doc.id), eq(processingLog.operationName, 'uploadCaseDocument'))),
    ] as const);
    expect(history.map((h) => h.action)).toEqual(['create']);
    expect(events[0]?.summary).toContain('Bijstandsbesluit 2026');
    expect(logs).toHaveLength(1);
  });

  it('a download is logged and served as an attachment with the sniffed type and nosniff; the bytes are the same', async () => {
    const caseId = await newCase();
    const png = tinyPng();
    const doc = (await upload(regisseur, caseId, { kind: 'diploma-certificaat', title: 'Diploma "A2" / Staatsexamen' }, [{ fileName: 'diploma.PNG', contentType: 'image/png', content: png }])).json<Doc>();
    expect(doc.mimeType).toBe('image/png');
    const download = await regisseur.get(`/api/cases/${caseId}/documents/${doc.id}`);
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(png)).toBe(true);
    expect(download.headers['content-type']).toBe('image/png');
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    const disposition = String(download.headers['content-disposition']);
    expect(disposition.startsWith('attachment; filename="Diploma A2 Staatsexamen - ')).toBe(true);
    expect(disposition).toMatch(/\.png"; filename\*=UTF-8''/);
    const logs = await asSystem(koers.database.db, (tx) =>
      tx.select().from(processingLog).where(and(eq(processingLog.resourceId, doc.id), eq(processingLog.operationName, 'downloadCaseDocument'))),
    );
    expect(logs).toHaveLength(1);
    expect(logs[0]?.action).toBe('read');
  });

  it('refuses a file whose content is not PDF, JPEG or PNG, or does not match its name or declared type, at the field "file"', async () => {
    const caseId = await newCase();
    const refused: FilePart[] = [
      { fileName: 'brief.pdf', contentType: 'application/pdf', content: Buffer.from('Dit is gewoon tekst, geen PDF.\n') },
      { fileName: 'foto.pdf', contentType: 'application/pdf', content: tinyPng() },
      { fileName: 'besluit.png', contentType: 'image/png', content: tinyPdf() },
      { fileName: 'besluit.pdf', contentType: 'image/png', content: tinyPdf() },
      { fileName: 'besluit', contentType: 'application/pdf', content: tinyPdf() },
      { fileName: 'leeg.pdf', contentType: 'application/pdf', content: Buffer.alloc(0) },
      { fileName: 'archief.zip', contentType: 'application/zip', content: Buffer.from('504b0304140000000000', 'hex') },
    ];
    for (const file of refused) {
      const response = await upload(regisseur, caseId, bijstand, [file]);
      expect(response.statusCode, file.fileName).toBe(400);
      const error = response.json<ErrorAnswer>().error;
      expect(error.field).toBe('file');
      expect(error.message.startsWith('Bestand: ')).toBe(true);
    }
    // A JPEG with an octet-stream type (what a browser sends when it does not know) is fine.
    const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01]), Buffer.alloc(100)]);
    const ok = await upload(regisseur, caseId, { kind: 'correspondentie', title: 'Foto van een brief' }, [{ fileName: 'brief.jpeg', contentType: 'application/octet-stream', content: jpeg }]);
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json<Doc>().mimeType).toBe('image/jpeg');
    expect((await regisseur.get(`/api/cases/${caseId}/documents`)).json<Doc[]>().map((d) => d.title)).toEqual(['Foto van een brief']);
  });

  it('refuses a missing file, an unknown kind, an empty title and unknown fields with the field named', async () => {
    const caseId = await newCase();
    const noFile = await upload(regisseur, caseId, bijstand, []);
    expect(noFile.statusCode).toBe(400);
    expect(noFile.json<ErrorAnswer>().error.field).toBe('file');
    const badKind = await upload(regisseur, caseId, { ...bijstand, kind: 'paspoort' });
    expect(badKind.json<ErrorAnswer>().error).toMatchObject({ field: 'kind', message: 'Soort document: kies een soort document' });
    const noTitle = await upload(regisseur, caseId, { ...bijstand, title: '  ' });
    expect(noTitle.json<ErrorAnswer>().error.field).toBe('title');
    const unknown = await upload(regisseur, caseId, { ...bijstand, bsn: '123' });
    expect(unknown.statusCode).toBe(400);
    const twoFiles = await upload(regisseur, caseId, bijstand, [pdf, pdf]);
    expect(twoFiles.statusCode).toBe(400);
    const json = await regisseur.post(`/api/cases/${caseId}/documents`, bijstand);
    expect(json.statusCode).toBe(400);
    expect((await regisseur.get(`/api/cases/${caseId}/documents`)).json<Doc[]>()).toHaveLength(0);
  });

  it('a file above the configured limit gets 413 with the limit in the message, and nothing is stored', async () => {
    const small = await anotherApp(koers, { config: { uploadMaxBytes: 2048 }, now: () => now });
    await small.ready();
    try {
      const client = await loginAs(small, g.users.trajectregisseur.email);
      const caseId = await newCase();
      const big = Buffer.concat([tinyPdf(), Buffer.alloc(4096, 0x20)]);
      const response = await upload(client, caseId, bijstand, [{ ...pdf, content: big }]);
      expect(response.statusCode).toBe(413);
      expect(response.json<ErrorAnswer>().error).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', field: 'file' });
      expect(response.json<ErrorAnswer>().error.message).toContain('hoogstens');
      expect((await client.get(`/api/cases/${caseId}/documents`)).json<Doc[]>()).toHaveLength(0);
      expect((await upload(client, caseId, bijstand)).statusCode).toBe(201);
    } finally {
      await small.close();
    }
  });

  it('links to a PIP of the same case only', async () => {
    const caseId = await newCase();
    const draft = await regisseur.post(`/api/cases/${caseId}/pip/drafts`, {});
    expect(draft.statusCode, draft.body).toBe(201);
    const pipId = draft.json<{ id: string }>().id;
    const linked = await upload(regisseur, caseId, { ...bijstand, pipId });
    expect(linked.statusCode, linked.body).toBe(201);
    expect(linked.json<Doc>().pipId).toBe(pipId);
    const otherCase = await newCase();
    const wrong = await upload(regisseur, otherCase, { ...bijstand, pipId });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json<ErrorAnswer>().error.field).toBe('pipId');
    const both = await upload(regisseur, caseId, { ...bijstand, pipId, objectionId: pipId });
    expect(both.json<ErrorAnswer>().error.field).toBe('objectionId');
  });

  it('a medische verklaring is hidden from roles without case:read-sensitive; only case:write uploads', async () => {
    const caseId = await newCase();
    const medical = (await upload(regisseur, caseId, { kind: 'medische-verklaring', title: 'Verklaring huisarts' })).json<Doc>();
    const plain = (await upload(regisseur, caseId, bijstand)).json<Doc>();
    const finance = await loginAs(koers.app, g.users['financieel-medewerker'].email);
    const list = await finance.get(`/api/cases/${caseId}/documents`);
    expect(list.json<Doc[]>().map((d) => d.id)).toEqual([plain.id]);
    expect((await finance.get(`/api/cases/${caseId}/documents/${medical.id}`)).statusCode).toBe(404);
    expect((await finance.get(`/api/cases/${caseId}/file`)).json<{ counts: { documents: number } }>().counts.documents).toBe(1);
    expect((await regisseur.get(`/api/cases/${caseId}/file`)).json<{ counts: { documents: number } }>().counts.documents).toBe(2);
    expect((await finance.get(`/api/cases/${caseId}/documents/${plain.id}`)).statusCode).toBe(200);
    expect((await upload(finance, caseId, bijstand)).statusCode).toBe(403);
    for (const role of ['partner-begeleiding', 'partner-aanbieder', 'beheerder'] as const) {
      const client = await loginAs(koers.app, g.users[role].email);
      expect((await upload(client, caseId, bijstand)).statusCode, role).toBe(403);
    }
    const timeline = await asSystem(koers.database.db, (tx) => tx.select().from(caseEvents).where(and(eq(caseEvents.caseId, caseId), eq(caseEvents.kind, 'document.toegevoegd'))));
    expect(timeline.map((e) => e.summary).join(' ')).not.toContain('huisarts');
  });

  it("another gemeente's case → 404 and nothing stored", async () => {
    const foreign = await insertCase(koers.database, other.gemeenteId);
    const before = await snapshotOf(koers.database, { gemeenteIds: [other.gemeenteId] });
    const response = await upload(regisseur, foreign, bijstand);
    expect(response.statusCode).toBe(404);
    expect(await snapshotOf(koers.database, { gemeenteIds: [other.gemeenteId] })).toBe(before);
  });
});

describe('DELETE /api/cases/:id/documents/:documentId', () => {
  it('removes a mistaken upload with a reason; the history keeps who, what and why; letters of Koers stay', async () => {
    const caseId = await newCase();
    const doc = (await upload(regisseur, caseId, bijstand)).json<Doc>();
    const url = `/api/cases/${caseId}/documents/${doc.id}`;
    const noReason = await regisseur.request({ method: 'DELETE', url, payload: { reason: '' } });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json<ErrorAnswer>().error.field).toBe('reason');
    const finance = await loginAs(koers.app, g.users['financieel-medewerker'].email);
    expect((await finance.request({ method: 'DELETE', url, payload: { reason: 'Verkeerde persoon' } })).statusCode).toBe(403);

    const removed = await regisseur.request({ method: 'DELETE', url, payload: { reason: 'Document van een andere inburgeraar' } });
    expect(removed.statusCode, removed.body).toBe(204);
    expect((await regisseur.get(url)).statusCode).toBe(404);
    const [rows, history] = await asSystem(koers.database.db, async (tx) => [
      await tx.select().from(caseDocuments).where(eq(caseDocuments.id, doc.id)),
      await tx.select().from(recordHistory).where(and(eq(recordHistory.entityId, doc.id), eq(recordHistory.action, 'delete'))),
    ] as const);
    expect(rows).toHaveLength(0);
    expect(history[0]?.reason).toBe('Document van een andere inburgeraar');

    const generated = await asSystem(koers.database.db, async (tx) => {
      const [row] = await tx
        .insert(caseDocuments)
        .values({ gemeenteId: g.gemeenteId, caseId, kind: 'pip-beschikking', title: 'Beschikking PIP', mimeType: 'application/pdf', content: tinyPdf(), sizeBytes: tinyPdf().length })
        .returning();
      return row!.id;
    });
    const refused = await regisseur.request({ method: 'DELETE', url: `/api/cases/${caseId}/documents/${generated}`, payload: { reason: 'Weg ermee' } });
    expect(refused.statusCode).toBe(409);
    expect((await regisseur.get(`/api/cases/${caseId}/documents`)).json<Doc[]>().map((d) => d.origin)).toEqual(['gegenereerd']);
  });
});
