// Intake hours in the Z-route ledger (issue 13, ADR 0157): hours of activities during the brede
// intake are recorded with the intake (art. 3.14 lid 6 Bi) and deducted from the 800 activity hours
// with their own step of the explanation; bad input names the field; a stale version changes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { asSystem } from '../../src/db/scope.ts';
import { cases, pips } from '../../src/db/schema.ts';
import { createCaseVia, snapshotOf, validBsn } from '../support/fixtures.ts';
import { seed, startDuoEnv, type DuoTestEnv } from '../duo/support.ts';

let env: DuoTestEnv;
beforeAll(async () => {
  env = await startDuoEnv();
});
afterAll(async () => {
  await env.close();
});

async function zRouteCase(): Promise<string> {
  const bsn = validBsn();
  seed(env, bsn, { termijn: { startdatum: '2026-04-02', einddatum: '2029-04-02' }, pips: [{ gemeenteOin: env.gemeente.oin, pip: { dagtekeningPip: '2026-04-01', leerroute: 'Z' } }] });
  const created = await createCaseVia(await env.login(), env.gemeente.gemeenteId, { bsn });
  await asSystem(env.database.db, async (tx) => {
    await tx.update(cases).set({ obliged: true, targetGroup: 'asiel', termStart: '2026-04-02', termEndExclusive: '2029-04-02', status: 'pip-vastgesteld' }).where(eq(cases.id, created.id));
    await tx.insert(pips).values({ gemeenteId: env.gemeente.gemeenteId, caseId: created.id, version: 1, status: 'vastgesteld', kind: 'beschikking', issuedOn: '2026-04-01', route: 'Z', mapThemesOmitted: [] });
  });
  return created.id;
}

interface Ledger {
  intakeHours: number;
  activityHoursRemaining: number | null;
  steps: { text: string; articles: string[] }[];
}
interface IntakeBody {
  record: { version: number; activityHours: number | null };
}

describe('intake hours in the Z-route ledger', () => {
  it('hours recorded with the intake are deducted from the activity norm, with their article', async () => {
    const caseId = await zRouteCase();
    const client = await env.login();
    const before = (await client.get(`/api/cases/${caseId}/participatie`)).json<{ ledger: Ledger }>().ledger;
    expect(before).toMatchObject({ intakeHours: 0, activityHoursRemaining: 800 });
    const saved = await client.request({ method: 'PUT', url: `/api/cases/${caseId}/intake/record`, payload: { version: 0, themes: {}, activityHours: 30 } });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json<IntakeBody>().record).toMatchObject({ activityHours: 30, version: 1 });
    const after = (await client.get(`/api/cases/${caseId}/participatie`)).json<{ ledger: Ledger }>().ledger;
    expect(after).toMatchObject({ intakeHours: 30, activityHoursRemaining: 770 });
    const step = after.steps.find((s) => s.text.startsWith('Activiteiten:'));
    expect(step?.text).toBe('Activiteiten: 800 − 0 activiteiten − 0 MAP − 0 PVT − 30 tijdens de brede intake = nog 770.');
    expect(step?.articles).toContain('art. 3.14 lid 6 Besluit inburgering 2021');
  });

  it('parts of hours are refused naming the field; a stale version changes nothing', async () => {
    const caseId = await zRouteCase();
    const client = await env.login();
    const bad = await client.request({ method: 'PUT', url: `/api/cases/${caseId}/intake/record`, payload: { version: 0, themes: {}, activityHours: 2.5 } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ error: { field: string; message: string } }>().error).toMatchObject({ field: 'activityHours', message: expect.stringContaining('Uren activiteiten tijdens de brede intake') as string });
    const first = await client.request({ method: 'PUT', url: `/api/cases/${caseId}/intake/record`, payload: { version: 0, themes: {}, activityHours: 10 } });
    expect(first.statusCode, first.body).toBe(200);
    const snapshot = () => snapshotOf(env.database, { organisationId: env.gemeente.organisationId, gemeenteIds: [env.gemeente.gemeenteId] });
    const unchanged = await snapshot();
    const stale = await client.request({ method: 'PUT', url: `/api/cases/${caseId}/intake/record`, payload: { version: 0, themes: {}, activityHours: 50 } });
    expect(stale.statusCode).toBe(409);
    expect(await snapshot()).toBe(unchanged);
  });
});
