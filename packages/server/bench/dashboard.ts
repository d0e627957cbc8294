// `npm run bench`, part `dashboard` (issue 16, ADR 0140): the management dashboard's aggregates at
// 100,000 cases, each through the function the use case calls (`src/sturing/dashboard-queries.ts`)
// against the same aggregate written by hand in SQL, plus the HTTP route. The data is one row per case
// in `cases` and `case_sturing`, werkvoorraad signals and handhaving, from a fixed-seed PRNG in bulk inserts.
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { addDays, handhavingStages, openViolation, type ReportPeriod } from '@koers/domain';
import { createKoers } from '../src/start.ts';
import type { DatabaseConfig, Db, Queryable } from '../src/db/database.ts';
import { asSystem } from '../src/db/scope.ts';
import { cases, caseSignals, caseSturing, gemeenten, handhavingFines, handhavingViolations, organisations, userGemeenten, users } from '../src/db/schema.ts';
import { hashPassword } from '../src/auth/passwords.ts';
import { caseFigureCounts, fineCounts, overdueCounts, violationCounts } from '../src/sturing/dashboard-queries.ts';
import { BENCH_PASSWORD, prng } from './generate.ts';

const TODAY = '2026-11-23';
const NOW = new Date(`${TODAY}T09:00:00Z`);
const GEMEENTEN = 30;
const MANAGERS_PER_GEMEENTE = 3;
const WARMUP = 5;
/** The dashboard's default period: the year so far (as the page opens). */
const PERIOD: ReportPeriod = { from: '2026-01-01', to: '2026-12-31' };
/** Target of issue 16. */
export const DASHBOARD_TARGET_MS = 300;

export interface DashboardBenchOptions {
  cases: number;
  iterations: number;
}

interface Stats {
  p50: number;
  p95: number;
}
export interface DashboardRow {
  name: string;
  koers: Stats;
  /** Null for the HTTP rows: their raw SQL is the sum of the aggregate rows above. */
  raw: Stats | null;
}
export interface DashboardTargetResult {
  target: string;
  note?: string;
  generateSeconds?: number;
  counts?: Record<string, number>;
  rows: DashboardRow[];
}

const percentile = (xs: number[], p: number) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
};
const stats = (xs: number[]): Stats => ({ p50: percentile(xs, 50), p95: percentile(xs, 95) });
const rowsOf = <T>(result: unknown): T[] => (result as { rows: T[] }).rows;

async function inBatches<T>(rows: T[], size: number, insert: (batch: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
}

interface DashboardWorld {
  teamleiderEmail: string;
  gemeenteIds: string[];
  counts: Record<string, number>;
}

/** Cases with their sturing facts, signals and handhaving over 30 gemeenten; seed 20261206. */
export async function generateDashboard(db: Db, total: number, seed = 20261206): Promise<DashboardWorld> {
  const random = prng(seed);
  const chance = (p: number) => random() < p;
  const days = (max: number) => Math.floor(random() * max);
  const hash = await hashPassword(BENCH_PASSWORD);
  return asSystem(db, async (tx) => {
    const [org] = await tx.insert(organisations).values({ name: 'Benchmark dashboard' }).returning();
    if (!org) throw new Error('bench');
    const gemeenteRows = await tx
      .insert(gemeenten)
      .values(Array.from({ length: GEMEENTEN }, (_, g) => ({ code: `8${String(g).padStart(3, '0')}`, name: `Dashboardgemeente ${g + 1}`, organisationId: org.id, settings: {} })))
      .returning();
    const managers: string[][] = [];
    for (const [g, gemeente] of gemeenteRows.entries()) {
      const rows = await tx
        .insert(users)
        .values(Array.from({ length: MANAGERS_PER_GEMEENTE }, (_, r) => ({ organisationId: org.id, email: `dash-regisseur${g}-${r}@bench.koers`, name: `Regisseur ${g}-${r}`, role: 'trajectregisseur', passwordHash: hash })))
        .returning();
      await tx.insert(userGemeenten).values(rows.map((u) => ({ userId: u.id, gemeenteId: gemeente.id, organisationId: org.id })));
      managers.push(rows.map((u) => u.id));
    }
    const teamleiderEmail = 'dash-teamleider@bench.koers';
    const [lead] = await tx.insert(users).values({ organisationId: org.id, email: teamleiderEmail, name: 'Teamleider', role: 'teamleider', passwordHash: hash }).returning();
    if (!lead) throw new Error('bench');
    await tx.insert(userGemeenten).values(gemeenteRows.map((g) => ({ userId: lead.id, gemeenteId: g.id, organisationId: org.id })));

    const counts: Record<string, number> = { cases: 0, sturing: 0, signals: 0, violations: 0, fines: 0 };
    const CHUNK = 5000;
    for (let start = 0; start < total; start += CHUNK) {
      const n = Math.min(CHUNK, total - start);
      const caseValues: (typeof cases.$inferInsert)[] = [];
      const plans: { linkedOn: string; housedOn: string | null; closedOn: string | null; obliged: boolean; gemeenteIndex: number; manager: string | null }[] = [];
      for (let k = 0; k < n; k++) {
        const i = start + k;
        const gemeenteIndex = i % GEMEENTEN;
        const linkedOn = addDays(TODAY, -days(1100));
        const housedOn = chance(0.85) ? addDays(linkedOn, 7 + days(120)) : null;
        const closedOn = chance(0.15) ? addDays(linkedOn, 200 + days(700)) : null;
        const obliged = chance(0.92);
        const manager = chance(0.95) ? managers[gemeenteIndex]![i % MANAGERS_PER_GEMEENTE]! : null;
        plans.push({ linkedOn, housedOn, closedOn: closedOn !== null && closedOn <= TODAY ? closedOn : null, obliged, gemeenteIndex, manager });
        caseValues.push({
          gemeenteId: gemeenteRows[gemeenteIndex]!.id,
          givenNames: 'Benchmark',
          familyName: `Dashboard-${i}`,
          birthDate: addDays('1970-01-01', days(12000)),
          nationality: 'SY',
          permit: 'asiel',
          status: 'aangemeld',
          source: 'coa',
          caseManagerId: manager,
          obliged,
          targetGroup: 'asiel',
          regime: 'Wi2021',
          linkedOn,
          housedOn,
        });
      }
      const inserted: { id: string; gemeenteId: string }[] = [];
      await inBatches(caseValues, 1000, async (batch) => {
        inserted.push(...(await tx.insert(cases).values(batch).returning({ id: cases.id, gemeenteId: cases.gemeenteId })));
      });
      const sturing: (typeof caseSturing.$inferInsert)[] = [];
      const signals: (typeof caseSignals.$inferInsert)[] = [];
      const violations: (typeof handhavingViolations.$inferInsert & { fine: boolean })[] = [];
      for (const [k, c] of inserted.entries()) {
        const plan = plans[k]!;
        const pipDeadline = addDays(plan.housedOn ?? plan.linkedOn, 70);
        const pipOn = chance(0.7) ? addDays(plan.housedOn ?? plan.linkedOn, 20 + days(90)) : null;
        const firstPipOn = pipOn !== null && pipOn <= TODAY ? pipOn : null;
        const after = (from: string | null, p: number, within: number): string | null => {
          if (from === null || !chance(p)) return null;
          const on = addDays(from, 30 + days(within));
          return on <= TODAY ? on : null;
        };
        const reliefFrom = after(firstPipOn, 0.4, 30);
        const r = random();
        sturing.push({
          caseId: c.id,
          gemeenteId: c.gemeenteId,
          caseManagerId: plan.manager,
          wi2021Plichtig: plan.obliged && chance(0.95),
          obliged: plan.obliged,
          inBeeldOn: plan.linkedOn,
          closedOn: plan.closedOn,
          linkedOn: plan.linkedOn,
          housedOn: plan.housedOn,
          pipDeadline,
          firstPipOn,
          route: firstPipOn === null ? null : r < 0.6 ? 'B1' : r < 0.75 ? 'Onderwijs' : 'Z',
          routeSwitchedOn: after(firstPipOn, 0.05, 300),
          a2DowngradedOn: after(firstPipOn, 0.03, 300),
          pvtDoneOn: after(firstPipOn, 0.6, 250),
          mapDoneOn: after(firstPipOn, 0.5, 300),
          reliefFrom,
          reliefUntil: reliefFrom === null ? null : addDays(reliefFrom, 365),
        });
        if (plan.closedOn === null && chance(0.8)) {
          const dueOn = addDays(TODAY, days(300) - 150);
          signals.push({ caseId: c.id, gemeenteId: c.gemeenteId, caseManagerId: plan.manager, kind: 'pip-deadline', dueOn, reason: 'Benchmark.', section: 'pip', data: chance(0.5) ? { deadline: addDays(dueOn, 14) } : {} });
        }
        if (firstPipOn !== null && chance(0.04)) {
          const establishedOn = addDays(firstPipOn, 60 + days(300));
          violations.push({
            caseId: c.id,
            gemeenteId: c.gemeenteId,
            ground: 'intake-niet-verschenen',
            article: 22,
            establishedOn: establishedOn <= TODAY ? establishedOn : TODAY,
            sourceKind: 'anders',
            stage: handhavingStages[days(handhavingStages.length)]!,
            state: openViolation({ ground: 'intake-niet-verschenen', establishedOn: establishedOn <= TODAY ? establishedOn : TODAY, source: { kind: 'anders', id: null, description: '' }, facts: '' }),
            fine: chance(0.4),
          });
        }
      }
      await inBatches(sturing, 1000, (b) => tx.insert(caseSturing).values(b));
      await inBatches(signals, 1000, (b) => tx.insert(caseSignals).values(b));
      const fines: (typeof handhavingFines.$inferInsert)[] = [];
      await inBatches(violations, 1000, async (b) => {
        const rows = await tx
          .insert(handhavingViolations)
          .values(b.map(({ fine: _fine, ...v }) => v))
          .returning({ id: handhavingViolations.id, caseId: handhavingViolations.caseId, gemeenteId: handhavingViolations.gemeenteId });
        for (const [j, v] of rows.entries()) if (b[j]!.fine) fines.push({ caseId: v.caseId, gemeenteId: v.gemeenteId, violationId: v.id, amountCents: 34_000, computation: { summary: '', steps: [], articles: [] }, status: j % 3 === 0 ? 'onherroepelijk' : 'opgelegd' });
      });
      await inBatches(fines, 1000, (b) => tx.insert(handhavingFines).values(b));
      counts.cases! += inserted.length;
      counts.sturing! += sturing.length;
      counts.signals! += signals.length;
      counts.violations! += violations.length;
      counts.fines! += fines.length;
    }
    return { teamleiderEmail, gemeenteIds: gemeenteRows.map((g) => g.id), counts };
  });
}

// The same aggregates written by hand: what the use case's queries should cost at best.
const list = (ids: readonly string[]) => sql.join(ids.map((id) => sql`${id}::uuid`), sql`, `);
const inBeeld = (p: ReportPeriod) => sql`wi2021_plichtig AND in_beeld_on <= ${p.to}::date AND (closed_on IS NULL OR closed_on >= ${p.from}::date)`;
const rawCaseFigures = (q: Queryable, ids: readonly string[], p: ReportPeriod) =>
  q.execute(sql`
    SELECT gemeente_id, case_manager_id,
      count(*) FILTER (WHERE closed_on IS NULL)::int AS open,
      count(*) FILTER (WHERE ${inBeeld(p)})::int AS in_beeld,
      count(*) FILTER (WHERE ${inBeeld(p)} AND (first_pip_on IS NULL OR first_pip_on > ${p.to}::date))::int AS zonder_pip,
      count(*) FILTER (WHERE wi2021_plichtig AND first_pip_on BETWEEN ${p.from}::date AND ${p.to}::date AND (pip_deadline IS NULL OR first_pip_on <= pip_deadline))::int AS binnen,
      count(*) FILTER (WHERE wi2021_plichtig AND first_pip_on BETWEEN ${p.from}::date AND ${p.to}::date AND first_pip_on > pip_deadline)::int AS na,
      count(*) FILTER (WHERE route_switched_on BETWEEN ${p.from}::date AND ${p.to}::date)::int AS wissel,
      count(*) FILTER (WHERE a2_downgraded_on BETWEEN ${p.from}::date AND ${p.to}::date)::int AS a2,
      count(*) FILTER (WHERE pvt_done_on BETWEEN ${p.from}::date AND ${p.to}::date)::int AS pvt,
      count(*) FILTER (WHERE map_done_on BETWEEN ${p.from}::date AND ${p.to}::date)::int AS map,
      count(*) FILTER (WHERE relief_from <= ${p.to}::date AND relief_until > ${p.from}::date)::int AS ontzorgen,
      count(*) FILTER (WHERE ${inBeeld(p)} AND first_pip_on <= ${p.to}::date AND route = 'B1')::int AS b1,
      count(*) FILTER (WHERE ${inBeeld(p)} AND first_pip_on <= ${p.to}::date AND route = 'Onderwijs')::int AS onderwijs,
      count(*) FILTER (WHERE ${inBeeld(p)} AND first_pip_on <= ${p.to}::date AND route = 'Z')::int AS z
    FROM case_sturing WHERE gemeente_id IN (${list(ids)}) GROUP BY gemeente_id, case_manager_id`);
const rawViolations = (q: Queryable, ids: readonly string[], p: ReportPeriod) =>
  q.execute(sql`SELECT gemeente_id, stage, count(*)::int FROM handhaving_violations WHERE gemeente_id IN (${list(ids)}) AND established_on BETWEEN ${p.from}::date AND ${p.to}::date GROUP BY gemeente_id, stage`);
const rawFines = (q: Queryable, ids: readonly string[], p: ReportPeriod) =>
  q.execute(sql`SELECT f.gemeente_id, f.status, count(*)::int FROM handhaving_fines f JOIN handhaving_violations v ON v.id = f.violation_id
                WHERE f.gemeente_id IN (${list(ids)}) AND v.established_on BETWEEN ${p.from}::date AND ${p.to}::date GROUP BY f.gemeente_id, f.status`);
const rawOverdue = (q: Queryable, ids: readonly string[]) =>
  q.execute(sql`SELECT gemeente_id, count(*) FILTER (WHERE overdue_on < ${TODAY}::date)::int FROM case_signals
                WHERE gemeente_id IN (${list(ids)}) AND due_on < ${TODAY}::date GROUP BY gemeente_id`);

class Session {
  private cookies: Record<string, string> = {};
  constructor(private readonly app: FastifyInstance) {}
  async login(email: string): Promise<void> {
    const remoteAddress = '10.8.0.1';
    const csrf = await this.app.inject({ method: 'GET', url: '/api/auth/csrf', remoteAddress });
    for (const c of csrf.cookies) this.cookies[c.name] = c.value;
    const token = csrf.json<{ csrfToken: string }>().csrfToken;
    const r = await this.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password: BENCH_PASSWORD }, remoteAddress, cookies: this.cookies, headers: { 'x-csrf-token': token } });
    if (r.statusCode !== 200) throw new Error(`login ${email}: ${r.statusCode}`);
    for (const c of r.cookies) this.cookies[c.name] = c.value;
  }
  async get(url: string): Promise<void> {
    const r = await this.app.inject({ method: 'GET', url, cookies: this.cookies });
    if (r.statusCode !== 200) throw new Error(`${url}: ${r.statusCode} ${r.body.slice(0, 300)}`);
  }
}

/** Koers's way and the raw way interleaved (rotating order), so load on the shared machine hits both alike. */
async function compare(n: number, koers: () => Promise<unknown>, raw: (() => Promise<unknown>) | null): Promise<Omit<DashboardRow, 'name'>> {
  const ways = raw ? [koers, raw] : [koers];
  for (let i = 0; i < WARMUP; i++) for (const w of ways) await w();
  const times: number[][] = ways.map(() => []);
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < ways.length; k++) {
      const w = (i + k) % ways.length;
      const t = performance.now();
      await ways[w]!();
      times[w]!.push(performance.now() - t);
    }
  }
  return { koers: stats(times[0]!), raw: raw ? stats(times[1]!) : null };
}

export async function measureDashboard(target: string, config: DatabaseConfig, options: DashboardBenchOptions, log: (line: string) => void): Promise<DashboardTargetResult> {
  const { app, database } = await createKoers({ logLevel: 'silent', demo: false, secret: 'bench-geheim-'.padEnd(40, 'x'), database: config, now: () => NOW });
  await app.ready();
  try {
    const started = performance.now();
    log(`[dashboard ${target}] ${options.cases} dossiers genereren…`);
    const world = await generateDashboard(database.db, options.cases);
    await database.db.execute(sql`ANALYZE`);
    const generateSeconds = (performance.now() - started) / 1000;
    log(`[dashboard ${target}] gegenereerd in ${generateSeconds.toFixed(1)} s ${JSON.stringify(world.counts)}`);
    const lead = new Session(app);
    await lead.login(world.teamleiderEmail);
    const db = database.db;
    const all = world.gemeenteIds;
    const one = [all[0]!];
    // The aggregate functions and the raw SQL must count the same before their times mean anything.
    const [koersFigures, rawFigures] = [(await caseFigureCounts(db, all, PERIOD)).figures, rowsOf<{ gemeente_id: string; in_beeld: number; z: number }>(await rawCaseFigures(db, all, PERIOD))];
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    if (sum(koersFigures.map((r) => r.counts['in-beeld'] ?? 0)) !== sum(rawFigures.map((r) => r.in_beeld)) || sum(koersFigures.map((r) => r.counts['route:Z'] ?? 0)) !== sum(rawFigures.map((r) => r.z))) {
      throw new Error('dashboard bench: the raw SQL does not count what the use case counts');
    }
    const n = options.iterations;
    const rows: DashboardRow[] = [];
    const add = async (name: string, koers: () => Promise<unknown>, raw: (() => Promise<unknown>) | null) => {
      const row = { name, ...(await compare(n, koers, raw)) };
      rows.push(row);
      log(`[dashboard ${target}] ${name}: p50 ${row.koers.p50.toFixed(1)} ms, p95 ${row.koers.p95.toFixed(1)} ms${row.raw ? `; SQL p50 ${row.raw.p50.toFixed(1)} ms, p95 ${row.raw.p95.toFixed(1)} ms` : ''}`);
    };
    await add('case figures and caseload, 30 gemeenten (one scan of case_sturing: 13 counts per gemeente and case manager)', () => caseFigureCounts(db, all, PERIOD), () => rawCaseFigures(db, all, PERIOD));
    await add('case figures, one gemeente', () => caseFigureCounts(db, one, PERIOD), () => rawCaseFigures(db, one, PERIOD));
    await add('handhaving: violations per stage, 30 gemeenten', () => violationCounts(db, all, PERIOD), () => rawViolations(db, all, PERIOD));
    await add('handhaving: fines per status, 30 gemeenten', () => fineCounts(db, all, PERIOD), () => rawFines(db, all, PERIOD));
    await add('werkvoorraad overdue, 30 gemeenten', () => overdueCounts(db, all, TODAY), () => rawOverdue(db, all));
    const query = new URLSearchParams({ van: PERIOD.from, tot: PERIOD.to });
    await add('GET /api/rapportages/dashboard (teamleider, 30 gemeenten + organisatie)', () => lead.get(`/api/rapportages/dashboard?${query.toString()}`), null);
    await add('GET /api/rapportages/dashboard?gemeenteId=… (one gemeente)', () => lead.get(`/api/rapportages/dashboard?${query.toString()}&gemeenteId=${one[0]}`), null);
    await add('GET /api/rapportages/taakstelling (teamleider, 30 gemeenten, 2 years)', () => lead.get('/api/rapportages/taakstelling?vanJaar=2025&totJaar=2026'), null);
    return { target, generateSeconds, counts: world.counts, rows };
  } finally {
    await app.close();
  }
}

export function dashboardReport(results: DashboardTargetResult[], options: DashboardBenchOptions): string[] {
  const lines = [
    '## Dashboard (issue 16, ADR 0140, 0156)',
    '',
    `- Data: ${options.cases.toLocaleString('en-US')} cases over ${GEMEENTEN} gemeenten, each with its \`case_sturing\` row, werkvoorraad`,
    '  signals and handhaving, generated with a fixed-seed PRNG (mulberry32, seed 20261206) and bulk inserts; `ANALYZE` after loading.',
    `- Period ${PERIOD.from} – ${PERIOD.to}. Each aggregate ${options.iterations}× after ${WARMUP} warm-up runs, interleaved with its raw SQL.`,
    '- "Koers" is the function the use case calls (`src/sturing/dashboard-queries.ts`, Drizzle with the shared figure filters);',
    '  "SQL" the same aggregate written by hand; both as the owner, without row-level security. The HTTP rows are the whole',
    '  request through `app.inject` as the teamleider: session, row-level security, all aggregates, processing-log entry, serialisation.',
    `- Target (issue 16): p95 ≤ ${DASHBOARD_TARGET_MS} ms on PostgreSQL and PGlite.`,
    '',
  ];
  for (const r of results) {
    lines.push(`### ${r.target}`, '');
    if (r.note) {
      lines.push(r.note, '');
      continue;
    }
    if (r.counts) lines.push(`Rows: ${Object.entries(r.counts).map(([k, v]) => `${k} ${v.toLocaleString('en-US')}`).join(', ')}; generated in ${r.generateSeconds?.toFixed(0)} s.`, '');
    lines.push('| aggregate | Koers p50 (ms) | Koers p95 (ms) | SQL p50 (ms) | SQL p95 (ms) | ratio (median) | p95 ≤ 300 ms |', '|---|---:|---:|---:|---:|---:|:---:|');
    for (const row of r.rows) {
      const raw = row.raw;
      lines.push(
        `| ${row.name} | ${row.koers.p50.toFixed(1)} | ${row.koers.p95.toFixed(1)} | ${raw ? raw.p50.toFixed(1) : '—'} | ${raw ? raw.p95.toFixed(1) : '—'} | ${raw ? `${(row.koers.p50 / raw.p50).toFixed(2)}×` : '—'} | ${row.koers.p95 <= DASHBOARD_TARGET_MS ? 'yes' : '**no**'} |`,
      );
    }
    lines.push('');
  }
  return lines;
}
