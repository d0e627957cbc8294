// A move through DUO: the old gemeente closes the case as verhuisd; DUO's SS120 to the new gemeente
// (in the same installation, another organisation) creates the case there, linked to the old one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { asSystem } from '../../src/db/scope.ts';
import { caseEvents, caseLinks, cases, gemeenten } from '../../src/db/schema.ts';
import { createCaseVia, validBsn } from '../support/fixtures.ts';
import { seed, startDuoEnv, type DuoTestEnv } from '../duo/support.ts';

let env: DuoTestEnv;
beforeAll(async () => {
  env = await startDuoEnv();
  // The simulator knows the receiving gemeente as 0505.
  await asSystem(env.database.db, (tx) => tx.update(gemeenten).set({ code: '0505' }).where(eq(gemeenten.id, env.gemeente.gemeenteId)));
});
afterAll(async () => {
  expect(await env.contractViolations()).toEqual([]);
  await env.close();
});

describe('SS120 after a move within the installation', () => {
  it('the new gemeente’s case is created from the notification and linked both ways; the old case shows where the person went', async () => {
    const bsn = validBsn();
    const oldClient = await env.login('trajectregisseur', env.other);
    const old = await createCaseVia(oldClient, env.other.gemeenteId, { bsn });
    const closed = await oldClient.post(`/api/cases/${old.id}/close`, { reason: 'verhuisd', effectiveOn: '2026-05-29', movedTo: { code: '0505', name: 'Nieuwe gemeente' }, version: old.version });
    expect(closed.statusCode, closed.body).toBe(200);

    seed(env, bsn);
    const d = await env.sim.emit({ gebeurtenisId: 'SS120', bsn, registratieDatumTijd: '2026-05-30T08:00:00Z' });
    expect(d.delivered).toBe(true);
    await env.duo.worker.tick();

    const [fresh] = await asSystem(env.database.db, (tx) => tx.select().from(cases).where(and(eq(cases.gemeenteId, env.gemeente.gemeenteId), eq(cases.bsn, bsn))));
    expect(fresh).toMatchObject({ source: 'verhuizing', movedInOn: '2026-05-30' });
    const links = await asSystem(env.database.db, (tx) => tx.select().from(caseLinks).where(eq(caseLinks.otherCaseId, old.id)));
    expect(links).toEqual([expect.objectContaining({ caseId: fresh!.id, gemeenteId: env.gemeente.gemeenteId, kind: 'verhuisd-uit' })]);
    const newClient = await env.login();
    const view = (await newClient.get(`/api/cases/${fresh!.id}/links`)).json<{ moves: { direction: string; gemeenteName: string; linked: boolean }[] }>();
    expect(view.moves).toEqual([expect.objectContaining({ direction: 'uit', linked: true })]);
    expect(view.moves[0]!.gemeenteName).toContain('Anderegemeente');
    const oldView = (await oldClient.get(`/api/cases/${old.id}/links`)).json<{ moves: { direction: string; gemeenteName: string; linked: boolean }[] }>();
    expect(oldView.moves).toEqual([{ direction: 'naar', gemeenteCode: '0505', gemeenteName: 'Nieuwe gemeente', movedOn: '2026-05-29', linked: true, otherCaseId: null }]);
    const events = await asSystem(env.database.db, (tx) => tx.select().from(caseEvents).where(eq(caseEvents.caseId, fresh!.id)));
    expect(events.map((e) => e.kind)).toEqual(expect.arrayContaining(['duo.SS120', 'case.moved-in-linked']));
    // The new gemeente asks for the handover made when the old one closed the case.
    const asked = await newClient.post(`/api/cases/${fresh!.id}/overdracht/opvragen`);
    expect(asked.json()).toEqual({ received: 2 });
  });
});
