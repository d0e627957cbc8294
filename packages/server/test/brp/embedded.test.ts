// `npm start` in demo mode: the BRP stand-in runs embedded on a loopback port with the demo persons,
// the demo case manager looks up a demo case through Koers, and the stand-in stops with Koers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { demoBsns, demoPersonen } from '@koers/brp';
import type { FastifyInstance } from 'fastify';
import { createKoers } from '../../src/start.ts';
import type { Database } from '../../src/db/database.ts';
import type { BrpService } from '../../src/brp/service.ts';
import { asSystem } from '../../src/db/scope.ts';
import { cases, gemeenten } from '../../src/db/schema.ts';
import { demoCases } from '../../src/demo/cases.ts';
import { demoPassword } from '../../src/demo/seed.ts';
import { testDatabase } from '../support/database.ts';
import { Client } from '../support/koers.ts';

let koers: { app: FastifyInstance; database: Database; brp: BrpService | undefined };
let drop: () => Promise<void>;
let closed = false;

beforeAll(async () => {
  const db = await testDatabase();
  drop = db.drop;
  // What `npm start` builds in demo mode (createKoers), driven with inject().
  koers = await createKoers({
    logLevel: 'silent',
    demo: true,
    secret: 'test-geheim-'.padEnd(40, 'x'),
    database: db.config,
    duo: undefined,
    brp: { mode: 'embedded', baseUrl: undefined, apiKey: undefined, tls: undefined, timeoutMs: 5_000 },
  });
});
afterAll(async () => {
  if (!closed) await koers.app.close();
  await drop();
});

describe('embedded BRP stand-in in demo mode', () => {
  it('knows every person of the demo cases, and the one DUO announces with only a BSN', () => {
    for (const c of demoCases) expect(demoBsns, c.bsn).toContain(c.bsn);
    expect(demoBsns).toContain('999990135');
  });

  it('gives every demo person a BSN of their own, and every demo case its own BSN', () => {
    const bsns = demoPersonen('2026-01-01').map((p) => p.burgerservicenummer);
    expect(new Set(bsns).size).toBe(bsns.length);
    expect(new Set(demoCases.map((c) => `${c.gemeente}:${c.bsn}`)).size).toBe(demoCases.length);
  });

  it('the demo case manager sees the BRP data and the differences of a demo case', async () => {
    const client = new Client(koers.app);
    expect((await client.post('/api/auth/login', { email: 'regisseur@drechtsteden.demo', password: demoPassword })).statusCode).toBe(200);
    const [row] = await asSystem(koers.database.db, (tx) =>
      tx
        .select({ id: cases.id })
        .from(cases)
        .innerJoin(gemeenten, eq(gemeenten.id, cases.gemeenteId))
        .where(and(eq(cases.bsn, '999990019'), eq(gemeenten.code, '0505'))),
    );
    const r = await client.get(`/api/cases/${row!.id}/brp`);
    expect(r.statusCode, r.body).toBe(200);
    const body = r.json<{ persoon: { givenNames: string }; differences: Array<{ field: string }> }>();
    expect(body.persoon.givenNames).toBe('Amanuel Gebre');
    expect(body.differences.map((d) => d.field)).toEqual(['givenNames', 'address', 'registeredOn']);
  });

  it('the stand-in listens on loopback only, requires its key, and stops with Koers', async () => {
    const standIn = koers.brp?.standIn;
    expect(standIn?.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const personen = `${standIn?.baseUrl ?? ''}/personen`;
    const body = JSON.stringify({ type: 'RaadpleegMetBurgerservicenummer', fields: ['naam'], burgerservicenummer: ['999990019'] });
    const withoutKey = await fetch(personen, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(withoutKey.status).toBe(401);
    await koers.app.close();
    closed = true;
    await expect(fetch(personen, { method: 'POST', headers: { 'content-type': 'application/json' }, body })).rejects.toThrow();
  });
});
