// Synthetic data for the benchmark: a fixed-seed PRNG, bulk inserts, signals from the real rule.
import { addDays, computeSignals, type CaseSnapshot, type InvitationSnapshot, type PipSnapshot, type ToetsSnapshot } from '@koers/domain';
import type { Db } from '../src/db/database.ts';
import { asSystem } from '../src/db/scope.ts';
import {
  caseEvents,
  caseIntakes,
  casePlacements,
  cases,
  caseSignals,
  gemeenten,
  intakeInvitations,
  learnabilityTests,
  organisations,
  pips,
  placementReports,
  progressMeetings,
  providerContracts,
  providers,
  userGemeenten,
  users,
} from '../src/db/schema.ts';
import { hashPassword } from '../src/auth/passwords.ts';
import { signalNames } from '../src/workqueue/refresh-signals.ts';
import { postPipState, type PostPipRows } from './post-pip.ts';

/** mulberry32: small, fast, deterministic. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const BENCH_PASSWORD = 'Bench-wachtwoord-2026';
/** KOERS_BENCH_POST_PIP=0 leaves out the state after the PIP (issue 13), for a before/after comparison. */
const WITH_POST_PIP = process.env.KOERS_BENCH_POST_PIP !== '0';
/**
 * Gemeenten grow with the data (30 per 100,000 cases, at least 3), so each trajectregisseur keeps the same caseload
 * (about 1,100 cases) at 10,000, 100,000 and 1,000,000 cases: growth then measures the size of the tables, not the
 * size of one person's work (issue 18, growth).
 */
export function gemeentenFor(total: number): number {
  return Math.max(3, Math.round((total * 30) / 100_000));
}
const REGISSEURS_PER_GEMEENTE = 3;

export interface BenchWorld {
  regisseurEmail: string;
  teamleiderEmail: string;
  /** Gemeente of the measured regisseur (the team query filters on it). */
  gemeenteId: string;
  organisationId: string;
  /** The gemeenten each measured user is granted (their row-level-security scope). */
  regisseurGemeenteIds: string[];
  teamleiderGemeenteIds: string[];
  /** Case ids of that gemeente, to open case files of. */
  caseIds: string[];
  counts: Record<string, number>;
}

const familyNames = ['Haddad', 'Tesfay', 'Ahmadi', 'Yousef', 'Berhane', 'Karimi', 'Omar', 'Rahimi', 'Santos', 'Kovalenko', 'Tekle', 'Hussein', 'Mohammed', 'Ali', 'Nguyen'];
const givenNames = ['Amina', 'Rania', 'Farid', 'Yonas', 'Samira', 'Ahmad', 'Yusuf', 'Hamid', 'Maria', 'Luwam', 'Omar', 'Fatima', 'Aisha', 'Tesfaye', 'Dawit'];
const nationalities = ['SY', 'ER', 'AF', 'IR', 'SO', 'TR', 'YE', 'IQ', 'BR', 'MA'];

function bsnFor(i: number): string {
  // 9 digits passing the elfproef: 8 digits from i, then the check digit (skip when it would be 10).
  for (let k = 0; ; k++) {
    const base = String(10_000_000 + ((i * 7 + k * 100_003) % 89_999_999)).slice(0, 8);
    const digits = base.split('').map(Number);
    const check = digits.reduce((sum, d, j) => sum + d * (9 - j), 0) % 11;
    if (check < 10) return base + String(check);
  }
}

async function inBatches<T>(rows: T[], size: number, insert: (batch: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
}

/** Generates `total` cases over `gemeentenFor(total)` gemeenten with intakes, invitations, toetsen, PIPs, events and signals. */
export async function generate(db: Db, total: number, today: string, seed = 20261123): Promise<BenchWorld> {
  const random = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
  const hash = await hashPassword(BENCH_PASSWORD);
  const GEMEENTEN = gemeentenFor(total);
  return asSystem(db, async (tx) => {
    const [org] = await tx.insert(organisations).values({ name: 'Benchmark uitvoeringsorganisatie' }).returning();
    if (!org) throw new Error('bench');
    const gemeenteRows = await tx
      .insert(gemeenten)
      .values(Array.from({ length: GEMEENTEN }, (_, g) => ({ code: `9${String(g).padStart(3, '0')}`, name: `Benchgemeente ${g + 1}`, organisationId: org.id, settings: { intakeScenario: ([1, 2, 3] as const)[g % 3] } })))
      .returning();
    const regisseurs: string[][] = [];
    for (const [g, gemeente] of gemeenteRows.entries()) {
      const rows = await tx
        .insert(users)
        .values(Array.from({ length: REGISSEURS_PER_GEMEENTE }, (_, r) => ({ organisationId: org.id, email: `regisseur${g}-${r}@bench.koers`, name: `Regisseur ${g}-${r}`, role: 'trajectregisseur', passwordHash: hash })))
        .returning();
      await tx.insert(userGemeenten).values(rows.map((u) => ({ userId: u.id, gemeenteId: gemeente.id, organisationId: org.id })));
      regisseurs.push(rows.map((u) => u.id));
    }
    const [teamleider] = await tx.insert(users).values({ organisationId: org.id, email: 'teamleider@bench.koers', name: 'Teamleider', role: 'teamleider', passwordHash: hash }).returning();
    if (!teamleider) throw new Error('bench');
    await tx.insert(userGemeenten).values(gemeenteRows.map((g) => ({ userId: teamleider.id, gemeenteId: g.id, organisationId: org.id })));

    const counts: Record<string, number> = { cases: 0, intakes: 0, invitations: 0, toetsen: 0, pips: 0, events: 0, signals: 0 };
    // After the PIP (issue 13): one provider with a contract for every gemeente; its own PRNG.
    const postPipRandom = prng(seed + 13);
    const [provider] = await tx.insert(providers).values({ organisationId: org.id, name: 'Benchmark taalaanbieder', kinds: ['taalaanbieder'], instellingsnummer: '1000000001' }).returning();
    const [contract] = provider
      ? await tx
          .insert(providerContracts)
          .values({ organisationId: org.id, providerId: provider.id, name: 'Benchmark contract', gemeenteIds: gemeenteRows.map((g) => g.id), routes: [{ route: 'B1', priceCents: 560_000 }, { route: 'Z', priceCents: 920_000 }], keurmerk: 'blik-op-werk', keurmerkValidUntil: addDays(today, 3650), locations: [{ name: 'Bench', startMoments: [] }], reportingEveryWeeks: 6, startsOn: addDays(today, -3650), endsOn: addDays(today, 3650) })
          .returning()
      : [];
    if (!provider || !contract) throw new Error('bench');
    Object.assign(counts, { placements: 0, providerReports: 0, progressMeetings: 0, postPipSignals: 0 });
    const CHUNK = 5000;
    const measuredGemeente = gemeenteRows[0]!.id;
    const caseIds: string[] = [];
    for (let start = 0; start < total; start += CHUNK) {
      const n = Math.min(CHUNK, total - start);
      const caseValues: (typeof cases.$inferInsert)[] = [];
      const plans: { stage: number; linkedOn: string; registeredOn: string; gemeenteIndex: number; givenNames: string; familyName: string }[] = [];
      for (let k = 0; k < n; k++) {
        const i = start + k;
        const gemeenteIndex = i % GEMEENTEN;
        const linkedOn = addDays(today, -Math.floor(random() * 400));
        const registeredOn = addDays(linkedOn, 7 + Math.floor(random() * 60));
        const stage = Math.floor(random() * 5); // 0 aangemeld, 1 intake, 2 toets, 3 pip concept, 4 pip vastgesteld
        const person = { givenNames: pick(givenNames), familyName: `${pick(familyNames)}-${i}` };
        plans.push({ stage, linkedOn, registeredOn, gemeenteIndex, ...person });
        caseValues.push({
          ...person,
          gemeenteId: gemeenteRows[gemeenteIndex]!.id,
          bsn: bsnFor(i),
          vNumber: String(1_000_000_000 + i),
          birthDate: addDays('1970-01-01', Math.floor(random() * 12000)),
          nationality: pick(nationalities),
          permit: random() < 0.85 ? 'asiel' : 'regulier',
          status: stage === 4 ? 'pip-vastgesteld' : 'aangemeld',
          source: 'coa',
          caseManagerId: regisseurs[gemeenteIndex]![i % REGISSEURS_PER_GEMEENTE]!,
          obliged: true,
          targetGroup: 'asiel',
          regime: 'Wi2021',
          dutyExplanation: { duty: { summary: 'Inburgeringsplichtig (benchmark).', steps: [], articles: [] }, assessedOn: '2026-01-01' },
          linkedOn,
          dutyStartOn: linkedOn,
          duoNoticeOn: addDays(linkedOn, 5),
          registeredOn: stage === 0 ? null : registeredOn,
          housedOn: stage === 0 ? null : registeredOn,
          interpreterNeeded: random() < 0.5,
        });
      }
      const inserted: { id: string; gemeenteId: string; caseManagerId: string | null }[] = [];
      await inBatches(caseValues, 1000, async (batch) => {
        inserted.push(...(await tx.insert(cases).values(batch).returning({ id: cases.id, gemeenteId: cases.gemeenteId, caseManagerId: cases.caseManagerId })));
      });
      counts.cases! += inserted.length;
      const intakes: (typeof caseIntakes.$inferInsert)[] = [];
      const invitations: (typeof intakeInvitations.$inferInsert)[] = [];
      const toetsen: (typeof learnabilityTests.$inferInsert)[] = [];
      const pipValues: (typeof pips.$inferInsert)[] = [];
      const events: (typeof caseEvents.$inferInsert)[] = [];
      const signals: (typeof caseSignals.$inferInsert)[] = [];
      const postPip: PostPipRows[] = [];
      for (const [k, c] of inserted.entries()) {
        const plan = plans[k]!;
        if (c.gemeenteId === measuredGemeente && caseIds.length < 5000) caseIds.push(c.id);
        const event = (occurredOn: string, kind: string, summary: string, section: string) =>
          events.push({ caseId: c.id, gemeenteId: c.gemeenteId, occurredOn, kind, summary, section, actorName: 'Benchmark', at: new Date(`${occurredOn}T10:00:00Z`) });
        event(plan.linkedOn, 'case.registered', 'Aangemeld uit de COA-koppeling (TVS).', 'overzicht');
        const snapshotInvitations: InvitationSnapshot[] = [];
        let intake: CaseSnapshot['intake'] = null;
        const snapshotToetsen: ToetsSnapshot[] = [];
        const snapshotPips: PipSnapshot[] = [];
        if (plan.stage >= 1) {
          const sentOn = addDays(plan.registeredOn, 3);
          const noShow = random() < 0.2;
          const inv = (sequence: number, on: string, outcome: InvitationSnapshot['outcome']) => {
            const respondBy = addDays(on, 14);
            const outcomeOn = outcome === 'pending' ? null : addDays(on, 10);
            invitations.push({ caseId: c.id, gemeenteId: c.gemeenteId, sequence, sentOn: on, respondBy, outcome, outcomeOn });
            snapshotInvitations.push({ sequence, sentOn: on, respondBy, outcome, outcomeOn, warningSentOn: null });
            event(on, 'intake.invitation-sent', `Oproep ${sequence} verstuurd.`, 'intake');
          };
          const firstOutcome = noShow ? 'no-show' : plan.stage === 1 ? 'pending' : 'appeared';
          inv(1, sentOn, firstOutcome);
          if (noShow && plan.stage >= 2) inv(2, addDays(sentOn, 12), 'appeared');
          const status = plan.stage >= 3 ? 'afgerond' : plan.stage === 2 ? 'in-gesprek' : 'uitgenodigd';
          const completedOn = plan.stage >= 3 ? addDays(sentOn, 30) : null;
          intakes.push({ caseId: c.id, gemeenteId: c.gemeenteId, status, startedOn: sentOn, completedOn });
          intake = { status, startedOn: sentOn, completedOn };
        }
        if (plan.stage >= 2 && random() < 0.8) {
          const done = plan.stage >= 3;
          toetsen.push({ caseId: c.id, gemeenteId: c.gemeenteId, status: done ? 'afgenomen' : 'gepland', plannedAt: new Date(`${addDays(plan.registeredOn, 25)}T09:00:00Z`), advisedRoute: done ? 'B1' : null });
          snapshotToetsen.push({ status: done ? 'afgenomen' : 'gepland', exemption: null });
          event(addDays(plan.registeredOn, 25), 'intake.toets', 'Leerbaarheidstoets.', 'intake');
        }
        if (plan.stage >= 3) {
          const issued = plan.stage === 4;
          const accepted = issued || random() < 0.6;
          const updatedOn = addDays(plan.registeredOn, 50);
          const duoValidation = { accepted, issuedOn: updatedOn, duo: { accepted, errors: accepted ? [] : [{ field: 'level', code: 'b1-with-z-route', message: 'DUO weigert.' }], explanation: { summary: accepted ? 'DUO accepteert het PIP.' : 'DUO weigert het PIP.' } }, problems: [], summary: '' };
          pipValues.push({ caseId: c.id, gemeenteId: c.gemeenteId, version: 1, status: issued ? 'vastgesteld' : 'concept', kind: 'beschikking', issuedOn: issued ? updatedOn : null, route: accepted ? 'B1' : 'Z', level: 'B1', duoValidation, updatedAt: new Date(`${updatedOn}T10:00:00Z`) });
          snapshotPips.push({ version: 1, status: issued ? 'vastgesteld' : 'concept', duoValidation: { accepted, errors: accepted ? [] : ['b1-with-z-route'] }, updatedOn });
          event(updatedOn, issued ? 'pip.issued' : 'pip.concept', issued ? 'PIP vastgesteld.' : 'Concept-PIP opgesteld.', 'pip');
          if (issued && WITH_POST_PIP) {
            const state = postPipState(postPipRandom, c, updatedOn, today, { id: contract.id, providerName: provider.name, reportingEveryWeeks: contract.reportingEveryWeeks });
            postPip.push(state);
            for (const s of state.signals) {
              signals.push({ caseId: c.id, gemeenteId: c.gemeenteId, caseManagerId: c.caseManagerId, kind: s.kind, dueOn: s.dueOn, reason: s.reason, section: s.section, data: { deadline: s.deadline, ...signalNames(plan), ...(s.ref ?? {}) } });
            }
          }
        }
        const computed = computeSignals({
          closed: false,
          openedOn: plan.linkedOn,
          hasCaseManager: c.caseManagerId !== null,
          regime: 'Wi2021',
          obliged: true,
          targetGroup: 'asiel',
          linkedOn: plan.linkedOn,
          housedOn: plan.stage === 0 ? null : plan.registeredOn,
          duoNoticeOn: addDays(plan.linkedOn, 5),
          registeredOn: plan.stage === 0 ? null : plan.registeredOn,
          movedInOn: null,
          thirdPartyInfoReceivedOn: null,
          intakeScenario: ((plan.gemeenteIndex % 3) + 1) as 1 | 2 | 3,
          intake,
          invitations: snapshotInvitations,
          toetsen: snapshotToetsen,
          pips: snapshotPips,
        });
        for (const s of computed) {
          signals.push({ caseId: c.id, gemeenteId: c.gemeenteId, caseManagerId: c.caseManagerId, kind: s.kind, dueOn: s.dueOn, reason: s.reason, section: s.section, data: { deadline: s.deadline, ...signalNames(plan) } });
        }
      }
      await inBatches(intakes, 1000, (b) => tx.insert(caseIntakes).values(b));
      await inBatches(invitations, 1000, (b) => tx.insert(intakeInvitations).values(b));
      await inBatches(toetsen, 1000, (b) => tx.insert(learnabilityTests).values(b));
      await inBatches(pipValues, 1000, (b) => tx.insert(pips).values(b));
      await inBatches(events, 1000, (b) => tx.insert(caseEvents).values(b));
      await inBatches(signals, 1000, (b) => tx.insert(caseSignals).values(b));
      await inBatches(postPip.map((p) => p.placement), 1000, (b) => tx.insert(casePlacements).values(b));
      await inBatches(postPip.flatMap((p) => p.reports), 1000, (b) => tx.insert(placementReports).values(b));
      await inBatches(postPip.flatMap((p) => p.meetings), 1000, (b) => tx.insert(progressMeetings).values(b));
      counts.placements! += postPip.length;
      counts.providerReports! += postPip.reduce((n, p) => n + p.reports.length, 0);
      counts.progressMeetings! += postPip.reduce((n, p) => n + p.meetings.length, 0);
      counts.postPipSignals! += postPip.reduce((n, p) => n + p.signals.length, 0);
      counts.intakes! += intakes.length;
      counts.invitations! += invitations.length;
      counts.toetsen! += toetsen.length;
      counts.pips! += pipValues.length;
      counts.events! += events.length;
      counts.signals! += signals.length;
    }
    return {
      regisseurEmail: 'regisseur0-0@bench.koers',
      teamleiderEmail: 'teamleider@bench.koers',
      gemeenteId: measuredGemeente,
      organisationId: org.id,
      regisseurGemeenteIds: [measuredGemeente],
      teamleiderGemeenteIds: gemeenteRows.map((g) => g.id),
      caseIds,
      counts,
    };
  });
}
