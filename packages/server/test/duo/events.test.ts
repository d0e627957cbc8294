// DUO events → case: every family of SS codes, delivered by the simulator over HTTP, processed by
// the worker, visible in the timeline (source 'duo', naming the SS code), the history (from → to)
// and the werkvoorraad; repeats have one effect; corrections keep the earlier value.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, asc, eq } from 'drizzle-orm';
import { asSystem } from '../../src/db/scope.ts';
import { caseDuoData, caseEvents, cases, caseSignals, duoInbox, learnabilityTests, processingLog, recordHistory } from '../../src/db/schema.ts';
import { processingActivities } from '@koers/domain';
import { createCaseVia, validBsn } from '../support/fixtures.ts';
import { seed, startDuoEnv, type DuoTestEnv } from './support.ts';

let env: DuoTestEnv;
beforeAll(async () => {
  env = await startDuoEnv();
});
afterAll(async () => {
  expect(await env.contractViolations()).toEqual([]);
  expect(env.sim.state.contractViolations).toEqual([]);
  await env.close();
});

async function emit(code: string, bsn: string): Promise<string> {
  const d = await env.sim.emit({ gebeurtenisId: code, bsn });
  expect(d.delivered, `${code} afgeleverd`).toBe(true);
  await env.duo.worker.tick();
  return d.berichtId;
}

async function caseOf(bsn: string) {
  const [c] = await asSystem(env.database.db, (tx) => tx.select().from(cases).where(and(eq(cases.gemeenteId, env.gemeente.gemeenteId), eq(cases.bsn, bsn))));
  return c;
}

async function stateOf(caseId: string) {
  return asSystem(env.database.db, async (tx) => ({
    events: await tx.select().from(caseEvents).where(eq(caseEvents.caseId, caseId)).orderBy(asc(caseEvents.id)),
    history: await tx.select().from(recordHistory).where(eq(recordHistory.entityId, caseId)).orderBy(asc(recordHistory.id)),
    signals: await tx.select().from(caseSignals).where(eq(caseSignals.caseId, caseId)),
    inbox: await tx.select().from(duoInbox).where(eq(duoInbox.caseId, caseId)).orderBy(asc(duoInbox.seq)),
    data: await tx.select().from(caseDuoData).where(eq(caseDuoData.caseId, caseId)),
    tests: await tx.select().from(learnabilityTests).where(eq(learnabilityTests.caseId, caseId)),
  }));
}

function changesOf(history: Array<{ changes: unknown }>, field: string): Array<{ from: unknown; to: unknown }> {
  return history.flatMap((h) => {
    const c = (h.changes as Record<string, { from: unknown; to: unknown }>)[field];
    return c ? [c] : [];
  });
}

describe('new inburgeringsplichtige (SS101, SS128, SS139, SS129) and moving in (SS120, SS121)', () => {
  it('SS101 for an unknown person creates the case, with timeline, history, DUO data, processing log and a werkvoorraad signal', async () => {
    const bsn = validBsn();
    seed(env, bsn, { doelgroep: { indeling: 'Asielstatushouder', begindatum: '2026-04-01', gedetailleerdeDoelgroep: 'Asielstatushouder' } });
    await emit('SS101', bsn);
    const c = await caseOf(bsn);
    expect(c).toMatchObject({ source: 'duo', status: 'aangemeld', dutyStartOn: '2026-04-01', duoNoticeOn: '2026-04-03', targetGroup: 'asiel', obliged: true, regime: 'Wi2021' });
    const s = await stateOf(c!.id);
    expect(s.events.map((e) => [e.kind, e.source])).toContainEqual(['duo.SS101', 'duo']);
    expect(s.events.find((e) => e.kind === 'duo.SS101')?.summary).toMatch(/^DUO SS101: Persoon is inburgeringsplichtig/);
    expect(s.history.some((h) => h.action === 'create' && h.reason === 'DUO SS101')).toBe(true);
    expect(s.data.map((d) => d.resource).sort()).toEqual(['doelgroep', 'examenresultaten', 'inburgeringsplicht']);
    expect(s.signals.map((x) => x.kind)).toContain('duo-event');
    expect(s.inbox).toHaveLength(1);
    expect(s.inbox[0]?.status).toBe('actie-nodig');
    const logs = await asSystem(env.database.db, (tx) => tx.select().from(processingLog).where(eq(processingLog.resourceId, c!.id)));
    expect(logs.some((l) => l.processingActivityId === processingActivities.duoGegevensuitwisseling.id)).toBe(true);

    // The case manager acts on it: the signal leaves the werkvoorraad.
    const client = await env.login();
    const handled = await client.post(`/api/cases/${c!.id}/duo/events/${s.inbox[0]!.id}/handled`);
    expect(handled.statusCode).toBe(200);
    expect((await stateOf(c!.id)).signals.map((x) => x.kind)).not.toContain('duo-event');
  });

  it('a repeated notification is stored once and has one effect', async () => {
    const bsn = validBsn();
    seed(env, bsn);
    const d = await env.sim.emit({ gebeurtenisId: 'SS139', bsn });
    d.delivered = false;
    await env.sim.redeliverPending();
    await env.sim.redeliverPending();
    expect(d.attempts).toBe(2);
    await env.duo.worker.tick();
    await env.duo.worker.tick();
    const c = await caseOf(bsn);
    const s = await stateOf(c!.id);
    expect(s.inbox).toHaveLength(1);
    expect(s.events.filter((e) => e.kind === 'duo.SS139')).toHaveLength(1);
    expect(s.history.filter((h) => h.action === 'create')).toHaveLength(1);
  });

  it('SS128 on an existing case updates it (no second case) and records the changes', async () => {
    const client = await env.login();
    const bsn = validBsn();
    const created = await createCaseVia(client, env.gemeente.gemeenteId, { bsn });
    seed(env, bsn, { inburgeringsplicht: { indicatorInburgeringsplicht: true, begindatum: '2026-03-01', datumKennisgevingInburgeringsplicht: '2026-03-05' } });
    await emit('SS128', bsn);
    const all = await asSystem(env.database.db, (tx) => tx.select().from(cases).where(eq(cases.bsn, bsn)));
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({ id: created.id, dutyStartOn: '2026-03-01', duoNoticeOn: '2026-03-05' });
    const s = await stateOf(created.id);
    expect(changesOf(s.history, 'dutyStartOn').at(-1)).toEqual({ from: null, to: '2026-03-01' });
    expect(s.events.find((e) => e.kind === 'duo.SS128')?.summary).toContain('SS128');
  });

  it('SS120 creates a case that came by moving; SS121 also takes the termijn and the previous PIP', async () => {
    const a = validBsn();
    seed(env, a);
    const moved = await env.sim.emit({ gebeurtenisId: 'SS120', bsn: a, registratieDatumTijd: '2026-05-30T08:00:00Z' });
    expect(moved.delivered).toBe(true);
    await env.duo.worker.tick();
    expect(await caseOf(a)).toMatchObject({ source: 'verhuizing', movedInOn: '2026-05-30' });

    const b = validBsn();
    seed(env, b, {
      termijn: { startdatum: '2025-02-02', einddatum: '2028-02-02' },
      pips: [{ gemeenteOin: env.other.oin, pip: { dagtekeningPip: '2025-02-01', leerroute: 'B' } }],
    });
    await emit('SS121', b);
    const c = await caseOf(b);
    expect(c).toMatchObject({ source: 'verhuizing', termStart: '2025-02-02', termEndExclusive: '2028-02-02' });
    const s = await stateOf(c!.id);
    expect(s.data.find((d) => d.resource === 'pip')?.data).toMatchObject({ gemeentecode: '0642', pip: { leerroute: 'B' } });
  });
});

describe('termijn (SS102, SS103, SS104, SS130) with corrections', () => {
  it('SS102 sets the termijn; SS103 changes its end and the earlier value stays in the history', async () => {
    const bsn = validBsn();
    seed(env, bsn, { termijn: { startdatum: '2026-05-02', einddatum: '2029-05-02' } });
    await emit('SS101', bsn);
    await emit('SS102', bsn);
    const c = await caseOf(bsn);
    expect(c).toMatchObject({ termStart: '2026-05-02', termEndExclusive: '2029-05-02' });

    env.sim.updatePerson(bsn, { termijn: { startdatum: '2026-05-02', einddatum: '2029-11-02', wijzigingsdatum: '2026-06-01', verlengingsgrondcode: 'NVW', verlengingsgrondomschrijving: 'Niet verwijtbaar niet tijdig voldaan' } });
    await emit('SS103', bsn);
    expect((await caseOf(bsn))?.termEndExclusive).toBe('2029-11-02');
    const s = await stateOf(c!.id);
    expect(changesOf(s.history, 'termEndExclusive')).toEqual([
      { from: null, to: '2029-05-02' },
      { from: '2029-05-02', to: '2029-11-02' },
    ]);
    // What DUO said before is kept too.
    const duoTermijn = changesOf(s.history, 'duo.inburgeringstermijn');
    expect(duoTermijn.at(-1)?.from).toMatchObject({ einddatum: '2029-05-02' });
    expect(s.events.find((e) => e.kind === 'duo.SS103')?.summary).toMatch(/SS103.*Einde termijn/);

    env.sim.updatePerson(bsn, { termijn: { startdatum: '2026-05-02', einddatum: '2030-01-02', wijzigingsdatum: '2026-06-01' } });
    await emit('SS104', bsn);
    expect((await caseOf(bsn))?.termEndExclusive).toBe('2030-01-02');
  });
});

describe('leerbaarheidstoets (SS137, SS131) and exam (SS199)', () => {
  it('SS137 records the registration, SS131 the result in learnability_tests (source duo); a changed result is a correction with history', async () => {
    const bsn = validBsn();
    seed(env, bsn, { lbtExamennummer: 'LBT000777' });
    await emit('SS101', bsn);
    await emit('SS137', bsn);
    const c = await caseOf(bsn);
    let s = await stateOf(c!.id);
    expect(s.tests).toHaveLength(1);
    expect(s.tests[0]).toMatchObject({ source: 'duo', status: 'aangemeld', resultDetails: { examennummer: 'LBT000777' } });

    env.sim.updatePerson(bsn, { lbtResultaten: [{ resultaat: 'B1-route haalbaar', behaaldeScore: '62,50', benodigdeScore: '50,00', datumAfname: '2026-05-28' }] });
    await emit('SS131', bsn);
    s = await stateOf(c!.id);
    expect(s.tests).toHaveLength(1);
    expect(s.tests[0]).toMatchObject({ source: 'duo', status: 'afgenomen', resultOn: '2026-05-28', advisedRoute: 'B1', resultDetails: { resultaat: 'B1-route haalbaar', behaaldeScore: '62,50' } });
    expect(s.events.find((e) => e.kind === 'duo.SS131')?.summary).toContain('B1-route haalbaar');
    expect(s.signals.map((x) => x.kind)).toContain('duo-event');

    env.sim.updatePerson(bsn, { lbtResultaten: [{ resultaat: 'B1-route niet haalbaar', behaaldeScore: '41,00', benodigdeScore: '50,00', datumAfname: '2026-05-28' }] });
    await emit('SS131', bsn);
    s = await stateOf(c!.id);
    expect(s.tests).toHaveLength(1);
    expect(s.tests[0]).toMatchObject({ advisedRoute: null, resultDetails: { resultaat: 'B1-route niet haalbaar' } });
    const testHistory = await asSystem(env.database.db, (tx) => tx.select().from(recordHistory).where(eq(recordHistory.entityId, s.tests[0]!.id)).orderBy(asc(recordHistory.id)));
    expect(changesOf(testHistory, 'resultaat').at(-1)).toEqual({ from: 'B1-route haalbaar', to: 'B1-route niet haalbaar' });
    expect(changesOf(testHistory, 'advisedRoute').at(-1)).toEqual({ from: 'B1', to: null });
  });

  it('SS199 stores the exam results and names the latest in the timeline', async () => {
    const bsn = validBsn();
    seed(env, bsn);
    await emit('SS101', bsn);
    env.sim.updatePerson(bsn, { examenresultaten: [{ examendatum: '2026-05-20', resultaat: 'Geslaagd', onderdeel: 'KNM', niveau: 'A2' }] });
    await emit('SS199', bsn);
    const c = await caseOf(bsn);
    const s = await stateOf(c!.id);
    expect(s.data.find((d) => d.resource === 'examenresultaten')?.data).toEqual([{ examendatum: '2026-05-20', resultaat: 'Geslaagd', onderdeel: 'KNM', niveau: 'A2' }]);
    expect(s.events.find((e) => e.kind === 'duo.SS199')?.summary).toMatch(/SS199.*Examenresultaat: Kennis van de Nederlandse Maatschappij A2 geslaagd op 20 mei 2026/);
    expect(changesOf(s.history, 'duo.examenresultaten').at(-1)?.from).toEqual([]);
  });
});

describe('duty met, withdrawn, deceased, suspended and resumed (SS106–SS111, SS129, SS130)', () => {
  it('SS106 closes the case as duty met; SS129 reopens it, both with history', async () => {
    const bsn = validBsn();
    seed(env, bsn);
    await emit('SS101', bsn);
    env.sim.updatePerson(bsn, { inburgeringsplicht: { indicatorInburgeringsplicht: false, begindatum: '2026-04-01', einddatum: '2026-05-31', redenGeenInburgeringsplicht: 'Inburgeringsplicht voldaan' } });
    await emit('SS106', bsn);
    let c = await caseOf(bsn);
    expect(c).toMatchObject({ status: 'gesloten', closedOn: '2026-05-31', closedReason: 'Inburgeringsplicht voldaan (diploma behaald)', obliged: false });

    env.sim.updatePerson(bsn, { inburgeringsplicht: { indicatorInburgeringsplicht: true, begindatum: '2026-04-01' } });
    await emit('SS129', bsn);
    c = await caseOf(bsn);
    expect(c).toMatchObject({ status: 'aangemeld', closedOn: null, closedReason: null, obliged: true });
    const s = await stateOf(c!.id);
    expect(changesOf(s.history, 'status').slice(1)).toEqual([
      { from: 'aangemeld', to: 'gesloten' },
      { from: 'gesloten', to: 'aangemeld' },
    ]);
    expect(s.events.find((e) => e.kind === 'duo.SS129')?.summary).toContain('Dossier heropend');
  });

  it('SS107 and SS108 close the case (gehele vrijstelling / ontheffing)', async () => {
    for (const [code, reason] of [
      ['SS107', 'gehele vrijstelling'],
      ['SS108', 'gehele ontheffing'],
    ] as const) {
      const bsn = validBsn();
      seed(env, bsn);
      await emit('SS101', bsn);
      await emit(code, bsn);
      const c = await caseOf(bsn);
      expect(c?.status).toBe('gesloten');
      expect(c?.closedReason).toContain(reason);
    }
  });

  it('SS110 closes with DUO\'s reason; SS111 closes as deceased', async () => {
    const a = validBsn();
    seed(env, a);
    await emit('SS101', a);
    env.sim.updatePerson(a, { inburgeringsplicht: { indicatorInburgeringsplicht: false, begindatum: '2026-04-01', einddatum: '2026-05-30', redenGeenInburgeringsplicht: 'Verblijfsdoel gewijzigd' } });
    await emit('SS110', a);
    expect(await caseOf(a)).toMatchObject({ status: 'gesloten', closedReason: 'Inburgeringsplicht ingetrokken: Verblijfsdoel gewijzigd', notObligedReason: 'Verblijfsdoel gewijzigd' });

    const b = validBsn();
    seed(env, b);
    await emit('SS101', b);
    env.sim.updatePerson(b, { inburgeringsplicht: { indicatorInburgeringsplicht: false, begindatum: '2026-04-01', einddatum: '2026-05-29', redenGeenInburgeringsplicht: 'Overlijden' } });
    await emit('SS111', b);
    expect(await caseOf(b)).toMatchObject({ status: 'gesloten', closedOn: '2026-05-29', closedReason: 'Overleden' });
    // Closed, but the case manager must still act (stop letters, appointments): the signal stays.
    const closed = await caseOf(b);
    expect((await stateOf(closed!.id)).signals.map((x) => x.kind)).toEqual(['duo-event', 'duo-event']);
  });

  it('SS109 suspends the case; SS130 resumes it with the termijn', async () => {
    const bsn = validBsn();
    seed(env, bsn);
    await emit('SS101', bsn);
    await emit('SS109', bsn);
    expect((await caseOf(bsn))?.status).toBe('opgeschort');
    env.sim.updatePerson(bsn, { termijn: { startdatum: '2026-05-02', einddatum: '2029-08-02' }, pips: [{ gemeenteOin: env.gemeente.oin, pip: { dagtekeningPip: '2026-05-01', leerroute: 'B' } }] });
    await emit('SS130', bsn);
    const c = await caseOf(bsn);
    expect(c).toMatchObject({ status: 'aangemeld', termStart: '2026-05-02', termEndExclusive: '2029-08-02' });
    const s = await stateOf(c!.id);
    expect(changesOf(s.history, 'status').slice(1)).toEqual([
      { from: 'aangemeld', to: 'opgeschort' },
      { from: 'opgeschort', to: 'aangemeld' },
    ]);
  });
});

describe('target group (SS124, SS125) and request outcomes (SS113–SS119)', () => {
  it('SS124 and SS125 change the target group with history', async () => {
    const bsn = validBsn();
    seed(env, bsn);
    await emit('SS101', bsn);
    env.sim.updatePerson(bsn, { doelgroep: { indeling: 'Gezinsmigrant en overige migrant', begindatum: '2026-05-15', asielrechtenWijzigingVerblijfsdoel: 'Op verzoek rechten van gezins- en overige migrant toegekend' } });
    await emit('SS124', bsn);
    expect((await caseOf(bsn))?.targetGroup).toBe('gezin-overig');
    env.sim.updatePerson(bsn, { doelgroep: { indeling: 'Asielstatushouder', begindatum: '2026-05-25' } });
    await emit('SS125', bsn);
    const c = await caseOf(bsn);
    expect(c?.targetGroup).toBe('asiel');
    const s = await stateOf(c!.id);
    expect(changesOf(s.history, 'targetGroup').slice(-2)).toEqual([
      { from: 'asiel', to: 'gezin-overig' },
      { from: 'gezin-overig', to: 'asiel' },
    ]);
    expect(s.signals.filter((x) => x.kind === 'duo-event').length).toBeGreaterThanOrEqual(2);
  });

  it('SS113–SS119 are recorded in the timeline with what DUO decided, and ask for action', async () => {
    const bsn = validBsn();
    seed(env, bsn, { vrijstellingen: [{ GedeeltelijkeVrijstelling: { reden: 'DIP', oordeel: 'Toekenning', datumOordeel: '2026-05-30', examenonderdeel: 'LE', examenniveau: 'B1' } }] });
    await emit('SS101', bsn);
    for (const code of ['SS113', 'SS114', 'SS115', 'SS116', 'SS117', 'SS118', 'SS119']) await emit(code, bsn);
    const c = await caseOf(bsn);
    const s = await stateOf(c!.id);
    for (const code of ['SS113', 'SS114', 'SS115', 'SS116', 'SS117', 'SS118', 'SS119']) {
      const e = s.events.find((x) => x.kind === `duo.${code}`);
      expect(e?.summary, code).toMatch(new RegExp(`^DUO ${code}: Verzoek`));
      expect(e?.source).toBe('duo');
    }
    expect(s.data.find((d) => d.resource === 'vrijstellingen')?.data).toEqual([{ GedeeltelijkeVrijstelling: { reden: 'DIP', oordeel: 'Toekenning', datumOordeel: '2026-05-30', examenonderdeel: 'LE', examenniveau: 'B1' } }]);
    expect(s.inbox.filter((i) => i.status === 'actie-nodig').length).toBe(8);
  });
});

describe('nothing is lost', () => {
  it('notifications are applied in the order received, also when the receiving clocks disagree', async () => {
    const bsn = validBsn();
    seed(env, bsn, { termijn: { startdatum: '2026-05-03', einddatum: '2029-05-03' } });
    // Both arrive before the worker runs. The second is received by an instance whose clock is a
    // second behind (several Koers instances behind a load balancer): its timestamp is earlier.
    const first = await env.sim.emit({ gebeurtenisId: 'SS101', bsn });
    env.clock.advance(-1000);
    const second = await env.sim.emit({ gebeurtenisId: 'SS102', bsn });
    env.clock.advance(1000);
    expect([first.delivered, second.delivered]).toEqual([true, true]);
    const rows = await asSystem(env.database.db, (tx) => tx.select().from(duoInbox).where(eq(duoInbox.bsn, bsn)));
    const at = (berichtId: string) => rows.find((r) => r.berichtId === berichtId)!.receivedAt.getTime();
    expect(at(second.berichtId)).toBeLessThan(at(first.berichtId));

    // One pass registers the person (and holds back the person's later notifications); the next applies SS102.
    await env.duo.worker.tick();
    await env.duo.worker.tick();
    const c = await caseOf(bsn);
    expect(c).toMatchObject({ termStart: '2026-05-03', termEndExclusive: '2029-05-03' });
    const s = await stateOf(c!.id);
    // SS102 was never taken for a notification without a case (that would show as 'gekoppeld').
    expect(s.events.map((e) => e.kind).filter((k) => /^duo\.(SS|notificaties)/.test(k))).toEqual(['duo.SS101', 'duo.SS102']);
  });

  it('an event for a person without a case is stored, marked and listed for the case manager (own gemeente only)', async () => {
    const bsn = validBsn();
    seed(env, bsn, { termijn: { startdatum: '2026-05-02', einddatum: '2029-05-02' } });
    const berichtId = await emit('SS102', bsn);
    expect(await caseOf(bsn)).toBeUndefined();
    const [row] = await asSystem(env.database.db, (tx) => tx.select().from(duoInbox).where(eq(duoInbox.berichtId, berichtId)));
    expect(row).toMatchObject({ status: 'geen-dossier', caseId: null });
    const mine = await (await env.login()).get('/api/duo/notificaties');
    expect(mine.statusCode).toBe(200);
    expect(mine.json<Array<{ id: string; eventCode: string; status: string }>>()).toContainEqual(expect.objectContaining({ id: row!.id, bsn, eventCode: 'SS102', status: 'geen-dossier' }));
    const finance = await (await env.login('financieel-medewerker')).get('/api/duo/notificaties');
    expect(finance.json<Array<{ id: string; bsn: string | null }>>().find((r) => r.id === row!.id)?.bsn).toBeNull();
    const theirs = await (await env.login('trajectregisseur', env.other)).get('/api/duo/notificaties');
    expect(theirs.json<Array<{ id: string }>>().map((r) => r.id)).not.toContain(row!.id);
  });

  it('with DUO unreachable while fetching, the notification stays and is processed once DUO is back', async () => {
    const bsn = validBsn();
    seed(env, bsn);
    env.sim.setFailureMode({ kind: 'down' });
    const d = await env.sim.emit({ gebeurtenisId: 'SS101', bsn });
    expect(d.delivered).toBe(true);
    const first = await env.duo.worker.tick();
    expect(first.inbox.retrying).toBe(1);
    const [row] = await asSystem(env.database.db, (tx) => tx.select().from(duoInbox).where(eq(duoInbox.berichtId, d.berichtId)));
    expect(row).toMatchObject({ status: 'ontvangen', attempts: 1 });
    expect(row?.lastError).toMatch(/niet bereikbaar/);
    // Not before the backoff has passed.
    expect((await env.duo.worker.tick()).inbox.processed).toBe(0);
    env.sim.setFailureMode(null);
    env.clock.advance(10 * 60_000);
    await env.duo.worker.tick();
    const c = await caseOf(bsn);
    expect(c?.source).toBe('duo');
    expect((await stateOf(c!.id)).events.filter((e) => e.kind === 'duo.SS101')).toHaveLength(1);
  });

  it('an event code Koers does not know is attached to the case and asks for action', async () => {
    const bsn = validBsn();
    seed(env, bsn);
    await emit('SS101', bsn);
    await emit('SS998', bsn);
    const c = await caseOf(bsn);
    const s = await stateOf(c!.id);
    expect(s.events.find((e) => e.kind === 'duo.SS998')?.summary).toContain('onbekende gebeurtenis');
    expect(s.inbox.find((i) => i.eventCode === 'SS998')?.status).toBe('actie-nodig');
  });
});
