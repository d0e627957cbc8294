// The inburgeraar portal (issue 17, ADR 0152): DigiD login against an OIDC test broker, every
// endpoint over HTTP, and the portal wall: the inburgeraar of case A reaches nothing of case B
// (same gemeente or another) through any endpoint, and the database itself shows only case A.
import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asSystem, inScope } from '../../src/db/scope.ts';
import { caseDocuments, cases, caseSignals, portaalMessages, progressMeetings } from '../../src/db/schema.ts';
import { createPortaalSession } from '../../src/auth/portaal-sessions.ts';
import { createGemeente, createTestKoers, loginAs, type GemeenteFixture, type TestKoers } from '../support/koers.ts';
import { insertCase, validBsn } from '../support/fixtures.ts';
import { startOidcProvider, type TestOidcProvider } from '../support/oidc-provider.ts';
import { PortaalBrowser, portaalBrowserFor } from '../support/portaal-browser.ts';
import type { LetterSummary } from '../../src/documents/summaries/summary.ts';

const redirectUri = 'http://koers.test/api/portaal/callback';
let idp: TestOidcProvider;
let koers: TestKoers;
let a: GemeenteFixture;
let b: GemeenteFixture;

beforeAll(async () => {
  idp = await startOidcProvider({ redirectUri });
  koers = await createTestKoers({
    digid: { issuer: idp.issuer, clientId: idp.clientId, clientSecret: idp.clientSecret, redirectUri, bsnClaim: 'bsn', allowInsecure: true },
  });
  a = await createGemeente(koers.database, 'Gemeente A');
  b = await createGemeente(koers.database, 'Gemeente B');
});
afterAll(async () => {
  await koers.close();
  await idp.close();
});

/** Signs in as the case's inburgeraar without the broker (the OIDC flow has its own test). */
const portaalFor = (caseId: string, gemeenteId: string) => portaalBrowserFor(koers, caseId, gemeenteId);

async function followBroker(authorizationUrl: string): Promise<URL> {
  const jar = new Map<string, string>();
  let url = authorizationUrl;
  for (let hop = 0; hop < 10; hop++) {
    if (url.startsWith(redirectUri)) return new URL(url);
    const response = await fetch(url, { redirect: 'manual', headers: { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') } });
    for (const header of response.headers.getSetCookie()) {
      const [pair = ''] = header.split(';');
      jar.set(pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1));
    }
    const location = response.headers.get('location');
    if (!location) throw new Error(`Broker antwoordde ${response.status}`);
    url = new URL(location, url).href;
  }
  throw new Error('Te veel redirects');
}

async function digidLogin(browser: PortaalBrowser, gemeenteCode: string, bsn: string): Promise<LightMyRequestResponse> {
  const start = await browser.get(`/api/portaal/login?gemeente=${encodeURIComponent(gemeenteCode)}`);
  expect(start.statusCode, start.body).toBe(302);
  idp.signInAs({ sub: `digid-${bsn}`, bsn });
  const callback = await followBroker(String(start.headers.location));
  return browser.get(callback.pathname + callback.search);
}

describe('DigiD login through the broker', () => {
  it('matches the BSN to an open case of the gemeente and starts a portal session', async () => {
    const bsn = validBsn();
    const caseId = await insertCase(koers.database, a.gemeenteId, { bsn, givenNames: 'Amal Noor' });
    await asSystem(koers.database.db, (tx) => tx.update(cases).set({ preferredLanguage: 'Arabisch' }).where(eq(cases.id, caseId)));
    const browser = new PortaalBrowser(koers.app);
    const start = await browser.get(`/api/portaal/login?gemeente=${a.gemeenteCode}`);
    const authorization = new URL(String(start.headers.location));
    expect(authorization.searchParams.get('code_challenge_method')).toBe('S256');
    idp.signInAs({ sub: `digid-${bsn}`, bsn });
    const callback = await followBroker(authorization.href);
    const done = await browser.get(callback.pathname + callback.search);
    expect(done.statusCode).toBe(302);
    expect(done.headers.location).toBe('/portaal/');
    expect(browser.cookies.get('koers_portaal')).toBeDefined();
    const sessie = await browser.session();
    expect(sessie).toMatchObject({ givenName: 'Amal', gemeente: { code: a.gemeenteCode }, preferredLanguage: 'ar' });
    expect(String(sessie.caseNumber)).toMatch(/^INB-/);
  });

  it('without an open case of that gemeente: back to the portal with fout=geen-dossier and no session', async () => {
    const bsn = validBsn();
    await insertCase(koers.database, b.gemeenteId, { bsn });
    const browser = new PortaalBrowser(koers.app);
    const done = await digidLogin(browser, a.gemeenteCode, bsn);
    expect(done.headers.location).toBe('/portaal/?fout=geen-dossier');
    expect(browser.cookies.get('koers_portaal')).toBeUndefined();
    expect((await browser.get('/api/portaal/sessie')).statusCode).toBe(401);
  });

  it('an unknown gemeente code never reaches the broker', async () => {
    const response = await new PortaalBrowser(koers.app).get('/api/portaal/login?gemeente=bestaat-niet');
    expect(response.statusCode).toBe(302);
    expect(response.headers.location).toBe('/portaal/?fout=onbekende-gemeente');
  });

  it('logout ends the session', async () => {
    const caseId = await insertCase(koers.database, a.gemeenteId, { bsn: validBsn() });
    const browser = await portaalFor(caseId, a.gemeenteId);
    expect((await browser.post('/api/portaal/logout')).statusCode).toBe(204);
    expect((await browser.get('/api/portaal/plan')).statusCode).toBe(401);
  });
});

describe('the portal endpoints', () => {
  it('answer with the own case in codes, and log every read', async () => {
    const caseId = await insertCase(koers.database, a.gemeenteId, { bsn: validBsn() });
    const browser = await portaalFor(caseId, a.gemeenteId);
    for (const url of ['plan', 'afspraken', 'voortgang', 'termijnen', 'brieven', 'ontzorgen', 'contact', 'berichten', 'inzage']) {
      const response = await browser.get(`/api/portaal/${url}`);
      expect(response.statusCode, `${url}: ${response.body}`).toBe(200);
    }
    expect((await browser.get('/api/portaal/plan')).json()).toEqual({ status: 'aangemeld', pip: null });
    expect((await browser.get('/api/portaal/termijnen')).json()).toMatchObject({ term: { state: 'onbekend' }, routeChange: { state: 'onbekend' }, a2: { state: 'niet-van-toepassing', requiredHours: 600 } });
    expect((await browser.get('/api/portaal/ontzorgen')).json()).toEqual({ agreement: null });
    const inzage = (await browser.get('/api/portaal/inzage')).json<{ entries: { role: string; action: string; purpose: string }[] }>();
    expect(inzage.entries.length).toBeGreaterThan(5);
    expect(inzage.entries[0]).toMatchObject({ role: 'inburgeraar', action: 'lezen', purpose: 'portaalInburgeraar' });
    expect(JSON.stringify(inzage)).not.toMatch(/userId|actorUserId|@/);
  });

  it('inzage shows who of the gemeente read the file, by role and never by name', async () => {
    const regisseur = await loginAs(koers.app, a.users.trajectregisseur.email);
    const caseId = await insertCase(koers.database, a.gemeenteId, { bsn: validBsn() });
    expect((await regisseur.get(`/api/cases/${caseId}`)).statusCode).toBe(200);
    const browser = await portaalFor(caseId, a.gemeenteId);
    const entries = (await browser.get('/api/portaal/inzage')).json<{ entries: { role: string; organisationName: string }[] }>().entries;
    expect(entries.some((e) => e.role === 'trajectregisseur')).toBe(true);
    expect(JSON.stringify(entries)).not.toContain(a.users.trajectregisseur.email);
  });

  it('a message arrives as a werkvoorraad item and on the timeline', async () => {
    const caseId = await insertCase(koers.database, a.gemeenteId, { bsn: validBsn() });
    const browser = await portaalFor(caseId, a.gemeenteId);
    const sent = await browser.post('/api/portaal/berichten', { text: 'Ik ben volgende week ziek.' });
    expect(sent.statusCode, sent.body).toBe(201);
    expect((await browser.get('/api/portaal/berichten')).json()).toMatchObject({ messages: [{ from: 'inburgeraar', text: 'Ik ben volgende week ziek.', read: false }] });
    const signals = await asSystem(koers.database.db, (tx) => tx.select().from(caseSignals).where(eq(caseSignals.caseId, caseId)));
    expect(signals.map((s) => s.kind)).toContain('portaal-bericht');
    expect(signals.find((s) => s.kind === 'portaal-bericht')?.reason).not.toContain('ziek');
  });

  it('an empty message is refused with the field named, and nothing is stored', async () => {
    const caseId = await insertCase(koers.database, a.gemeenteId, { bsn: validBsn() });
    const browser = await portaalFor(caseId, a.gemeenteId);
    const response = await browser.post('/api/portaal/berichten', { text: '  ' });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ error: { code: 'VALIDATION_FAILED', field: 'text' } });
    const stored = await asSystem(koers.database.db, (tx) => tx.select().from(portaalMessages).where(eq(portaalMessages.caseId, caseId)));
    expect(stored).toEqual([]);
  });

  it('the regisseur sees the message in the case and handles it: the werkvoorraad item goes; a stale version changes nothing', async () => {
    const caseId = await insertCase(koers.database, a.gemeenteId, { bsn: validBsn() });
    const browser = await portaalFor(caseId, a.gemeenteId);
    expect((await browser.post('/api/portaal/berichten', { text: 'Graag een tolk.' })).statusCode).toBe(201);
    const regisseur = await loginAs(koers.app, a.users.trajectregisseur.email);
    const inCase = await regisseur.get(`/api/cases/${caseId}/portaal`);
    expect(inCase.statusCode, inCase.body).toBe(200);
    const [message] = inCase.json<{ messages: { id: string; text: string; version: number }[] }>().messages;
    expect(message).toMatchObject({ text: 'Graag een tolk.', version: 1 });
    expect((await regisseur.patch(`/api/cases/${caseId}/portaal/berichten/${message!.id}`, { version: 7 })).statusCode).toBe(409);
    const handled = await regisseur.patch(`/api/cases/${caseId}/portaal/berichten/${message!.id}`, { version: 1 });
    expect(handled.statusCode, handled.body).toBe(200);
    const signals = await asSystem(koers.database.db, (tx) => tx.select().from(caseSignals).where(eq(caseSignals.caseId, caseId)));
    expect(signals.map((s) => s.kind)).not.toContain('portaal-bericht');
    expect((await browser.get('/api/portaal/berichten')).json()).toMatchObject({ messages: [{ read: true }] });
    // Another gemeente's regisseur: 404 and nothing changed.
    const other = await loginAs(koers.app, b.users.trajectregisseur.email);
    expect((await other.get(`/api/cases/${caseId}/portaal`)).statusCode).toBe(404);
  });

  it('a POST without the portal CSRF token is refused', async () => {
    const caseId = await insertCase(koers.database, a.gemeenteId, { bsn: validBsn() });
    const browser = await portaalFor(caseId, a.gemeenteId);
    browser.csrf = undefined;
    expect((await browser.post('/api/portaal/berichten', { text: 'Hallo' })).statusCode).toBe(403);
  });

  it('asking to move an appointment stores the answer and makes a werkvoorraad item', async () => {
    const caseId = await insertCase(koers.database, a.gemeenteId, { bsn: validBsn() });
    const [meeting] = await asSystem(koers.database.db, (tx) =>
      tx.insert(progressMeetings).values({ gemeenteId: a.gemeenteId, caseId, plannedOn: '2099-03-01' }).returning({ id: progressMeetings.id }),
    );
    const browser = await portaalFor(caseId, a.gemeenteId);
    const list = (await browser.get('/api/portaal/afspraken')).json<{ appointments: { id: string; kind: string; canRespond: boolean }[] }>();
    expect(list.appointments).toMatchObject([{ id: meeting!.id, kind: 'voortgangsgesprek', canRespond: true }]);
    const answer = await browser.post(`/api/portaal/afspraken/${meeting!.id}/reactie`, { response: 'verzetten', reason: 'Ik werk die dag.' });
    expect(answer.statusCode, answer.body).toBe(200);
    expect(answer.json()).toMatchObject({ myResponse: { response: 'verzetten', reason: 'Ik werk die dag.' } });
    const signals = await asSystem(koers.database.db, (tx) => tx.select().from(caseSignals).where(eq(caseSignals.caseId, caseId)));
    expect(signals.map((s) => s.kind)).toContain('portaal-afspraak-verzetten');
  });

  it('letters: only what was sent to the person, downloadable with nosniff', async () => {
    const caseId = await insertCase(koers.database, a.gemeenteId, { bsn: validBsn() });
    const [letter, internal] = await asSystem(koers.database.db, (tx) =>
      tx
        .insert(caseDocuments)
        .values([
          { gemeenteId: a.gemeenteId, caseId, kind: 'pip-beschikking', title: 'PIP versie 1', mimeType: 'application/pdf', content: Buffer.from('%PDF-1.4 brief'), sizeBytes: 14 },
          { gemeenteId: a.gemeenteId, caseId, kind: 'overdrachtsdossier', title: 'Overdracht', mimeType: 'application/pdf', content: Buffer.from('%PDF-1.4 intern'), sizeBytes: 15 },
        ])
        .returning({ id: caseDocuments.id }),
    );
    const browser = await portaalFor(caseId, a.gemeenteId);
    const letters = (await browser.get('/api/portaal/brieven')).json<{ letters: { id: string; kind: string }[] }>().letters;
    expect(letters.map((l) => [l.id, l.kind])).toEqual([[letter!.id, 'pip-beschikking']]);
    const pdf = await browser.get(`/api/portaal/brieven/${letter!.id}/pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['x-content-type-options']).toBe('nosniff');
    expect(pdf.headers['content-disposition']).toMatch(/^attachment/);
    expect((await browser.get(`/api/portaal/brieven/${internal!.id}/pdf`)).statusCode).toBe(404);
  });

  it('letters come with their summary in the requested language (ADR 0164); an unknown language is refused', async () => {
    const caseId = await insertCase(koers.database, a.gemeenteId, { bsn: validBsn() });
    const summary: LetterSummary = { key: 'handhaving-boete', facts: { amount: { euro: 34000 }, newDeadlineDate: { date: '2027-05-31' }, objectionWeeks: { count: 6 } } };
    await asSystem(koers.database.db, (tx) =>
      tx.insert(caseDocuments).values([
        { gemeenteId: a.gemeenteId, caseId, kind: 'handhaving-boetebeschikking', title: 'Besluit: boete', mimeType: 'application/pdf', content: Buffer.from('%PDF-1.4 boete'), sizeBytes: 14, letterSummary: summary },
        { gemeenteId: a.gemeenteId, caseId, kind: 'pip-beschikking', title: 'Oude brief', mimeType: 'application/pdf', content: Buffer.from('%PDF-1.4 oud'), sizeBytes: 12 },
      ]),
    );
    const browser = await portaalFor(caseId, a.gemeenteId);
    type Letters = { letters: { kind: string; summary: { language: string; dir: string; title: string; lines: string[]; disclaimer: string } | null }[] };
    const inArabic = (await browser.get('/api/portaal/brieven?taal=ar')).json<Letters>().letters;
    const boete = inArabic.find((l) => l.kind === 'handhaving-boetebeschikking')?.summary;
    expect(boete?.language).toBe('ar');
    expect(boete?.dir).toBe('rtl');
    expect(boete?.lines[0]).toBe('تفرض عليك البلدية غرامة قدرها 340.00 يورو.');
    expect(boete?.lines[1]).toContain('31 مايو 2027');
    expect(boete?.disclaimer).toBe('هذا ملخص. الرسالة الهولندية هي القرار الرسمي.');
    expect(inArabic.find((l) => l.kind === 'pip-beschikking')?.summary).toBeNull();
    const dutch = (await browser.get('/api/portaal/brieven')).json<Letters>().letters.find((l) => l.kind === 'handhaving-boetebeschikking')?.summary;
    expect(dutch?.lines[0]).toBe('De gemeente geeft u een boete van € 340,00.');
    expect(dutch?.disclaimer).toBe('Dit is een samenvatting. De Nederlandse brief is het officiële besluit.');
    expect((await browser.get('/api/portaal/brieven?taal=xx')).statusCode).toBe(400);
  });

  it('an employee signed in to Koers but not to the portal gets 403, nobody signed in gets 401', async () => {
    const regisseur = await loginAs(koers.app, a.users.trajectregisseur.email);
    expect((await regisseur.get('/api/portaal/plan')).statusCode).toBe(403);
    expect((await new PortaalBrowser(koers.app).get('/api/portaal/plan')).statusCode).toBe(401);
  });
});

describe('the portal wall', () => {
  it('case B (same gemeente or another) is unreachable through every endpoint with an id, and nothing of B changes', async () => {
    const caseA = await insertCase(koers.database, a.gemeenteId, { bsn: validBsn() });
    const caseB = await insertCase(koers.database, a.gemeenteId, { bsn: validBsn() });
    const caseC = await insertCase(koers.database, b.gemeenteId, { bsn: validBsn() });
    const ids: string[] = [];
    for (const [caseId, gemeenteId] of [[caseB, a.gemeenteId], [caseC, b.gemeenteId]] as const) {
      const [doc] = await asSystem(koers.database.db, (tx) =>
        tx.insert(caseDocuments).values({ gemeenteId, caseId, kind: 'pip-beschikking', title: 'Brief van B', mimeType: 'application/pdf', content: Buffer.from('%PDF'), sizeBytes: 4 }).returning({ id: caseDocuments.id }),
      );
      const [meeting] = await asSystem(koers.database.db, (tx) => tx.insert(progressMeetings).values({ gemeenteId, caseId, plannedOn: '2099-03-01' }).returning({ id: progressMeetings.id }));
      ids.push(doc!.id, meeting!.id, caseId);
    }
    const browser = await portaalFor(caseA, a.gemeenteId);
    const count = async () => (await asSystem(koers.database.db, (tx) => tx.execute(sql`SELECT count(*)::int AS n FROM portaal_appointment_responses`))) as { rows: unknown[] };
    const before = await count();
    for (const id of [...ids, randomUUID()]) {
      expect((await browser.get(`/api/portaal/brieven/${id}/pdf`)).statusCode, id).toBe(404);
      expect((await browser.post(`/api/portaal/afspraken/${id}/reactie`, { response: 'bevestigd' })).statusCode, id).toBe(404);
    }
    const after = await count();
    expect(after.rows).toEqual(before.rows);
    for (const url of ['plan', 'afspraken', 'brieven', 'berichten', 'inzage']) {
      const body = (await browser.get(`/api/portaal/${url}`)).body;
      for (const id of ids) expect(body, url).not.toContain(id);
    }
  });

  it('in the database the portal scope sees only its own case: other cases, users and staff tables are walled off', async () => {
    const caseA = await insertCase(koers.database, a.gemeenteId, { bsn: validBsn() });
    await insertCase(koers.database, a.gemeenteId, { bsn: validBsn() });
    const token = await createPortaalSession(koers.database.db, { caseId: caseA, gemeenteId: a.gemeenteId, subjectPseudonym: 'x' }, new Date());
    const seen = await inScope(koers.database.db, { kind: 'portaal', sessionToken: token }, async (tx) => ({
      cases: (await tx.select({ id: cases.id }).from(cases)).map((r) => r.id),
      users: ((await tx.execute(sql`SELECT count(*)::int AS n FROM users`)) as { rows: unknown[] }).rows,
      journal: ((await tx.execute(sql`SELECT count(*)::int AS n FROM user_gemeenten`)) as { rows: unknown[] }).rows,
    }));
    expect(seen.cases).toEqual([caseA]);
    expect(seen.users).toEqual([{ n: 0 }]);
    expect(seen.journal).toEqual([{ n: 0 }]);
    // A write into another case is refused by the wall itself.
    const other = await insertCase(koers.database, a.gemeenteId, { bsn: validBsn() });
    await expect(
      inScope(koers.database.db, { kind: 'portaal', sessionToken: token }, (tx) => tx.insert(portaalMessages).values({ gemeenteId: a.gemeenteId, caseId: other, text: 'x' })),
    ).rejects.toThrow();
    // An unknown token sees nothing at all.
    const nothing = await inScope(koers.database.db, { kind: 'portaal', sessionToken: 'onbekend' }, (tx) => tx.select({ id: cases.id }).from(cases));
    expect(nothing).toEqual([]);
  });
});
