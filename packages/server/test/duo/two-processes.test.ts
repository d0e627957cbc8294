// Several Koers processes on one PostgreSQL (issue 18, ADR 0054): two server processes (`main.ts`
// as `npm start` runs it, each with its own DUO worker) start at the same time on a fresh database,
// with the DUO simulator as DUO. Notifications are delivered to both — some twice, to the other
// process, as DUO's retry behind a load balancer would — and meldingen are queued. Each
// notification is fetched and applied once, each melding reaches DUO once and in order per case.
// Halfway, one process gets SIGTERM: it stops cleanly (exit 0, nothing in the log at error level),
// and the other finishes what it had claimed. Runs only with KOERS_TEST_DATABASE_URL (CI sets it).
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { createDuoSimulator, DuoValidator, type DuoSimulator } from '@koers/duo';
import { openDatabase, type Database } from '../../src/db/database.ts';
import { caseEvents, cases, duoInbox, duoOutbox, gemeenten } from '../../src/db/schema.ts';
import { testDatabase } from '../support/database.ts';
import { createGemeente } from '../support/koers.ts';
import { validBsn } from '../support/fixtures.ts';
import { randomOin } from './support.ts';
import { freePort } from '../support/free-port.ts';

const enabled = Boolean(process.env.KOERS_TEST_DATABASE_URL);
const mainScript = fileURLToPath(new URL('../../src/main.ts', import.meta.url));

interface KoersProcess {
  child: ChildProcess;
  url: string;
  output: string[];
  exit: Promise<number | null>;
}

async function startKoersProcess(databaseUrl: string, sim: DuoSimulator): Promise<KoersProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', mainScript], {
    env: {
      PATH: process.env.PATH ?? '',
      DATABASE_URL: databaseUrl,
      KOERS_SECRET: 'twee-processen-geheim-'.padEnd(40, 'x'),
      KOERS_DEMO: 'false',
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      DUO_BASE_URL: sim.baseUrl,
      DUO_DOEL_OIN: sim.duoOin,
      KOERS_DUO_SIMULATOR: 'off',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let ready: () => void = () => undefined;
  const started = new Promise<void>((resolve) => {
    ready = resolve;
  });
  const collect = (chunk: Buffer) => {
    const text = chunk.toString('utf8');
    output.push(text);
    if (text.includes('Koers draait op')) ready();
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  await Promise.race([
    started,
    exit.then((code) => {
      throw new Error(`Koers stopte bij de start (${code}): ${output.join('')}`);
    }),
    new Promise((_, reject) => setTimeout(() => reject(new Error(`Koers startte niet binnen 120 s: ${output.join('')}`)), 120_000)),
  ]);
  return { child, url: `http://127.0.0.1:${port}`, output, exit };
}

/** Log lines at error level or worse (pino JSON: level ≥ 50), and the pool-after-end symptom. */
function errorsIn(output: readonly string[]): string[] {
  return output
    .join('')
    .split('\n')
    .filter((line) => /"level":(5|6)0/.test(line) || /Cannot use a pool after calling end/.test(line) || /Koers kon niet starten/.test(line));
}

async function until(what: string, check: () => Promise<boolean>, timeoutMs = 180_000): Promise<void> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error(`${what}: niet klaar binnen ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe.runIf(enabled)('two Koers processes on one PostgreSQL', () => {
  let sim: DuoSimulator;
  let drop: () => Promise<void>;
  let database: Database;
  let a: KoersProcess;
  let b: KoersProcess;
  const oin = randomOin();

  beforeAll(async () => {
    const validator = await DuoValidator.load();
    sim = await createDuoSimulator({ gemeenten: [{ oin, gemeentecode: '0505' }], validator });
    const db = await testDatabase();
    drop = db.drop;
    if (db.config.kind !== 'postgresql') throw new Error('PostgreSQL nodig');
    // Both start at once on an empty database: one migrates, the other waits for it (advisory lock).
    [a, b] = await Promise.all([startKoersProcess(db.config.url, sim), startKoersProcess(db.config.url, sim)]);
    database = await openDatabase({ kind: 'postgresql', url: db.config.url, poolSize: 2 });
  }, 300_000);

  afterAll(async () => {
    for (const p of [a, b]) if (p && p.child.exitCode === null) p.child.kill('SIGTERM');
    await Promise.all([a?.exit, b?.exit]);
    await database?.close();
    await sim?.close();
    await drop?.();
  });

  it('each notification is applied once and each melding sent once; SIGTERM on one process halfway loses nothing', async () => {
    expect(errorsIn(a.output)).toEqual([]);
    expect(errorsIn(b.output)).toEqual([]);
    const g = await createGemeente(database, 'Tweeprocessengemeente');
    await database.db.update(gemeenten).set({ oin }).where(eq(gemeenten.id, g.gemeenteId));

    // People DUO knows: 150 new ones (SS101) and 150 with a case in Koers (SS102, and meldingen).
    const newcomers = Array.from({ length: 150 }, () => validBsn());
    const known = Array.from({ length: 150 }, () => validBsn());
    for (const bsn of [...newcomers, ...known]) {
      sim.seedPerson({ bsn, gemeenteOin: oin, vestigingsdatum: '2026-01-05', inburgeringsplicht: { indicatorInburgeringsplicht: true, begindatum: '2026-01-05', datumKennisgevingInburgeringsplicht: '2026-01-07' }, termijn: { startdatum: '2026-02-01', einddatum: '2029-02-01' } });
    }
    const knownCases = await database.db
      .insert(cases)
      .values(known.map((bsn, i) => ({ gemeenteId: g.gemeenteId, bsn, givenNames: 'Twee', familyName: `Processen-${i}`, birthDate: '1990-01-01', nationality: 'SY', permit: 'asiel', status: 'aangemeld', source: 'coa', obliged: true, targetGroup: 'asiel' })))
      .returning({ id: cases.id, bsn: cases.bsn });

    // Meldingen: three totals of gevolgde uren for each of 100 cases (300), queued as a use case would.
    const meldingen = knownCases.slice(0, 100).flatMap((c, i) =>
      [10, 20, 30].map((total) => ({ gemeenteId: g.gemeenteId, caseId: c.id, berichtId: randomUUID(), operation: 'uren.taallesknm', payload: { bsn: c.bsn, uren: { uren: total + i } }, status: 'wachtend', nextAttemptAt: new Date() })),
    );
    for (const m of meldingen) await database.db.insert(duoOutbox).values(m);

    // Notifications, to A and B in turn; 60 of them also to the other process (DUO's retry).
    const urls = [a.url, b.url];
    const gemeente = sim.gemeente(oin);
    if (!gemeente) throw new Error('gemeente');
    const events = [...newcomers.map((bsn) => ({ gebeurtenisId: 'SS101', bsn })), ...known.map((bsn) => ({ gebeurtenisId: 'SS102', bsn }))];
    const deliveries = [];
    for (const [i, e] of events.entries()) {
      gemeente.notificationUrl = `${urls[i % 2]}/duo/v1/notificaties`;
      const d = await sim.emit(e);
      expect(d.delivered, `${e.gebeurtenisId} ${d.lastStatus ?? d.lastError}`).toBe(true);
      deliveries.push({ d, to: i % 2 });
    }
    for (const { d, to } of deliveries.filter((_, i) => i % 5 === 0)) {
      const res = await fetch(`${urls[1 - to]}/duo/v1/notificaties`, { method: 'POST', headers: { 'content-type': 'application/json', bron: sim.duoOin, doel: oin, berichtId: d.berichtId }, body: JSON.stringify(d.body) });
      await res.text();
      expect(res.status).toBe(201);
    }

    // Halfway, A is stopped as an orchestrator does.
    await until('de helft verwerkt', async () => {
      const [r] = await database.db.select({ n: sql<number>`count(*)::int` }).from(duoInbox).where(eq(duoInbox.status, 'ontvangen'));
      return (r?.n ?? 300) <= 200;
    });
    a.child.kill('SIGTERM');
    const code = await Promise.race([a.exit, new Promise<'hangt'>((resolve) => setTimeout(() => resolve('hangt'), 60_000))]);
    expect(code).toBe(0);
    expect(errorsIn(a.output)).toEqual([]);

    // B finishes everything, including what A had claimed (handed back at its stop).
    await until('alles verwerkt', async () => {
      const [open] = await database.db.select({ n: sql<number>`count(*)::int` }).from(duoInbox).where(eq(duoInbox.status, 'ontvangen'));
      const [waiting] = await database.db.select({ n: sql<number>`count(*)::int` }).from(duoOutbox).where(inArray(duoOutbox.status, ['wachtend', 'verzenden']));
      return open?.n === 0 && waiting?.n === 0;
    });
    expect(errorsIn(b.output)).toEqual([]);

    // Notifications: stored once, applied once (one timeline entry each), fetched once.
    const inbox = await database.db.select().from(duoInbox).where(eq(duoInbox.gemeenteId, g.gemeenteId));
    expect(inbox).toHaveLength(300);
    expect(inbox.filter((r) => r.status === 'fout')).toEqual([]);
    const timeline = await database.db
      .select({ inboxId: sql<string>`${caseEvents.data}->>'inboxId'`, n: sql<number>`count(*)::int` })
      .from(caseEvents)
      .where(and(eq(caseEvents.gemeenteId, g.gemeenteId), sql`${caseEvents.kind} LIKE 'duo.SS%'`))
      .groupBy(sql`${caseEvents.data}->>'inboxId'`);
    expect(timeline).toHaveLength(300);
    expect(timeline.filter((t) => t.n !== 1)).toEqual([]);
    const created = await database.db.select({ bsn: cases.bsn }).from(cases).where(and(eq(cases.gemeenteId, g.gemeenteId), eq(cases.source, 'duo')));
    expect(created.map((c) => c.bsn).sort()).toEqual([...newcomers].sort());
    const gets = new Map<string, number>();
    for (const r of sim.state.requestLog) {
      const bsn = r.method === 'GET' ? /\/personen\/(\d{9})\//.exec(r.url)?.[1] : undefined;
      if (bsn) gets.set(bsn, (gets.get(bsn) ?? 0) + 1);
    }
    // SS101: inburgeringsplicht, examenresultaten, doelgroep; SS102: inburgeringstermijn.
    expect(newcomers.filter((bsn) => gets.get(bsn) !== 3)).toEqual([]);
    expect(known.filter((bsn) => gets.get(bsn) !== 1)).toEqual([]);

    // Meldingen: each BerichtId at DUO once, all confirmed, and per case the last total last.
    const sent = new Map<string, number>();
    for (const r of sim.state.requestLog) if (r.method === 'PUT' && r.berichtId) sent.set(r.berichtId, (sent.get(r.berichtId) ?? 0) + 1);
    expect(meldingen.filter((m) => sent.get(m.berichtId) !== 1).map((m) => m.berichtId)).toEqual([]);
    const statuses = await database.db.select({ status: duoOutbox.status }).from(duoOutbox).where(eq(duoOutbox.gemeenteId, g.gemeenteId));
    expect(statuses.every((s) => s.status === 'bevestigd')).toBe(true);
    for (const [i, c] of knownCases.slice(0, 100).entries()) expect(sim.state.persons.get(c.bsn ?? '')?.uren.get(oin)?.taallesEnKnm).toBe(30 + i);
  });
});
