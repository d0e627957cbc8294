// R26 and R3 (ADR 0140–0141): the dashboard's figures on a small known dataset, per gemeente and
// never another gemeente's; links to the lists for the teamleider, suppressed numbers without
// links for the beleidsadviseur; the huisvestingstaakstelling with its version.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asSystem } from '../../src/db/scope.ts';
import { caseSturing, huisvestingstaakstellingen, pips, processingLog } from '../../src/db/schema.ts';
import { refreshSignals } from '../../src/workqueue/refresh-signals.ts';
import type { Dashboard, TaakstellingReport } from '../../src/use-cases/rapportages/rapportages.view.ts';
import { createGemeente, createTestKoers, loginAs, type Client, type GemeenteFixture, type TestKoers } from '../support/koers.ts';
import { createCase, put, setCaseFields } from '../intake/support.ts';

const now = new Date('2026-12-01T10:00:00Z');
const period = 'van=2026-07-01&tot=2026-12-31';
let koers: TestKoers;
let gemeente: GemeenteFixture;
let other: GemeenteFixture;
let regisseur: Client;
let teamleider: Client;
let beleid: Client;
let otherBeleid: Client;

async function withPips(caseId: string, gemeenteId: string, versions: { issuedOn: string; route: string; level?: string }[]): Promise<void> {
  await asSystem(koers.database.db, async (tx) => {
    for (const [i, v] of versions.entries()) {
      await tx.insert(pips).values({ gemeenteId, caseId, version: i + 1, status: 'vastgesteld', kind: 'advies', issuedOn: v.issuedOn, route: v.route, level: v.level ?? 'B1' });
    }
    await refreshSignals(tx, caseId, '2026-12-01');
  });
}
const refresh = (caseId: string) => asSystem(koers.database.db, (tx) => refreshSignals(tx, caseId, '2026-12-01'));

beforeAll(async () => {
  koers = await createTestKoers({ now: () => now });
  gemeente = await createGemeente(koers.database, 'Dashboardgemeente');
  other = await createGemeente(koers.database, 'Andere dashboardgemeente');
  regisseur = await loginAs(koers.app, gemeente.users.trajectregisseur.email);
  teamleider = await loginAs(koers.app, gemeente.users.teamleider.email);
  beleid = await loginAs(koers.app, gemeente.users.beleidsadviseur.email);
  otherBeleid = await loginAs(koers.app, other.users.beleidsadviseur.email);
  const otherRegisseur = await loginAs(koers.app, other.users.trajectregisseur.email);

  // A: PIP within the 10 weeks (B1), then changed to the onderwijsroute at A2.
  const a = await createCase(regisseur, gemeente.gemeenteId, 'Alpha');
  await setCaseFields(koers.database, a, { obliged: true, regime: 'Wi2021', targetGroup: 'gezin-overig', dutyStartOn: '2026-08-01', duoNoticeOn: '2026-08-01' });
  await withPips(a, gemeente.gemeenteId, [{ issuedOn: '2026-09-01', route: 'B1' }, { issuedOn: '2026-11-01', route: 'Onderwijs', level: 'A2' }]);
  // B: PIP after the 10 weeks (deadline 2026-09-09), Z-route.
  const b = await createCase(regisseur, gemeente.gemeenteId, 'Bravo');
  await setCaseFields(koers.database, b, { obliged: true, regime: 'Wi2021', targetGroup: 'gezin-overig', dutyStartOn: '2026-07-01', duoNoticeOn: '2026-07-01' });
  await withPips(b, gemeente.gemeenteId, [{ issuedOn: '2026-10-01', route: 'Z' }]);
  // C: asielstatushouder linked by the COA and housed, no PIP yet.
  const c = await createCase(regisseur, gemeente.gemeenteId, 'Charlie');
  await setCaseFields(koers.database, c, { obliged: true, regime: 'Wi2021', targetGroup: 'asiel', linkedOn: '2026-07-15', housedOn: '2026-08-01' });
  await refresh(c);
  // D: ondertussengroep (Wi2013): not a Wi2021 case.
  const d = await createCase(regisseur, gemeente.gemeenteId, 'Delta');
  await setCaseFields(koers.database, d, { obliged: true, regime: 'Wi2013', targetGroup: 'asiel', dutyStartOn: '2021-06-01' });
  await refresh(d);
  // Another gemeente's case: never counted here.
  const x = await createCase(otherRegisseur, other.gemeenteId, 'Xray');
  await setCaseFields(koers.database, x, { obliged: true, regime: 'Wi2021', targetGroup: 'gezin-overig', dutyStartOn: '2026-08-01', duoNoticeOn: '2026-08-01' });
  await withPips(x, other.gemeenteId, [{ issuedOn: '2026-09-01', route: 'B1' }]);
});
afterAll(() => koers.close());

const tableOf = (d: Dashboard, id: string) => {
  const t = d.tables.find((x) => x.id === id);
  expect(t, id).toBeDefined();
  return t!;
};
const count = (d: Dashboard, table: string, row: string, column = 0) => {
  const cell = tableOf(d, table).rows.find((r) => r.key === row)?.cells[column];
  return cell?.kind === 'count' ? cell.value : cell?.kind;
};

describe('the dashboard (R26)', () => {
  it('counts each figure of the gemeente, and nothing of another gemeente', async () => {
    const r = await teamleider.get(`/api/rapportages/dashboard?${period}`);
    expect(r.statusCode, r.body).toBe(200);
    const d = r.json<Dashboard>();
    expect(d.gemeenten.map((g) => g.id)).toEqual([gemeente.gemeenteId]);
    expect(d.linkable).toBe(true);
    expect(count(d, 'in-beeld', 'in-beeld')).toBe(3);
    expect(count(d, 'in-beeld', 'zonder-pip')).toBe(1);
    expect(count(d, 'pip-termijn', 'pip-binnen-termijn')).toBe(1);
    expect(count(d, 'pip-termijn', 'pip-na-termijn')).toBe(1);
    expect(count(d, 'pip-termijn', 'totaal')).toBe(2);
    expect(count(d, 'routes', 'route:Onderwijs')).toBe(1);
    expect(count(d, 'routes', 'route:Z')).toBe(1);
    expect(count(d, 'routes', 'route:B1')).toBe(0);
    expect(count(d, 'wissels', 'routewissel')).toBe(1);
    expect(count(d, 'wissels', 'a2')).toBe(1);
    // The organisation column (one gemeente here) equals the gemeente's.
    expect(count(d, 'in-beeld', 'in-beeld', 1)).toBe(3);
    // Caseload: the four open cases, none with a trajectregisseur assigned by the test.
    expect(count(d, 'caseload', 'totaal')).toBe(4);
  });

  it('every number links to the case list that shows exactly the cases counted', async () => {
    const d = (await teamleider.get(`/api/rapportages/dashboard?${period}`)).json<Dashboard>();
    const cell = tableOf(d, 'in-beeld').rows[0]!.cells[0]!;
    expect(cell.kind === 'count' ? cell.href : undefined).toBe(`/dossiers?kengetal=in-beeld&van=2026-07-01&tot=2026-12-31&gemeente=${gemeente.gemeenteId}`);
    const list = await teamleider.get(`/api/cases?kengetal=in-beeld&van=2026-07-01&tot=2026-12-31&gemeenteId=${gemeente.gemeenteId}`);
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json<{ items: { familyName: string }[] }>().items.map((i) => i.familyName).sort()).toEqual(['Alpha', 'Bravo', 'Charlie']);
    const late = await teamleider.get('/api/cases?kengetal=pip-na-termijn&van=2026-07-01&tot=2026-12-31');
    expect(late.json<{ items: { familyName: string }[] }>().items.map((i) => i.familyName)).toEqual(['Bravo']);
    const route = await teamleider.get('/api/cases?kengetal=route&waarde=Z&van=2026-07-01&tot=2026-12-31');
    expect(route.json<{ total: number }>().total).toBe(1);
  });

  it('the beleidsadviseur gets numbers only: small counts suppressed, no links, no case ids', async () => {
    const r = await beleid.get(`/api/rapportages/dashboard?${period}`);
    expect(r.statusCode, r.body).toBe(200);
    const d = r.json<Dashboard>();
    expect(d.linkable).toBe(false);
    expect(d.threshold).toBe(5);
    expect(count(d, 'in-beeld', 'in-beeld')).toBe('suppressed');
    expect(r.body).not.toContain('href');
    expect(r.body).not.toContain('/dossiers');
    for (const t of d.tables) for (const row of t.rows) for (const c of row.cells) if (c.kind === 'count') expect(c.value === 0 || c.value >= 5).toBe(true);
  });

  it('a lower threshold set by the gemeente shows counts from it', async () => {
    const fresh = await createGemeente(koers.database, 'Drempelgemeente');
    await asSystem(koers.database.db, async (tx) => {
      const { gemeenten } = await import('../../src/db/schema.ts');
      await tx.update(gemeenten).set({ settings: { kleineAantallenDrempel: 2 } }).where(eq(gemeenten.id, fresh.gemeenteId));
    });
    const rg = await loginAs(koers.app, fresh.users.trajectregisseur.email);
    for (const name of ['Een', 'Twee', 'Drie']) {
      const id = await createCase(rg, fresh.gemeenteId, name);
      await setCaseFields(koers.database, id, { obliged: true, regime: 'Wi2021', targetGroup: 'asiel', linkedOn: '2026-08-01' });
      await refresh(id);
    }
    const policy = await loginAs(koers.app, fresh.users.beleidsadviseur.email);
    const d = (await policy.get(`/api/rapportages/dashboard?${period}`)).json<Dashboard>();
    expect(d.threshold).toBe(2);
    expect(count(d, 'in-beeld', 'in-beeld')).toBe(3);
  });

  it('403 without reports:aggregate; 404 for another gemeente; 400 for a period that ends before it starts', async () => {
    expect((await regisseur.get(`/api/rapportages/dashboard?${period}`)).statusCode).toBe(403);
    expect((await teamleider.get(`/api/rapportages/dashboard?${period}&gemeenteId=${other.gemeenteId}`)).statusCode).toBe(404);
    const bad = await teamleider.get('/api/rapportages/dashboard?van=2026-12-31&tot=2026-07-01');
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ error: { field: string } }>().error.field).toBe('tot');
  });

  it('logs one processing-log entry per aggregate request (purpose: verantwoording)', async () => {
    const countLog = () =>
      asSystem(koers.database.db, async (tx) => (await tx.select().from(processingLog).where(eq(processingLog.processingActivityId, 'urn:koers:verwerking:verantwoording'))).length);
    const before = await countLog();
    await teamleider.get(`/api/rapportages/dashboard?${period}`);
    expect(await countLog()).toBe(before + 1);
  });

  it('a case change rewrites its facts in the same transaction (the dashboard is never stale)', async () => {
    const id = await createCase(regisseur, gemeente.gemeenteId, 'Echo');
    const [row] = await asSystem(koers.database.db, (tx) => tx.select().from(caseSturing).where(eq(caseSturing.caseId, id)));
    expect(row).toMatchObject({ gemeenteId: gemeente.gemeenteId, closedOn: null });
  });
});

describe('the huisvestingstaakstelling (R3)', () => {
  it('is entered with a version, shown per half year with linked, housed and inburgeringsplichtig', async () => {
    const url = `/api/rapportages/taakstelling/${gemeente.gemeenteId}/2026/2`;
    const first = await put(beleid, url, { aantal: 12, version: 0 });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ aantal: 12, version: 1 });
    expect((await put(beleid, url, { aantal: 14, version: 0 })).statusCode).toBe(409);
    expect((await put(beleid, url, { aantal: 14, version: 1 })).json()).toMatchObject({ aantal: 14, version: 2 });
    expect((await put(beleid, url, { aantal: -1, version: 2 })).statusCode).toBe(400);

    const r = await teamleider.get('/api/rapportages/taakstelling?vanJaar=2026&totJaar=2026');
    expect(r.statusCode, r.body).toBe(200);
    const half = r.json<TaakstellingReport>().rows.find((x) => x.year === 2026 && x.half === 2);
    expect(half).toMatchObject({ version: 2, figures: { taakstelling: 14, linked: 1, housed: 1, housedPlichtig: 1, plichtigPercent: 100 } });
    expect(half?.links.housed).toContain('kengetal=gehuisvest');
    const policy = (await beleid.get('/api/rapportages/taakstelling?vanJaar=2026&totJaar=2026')).json<TaakstellingReport>();
    const hidden = policy.rows.find((x) => x.year === 2026 && x.half === 2);
    expect(hidden?.suppressed.sort()).toEqual(['housed', 'housedPlichtig', 'linked']);
    expect(hidden?.links).toEqual({});
  });

  it('another gemeente\'s taakstelling: 404 and nothing changed; the teamleider may not enter it', async () => {
    const url = `/api/rapportages/taakstelling/${gemeente.gemeenteId}/2026/1`;
    expect((await put(otherBeleid, url, { aantal: 99, version: 0 })).statusCode).toBe(404);
    expect((await put(teamleider, url, { aantal: 99, version: 0 })).statusCode).toBe(403);
    const rows = await asSystem(koers.database.db, (tx) =>
      tx.select().from(huisvestingstaakstellingen).where(and(eq(huisvestingstaakstellingen.gemeenteId, gemeente.gemeenteId), eq(huisvestingstaakstellingen.half, 1))),
    );
    expect(rows).toEqual([]);
  });
});
