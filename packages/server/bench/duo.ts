// The DUO koppeling under load (issue 18), part of `npm run bench`:
//  1. notification intake: DUO (the simulator, in its own process) POSTs spec-valid notifications to
//     Koers's /duo/v1/notificaties over HTTP, 32 at a time; measured: accepted per second, and how
//     long after the last acceptance every notification is processed (the worker runs as in
//     production: kicked on receipt, coalesced, plus its 5-second timer);
//  2. outbox: 10,000 queued meldingen become due at once; measured: sent and confirmed per second,
//     and — from DUO's side — that no BerichtId arrived twice.
// Fixed seeds; every measurement is repeated and the median reported.
import { fork, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { eq, inArray, sql } from 'drizzle-orm';
import type { EmitEvent, PersonSeed } from '@koers/duo';
import { createKoers } from '../src/start.ts';
import type { Database, DatabaseConfig, Db } from '../src/db/database.ts';
import { asSystem } from '../src/db/scope.ts';
import { cases, duoInbox, duoOutbox, gemeenten, organisations } from '../src/db/schema.ts';
import { prng } from './generate.ts';
import { propertyOf } from '../src/util/guards.ts';
import type { SimCommand, SimReply } from './duo-sim.ts';

export interface DuoBenchOptions {
  notifications: number;
  meldingen: number;
  runs: number;
  concurrency: number;
}

export interface DuoRun {
  accepted: number;
  refused: number;
  acceptedPerSecond: number;
  /** Seconds from the last accepted notification until every one was processed. */
  processedWithin: number;
  /** Notifications that ended in 'fout' or were applied twice (must be 0). */
  problems: number;
}

export interface OutboxRun {
  meldingen: number;
  seconds: number;
  perSecond: number;
  /** BerichtIds DUO received more than once (must be 0). */
  repeated: number;
  /** Meldingen not confirmed (must be 0). */
  unconfirmed: number;
}

export interface DuoTargetResult {
  target: string;
  note?: string;
  intake: DuoRun[];
  outbox: OutboxRun[];
}

const GEMEENTE_OIN = '00000001000505000000';
const SEED = 20261205;
const today = () => new Date().toISOString().slice(0, 10);

function bsnFor(i: number): string {
  for (let k = 0; ; k++) {
    const base = String(20_000_000 + ((i * 7919 + k * 100_003) % 79_999_999)).slice(0, 8);
    const digits = base.split('').map(Number);
    const check = digits.reduce((sum, d, j) => sum + d * (9 - j), 0) % 11;
    if (check < 10) return base + String(check);
  }
}

class Dua {
  private readonly waiting: Array<(reply: SimReply) => void> = [];
  private constructor(private readonly child: ChildProcess) {
    child.on('message', (reply: SimReply) => this.waiting.shift()?.(reply));
  }

  static async start(): Promise<{ sim: Dua; baseUrl: string; duoOin: string }> {
    const child = fork(new URL('./duo-sim.ts', import.meta.url), { execArgv: ['--import', 'tsx'], env: { ...process.env, BENCH_GEMEENTE_OIN: GEMEENTE_OIN }, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    const sim = new Dua(child);
    const ready = await sim.next();
    if (ready.type !== 'ready') throw new Error(`DUO-simulator: ${JSON.stringify(ready)}`);
    return { sim, baseUrl: ready.baseUrl, duoOin: ready.duoOin };
  }

  private next(): Promise<SimReply> {
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  async ask<T extends SimReply['type']>(command: SimCommand, expect: T): Promise<Extract<SimReply, { type: T }>> {
    const reply = this.next();
    this.child.send(command);
    const r = await reply;
    if (r.type !== expect) throw new Error(`DUO-simulator: ${JSON.stringify(r).slice(0, 500)}`);
    return r as Extract<SimReply, { type: T }>;
  }

  async close(): Promise<void> {
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.send({ type: 'close' } satisfies SimCommand);
    await exited;
  }
}

function person(bsn: string, withTermijn: boolean): PersonSeed {
  const start = today();
  return {
    bsn,
    gemeenteOin: GEMEENTE_OIN,
    vestigingsdatum: '2026-01-05',
    inburgeringsplicht: { indicatorInburgeringsplicht: true, begindatum: '2026-01-05', datumKennisgevingInburgeringsplicht: '2026-01-07' },
    doelgroep: { indeling: 'Asielstatushouder', begindatum: '2026-01-05', gedetailleerdeDoelgroep: 'Asielstatushouder' },
    ...(withTermijn ? { termijn: { startdatum: '2026-02-01', einddatum: '2029-02-01', wijzigingsdatum: start } } : {}),
  };
}

async function until(what: string, check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error(`bench: ${what} niet klaar binnen ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const count = async (database: Database, where: ReturnType<typeof sql>): Promise<number> => {
  const result: unknown = await database.db.execute(sql`SELECT count(*)::int AS n FROM ${where}`);
  return (result as { rows: Array<{ n: number }> }).rows[0]?.n ?? 0;
};

export async function measureDuo(target: string, config: DatabaseConfig, options: DuoBenchOptions, log: (line: string) => void): Promise<DuoTargetResult> {
  const { sim, baseUrl, duoOin } = await Dua.start();
  const workerOff = process.env.KOERS_BENCH_DUO_WORKER === 'off';
  const { app, database, duo } = await createKoers({
    logLevel: 'silent',
    demo: false,
    secret: 'bench-geheim-'.padEnd(40, 'x'),
    database: config,
    // KOERS_BENCH_DUO_WORKER=off (profiling): the intake on its own; the worker starts after the first run's last 201.
    duo: { mode: 'real', baseUrl, duoOin, tls: undefined, timeoutMs: 15_000, ...(workerOff ? { worker: false, processOnReceive: false } : {}) },
    duoDeps: {
      ...(process.env.KOERS_BENCH_DUO_CONCURRENCY ? { concurrency: Number(process.env.KOERS_BENCH_DUO_CONCURRENCY) } : {}),
      // KOERS_BENCH_DUO_TURNS=off (comparison): the worker's transactions as before the turns in the gaps (ADR 0059 addendum).
      ...(process.env.KOERS_BENCH_DUO_TURNS === 'off' ? { turn: <T>(work: () => Promise<T>) => work() } : {}),
    },
  });
  const profile = process.env.KOERS_BENCH_DUO_PROFILE === '1' ? profileTransactions(database) : undefined;
  const statements = process.env.KOERS_BENCH_DUO_PROFILE === 'sql' ? countStatements(database) : undefined;
  try {
    if (!duo) throw new Error('bench: DUO-koppeling niet gestart');
    const address = await app.listen({ host: '127.0.0.1', port: 0 });
    const url = `${address}/duo/v1/notificaties`;
    const random = prng(SEED);

    // One gemeente with its OIN; existing cases for the notifications about known people and the meldingen.
    const existing = Math.max(options.meldingen, options.runs * Math.ceil(options.notifications * 0.5));
    const { gemeenteId, caseIds } = await asSystem(database.db, async (tx) => {
      const [org] = await tx.insert(organisations).values({ name: 'DUO-benchmark' }).returning();
      if (!org) throw new Error('bench');
      const [g] = await tx.insert(gemeenten).values({ code: '0505', name: 'Benchgemeente DUO', organisationId: org.id, oin: GEMEENTE_OIN }).returning();
      if (!g) throw new Error('bench');
      const ids: string[] = [];
      for (let start = 0; start < existing; start += 2000) {
        const rows = await tx
          .insert(cases)
          .values(
            Array.from({ length: Math.min(2000, existing - start) }, (_, k) => ({
              gemeenteId: g.id,
              bsn: bsnFor(start + k),
              givenNames: 'Bench',
              familyName: `Persoon-${start + k}`,
              birthDate: '1990-01-01',
              nationality: 'SY',
              permit: 'asiel',
              status: 'aangemeld',
              source: 'coa',
              obliged: true,
              targetGroup: 'asiel',
            })),
          )
          .returning({ id: cases.id });
        ids.push(...rows.map((r) => r.id));
      }
      return { gemeenteId: g.id, caseIds: ids };
    });
    await database.db.execute(sql`ANALYZE`);
    const newPersons = options.runs * options.notifications;
    for (let start = 0; start < existing + newPersons; start += 2000) {
      const persons = Array.from({ length: Math.min(2000, existing + newPersons - start) }, (_, k) => person(bsnFor(start + k), start + k < existing));
      await sim.ask({ type: 'seed', persons }, 'seeded');
    }
    log(`[${target}] ${existing} dossiers en ${existing + newPersons} personen bij DUO klaargezet`);

    // 1. Intake: 40 % new inburgeringsplichtigen (SS101: case created), 30 % a termijn for a known case
    //    (SS102), 20 % exam results (SS199), 10 % about someone without a case (SS131: kept, 'geen-dossier').
    const intake: DuoRun[] = [];
    let nextExisting = 0;
    let nextNew = existing;
    for (let run = 0; run < options.runs; run++) {
      const events: EmitEvent[] = [];
      let registrations = 0;
      for (let i = 0; i < options.notifications; i++) {
        const x = random();
        if (x < 0.4) {
          events.push({ gebeurtenisId: 'SS101', bsn: bsnFor(nextNew++) });
          registrations += 1;
        } else if (x < 0.7) events.push({ gebeurtenisId: 'SS102', bsn: bsnFor(nextExisting++ % existing) });
        else if (x < 0.9) events.push({ gebeurtenisId: 'SS199', bsn: bsnFor(nextExisting++ % existing) });
        else events.push({ gebeurtenisId: 'SS131', bsn: bsnFor(900_000 + run * options.notifications + i), gemeenteOin: GEMEENTE_OIN });
      }
      const casesBefore = await count(database, sql`cases`);
      statements?.reset();
      const sent = await sim.ask({ type: 'emit', url, events, concurrency: options.concurrency }, 'emitted');
      if (workerOff) {
        duo.worker.start();
        duo.worker.kick();
      }
      await until('verwerking van de notificaties', async () => (await count(database, sql`duo_inbox WHERE status = 'ontvangen'`)) === 0, 15 * 60_000);
      const doneAt = Date.now();
      const failed = await count(database, sql`duo_inbox WHERE status = 'fout'`);
      const created = (await count(database, sql`cases`)) - casesBefore;
      const stored = sent.berichtIds.length === 0 ? 0 : (await database.db.select({ n: sql<number>`count(*)::int` }).from(duoInbox).where(inArray(duoInbox.berichtId, sent.berichtIds)))[0]?.n ?? 0;
      const r: DuoRun = {
        accepted: sent.accepted,
        refused: sent.refused,
        acceptedPerSecond: sent.accepted / ((sent.lastAcceptedAt - sent.startedAt) / 1000),
        processedWithin: (doneAt - sent.lastAcceptedAt) / 1000,
        problems: failed + Math.abs(created - registrations) + Math.abs(stored - sent.accepted),
      };
      intake.push(r);
      if (profile) log(`[${target}] profiel: ${duo.worker.passes} passen; ${profile.take()}`);
      if (statements) log(`[${target}] statements (PGlite), intake and worker: ${statements.take(sent.accepted)}`);
      log(`[${target}] notificaties ${run + 1}/${options.runs}: ${r.accepted} aangenomen (${r.acceptedPerSecond.toFixed(0)}/s), alle verwerkt ${r.processedWithin.toFixed(1)} s na de laatste; problemen ${r.problems}`);
    }

    // 2. Outbox: M meldingen (gevolgde uren, one per case) due at once.
    const outbox: OutboxRun[] = [];
    for (let run = 0; run < options.runs; run++) {
      const later = new Date(Date.now() + 24 * 3600_000);
      await asSystem(database.db, async (tx) => {
        for (let start = 0; start < options.meldingen; start += 2000) {
          await tx.insert(duoOutbox).values(
            Array.from({ length: Math.min(2000, options.meldingen - start) }, (_, k) => ({
              gemeenteId,
              caseId: caseIds[start + k]!,
              berichtId: randomUUID(),
              operation: 'uren.taallesknm',
              payload: { bsn: bsnFor(start + k), uren: { uren: 10 * (run + 1) } },
              status: 'wachtend',
              nextAttemptAt: later,
            })),
          );
        }
      });
      const { logLength } = await sim.ask({ type: 'meldingen', since: 0 }, 'meldingen');
      const started = Date.now();
      await asSystem(database.db, (tx) => tx.update(duoOutbox).set({ nextAttemptAt: new Date(started) }).where(eq(duoOutbox.status, 'wachtend')));
      duo.worker.kick();
      await until('verzending van de meldingen', async () => (await count(database, sql`duo_outbox WHERE status IN ('wachtend', 'verzenden')`)) === 0, 15 * 60_000);
      const seconds = (Date.now() - started) / 1000;
      const atDuo = await sim.ask({ type: 'meldingen', since: logLength }, 'meldingen');
      const confirmed = await count(database, sql`duo_outbox WHERE status = 'bevestigd' AND payload->'uren'->>'uren' = ${String(10 * (run + 1))}`);
      const r: OutboxRun = { meldingen: options.meldingen, seconds, perSecond: options.meldingen / seconds, repeated: atDuo.repeated + Math.max(0, atDuo.requests - atDuo.berichtIds), unconfirmed: options.meldingen - confirmed };
      outbox.push(r);
      log(`[${target}] meldingen ${run + 1}/${options.runs}: ${r.meldingen} in ${r.seconds.toFixed(1)} s (${r.perSecond.toFixed(0)}/s); dubbel bij DUO ${r.repeated}, niet bevestigd ${r.unconfirmed}`);
    }
    return { target, intake, outbox };
  } finally {
    await app.close();
    await sim.close();
  }
}

/**
 * KOERS_BENCH_DUO_PROFILE=1: how long transactions hold the connection, per kind (from the caller's
 * file), and how long they waited for it — on PGlite all of them share one connection.
 */
function profileTransactions(database: Database): { take(): string } {
  type Stat = { n: number; held: number; waited: number; max: number };
  const stats = new Map<string, Stat>();
  const original = database.db.transaction.bind(database.db);
  const kindOf = (stack: string): string => {
    for (const k of ['receive.ts', 'claimDue', 'release', 'recordFailure', 'process-notification.ts', 'outbox', 'koppeling-monitor', 'contract-stops', 'gemeentenOf']) if (stack.includes(k)) return k;
    return 'anders';
  };
  const wrapped: Db['transaction'] = (work, config) => {
    const kind = kindOf(new Error().stack ?? '');
    const asked = performance.now();
    let got = 0;
    return original(async (tx) => {
      got = performance.now();
      try {
        return await work(tx);
      } finally {
        const s = stats.get(kind) ?? { n: 0, held: 0, waited: 0, max: 0 };
        const held = performance.now() - got;
        s.n += 1;
        s.held += held;
        s.waited += got - asked;
        s.max = Math.max(s.max, held);
        stats.set(kind, s);
      }
    }, config);
  };
  database.db.transaction = wrapped;
  return {
    take() {
      const out = [...stats].map(([k, s]) => `${k} ${s.n}× vast ${s.held.toFixed(0)} ms (gem ${(s.held / s.n).toFixed(1)}, max ${s.max.toFixed(0)}), gewacht ${s.waited.toFixed(0)} ms`).join('; ');
      stats.clear();
      return out;
    },
  };
}

/**
 * KOERS_BENCH_DUO_PROFILE=sql (PGlite only): how many statements PGlite ran during a run (each a Parse…Sync
 * or a simple Query), per accepted notification, and the 12 most frequent — exact, whatever the load.
 */
function countStatements(database: Database): { reset(): void; take(notifications: number): string } | undefined {
  const client: unknown = propertyOf(database.db, '$client');
  const original: unknown = propertyOf(client, 'execProtocolStream');
  if (database.kind !== 'pglite' || typeof client !== 'object' || client === null || typeof original !== 'function') return undefined;
  const counts = new Map<string, number>();
  const decoder = new TextDecoder();
  const text = (message: Uint8Array, from: number): string => decoder.decode(message.subarray(from, message.indexOf(0, from))).replace(/\s+/g, ' ').slice(0, 100);
  Object.assign(client, {
    execProtocolStream: (message: Uint8Array, options?: object): unknown => {
      // Parse: 'P', int32 length, statement name\0, query text\0; Query: 'Q', int32 length, text\0.
      const key = message[0] === 0x50 ? text(message, message.indexOf(0, 5) + 1) : message[0] === 0x51 ? text(message, 5) : undefined;
      if (key !== undefined) counts.set(key, (counts.get(key) ?? 0) + 1);
      return Reflect.apply(original, client, [message, options]);
    },
  });
  return {
    reset: () => counts.clear(),
    take(notifications) {
      const all = [...counts].sort((a, b) => b[1] - a[1]);
      const n = all.reduce((t, [, c]) => t + c, 0);
      counts.clear();
      return [`${n} statements, ${(n / notifications).toFixed(1)} per notification`, ...all.slice(0, 12).map(([t, c]) => `  ${c}× ${t}`)].join('\n');
    },
  };
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[m] ?? NaN) : ((s[m - 1] ?? NaN) + (s[m] ?? NaN)) / 2;
};
const range = (xs: number[], digits = 0) => `${Math.min(...xs).toFixed(digits)}–${Math.max(...xs).toFixed(digits)}`;

export function duoReport(results: DuoTargetResult[], options: DuoBenchOptions): string {
  const lines = [
    '## DUO koppeling',
    '',
    'Generated by `npm run bench` (`packages/server/bench/duo.ts`, `KOERS_BENCH_PARTS=duo` runs only this part).',
    '',
    '### Method',
    '',
    `- DUO is the simulator from \`@koers/duo\` in its own process (\`bench/duo-sim.ts\`), on the same machine; Koers runs as in`,
    '  production: the notification endpoint over HTTP, the worker kicked on receipt (coalesced) and every 5 s, 8 notifications',
    '  or meldingen at a time, claims with `FOR UPDATE SKIP LOCKED` and lease tokens (ADR 0054).',
    `- Notification intake: ${options.notifications.toLocaleString('en-US')} spec-valid notifications per run, ${options.concurrency} at a time, fixed seed (mulberry32, ${SEED}):`,
    '  40 % SS101 for a new person (3 raadplegingen, case created through `registerNewcomer`), 30 % SS102 and 20 % SS199 for a',
    '  known case (1 raadpleging, case updated), 10 % SS131 about someone without a case (kept as `geen-dossier`). Accepted per',
    '  second = 201 answers / time from the first request to the last 201. "Processed" = no notification left `ontvangen`;',
    '  checked per run: none `fout`, one case per SS101, every accepted notification stored once.',
    `- Outbox: ${options.meldingen.toLocaleString('en-US')} meldingen (gevolgde uren, one per case) become due at once; time until none is \`wachtend\` or`,
    '  `verzenden`; checked at DUO (the simulator\'s request log): every BerichtId received once, and in Koers every melding `bevestigd`.',
    `- ${options.runs} runs per target; medians, with the range over the runs. The machine is shared (two cores, other work running),`,
    '  so absolute numbers move from run to run.',
    '- Targets (issue 18): ≥ 500 notifications accepted per second with everything processed within 60 s of the last; outbox',
    '  ≥ 200 meldingen per second, none twice.',
    '',
  ];
  for (const r of results) {
    lines.push(`### ${r.target}`, '');
    if (r.note) {
      lines.push(r.note, '');
      continue;
    }
    const acc = r.intake.map((x) => x.acceptedPerSecond);
    const within = r.intake.map((x) => x.processedWithin);
    const out = r.outbox.map((x) => x.perSecond);
    lines.push(
      '| measurement | median | range | target | problems (must be 0) |',
      '|---|---:|---:|---:|---:|',
      `| notifications accepted per second (32 concurrent) | ${median(acc).toFixed(0)} | ${range(acc)} | ≥ 500 | ${r.intake.reduce((n, x) => n + x.refused, 0)} refused |`,
      `| all processed, seconds after the last was accepted | ${median(within).toFixed(1)} | ${range(within, 1)} | ≤ 60 | ${r.intake.reduce((n, x) => n + x.problems, 0)} |`,
      `| outbox: meldingen sent and confirmed per second | ${median(out).toFixed(0)} | ${range(out)} | ≥ 200 | ${r.outbox.reduce((n, x) => n + x.repeated + x.unconfirmed, 0)} twice or unconfirmed |`,
      '',
    );
  }
  return lines.join('\n');
}
