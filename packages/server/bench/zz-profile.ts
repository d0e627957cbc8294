import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { createDuoSimulator, DuoValidator } from '@koers/duo';
import { createKoers } from '../src/start.ts';
import { asSystem } from '../src/db/scope.ts';
import { gemeenten } from '../src/db/schema.ts';
import { createGemeente } from '../test/support/koers.ts';
import { validBsn } from '../test/support/fixtures.ts';

import pg from 'pg';
const counts = new Map<string, number>();
let counting = false;
const origQuery = pg.Client.prototype.query;
// eslint-disable-next-line
(pg.Client.prototype as any).query = function (this: unknown, ...args: any[]) {
  if (counting) {
    const text = typeof args[0] === 'string' ? args[0] : (args[0]?.text ?? '?');
    const key = text.replace(/\s+/g, ' ').slice(0, 90);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return (origQuery as any).apply(this, args);
};
const oin = '00000001000505000000';
const validator = await DuoValidator.load();
const now = new Date('2026-06-01T10:00:00Z');
const sim = await createDuoSimulator({ gemeenten: [{ oin, gemeentecode: '0505' }], today: () => '2026-06-01', validator });
const dbUrl = process.env.PROF_DB;
const { app, database, duo } = await createKoers({
  logLevel: 'silent', demo: false, secret: 'x'.repeat(40),
  database: dbUrl ? { kind: 'postgresql', url: dbUrl, poolSize: 10 } : { kind: 'pglite' },
  now: () => now,
  duo: { mode: 'real', baseUrl: sim.baseUrl, duoOin: sim.duoOin, tls: undefined, timeoutMs: 5000, worker: false, processOnReceive: false },
});
const g = await createGemeente(database, 'Prof');
await asSystem(database.db, (tx) => tx.update(gemeenten).set({ oin }).where(eq(gemeenten.id, g.gemeenteId)));
const n = Number(process.env.N ?? 200);
let t = performance.now();
for (let i = 0; i < n; i++) {
  const bsn = validBsn();
  sim.seedPerson({ bsn, gemeenteOin: oin, vestigingsdatum: '2026-04-01', inburgeringsplicht: { indicatorInburgeringsplicht: true, begindatum: '2026-04-01', datumKennisgevingInburgeringsplicht: '2026-04-03' } });
  await app.inject({ method: 'POST', url: '/duo/v1/notificaties', headers: { 'content-type': 'application/json', bron: sim.duoOin, doel: oin, berichtId: randomUUID() }, payload: JSON.stringify({ registratieDatumTijd: '2026-06-01T09:00:00Z', bsn, gebeurtenisId: 'SS101' }) });
}
console.log('store ms/each', ((performance.now() - t) / n).toFixed(2));
t = performance.now();
counting = true;
const r = await duo!.worker.tick();
counting = false;
const total = [...counts.values()].reduce((a, b) => a + b, 0);
console.log('statements per notification', (total / n).toFixed(1));
for (const [k, v] of [...counts].sort((a, b) => b[1] - a[1]).slice(0, 60)) console.log(String((v / n).toFixed(2)).padStart(6), k);
console.log('process ms/each', ((performance.now() - t) / n).toFixed(2), JSON.stringify(r.inbox));
await app.close();
await sim.close();
