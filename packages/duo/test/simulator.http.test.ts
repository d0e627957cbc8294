/** The simulator at the HTTP level: headers/OINs, spec validation (400), idempotency, admin endpoints. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DuoSimulator } from '../src/simulator/app.ts';
import { formatIssues } from '../src/validator.ts';
import { ANDERE_GEMEENTE_OIN, BSN, GEMEENTE_OIN, id, independentValidator, seed, startSimulator } from './helpers.ts';

let sim: DuoSimulator;
beforeAll(async () => {
  sim = await startSimulator();
  seed(sim, { termijn: { startdatum: '2026-02-02', einddatum: '2029-02-02' }, lbtExamennummer: 'LBT1' });
});
afterAll(async () => {
  await sim.close();
});

const headers = (extra: Record<string, string> = {}) => ({ bron: GEMEENTE_OIN, doel: sim.duoOin, berichtId: id(), 'content-type': 'application/json', ...extra });

async function call(method: string, path: string, body?: unknown, h: Record<string, string> = headers()) {
  const res = await sim.app.inject({ method: method as 'GET', url: `/v1${path}`, headers: h, ...(body !== undefined ? { payload: typeof body === 'string' ? body : JSON.stringify(body) } : {}) });
  const text = res.body;
  return { status: res.statusCode, headers: res.headers, body: text === '' ? undefined : (JSON.parse(text) as unknown) };
}

describe('headers and OINs', () => {
  it('400 when a required header is missing or malformed, with the reasons in x-duo-sim-fouten', async () => {
    const r = await call('GET', `/personen/${BSN}/inburgeringsplicht`, undefined, { bron: GEMEENTE_OIN, doel: sim.duoOin });
    expect(r.status).toBe(400);
    expect(r.body).toBeUndefined();
    expect(decodeURIComponent(String(r.headers['x-duo-sim-fouten']))).toContain('header berichtId: verplichte header-parameter ontbreekt');
    expect((await call('GET', `/personen/${BSN}/inburgeringsplicht`, undefined, headers({ bron: '123' }))).status).toBe(400);
  });

  it('403 for an unknown bron OIN or a doel that is not DUO', async () => {
    expect((await call('GET', `/personen/${BSN}/inburgeringsplicht`, undefined, headers({ bron: '00000001000000000999' }))).status).toBe(403);
    const r = await call('POST', `/personen/${BSN}/PIP`, { dagtekeningPip: '2026-02-01', leerroute: 'B' }, headers({ doel: GEMEENTE_OIN }));
    expect(r.status).toBe(403);
    expect(r.body).toEqual([{ fouttekst: 'Bron of doel OIN is niet geautoriseerd voor deze API.' }]);
  });

  it('every answer carries API-Version = the spec version', async () => {
    const r = await call('GET', `/personen/${BSN}/inburgeringstermijn`);
    expect(r.status).toBe(200);
    expect(r.headers['api-version']).toBe(sim.validator.specs.api('Inburgeringstermijn').version);
  });
});

describe('request validation against the spec', () => {
  it('400 for a body that breaks the schema, unknown properties and invalid JSON', async () => {
    expect((await call('POST', `/personen/${BSN}/PIP`, { dagtekeningPip: '2026-02-01' })).status).toBe(400);
    expect((await call('POST', `/personen/${BSN}/PIP`, { dagtekeningPip: '2026-02-01', leerroute: 'B', onbekend: 1 })).status).toBe(400);
    expect((await call('POST', `/personen/${BSN}/PIP`, '{"dagtekeningPip":')).status).toBe(400);
    expect((await call('PUT', `/personen/${BSN}/uren/participatietaalles`, { uren: 10000 })).status).toBe(400);
    expect((await call('GET', '/personen/12345678/PIP')).status).toBe(400);
  });
});

describe('idempotency on BerichtId', () => {
  /** The answer without the HTTP Date header: transport metadata that differs when the replay falls in the next second. */
  const answer = (r: Awaited<ReturnType<typeof call>>) => ({ ...r, headers: { ...r.headers, date: undefined } });

  it('same BerichtId → same answer, one effect; per bron', async () => {
    const h = headers();
    const body = { naam: 'Anna Jansen', email: 'a.jansen@gemeente.example', telefoonnummer: '0201234567' };
    const a = await call('POST', '/contactpersonen', body, h);
    const b = await call('POST', '/contactpersonen', body, h);
    expect(answer(a)).toEqual(answer(b));
    expect(sim.state.contactpersonen.size).toBe(1);
    const other = await call('POST', '/contactpersonen', body, { ...h, bron: ANDERE_GEMEENTE_OIN });
    expect(other.status).toBe(201);
    expect(sim.state.contactpersonen.size).toBe(2);
  });

  it('a rejection is replayed too (it was a definitive answer)', async () => {
    const h = headers();
    const a = await call('DELETE', `/personen/${BSN}/PIP`, undefined, h);
    const b = await call('DELETE', `/personen/${BSN}/PIP`, undefined, h);
    expect(a.status).toBe(404);
    expect(answer(b)).toEqual(answer(a));
  });
});

describe('admin endpoints', () => {
  it('seed, read and patch a person; invalid seeds are refused with the spec reason', async () => {
    const post = await fetch(`${sim.url}/_sim/personen`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ bsn: '999990020', gemeenteOin: GEMEENTE_OIN }) });
    expect(post.status).toBe(201);
    const bad = await fetch(`${sim.url}/_sim/personen`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ bsn: '999990032', termijn: { startdatum: '2026-01-01' } }) });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { fout: string }).fout).toContain("termijn: body: must have required property 'einddatum'");
    const patch = await fetch(`${sim.url}/_sim/personen/999990020`, { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ examenresultaten: [{ examendatum: '2026-05-01', resultaat: 'Gezakt', onderdeel: 'SP', niveau: 'B1' }] }) });
    expect(patch.status).toBe(200);
    expect((await call('GET', '/personen/999990020/examens/resultaten')).body).toEqual([{ examendatum: '2026-05-01', resultaat: 'Gezakt', onderdeel: 'SP', niveau: 'B1' }]);
    expect((await fetch(`${sim.url}/_sim/personen/000000000`)).status).toBe(404);
  });

  it('failure mode via HTTP', async () => {
    expect((await fetch(`${sim.url}/_sim/failure`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ kind: 'status503', forRequests: 1 }) })).status).toBe(204);
    expect((await call('GET', '/verlengingsgronden')).status).toBe(503);
    expect((await call('GET', '/verlengingsgronden')).status).toBe(200);
    expect((await fetch(`${sim.url}/_sim/failure`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ kind: 'kapot' }) })).status).toBe(400);
  });

  it('set a gemeente notification URL', async () => {
    const r = await fetch(`${sim.url}/_sim/gemeenten/${GEMEENTE_OIN}`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ notificationUrl: 'http://127.0.0.1:9/notificaties' }) });
    expect(r.status).toBe(200);
    expect(sim.gemeente(GEMEENTE_OIN)?.notificationUrl).toBe('http://127.0.0.1:9/notificaties');
  });
});

describe('every simulator answer matches the spec', () => {
  it('sweeps every operation (happy and unhappy paths) and validates each answer independently', async () => {
    const v = await independentValidator();
    const samples: Record<string, unknown> = {
      postPipByBsn: { dagtekeningPip: '2026-02-01', leerroute: 'B' },
      createContactpersoon: { naam: 'Anna Jansen', email: 'a.jansen@gemeente.example', telefoonnummer: '0201234567' },
      updateContactpersoonById: { naam: 'Anna Jansen', email: 'a.jansen@gemeente.example', telefoonnummer: '0201234567' },
      postInburgeringsaanbodByBsnAndInstellingsnummer: { indicatorAlfabetiseringsonderwijs: 'NVT' },
      updateMapByBsn: { datumEindgesprekMap: '2026-05-01' },
      updatePvtByBsn: { datumOndertekeningPvt: '2026-05-01' },
      updateZrouteByBsn: {},
      updateUrenTaallesEnKnmByBSN: { uren: 1 },
      updateUrenParticipatieactiviteiten: { uren: 1 },
      updateUrenParticipatieAlsTaallesByBsn: { uren: 1 },
    };
    const problems: string[] = [];
    const statuses = new Set<string>();
    for (const bsn of [BSN, '999990007']) {
      for (const op of v.specs.allOperations().filter((o) => o.api !== 'Notificatie')) {
        const path = op.path.replace('{bsn}', bsn).replace('{id}', '1').replace('{instellingsnummer}', '1000000001');
        const r = await call(op.method.toUpperCase(), path, samples[op.operationId]);
        statuses.add(`${op.operationId}:${r.status}`);
        const issues = v.validateResponse(op, { status: r.status, headers: r.headers as Record<string, string>, body: r.body }, { strictProperties: true });
        if (issues.length > 0) problems.push(`${op.operationId} ${r.status}: ${formatIssues(issues)}`);
      }
    }
    expect(problems).toEqual([]);
    expect(sim.state.contractViolations).toEqual([]);
    expect(statuses.size).toBeGreaterThan(40);
  });
});
