// PIP intrekken: DUO's D2 rule first (termijn set by DUO, course hours at the current aanbod);
// then status 'ingetrokken', a besluit, case consequences and 'pip.withdraw' through the outbox
// to the simulator; isolation, access and bad input.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { asSystem } from '../../src/db/scope.ts';
import { caseDocuments, caseDuoData, caseEvents, caseHours, casePlacements, cases, duoOutbox, pipWithdrawals, pips, recordHistory } from '../../src/db/schema.ts';
import { buildPipWithdrawalLetter } from '../../src/documents/pip-withdrawal-letter.ts';
import { letterText } from '../../src/documents/pip-beschikking.ts';
import { createCaseVia, validBsn } from '../support/fixtures.ts';
import { seed, startDuoEnv, type DuoTestEnv } from '../duo/support.ts';

let env: DuoTestEnv;
beforeAll(async () => {
  env = await startDuoEnv();
});
afterAll(async () => {
  expect(await env.contractViolations()).toEqual([]);
  expect(env.sim.state.contractViolations).toEqual([]);
  await env.close();
});

async function setup(): Promise<{ caseId: string; bsn: string; pipId: string }> {
  const bsn = validBsn();
  seed(env, bsn, { pips: [{ gemeenteOin: env.gemeente.oin, pip: { dagtekeningPip: '2026-05-01', leerroute: 'B' } }] });
  const created = await createCaseVia(await env.login(), env.gemeente.gemeenteId, { bsn });
  const pipId = await asSystem(env.database.db, async (tx) => {
    // As issuePip leaves it: the termijn Koers derived from the first PIP (day after the dagtekening, 3 years).
    await tx.update(cases).set({ obliged: true, targetGroup: 'asiel', termStart: '2026-05-02', termEndExclusive: '2029-05-02', status: 'pip-vastgesteld' }).where(eq(cases.id, created.id));
    const [p] = await tx.insert(pips).values({ gemeenteId: env.gemeente.gemeenteId, caseId: created.id, version: 1, status: 'vastgesteld', kind: 'beschikking', issuedOn: '2026-05-01', route: 'B1' }).returning();
    return p!.id;
  });
  return { caseId: created.id, bsn, pipId };
}

const outboxOf = (caseId: string) => asSystem(env.database.db, (tx) => tx.select().from(duoOutbox).where(eq(duoOutbox.caseId, caseId)));
const pipOf = async (id: string) => (await asSystem(env.database.db, (tx) => tx.select().from(pips).where(eq(pips.id, id))))[0];
const caseOf = async (id: string) => (await asSystem(env.database.db, (tx) => tx.select().from(cases).where(eq(cases.id, id))))[0];
const withdrawalsOf = (caseId: string) => asSystem(env.database.db, (tx) => tx.select().from(pipWithdrawals).where(eq(pipWithdrawals.caseId, caseId)));
const body = { withdrawnOn: '2026-05-20', reason: 'onjuist-vastgesteld', note: 'Verkeerde persoon' };

describe('PIP intrekken', () => {
  it('end to end: ingetrokken, besluit, termijn cleared, pip.withdraw confirmed by DUO, visible in the overview', async () => {
    const { caseId, bsn, pipId } = await setup();
    const client = await env.login();
    const r = await client.post(`/api/cases/${caseId}/pip/${pipId}/withdraw`, body);
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toMatchObject({ status: 'ingetrokken', withdrawal: { withdrawnOn: '2026-05-20', reason: 'onjuist-vastgesteld', reasonLabel: 'het PIP is onjuist vastgesteld' } });
    const pip = await pipOf(pipId);
    expect(pip).toMatchObject({ status: 'ingetrokken', issuedOn: '2026-05-01', route: 'B1' });
    const [w] = await withdrawalsOf(caseId);
    expect(w).toMatchObject({ pipId, reason: 'onjuist-vastgesteld', note: 'Verkeerde persoon' });
    const [doc] = await asSystem(env.database.db, (tx) => tx.select().from(caseDocuments).where(eq(caseDocuments.id, w!.documentId!)));
    expect(doc).toMatchObject({ kind: 'pip-intrekking', mimeType: 'application/pdf' });
    expect(doc!.content.subarray(0, 5).toString()).toBe('%PDF-');
    expect(await caseOf(caseId)).toMatchObject({ status: 'pip', termStart: null, termEndExclusive: null });
    const events = await asSystem(env.database.db, (tx) => tx.select().from(caseEvents).where(eq(caseEvents.caseId, caseId)));
    expect(events.map((e) => e.kind)).toEqual(expect.arrayContaining(['pip.ingetrokken', 'duo.bericht.wachtend']));
    const [m] = await outboxOf(caseId);
    expect(m).toMatchObject({ operation: 'pip.withdraw', payload: { bsn } });
    await env.duo.worker.tick();
    expect((await outboxOf(caseId))[0]?.status).toBe('bevestigd');
    expect(env.exchanges.find((x) => x.requestHeaders.berichtId === m!.berichtId)).toMatchObject({ operationId: 'deletePipByBsn', method: 'DELETE' });
    expect(env.sim.state.persons.get(bsn)?.pips).toHaveLength(0);
    const duoView = (await client.get(`/api/cases/${caseId}/duo`)).json<{ messages: Array<{ id: string; status: string }> }>();
    expect(duoView.messages).toContainEqual(expect.objectContaining({ id: m!.id, status: 'bevestigd' }));
    const overview = (await client.get(`/api/cases/${caseId}/pip`)).json<{ current: unknown; versions: Array<{ id: string; status: string; withdrawal: { reason: string } | null }> }>();
    expect(overview.current).toBeNull();
    expect(overview.versions).toHaveLength(1);
    expect(overview.versions[0]).toMatchObject({ id: pipId, status: 'ingetrokken', withdrawal: { reason: 'onjuist-vastgesteld' } });
    // The case file no longer shows the withdrawn version's agreements.
    expect((await client.get(`/api/cases/${caseId}/file`)).json<{ agreements: unknown }>().agreements).toBeNull();
    // Only the current vastgesteld version can be withdrawn: not twice.
    const again = await client.post(`/api/cases/${caseId}/pip/${pipId}/withdraw`, body);
    expect(again.statusCode).toBe(409);
  });

  it('a changed PIP withdrawn: the version it replaced is current again, as at DUO; the case keeps its PIP and termijn', async () => {
    const bsn = validBsn();
    seed(env, bsn, {
      pips: [
        { gemeenteOin: env.gemeente.oin, pip: { dagtekeningPip: '2026-05-01', leerroute: 'B' } },
        { gemeenteOin: env.gemeente.oin, pip: { dagtekeningPip: '2026-05-10', leerroute: 'B' } },
      ],
    });
    const created = await createCaseVia(await env.login(), env.gemeente.gemeenteId, { bsn });
    const [v1, v2] = await asSystem(env.database.db, async (tx) => {
      await tx.update(cases).set({ obliged: true, targetGroup: 'asiel', termStart: '2026-05-02', termEndExclusive: '2029-05-02', status: 'pip-vastgesteld' }).where(eq(cases.id, created.id));
      return tx
        .insert(pips)
        .values([
          { gemeenteId: env.gemeente.gemeenteId, caseId: created.id, version: 1, status: 'gewijzigd', kind: 'beschikking', issuedOn: '2026-05-01', route: 'B1', hoursPerWeek: 12 },
          { gemeenteId: env.gemeente.gemeenteId, caseId: created.id, version: 2, status: 'vastgesteld', kind: 'beschikking', issuedOn: '2026-05-10', route: 'B1', hoursPerWeek: 16 },
        ])
        .returning();
    });
    const client = await env.login();
    const r = await client.post(`/api/cases/${created.id}/pip/${v2!.id}/withdraw`, { ...body, withdrawnOn: '2026-05-20' });
    expect(r.statusCode, r.body).toBe(200);
    expect(await pipOf(v2!.id)).toMatchObject({ status: 'ingetrokken' });
    expect(await pipOf(v1!.id)).toMatchObject({ status: 'vastgesteld', hoursPerWeek: 12 });
    expect(await caseOf(created.id)).toMatchObject({ status: 'pip-vastgesteld', termStart: '2026-05-02', termEndExclusive: '2029-05-02' });
    const events = await asSystem(env.database.db, (tx) => tx.select().from(caseEvents).where(eq(caseEvents.caseId, created.id)));
    expect(events.find((e) => e.kind === 'pip.ingetrokken')?.summary).toContain('Versie 1 is weer het geldende PIP.');
    const history = await asSystem(env.database.db, (tx) => tx.select().from(recordHistory).where(eq(recordHistory.entityId, v1!.id)));
    expect(history.map((h) => h.changes)).toEqual([{ status: { from: 'gewijzigd', to: 'vastgesteld' } }]);
    await env.duo.worker.tick();
    expect((await outboxOf(created.id))[0]).toMatchObject({ operation: 'pip.withdraw', status: 'bevestigd' });
    // DUO too: the withdrawn version is gone, the first one is current.
    expect(env.sim.state.persons.get(bsn)?.pips.map((p) => p.pip.dagtekeningPip)).toEqual(['2026-05-01']);
    const overview = (await client.get(`/api/cases/${created.id}/pip`)).json<{ current: { id: string } | null }>();
    expect(overview.current?.id).toBe(v1!.id);
    expect((await client.get(`/api/cases/${created.id}/file`)).json<{ agreements: { pipVersion: number; hoursPerWeek: number } | null }>().agreements).toMatchObject({ pipVersion: 1, hoursPerWeek: 12 });
  });

  it('DUO has set the termijn: refused with the explanation, nothing changes', async () => {
    const { caseId, pipId } = await setup();
    await asSystem(env.database.db, (tx) =>
      tx.insert(caseDuoData).values({ caseId, gemeenteId: env.gemeente.gemeenteId, resource: 'inburgeringstermijn', data: { startdatum: '2026-05-02', einddatum: '2029-05-02' }, fetchedAt: env.clock.now }),
    );
    const r = await (await env.login()).post(`/api/cases/${caseId}/pip/${pipId}/withdraw`, body);
    expect(r.statusCode).toBe(422);
    expect(r.json<{ error: { code: string; message: string } }>().error.code).toBe('DUO_PREVALIDATION_FAILED');
    expect(r.json<{ error: { code: string; message: string } }>().error.message).toMatch(/inburgeringstermijn is al vastgesteld/);
    expect((await pipOf(pipId))?.status).toBe('vastgesteld');
    expect(await withdrawalsOf(caseId)).toHaveLength(0);
    expect(await outboxOf(caseId)).toHaveLength(0);
    expect(await caseOf(caseId)).toMatchObject({ status: 'pip-vastgesteld', termStart: '2026-05-02' });
  });

  it('course hours registered at the current aanbod: refused, nothing changes', async () => {
    const { caseId, pipId } = await setup();
    await asSystem(env.database.db, async (tx) => {
      await tx.insert(casePlacements).values({ gemeenteId: env.gemeente.gemeenteId, caseId, instellingsnummer: '12345', instellingNaam: 'Taalschool', offeredOn: '2026-05-05', literacy: 'NVT' });
      await tx.insert(caseHours).values({ gemeenteId: env.gemeente.gemeenteId, caseId, category: 'participatietaalles', total: 12, asOf: '2026-05-19' });
    });
    const r = await (await env.login()).post(`/api/cases/${caseId}/pip/${pipId}/withdraw`, body);
    expect(r.statusCode).toBe(422);
    expect(r.body).toContain('cursusuren');
    expect((await pipOf(pipId))?.status).toBe('vastgesteld');
    expect(await outboxOf(caseId)).toHaveLength(0);
  });

  it('bad input → 400 naming the field (Dutch); nothing written', async () => {
    const { caseId, pipId } = await setup();
    const client = await env.login();
    const anders = await client.post(`/api/cases/${caseId}/pip/${pipId}/withdraw`, { withdrawnOn: '2026-05-20', reason: 'anders' });
    expect(anders.statusCode).toBe(400);
    expect(anders.body).toContain('Licht de reden toe');
    const reason = await client.post(`/api/cases/${caseId}/pip/${pipId}/withdraw`, { withdrawnOn: '2026-05-20', reason: 'zomaar' });
    expect(reason.statusCode).toBe(400);
    expect(reason.body).toContain('Kies een reden');
    const future = await client.post(`/api/cases/${caseId}/pip/${pipId}/withdraw`, { ...body, withdrawnOn: '2026-07-01' });
    expect(future.statusCode).toBe(400);
    expect(future.json<{ error: { field: string } }>().error.field).toBe('withdrawnOn');
    const early = await client.post(`/api/cases/${caseId}/pip/${pipId}/withdraw`, { ...body, withdrawnOn: '2026-04-01' });
    expect(early.statusCode).toBe(400);
    expect((await pipOf(pipId))?.status).toBe('vastgesteld');
    expect(await withdrawalsOf(caseId)).toHaveLength(0);
    expect(await outboxOf(caseId)).toHaveLength(0);
  });

  it("someone else's record → 404 and nothing changed; financieel-medewerker and partners cannot withdraw", async () => {
    const { caseId, pipId } = await setup();
    const other = await env.login('trajectregisseur', env.other);
    expect((await other.post(`/api/cases/${caseId}/pip/${pipId}/withdraw`, body)).statusCode).toBe(404);
    for (const role of ['financieel-medewerker', 'partner-begeleiding', 'partner-aanbieder'] as const) {
      expect((await (await env.login(role)).post(`/api/cases/${caseId}/pip/${pipId}/withdraw`, body)).statusCode).toBe(403);
    }
    expect((await pipOf(pipId))?.status).toBe('vastgesteld');
    expect(await withdrawalsOf(caseId)).toHaveLength(0);
    expect(await outboxOf(caseId)).toHaveLength(0);
  });
});

describe('the withdrawal letter', () => {
  const base = {
    gemeenteName: 'Duodorp',
    person: { name: 'Amina Haddad', familyName: 'Haddad', address: null },
    caseNumber: 'INB-2026-000042',
    version: 2,
    pipIssuedOn: '2026-05-01',
    withdrawnOn: '2026-05-20',
    reasonText: 'het PIP is onjuist vastgesteld',
    note: null,
    issuerName: 'T. Regisseur',
    objectionPeriodWeeks: 6,
  };
  it('a beschikking: the decision, the reason and the bezwaar clause', () => {
    const text = letterText(buildPipWithdrawalLetter({ ...base, kind: 'beschikking' }));
    expect(text).toContain('Besluit intrekking');
    expect(text).toContain('1 mei 2026 (versie 2) in, met ingang van 20 mei 2026');
    expect(text).toContain('omdat het PIP is onjuist vastgesteld');
    expect(text).toContain('binnen 6 weken');
  });
  it('an advies: no bezwaar', () => {
    const text = letterText(buildPipWithdrawalLetter({ ...base, kind: 'advies' }));
    expect(text).not.toContain('Bezwaar maken');
    expect(text).toContain('geen bezwaar');
  });
});
