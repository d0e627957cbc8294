// Maatschappelijke begeleiding (R17, ADR 0149) and the partner wall (ADR 0150): the begeleider's
// own screen over HTTP, what it may and may not see, the regisseur's part, the werkvoorraad items,
// isolation (another gemeente, another organisation's begeleider, an unassigned case → 404 and
// nothing changed) and the database's own refusal of unassigned cases.
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asSystem, inScope } from '../../src/db/scope.ts';
import { caseMeetings, cases, pips, processingLog, progressMeetings, userGemeenten, users } from '../../src/db/schema.ts';
import { createGemeente, createTestKoers, loginAs, testPassword, type Client, type GemeenteFixture, type TestKoers } from '../support/koers.ts';
import { createCaseVia, signedIn, snapshotOf, type CaseBody } from '../support/fixtures.ts';

let koers: TestKoers;
let g: GemeenteFixture;
let other: GemeenteFixture;
let regisseur: Client;
let begeleider: Client;
let financieel: Client;
let assigned: CaseBody;
let notAssigned: CaseBody;
const now = new Date('2026-11-23T10:00:00Z');
const secret = 'GEHEIM-GEZONDHEID-7731';

async function assign(caseId: string, userId: string, kind: 'begeleiding' | 'taalaanbieder' = 'begeleiding') {
  const r = await regisseur.post(`/api/cases/${caseId}/assignments`, { userId, kind });
  expect(r.statusCode, r.body).toBe(200);
}

beforeAll(async () => {
  koers = await createTestKoers({ now: () => now });
  g = await createGemeente(koers.database, 'Begeleiding');
  other = await createGemeente(koers.database, 'Andere');
  regisseur = await loginAs(koers.app, g.users.trajectregisseur.email);
  begeleider = await loginAs(koers.app, g.users['partner-begeleiding'].email);
  financieel = await loginAs(koers.app, g.users['financieel-medewerker'].email);
  assigned = await createCaseVia(regisseur, g.gemeenteId);
  notAssigned = await createCaseVia(regisseur, g.gemeenteId);
  await assign(assigned.id, g.users['partner-begeleiding'].id);
  // What the begeleider must never see: intake themes and sensitive notes, a gesprek's report on health.
  await asSystem(koers.database.db, async (tx) => {
    await tx.update(cases).set({ phone: '06 1111 2222', preferredLanguage: 'Arabisch' }).where(eq(cases.id, assigned.id));
    await tx.insert(caseMeetings).values({
      gemeenteId: g.gemeenteId,
      caseId: assigned.id,
      kind: 'intakegesprek',
      plannedAt: new Date('2026-11-30T09:00:00Z'),
      location: 'Stadskantoor',
      status: 'gepland',
      notes: secret,
      sensitiveNotes: secret,
      themes: { persoonlijkeOmstandigheden: { mentaleGezondheid: secret } },
    });
    await tx.insert(pips).values({ gemeenteId: g.gemeenteId, caseId: assigned.id, version: 1, status: 'vastgesteld', kind: 'beschikking', issuedOn: '2026-11-01', route: 'b1', support: 'Begeleiding door VluchtelingenWerk bij wonen en zorg.', motivation: { routes: { B1: secret } } });
    await tx.insert(progressMeetings).values({ gemeenteId: g.gemeenteId, caseId: assigned.id, plannedOn: '2027-02-01', sensitiveReport: { gezondheid: secret } });
  });
});
afterAll(() => koers.close());

const contact = { contactOn: '2026-11-20', kind: 'huisbezoek', minutes: 45, topic: 'wonen', text: 'Samen de huurtoeslag aangevraagd.' };

describe('Mijn cliënten', () => {
  it('lists only the cases assigned to the begeleider, with the person\'s language', async () => {
    const list = await begeleider.get('/api/begeleiding/clienten');
    expect(list.statusCode, list.body).toBe(200);
    const items = list.json<{ id: string; name: string; preferredLanguage: string | null }[]>();
    expect(items.map((i) => i.id)).toEqual([assigned.id]);
    expect(items[0]).toMatchObject({ name: `Amina ${assigned.familyName}`, preferredLanguage: 'Arabisch' });
  });

  it('a client shows name, contact, PIP agreements and appointments; the read is in the processing log', async () => {
    const r = await begeleider.get(`/api/begeleiding/clienten/${assigned.id}`);
    expect(r.statusCode, r.body).toBe(200);
    const body = r.json<{ person: Record<string, unknown>; agreements: { support: string; route: string }; appointments: { kind: string; label: string; date: string; place: string | null }[] }>();
    expect(body.person).toMatchObject({ id: assigned.id, phone: '06 1111 2222', preferredLanguage: 'Arabisch' });
    expect(body.agreements).toMatchObject({ route: 'b1', support: 'Begeleiding door VluchtelingenWerk bij wonen en zorg.' });
    expect(body.appointments).toEqual([
      expect.objectContaining({ kind: 'gesprek', label: 'Intakegesprek', date: '2026-11-30', place: 'Stadskantoor' }),
      expect.objectContaining({ kind: 'voortgangsgesprek', date: '2027-02-01' }),
    ]);
    const logged = await asSystem(koers.database.db, (tx) => tx.select().from(processingLog).where(eq(processingLog.operationName, 'getClient')));
    expect(logged.some((l) => l.resourceId === assigned.id)).toBe(true);
  });

  it('logs a contact, which the regisseur sees in the case with its text and the financieel-medewerker without', async () => {
    const add = await begeleider.post(`/api/begeleiding/clienten/${assigned.id}/contacten`, contact);
    expect(add.statusCode, add.body).toBe(201);
    expect(add.json()).toMatchObject({ kindLabel: 'Huisbezoek', topicLabel: 'Wonen', minutes: 45, text: contact.text });
    const part = await regisseur.get(`/api/cases/${assigned.id}/begeleiding`);
    expect(part.statusCode, part.body).toBe(200);
    expect(part.json<{ contacts: { text: string | null }[]; textsVisible: boolean }>()).toMatchObject({ textsVisible: true, contacts: [{ text: contact.text }] });
    const finance = await financieel.get(`/api/cases/${assigned.id}/begeleiding`);
    expect(finance.statusCode, finance.body).toBe(200);
    expect(finance.json<{ contacts: { text: string | null; minutes: number }[]; textsVisible: boolean }>()).toMatchObject({ textsVisible: false, contacts: [{ text: null, minutes: 45 }] });
  });

  it('refuses a bad contact with a Dutch message naming the field, and writes nothing', async () => {
    const before = await snapshotOf(koers.database, { organisationId: g.organisationId, gemeenteIds: [g.gemeenteId] });
    const cases_ = [
      [{ ...contact, kind: 'brief' }, 'kind', 'Soort contact'],
      [{ ...contact, minutes: 0 }, 'minutes', 'Duur (minuten)'],
      [{ ...contact, topic: 'x' }, 'topic', 'Onderwerp'],
      [{ ...contact, text: ' ' }, 'text', 'Verslag'],
      [{ ...contact, contactOn: '2026-11-24' }, 'contactOn', 'Datum van het contact'],
    ] as const;
    for (const [body, field, label] of cases_) {
      const r = await begeleider.post(`/api/begeleiding/clienten/${assigned.id}/contacten`, body);
      expect(r.statusCode, `${field}: ${r.body}`).toBe(400);
      const error = r.json<{ error: { field?: string; message: string; details?: { field: string; message: string }[] } }>().error;
      const message = error.details?.[0]?.message ?? error.message;
      expect(error.field ?? error.details?.[0]?.field, r.body).toBe(field);
      expect(message, r.body).toContain(label);
    }
    expect(await snapshotOf(koers.database, { organisationId: g.organisationId, gemeenteIds: [g.gemeenteId] })).toBe(before);
  });

  it('records zelfredzaamheid scores over time; the trend keeps both measurements', async () => {
    const first = await begeleider.post(`/api/begeleiding/clienten/${assigned.id}/zelfredzaamheid`, { measuredOn: '2026-06-01', scores: [{ domain: 'financien', score: 2 }, { domain: 'huisvesting', score: 3 }] });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({ scores: [{ domain: 'financien', label: 'Financiën', score: 2, scoreLabel: 'Niet zelfredzaam' }, { domain: 'huisvesting', score: 3 }] });
    const second = await begeleider.post(`/api/begeleiding/clienten/${assigned.id}/zelfredzaamheid`, { measuredOn: '2026-11-20', scores: [{ domain: 'financien', score: 4 }] });
    expect(second.statusCode, second.body).toBe(201);
    const bad = await begeleider.post(`/api/begeleiding/clienten/${assigned.id}/zelfredzaamheid`, { measuredOn: '2026-11-20', scores: [{ domain: 'financien', score: 6 }] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ error: { field: string; message: string } }>().error).toMatchObject({ field: 'scores.0.score', message: 'Financiën: kies een score van 1 tot en met 5' });
    const client = (await begeleider.get(`/api/begeleiding/clienten/${assigned.id}`)).json<{ begeleiding: { trend: { dates: string[]; rows: { domain: string; scores: (number | null)[]; change: number | null }[] } } }>();
    expect(client.begeleiding.trend.dates).toEqual(['2026-06-01', '2026-11-20']);
    expect(client.begeleiding.trend.rows.find((r) => r.domain === 'financien')).toMatchObject({ scores: [2, 4], change: 2 });
  });

  it('the organisation sets its own matrix (beheerder, validated, with version); new measurements use it', async () => {
    const beheerder = await loginAs(koers.app, g.users.beheerder.email);
    const current = (await beheerder.get('/api/admin/zelfredzaamheidsmatrix')).json<{ version: number; isDefault: boolean; matrix: { domains: unknown[] } }>();
    expect(current).toMatchObject({ version: 0, isDefault: true });
    expect(current.matrix.domains).toHaveLength(13);
    const invalid = await beheerder.request({ method: 'PUT', url: '/api/admin/zelfredzaamheidsmatrix', payload: { version: 0, matrix: { domains: [], scale: ['a', 'b'] } } });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json<{ error: { message: string } }>().error.message).toBe('Leefgebieden: minstens één leefgebied');
    const own = { domains: [{ key: 'financien', label: 'Geldzaken' }, { key: 'taal', label: 'Taal' }], scale: ['Laag', 'Midden', 'Hoog'] };
    const set = await beheerder.request({ method: 'PUT', url: '/api/admin/zelfredzaamheidsmatrix', payload: { version: 0, matrix: own } });
    expect(set.statusCode, set.body).toBe(200);
    const stale = await beheerder.request({ method: 'PUT', url: '/api/admin/zelfredzaamheidsmatrix', payload: { version: 0, matrix: own } });
    expect(stale.statusCode).toBe(409);
    const tooHigh = await begeleider.post(`/api/begeleiding/clienten/${assigned.id}/zelfredzaamheid`, { measuredOn: '2026-11-21', scores: [{ domain: 'taal', score: 4 }] });
    expect(tooHigh.json<{ error: { message: string } }>().error.message).toBe('Taal: kies een score van 1 tot en met 3');
    const ok = await begeleider.post(`/api/begeleiding/clienten/${assigned.id}/zelfredzaamheid`, { measuredOn: '2026-11-21', scores: [{ domain: 'taal', score: 3 }] });
    expect(ok.json()).toMatchObject({ scores: [{ label: 'Taal', scoreLabel: 'Hoog' }] });
    // An older measurement keeps the labels it was taken with.
    const part = (await regisseur.get(`/api/cases/${assigned.id}/begeleiding`)).json<{ measurements: { measuredOn: string; scores: { label: string; scoreLabel: string }[] }[] }>();
    expect(part.measurements.find((m) => m.measuredOn === '2026-06-01')?.scores[0]).toMatchObject({ label: 'Financiën', scoreLabel: 'Niet zelfredzaam' });
  });

  it('a signalled problem is a werkvoorraad item without the text; the regisseur reads it and handles it (with version)', async () => {
    const problemText = 'Mevrouw krijgt geen huurtoeslag; dreigende huurschuld.';
    const r = await begeleider.post(`/api/begeleiding/clienten/${assigned.id}/problemen`, { text: problemText });
    expect(r.statusCode, r.body).toBe(201);
    const problem = r.json<{ id: string; version: number; status: string }>();
    expect(problem.status).toBe('open');
    const file = (await regisseur.get(`/api/cases/${assigned.id}/file`)).json<{ signals: { kind: string; reason: string; dueOn: string; section: string }[] }>();
    const signal = file.signals.find((s) => s.kind === 'begeleiding-problem');
    expect(signal).toMatchObject({ dueOn: '2026-11-23', section: 'begeleiding' });
    expect(signal?.reason).not.toContain('huurtoeslag');
    const wq = await regisseur.get('/api/workqueue');
    expect(wq.body).toContain('begeleiding-problem');
    expect(wq.body).not.toContain('huurschuld');
    const finance = (await financieel.get(`/api/cases/${assigned.id}/begeleiding`)).json<{ problems: { text: string | null }[] }>();
    expect(finance.problems[0]?.text).toBeNull();
    const stale = await regisseur.patch(`/api/cases/${assigned.id}/begeleiding/problemen/${problem.id}`, { version: problem.version + 5 });
    expect(stale.statusCode).toBe(409);
    const handled = await regisseur.patch(`/api/cases/${assigned.id}/begeleiding/problemen/${problem.id}`, { version: problem.version, note: 'Gebeld met de woningcorporatie.' });
    expect(handled.statusCode, handled.body).toBe(200);
    expect(handled.json()).toMatchObject({ status: 'afgehandeld', handledOn: '2026-11-23' });
    const after = (await regisseur.get(`/api/cases/${assigned.id}/file`)).json<{ signals: { kind: string }[] }>();
    expect(after.signals.map((s) => s.kind)).not.toContain('begeleiding-problem');
  });

  it('the period: start + the gemeente\'s months, an item due on the end, a stale write refused, ending removes the item', async () => {
    await asSystem(koers.database.db, (tx) => tx.execute(sql`UPDATE gemeenten SET settings = settings || '{"begeleidingMonths": 18}'::jsonb WHERE id = ${g.gemeenteId}`));
    const start = await begeleider.request({ method: 'PUT', url: `/api/begeleiding/clienten/${assigned.id}/periode`, payload: { version: 0, startedOn: '2026-09-15' } });
    expect(start.statusCode, start.body).toBe(200);
    expect(start.json()).toMatchObject({ startedOn: '2026-09-15', expectedEndOn: '2028-03-15', endedOn: null, version: 1 });
    const file = (await regisseur.get(`/api/cases/${assigned.id}/file`)).json<{ signals: { kind: string; dueOn: string }[] }>();
    expect(file.signals.find((s) => s.kind === 'begeleiding-ending')).toMatchObject({ dueOn: '2028-03-15' });
    const before = await snapshotOf(koers.database, { organisationId: g.organisationId, gemeenteIds: [g.gemeenteId] });
    const stale = await begeleider.request({ method: 'PUT', url: `/api/begeleiding/clienten/${assigned.id}/periode`, payload: { version: 0, startedOn: '2026-09-01' } });
    expect(stale.statusCode).toBe(409);
    const backwards = await regisseur.request({ method: 'PUT', url: `/api/cases/${assigned.id}/begeleiding/periode`, payload: { version: 1, startedOn: '2026-09-15', expectedEndOn: '2026-09-01' } });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json<{ error: { field: string } }>().error.field).toBe('expectedEndOn');
    expect(await snapshotOf(koers.database, { organisationId: g.organisationId, gemeenteIds: [g.gemeenteId] })).toBe(before);
    const end = await regisseur.request({ method: 'PUT', url: `/api/cases/${assigned.id}/begeleiding/periode`, payload: { version: 1, startedOn: '2026-09-15', expectedEndOn: '2028-03-15', endedOn: '2026-11-20' } });
    expect(end.statusCode, end.body).toBe(200);
    const after = (await regisseur.get(`/api/cases/${assigned.id}/file`)).json<{ signals: { kind: string }[] }>();
    expect(after.signals.map((s) => s.kind)).not.toContain('begeleiding-ending');
  });
});

describe('what the begeleider never gets', () => {
  it('no response to the begeleider holds the BSN, the intake, or a sensitive key — walking every route it may call', async () => {
    const forbiddenKeys = ['bsn', 'vNumber', 'birthDate', 'nationality', 'themes', 'sensitiveNotes', 'sensitiveReport', 'notes', 'motivation', 'duty', 'intake'];
    const permissions = new Set(['case:read-assigned', 'begeleiding:work']);
    const gets = koers.app.koersRoutes.filter((r) => r.method === 'GET' && r.url.startsWith('/api/') && permissions.has(r.access ?? ''));
    expect(gets.length).toBeGreaterThanOrEqual(4);
    const keysOf = (value: unknown, found: Set<string>): Set<string> => {
      if (Array.isArray(value)) for (const v of value) keysOf(v, found);
      else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) {
          // A key present as null (the shared case file's `duty: null`) carries nothing.
          if (v !== null) found.add(k);
          keysOf(v, found);
        }
      return found;
    };
    let called = 0;
    for (const route of gets) {
      const url = route.url.replace(/:\w+/g, assigned.id);
      const r = await begeleider.get(url);
      if (r.statusCode !== 200) continue;
      called++;
      expect(r.body, url).not.toContain(assigned.bsn ?? 'no-bsn');
      expect(r.body, url).not.toContain(secret);
      const keys = keysOf(r.json(), new Set());
      for (const key of forbiddenKeys) expect(keys.has(key), `${url} geeft ${key}`).toBe(false);
    }
    // Mijn cliënten, one client, the matrix, the assigned file, the case list at least.
    expect(called).toBeGreaterThanOrEqual(4);
  });
});

describe('isolation', () => {
  const writes = (id: string) => [
    { method: 'GET', url: `/api/begeleiding/clienten/${id}` },
    { method: 'POST', url: `/api/begeleiding/clienten/${id}/contacten`, payload: contact },
    { method: 'POST', url: `/api/begeleiding/clienten/${id}/zelfredzaamheid`, payload: { measuredOn: '2026-11-20', scores: [{ domain: 'financien', score: 3 }] } },
    { method: 'POST', url: `/api/begeleiding/clienten/${id}/problemen`, payload: { text: 'Probleem' } },
    { method: 'PUT', url: `/api/begeleiding/clienten/${id}/periode`, payload: { version: 0, startedOn: '2026-09-15' } },
  ];

  async function expectNotFoundAndUnchanged(client: Client, caseId: string, scope: { organisationId: string; gemeenteIds: string[] }) {
    const before = await snapshotOf(koers.database, scope);
    for (const w of writes(caseId)) {
      const r = await client.request({ method: w.method, url: w.url, ...(w.payload ? { payload: w.payload } : {}) });
      expect(r.statusCode, `${w.method} ${w.url}: ${r.body}`).toBe(404);
    }
    expect(await snapshotOf(koers.database, scope)).toBe(before);
  }

  it('a case of the own gemeente that is not assigned → 404 and nothing changed', async () => {
    await expectNotFoundAndUnchanged(begeleider, notAssigned.id, { organisationId: g.organisationId, gemeenteIds: [g.gemeenteId] });
  });

  it('a begeleider of another organisation → 404 and nothing changed', async () => {
    const stranger = await loginAs(koers.app, other.users['partner-begeleiding'].email);
    await expectNotFoundAndUnchanged(stranger, assigned.id, { organisationId: g.organisationId, gemeenteIds: [g.gemeenteId] });
    expect((await stranger.get('/api/begeleiding/clienten')).json()).toEqual([]);
  });

  it('another gemeente\'s case in the regisseur\'s part → 404 and nothing changed', async () => {
    const otherRegisseur = await loginAs(koers.app, other.users.trajectregisseur.email);
    const foreign = await createCaseVia(otherRegisseur, other.gemeenteId);
    const before = await snapshotOf(koers.database, { organisationId: other.organisationId, gemeenteIds: [other.gemeenteId] });
    expect((await regisseur.get(`/api/cases/${foreign.id}/begeleiding`)).statusCode).toBe(404);
    expect((await regisseur.request({ method: 'PUT', url: `/api/cases/${foreign.id}/begeleiding/periode`, payload: { version: 0, startedOn: '2026-09-15' } })).statusCode).toBe(404);
    expect((await regisseur.patch(`/api/cases/${foreign.id}/begeleiding/problemen/${foreign.id}`, { version: 1 })).statusCode).toBe(404);
    expect(await snapshotOf(koers.database, { organisationId: other.organisationId, gemeenteIds: [other.gemeenteId] })).toBe(before);
  });

  it('a second begeleider of the same organisation, not assigned, gets 404', async () => {
    const [second] = await asSystem(koers.database.db, async (tx) => {
      const hash = (await tx.select({ h: users.passwordHash }).from(users).where(eq(users.id, g.users['partner-begeleiding'].id)))[0]?.h ?? '';
      const rows = await tx.insert(users).values({ organisationId: g.organisationId, email: `tweede.${Date.now()}@test.koers`, name: 'Tweede begeleider', role: 'partner-begeleiding', passwordHash: hash }).returning();
      const u = rows[0];
      if (u) await tx.insert(userGemeenten).values({ userId: u.id, gemeenteId: g.gemeenteId, organisationId: g.organisationId });
      return rows;
    });
    const client = await loginAs(koers.app, second!.email, testPassword);
    expect((await client.get(`/api/begeleiding/clienten/${assigned.id}`)).statusCode).toBe(404);
  });

  it('the database itself hides unassigned cases from a partner session (restrictive policy), not from the regisseur', async () => {
    const partner = await signedIn(koers.database, g.users['partner-begeleiding'].id);
    const seen = await inScope(koers.database.db, partner.scope, (tx) => tx.select({ id: cases.id }).from(cases));
    expect(seen.map((c) => c.id)).toEqual([assigned.id]);
    const regie = await signedIn(koers.database, g.users.trajectregisseur.id);
    const all = await inScope(koers.database.db, regie.scope, (tx) => tx.select({ id: cases.id }).from(cases));
    expect(all.map((c) => c.id)).toEqual(expect.arrayContaining([assigned.id, notAssigned.id]));
  });
});
