// A notification whose processing fails shows at once (issue 18): after the first failure — not
// after hours of silent retries — the reason is on the notification, on the DUO page, and, when the
// person has a case, a werkvoorraad signal on that case. Retries go on (backoff kept in the
// database); when one succeeds, the reason and the signal are gone. Also: the DUO status page per
// role (what each role may see of a person).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { asSystem } from '../../src/db/scope.ts';
import { cases, caseSignals, duoInbox, processingLog } from '../../src/db/schema.ts';
import type { DuoStatusView } from '../../src/use-cases/duo/duo.view.ts';
import { createCaseVia, validBsn } from '../support/fixtures.ts';
import { hoursVersion } from '../support/versions.ts';
import { seed, startDuoEnv, type DuoTestEnv } from './support.ts';

let env: DuoTestEnv;
beforeAll(async () => {
  env = await startDuoEnv();
});
afterAll(async () => {
  expect(await env.contractViolations()).toEqual([]);
  await env.close();
});

const inboxRow = async (berichtId: string) => (await asSystem(env.database.db, (tx) => tx.select().from(duoInbox).where(eq(duoInbox.berichtId, berichtId))))[0]!;
const signalsOf = (caseId: string) => asSystem(env.database.db, (tx) => tx.select().from(caseSignals).where(eq(caseSignals.caseId, caseId)));
const fetchesFor = (bsn: string) => env.sim.state.requestLog.filter((r) => r.method === 'GET' && r.url.includes(`/personen/${bsn}/`)).length;
const statusAs = async (role: 'teamleider' | 'beheerder' | 'trajectregisseur' | 'financieel-medewerker') => {
  const res = await (await env.login(role)).get('/api/duo/status');
  expect(res.statusCode).toBe(200);
  return res.json<DuoStatusView>();
};

describe('a notification whose processing fails', () => {
  it('for a person with a case: signal and reason after the first failure; retried with backoff; gone when it succeeds', async () => {
    const bsn = validBsn();
    seed(env, bsn, { termijn: { startdatum: '2026-04-15', einddatum: '2029-04-15' } });
    const created = await createCaseVia(await env.login(), env.gemeente.gemeenteId, { bsn });
    env.sim.setFailureMode({ kind: 'down' });
    const d = await env.sim.emit({ gebeurtenisId: 'SS102', bsn });
    expect(d.delivered).toBe(true);
    const result = await env.duo.worker.tick();
    expect(result.inbox.retrying).toBe(1);

    const row = await inboxRow(d.berichtId);
    expect(row).toMatchObject({ status: 'ontvangen', attempts: 1, caseId: created.id, lastError: 'DUO is niet bereikbaar (geen verbinding)' });
    expect(row.nextAttemptAt.getTime()).toBe(env.clock.now.getTime() + 1_000);
    const [signal] = (await signalsOf(created.id)).filter((s) => s.kind === 'duo-processing-failed');
    expect(signal?.reason).toMatch(/SS102: Inburgeringstermijn gestart .* kon nog niet worden verwerkt: DUO is niet bereikbaar \(geen verbinding\)\. Koers probeert het automatisch opnieuw/);

    // On the DUO page: the list of notifications and the status's recent failures.
    const regisseur = await env.login();
    const listed = (await regisseur.get('/api/duo/notificaties')).json<Array<{ id: string; status: string; lastError: string | null; bsn: string | null }>>();
    expect(listed).toContainEqual(expect.objectContaining({ id: row.id, status: 'ontvangen', lastError: 'DUO is niet bereikbaar (geen verbinding)', bsn }));
    const status = await statusAs('trajectregisseur');
    expect(status.recentFailures).toContainEqual(expect.objectContaining({ kind: 'notificatie', id: row.id, caseId: created.id, bsn, status: 'ontvangen', attempts: 1, reason: 'DUO is niet bereikbaar (geen verbinding)' }));
    const g = status.gemeenten.find((x) => x.gemeenteId === env.gemeente.gemeenteId);
    expect(g?.inbox.retrying).toBeGreaterThanOrEqual(1);
    expect(g?.lastFailureReason).toBe('DUO is niet bereikbaar (geen verbinding)');

    // Not retried before its time, whichever process asks.
    const tried = fetchesFor(bsn);
    await env.duo.worker.tick();
    expect(fetchesFor(bsn)).toBe(tried);

    env.sim.setFailureMode(null);
    env.clock.now = row.nextAttemptAt;
    await env.duo.worker.tick();
    expect(await inboxRow(d.berichtId)).toMatchObject({ status: 'verwerkt', lastError: null, attempts: 2 });
    expect((await signalsOf(created.id)).map((s) => s.kind)).not.toContain('duo-processing-failed');
    const [c] = await asSystem(env.database.db, (tx) => tx.select().from(cases).where(eq(cases.id, created.id)));
    expect(c?.termStart).toBe('2026-04-15');
    expect((await regisseur.get('/api/duo/notificaties')).json<Array<{ id: string }>>().map((n) => n.id)).not.toContain(row.id);
    const after = (await statusAs('trajectregisseur')).gemeenten.find((x) => x.gemeenteId === env.gemeente.gemeenteId);
    expect(after?.lastSuccessAt).toBe(env.clock.now.toISOString());
  });

  it('for a person without a case: on the DUO page at once (no case to signal); a later notification about the person waits for it', async () => {
    const bsn = validBsn();
    seed(env, bsn, { termijn: { startdatum: '2026-04-15', einddatum: '2029-04-15' } });
    env.sim.setFailureMode({ kind: 'status503' });
    const registering = await env.sim.emit({ gebeurtenisId: 'SS101', bsn });
    env.clock.advance(1_000);
    const later = await env.sim.emit({ gebeurtenisId: 'SS102', bsn });
    await env.duo.worker.tick();
    expect(await inboxRow(registering.berichtId)).toMatchObject({ status: 'ontvangen', attempts: 1, caseId: null, lastError: 'DUO antwoordde met status 503 (storing of onderhoud)' });
    expect(await inboxRow(later.berichtId)).toMatchObject({ status: 'ontvangen', attempts: 0, lastError: null });
    const status = await statusAs('teamleider');
    expect(status.recentFailures).toContainEqual(expect.objectContaining({ id: (await inboxRow(registering.berichtId)).id, caseId: null, bsn }));
    // The werkvoorraad's notice: counts only (no failures listed, nothing read of a person).
    const teamleider = await env.login('teamleider');
    const counts = (await teamleider.get('/api/duo/status?fouten=nee')).json<DuoStatusView>();
    expect(counts.recentFailures).toEqual([]);
    expect(counts.gemeenten.find((g) => g.gemeenteId === env.gemeente.gemeenteId)?.inbox.failingWithoutCase).toBeGreaterThanOrEqual(1);
    expect((await teamleider.get('/api/duo/status?fouten=misschien')).statusCode).toBe(400);

    env.sim.setFailureMode(null);
    env.clock.now = (await inboxRow(registering.berichtId)).nextAttemptAt;
    await env.duo.worker.tick();
    expect((await inboxRow(registering.berichtId)).status).toBe('actie-nodig');
    expect((await inboxRow(later.berichtId)).status).toBe('verwerkt');
  });

  it('after the last attempt: fout, with the number of attempts in the reason', async () => {
    const bsn = validBsn();
    seed(env, bsn);
    const created = await createCaseVia(await env.login(), env.gemeente.gemeenteId, { bsn });
    env.sim.setFailureMode({ kind: 'down' });
    const d = await env.sim.emit({ gebeurtenisId: 'SS199', bsn });
    for (let i = 0; i < 10 && (await inboxRow(d.berichtId)).status === 'ontvangen'; i++) {
      await env.duo.worker.tick();
      env.clock.now = new Date(Math.max(env.clock.now.getTime(), (await inboxRow(d.berichtId)).nextAttemptAt.getTime()));
    }
    env.sim.setFailureMode(null);
    expect(await inboxRow(d.berichtId)).toMatchObject({ status: 'fout', attempts: 5, lastError: 'DUO is niet bereikbaar (geen verbinding) (na 5 pogingen)' });
    const [signal] = (await signalsOf(created.id)).filter((s) => s.kind === 'duo-processing-failed');
    expect(signal?.reason).toMatch(/kon niet worden verwerkt: .*na 5 pogingen.*Controleer de gegevens bij DUO/);
  });
});

describe('the DUO status page per role', () => {
  it('every role with duo:status sees the koppeling; personal data only as far as the role may see it; the rest get 403', async () => {
    const bsn = validBsn();
    seed(env, bsn);
    const created = await createCaseVia(await env.login(), env.gemeente.gemeenteId, { bsn });
    env.sim.setFailureMode({ kind: 'status503' });
    const d = await env.sim.emit({ gebeurtenisId: 'SS199', bsn });
    await env.duo.worker.tick();
    env.sim.setFailureMode(null);
    const id = (await inboxRow(d.berichtId)).id;

    const regisseur = await statusAs('trajectregisseur');
    expect(regisseur.configured).toBe(true);
    expect(regisseur.recentFailures.find((f) => f.id === id)).toMatchObject({ caseId: created.id, bsn });
    const finance = await statusAs('financieel-medewerker');
    expect(finance.recentFailures.find((f) => f.id === id)).toMatchObject({ caseId: created.id, bsn: null });
    const beheerder = await statusAs('beheerder');
    const seen = beheerder.recentFailures.find((f) => f.id === id);
    expect(seen).toMatchObject({ caseId: null, bsn: null, what: 'SS199 — Uitslag examen bekend' });
    expect(JSON.stringify(beheerder)).not.toContain(bsn);
    expect(JSON.stringify(beheerder)).not.toContain(created.id);
    const g = beheerder.gemeenten.find((x) => x.gemeenteId === env.gemeente.gemeenteId);
    expect(g).toMatchObject({ gemeenteName: expect.any(String) as unknown, oinSet: true, lastNotificationAt: env.clock.now.toISOString() });
    expect(g?.outbox).toEqual(expect.objectContaining({ waiting: expect.any(Number) as unknown, sending: 0 }));
    // Another gemeente's koppeling is not in the status of this organisation's users.
    expect(beheerder.gemeenten.map((x) => x.gemeenteId)).not.toContain(env.other.gemeenteId);

    // What a role saw of a person is in the processing log; the beheerder saw nobody.
    const logged = await asSystem(env.database.db, (tx) => tx.select().from(processingLog).where(and(eq(processingLog.operationName, 'getDuoStatus'), eq(processingLog.resourceId, created.id))));
    expect(logged.length).toBeGreaterThanOrEqual(2);
    const loggedBeheerder = await asSystem(env.database.db, (tx) => tx.select().from(processingLog).where(and(eq(processingLog.operationName, 'getDuoStatus'), eq(processingLog.actorUserId, env.gemeente.users.beheerder.id))));
    expect(loggedBeheerder).toHaveLength(0);

    for (const role of ['beleidsadviseur', 'partner-begeleiding', 'partner-aanbieder'] as const) {
      expect((await (await env.login(role)).get('/api/duo/status')).statusCode, role).toBe(403);
    }
    await env.duo.worker.tick();
  });

  it('the oldest waiting melding and the backlog per status', async () => {
    const bsn = validBsn();
    seed(env, bsn);
    const created = await createCaseVia(await env.login(), env.gemeente.gemeenteId, { bsn });
    await env.duo.worker.tick();
    const since = env.clock.now.toISOString();
    env.sim.setFailureMode({ kind: 'down' });
    const regisseur = await env.login();
    expect((await regisseur.request({ method: 'PUT', url: `/api/cases/${created.id}/hours/taallesknm`, payload: { version: await hoursVersion(env.database, created.id, 'taallesknm'), total: 5, asOf: '2026-05-31' } })).statusCode).toBe(200);
    await env.duo.worker.tick();
    const g = (await statusAs('teamleider')).gemeenten.find((x) => x.gemeenteId === env.gemeente.gemeenteId);
    expect(g?.outbox.waiting).toBeGreaterThanOrEqual(1);
    expect((g?.outbox.oldestWaitingSince ?? 'z') <= since).toBe(true);
    expect(g?.lastFailureReason).toBe('DUO is niet bereikbaar (geen verbinding)');
    env.sim.setFailureMode(null);
  });
});
