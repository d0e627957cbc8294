// The privacy officer's search of the processing log (issue 11, ADR 0098): by person (BSN or
// V-number → case → pseudonymised subject) and by user, over a period, paged; the CSV export; the
// search itself logged; Dutch errors naming the field; another organisation finds nothing.
import { and, eq, gt, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { processingActivities } from '@koers/domain';
import { processingLog, users } from '../../src/db/schema.ts';
import { pseudonymise } from '../../src/privacy/processing-log.ts';
import { neutraliseFormula } from '../../src/privacy/csv.ts';
import { createGemeente, createTestKoers, loginAs, type GemeenteFixture, type TestKoers } from '../support/koers.ts';
import { createCaseVia, invalidBsn, validVNumber, type CaseBody } from '../support/fixtures.ts';

let koers: TestKoers;
beforeAll(async () => {
  koers = await createTestKoers();
});
afterAll(() => koers.close());

interface Entry {
  at: string;
  actorName: string;
  actorRoleLabel: string;
  action: string;
  actionLabel: string;
  activityName: string;
  purpose: string;
  resourceLabel: string;
  subjectLabel: string;
  gemeente: string | null;
  statusLabel: string;
}
interface SearchBody {
  van: string;
  tot: string;
  cases: { gemeente: string; openedOn: string; closedOn: string | null }[];
  users: { name: string; email: string; roleLabel: string }[];
  entries: Entry[];
  page: number;
  pageSize: number;
  hasMore: boolean;
}

/** The search as the body of the POST: "bsn=…&van=…" → { bsn, van } (pagina as a number). */
function q(query: string): Record<string, unknown> {
  return Object.fromEntries([...new URLSearchParams(query)].map(([k, v]) => [k, k === 'pagina' ? Number(v) : v]));
}

async function maxLogId(): Promise<number> {
  const [row] = await koers.database.db.select({ id: sql<number>`coalesce(max(id), 0)::int` }).from(processingLog);
  return row?.id ?? 0;
}

/** A gemeente with a case that the trajectregisseur created, read and changed. */
async function scene(): Promise<{ g: GemeenteFixture; created: CaseBody; gemeenteName: string }> {
  const g = await createGemeente(koers.database, 'Logboekgemeente');
  const regisseur = await loginAs(koers.app, g.users.trajectregisseur.email);
  const created = await createCaseVia(regisseur, g.gemeenteId, { vNumber: validVNumber() });
  expect((await regisseur.get(`/api/cases/${created.id}`)).statusCode).toBe(200);
  expect((await regisseur.patch(`/api/cases/${created.id}`, { version: created.version, givenNames: 'Noor' })).statusCode).toBe(200);
  const session = (await regisseur.get('/api/auth/session')).json<{ user: { gemeenten: { name: string }[] } }>();
  return { g, created, gemeenteName: session.user.gemeenten[0]?.name ?? '' };
}

describe('searching the processing log by person', () => {
  it('the FG finds who did what, when and why for a BSN — in Dutch, without ids — and the search is logged', async () => {
    const { g, created, gemeenteName } = await scene();
    const fg = await loginAs(koers.app, g.users['functionaris-gegevensbescherming'].email);
    const since = await maxLogId();

    const response = await fg.post('/api/privacy/logboek/zoeken', q(`bsn=${created.bsn}`));
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json<SearchBody>();
    expect(body.cases).toHaveLength(1);
    expect(body.cases[0]).toMatchObject({ gemeente: gemeenteName, closedOn: null });
    expect(body.cases[0]?.openedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(new Set(body.entries.map((e) => e.actionLabel))).toEqual(new Set(['Vastleggen', 'Inzien', 'Wijzigen']));
    for (const e of body.entries) {
      expect(e).toMatchObject({
        actorName: `trajectregisseur ${g.users.trajectregisseur.email.split('.')[1]?.split('@')[0] ?? ''}`,
        actorRoleLabel: 'Trajectregisseur',
        activityName: processingActivities.dossierInburgering.name,
        purpose: processingActivities.dossierInburgering.purpose,
        subjectLabel: 'Inburgeringsplichtige (dossier)',
        gemeente: gemeenteName,
        statusLabel: 'Gelukt',
      });
    }
    // Newest first.
    const times = body.entries.map((e) => e.at);
    expect([...times].sort().reverse()).toEqual(times);
    // No ids, no pseudonyms, no BSN in the answer.
    for (const secret of [created.id, g.users.trajectregisseur.id, g.gemeenteId, pseudonymise(koers.config.secret, { type: 'case', id: created.id })]) {
      expect(response.body).not.toContain(secret);
    }
    expect(response.body).not.toContain(created.bsn);

    // The search is in the log: activity "toezicht", the FG as actor and role, the case as subject.
    const reads = await koers.database.db
      .select()
      .from(processingLog)
      .where(and(gt(processingLog.id, since), eq(processingLog.actorUserId, g.users['functionaris-gegevensbescherming'].id)));
    expect(reads).toHaveLength(1);
    expect(reads[0]).toMatchObject({
      processingActivityId: processingActivities.toezichtGegevensbescherming.id,
      action: 'read',
      actorRole: 'functionaris-gegevensbescherming',
      resourceType: 'processing_log',
      dataSubjectIdType: 'case',
      dataSubjectId: pseudonymise(koers.config.secret, { type: 'case', id: created.id }),
      gemeenteId: g.gemeenteId,
      operationName: 'searchProcessingLog',
    });

    // The next search shows the previous one: the FG's own reading is accountable too.
    const again = (await fg.post('/api/privacy/logboek/zoeken', q(`bsn=${created.bsn}`))).json<SearchBody>();
    expect(again.entries[0]).toMatchObject({ actionLabel: 'Inzien', actorRoleLabel: 'Functionaris gegevensbescherming', activityName: processingActivities.toezichtGegevensbescherming.name, resourceLabel: 'Logboek dataverwerkingen' });
  });

  it('a V-number finds the same case; the beheerder may search too; other roles get 403', async () => {
    const { g, created } = await scene();
    const beheerder = await loginAs(koers.app, g.users.beheerder.email);
    const byV = await beheerder.post('/api/privacy/logboek/zoeken', q(`vNummer=${created.vNumber ?? ''}`));
    expect(byV.statusCode, byV.body).toBe(200);
    expect(byV.json<SearchBody>().entries.length).toBeGreaterThanOrEqual(3);
    for (const role of ['trajectregisseur', 'teamleider', 'beleidsadviseur', 'hostingbeheerder'] as const) {
      const client = await loginAs(koers.app, g.users[role].email);
      expect((await client.post('/api/privacy/logboek/zoeken', q(`bsn=${created.bsn}`))).statusCode, role).toBe(403);
      expect((await client.post('/api/privacy/logboek/export', q(`bsn=${created.bsn}`))).statusCode, role).toBe(403);
    }
  });

  it('a period limits the result (Dutch calendar days, inclusive)', async () => {
    const { g, created } = await scene();
    const fg = await loginAs(koers.app, g.users['functionaris-gegevensbescherming'].email);
    const past = (await fg.post('/api/privacy/logboek/zoeken', q(`bsn=${created.bsn}&van=2025-01-01&tot=2025-12-31`))).json<SearchBody>();
    expect(past.entries).toEqual([]);
    expect(past).toMatchObject({ van: '2025-01-01', tot: '2025-12-31' });
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
    const now = (await fg.post('/api/privacy/logboek/zoeken', q(`bsn=${created.bsn}&van=${today}&tot=${today}`))).json<SearchBody>();
    expect(now.entries.length).toBeGreaterThanOrEqual(3);
  });

  it('another organisation\'s FG finds neither the case nor its log', async () => {
    const { created } = await scene();
    const other = await createGemeente(koers.database, 'Anders');
    const fg = await loginAs(koers.app, other.users['functionaris-gegevensbescherming'].email);
    const body = (await fg.post('/api/privacy/logboek/zoeken', q(`bsn=${created.bsn}`))).json<SearchBody>();
    expect(body.cases).toEqual([]);
    expect(body.entries).toEqual([]);
  });
});

describe('searching by user, paging', () => {
  it('finds what one user did, 50 per page', async () => {
    const { g, created } = await scene();
    const regisseur = await loginAs(koers.app, g.users.trajectregisseur.email);
    for (let i = 0; i < 50; i++) expect((await regisseur.get(`/api/cases/${created.id}`)).statusCode).toBe(200);
    const fg = await loginAs(koers.app, g.users['functionaris-gegevensbescherming'].email);

    const first = await fg.post('/api/privacy/logboek/zoeken', q(`gebruiker=${encodeURIComponent(g.users.trajectregisseur.email)}`));
    expect(first.statusCode, first.body).toBe(200);
    const page1 = first.json<SearchBody>();
    expect(page1.users).toHaveLength(1);
    expect(page1.users[0]).toMatchObject({ email: g.users.trajectregisseur.email, roleLabel: 'Trajectregisseur', active: true });
    expect(page1).toMatchObject({ page: 1, pageSize: 50, hasMore: true });
    expect(page1.entries).toHaveLength(50);
    const page2 = (await fg.post('/api/privacy/logboek/zoeken', q(`gebruiker=${encodeURIComponent(g.users.trajectregisseur.email)}&pagina=2`))).json<SearchBody>();
    expect(page2.hasMore).toBe(false);
    // Login, create, read, update, 50 reads, the session probe's reads: at least 53 in all, none twice.
    expect(page1.entries.length + page2.entries.length).toBeGreaterThanOrEqual(53);
    expect((page2.entries.at(-1)?.at ?? '') <= (page1.entries.at(-1)?.at ?? '')).toBe(true);

    // The search is logged against the user searched for.
    const [read] = await koers.database.db
      .select()
      .from(processingLog)
      .where(and(eq(processingLog.actorUserId, g.users['functionaris-gegevensbescherming'].id), eq(processingLog.operationName, 'searchProcessingLog')));
    expect(read).toMatchObject({ processingActivityId: processingActivities.toezichtGegevensbescherming.id, dataSubjectId: pseudonymise(koers.config.secret, { type: 'user', id: g.users.trajectregisseur.id }) });
  });

  it('a user of another organisation is not found', async () => {
    const { g } = await scene();
    const other = await createGemeente(koers.database, 'Anders');
    const fg = await loginAs(koers.app, other.users['functionaris-gegevensbescherming'].email);
    const body = (await fg.post('/api/privacy/logboek/zoeken', q(`gebruiker=${encodeURIComponent(g.users.trajectregisseur.email)}`))).json<SearchBody>();
    expect(body).toMatchObject({ users: [], entries: [] });
  });
});

describe('bad input gets a Dutch error naming the field', () => {
  it.each([
    ['bsn=123456789', 'bsn', /^BSN: .*elfproef/],
    ['bsn=12345', 'bsn', /^BSN: Een BSN bestaat uit precies 9 cijfers/],
    ['vNummer=12', 'vNummer', /^V-nummer: /],
    ['gebruiker=a', 'gebruiker', /^Medewerker: vul minstens 2 tekens/],
    ['', 'bsn', /^Zoeken op: /],
    ['bsn=111222333&gebruiker=piet', 'bsn', /^Zoeken op: vul één van/],
    ['bsn=111222333&van=2026-02-01&tot=2026-01-31', 'tot', /^Tot en met: deze datum ligt vóór de datum bij Van/],
    ['bsn=111222333&van=2026-13-01', 'van', /Van: vul een datum in/],
  ])('%s → %s', async (query, field, message) => {
    const g = await createGemeente(koers.database);
    const fg = await loginAs(koers.app, g.users['functionaris-gegevensbescherming'].email);
    const since = await maxLogId();
    const response = await fg.post('/api/privacy/logboek/zoeken', q(`${query}`));
    expect(response.statusCode).toBe(400);
    const error = response.json<{ error: { field: string; message: string } }>().error;
    expect(error.field).toBe(field);
    expect(error.message).toMatch(message);
    // Nothing was read, so nothing was logged.
    expect(await maxLogId()).toBe(since);
  });

  it('an invalid BSN (fixture) is refused for the export as well', async () => {
    const g = await createGemeente(koers.database);
    const fg = await loginAs(koers.app, g.users['functionaris-gegevensbescherming'].email);
    const response = await fg.post('/api/privacy/logboek/export', q(`bsn=${invalidBsn()}`));
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ error: { field: 'bsn' } });
  });
});

describe('the CSV export', () => {
  it('semicolons, UTF-8 with BOM, Dutch headers, formula cells neutralised; the export is logged', async () => {
    const { g, created } = await scene();
    // A user name a spreadsheet would run as a formula.
    await koers.database.db.update(users).set({ name: '=HYPERLINK("https://example.org";"klik")' }).where(eq(users.id, g.users.trajectregisseur.id));
    const fg = await loginAs(koers.app, g.users['functionaris-gegevensbescherming'].email);
    const since = await maxLogId();
    const response = await fg.post('/api/privacy/logboek/export', q(`bsn=${created.bsn}`));
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="logboek-dataverwerkingen-\d{4}-\d{2}-\d{2}-tot-en-met-\d{4}-\d{2}-\d{2}\.csv"$/);
    const raw = response.rawPayload;
    expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = raw.toString('utf8').slice(1).split('\r\n');
    expect(lines[0]).toBe('Datum en tijd;Medewerker;Rol;Handeling;Gegevens;Betrokkene;Verwerkingsactiviteit;Doel;Gemeente;Resultaat');
    const data = lines.slice(1).filter((l) => l !== '');
    expect(data.length).toBeGreaterThanOrEqual(3);
    for (const line of data) {
      expect(line).toMatch(/^\d{2}-\d{2}-\d{4} \d{2}:\d{2}:\d{2};/);
      expect(line).toContain(`;"'=HYPERLINK(""https://example.org"";""klik"")";Trajectregisseur;`);
    }
    expect(raw.toString('utf8')).not.toContain(created.id);
    const [read] = await koers.database.db.select().from(processingLog).where(and(gt(processingLog.id, since), eq(processingLog.operationName, 'exportProcessingLog')));
    expect(read).toMatchObject({ processingActivityId: processingActivities.toezichtGegevensbescherming.id, dataSubjectIdType: 'case' });
  });

  it('every formula start gets an apostrophe; other text is left alone', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) expect(neutraliseFormula(`${start}1+1`)).toBe(`'${start}1+1`);
    expect(neutraliseFormula('Noor')).toBe('Noor');
    expect(neutraliseFormula('')).toBe('');
    expect(neutraliseFormula('1-1')).toBe('1-1');
  });
});
