// Planning ahead in the TVS import (PostgreSQL, ADR 0077 addendum of the thirteenth session): while a
// batch's insert runs in the database, Node plans the next batch's new people. The outcome must be the one
// of planning every batch in its own turn: the same report, the same cases with the same numbers, the same
// timeline, history and processing log — with a person twice in the file across batch borders, a person
// Koers has, a row that cannot be read, and a batch that fails in the database in the middle.
// On PGlite the import does not plan ahead (one thread); there this checks the sequential path.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { KnownIdentities } from '../../src/imports/known-identities.ts';
import { createGemeente, createTestKoers, loginAs, type TestKoers } from '../support/koers.ts';
import { validBsn } from '../support/fixtures.ts';
import { failCaseInsertsNamed, reportOf, storedOf, type JobView } from '../support/import-outcome.ts';

let koers: TestKoers;
const now = new Date('2026-11-23T10:00:00Z');
const onPostgres = Boolean(process.env.KOERS_TEST_DATABASE_URL);

beforeAll(async () => {
  koers = await createTestKoers({ now: () => now });
  await failCaseInsertsNamed(koers, 'Breekt');
});
afterAll(() => koers.close());

const header = 'V-nummer;BSN;Achternaam;Voornamen;Geboortedatum;Nationaliteit;Verblijfsvergunning;Datum koppeling;COA-locatie;Taal';

interface Person {
  v: string;
  bsn: string;
  name: string;
  born?: string;
}

const line = (p: Person) => [p.v, p.bsn, p.name, 'Rania', p.born ?? '02-11-1988', 'SY', 'asiel', '01-11-2026', 'azc Budel', 'Arabisch'].join(';');
const csvOf = (people: readonly Person[]) => [header, ...people.map(line)].join('\n');

// 500 people (every other one with a BSN): on PostgreSQL batches of 100, 200 and 200. A person twice across
// batch borders (rows 8, 131 and 461 of the data), a person Koers has (151), a date that does not exist
// (201) and a fault in the database in the third batch (451).
const people: Person[] = Array.from({ length: 500 }, (_, i) => ({ v: String(3_000_000_000 + i), bsn: i % 2 === 0 ? validBsn() : '', name: `Vooruit-${String(i).padStart(3, '0')}` }));
people[130] = { ...people[7]!, name: 'Dubbel-een' };
people[460] = { ...people[7]!, name: 'Dubbel-twee' };
people[200] = { ...people[200]!, born: '31-02-1988' };
people[450] = { ...people[450]!, name: 'Breekt' };
const known = people[150]!;

/** A gemeente that already has `known`, then the whole file imported — planning ahead or not. */
async function importAll(label: string, planAhead: boolean) {
  const g = await createGemeente(koers.database, label);
  const client = await loginAs(koers.app, g.users.trajectregisseur.email);
  const first = await client.post(`/api/imports/tvs?wacht=true&gemeenteId=${g.gemeenteId}`, { csv: csvOf([known]) });
  expect(first.json()).toMatchObject({ status: 'klaar', created: 1 });
  const looked = vi.spyOn(KnownIdentities.prototype, 'knownNew');
  // A batch that fails switches the file's look-up off: counted, because a planned person whose rows were
  // not written would fail their batch and be written anyway by the unit-by-unit retry.
  const failed = vi.spyOn(KnownIdentities.prototype, 'perBatch');
  // Without planning ahead: no unit is ever "known to be new", so every batch plans its own.
  if (!planAhead) looked.mockReturnValue(false);
  try {
    const response = await client.post(`/api/imports/tvs?wacht=true&gemeenteId=${g.gemeenteId}`, { csv: csvOf(people) });
    expect(response.statusCode, response.body).toBe(200);
    const { id, startedAt: _s, finishedAt: _f, ...job } = response.json<JobView & { startedAt: string; finishedAt: string }>();
    return { job, report: await reportOf(koers, client, id, g.gemeenteId), stored: await storedOf(koers, g.gemeenteId), plannedAhead: looked.mock.calls.length, trueAnswers: looked.mock.results.filter((r) => r.value === true).length, failures: failed.mock.calls.length };
  } finally {
    looked.mockRestore();
    failed.mockRestore();
  }
}

describe('the TVS import plans the next batch while the database writes this one', () => {
  it('gives the same report, cases, numbers, timeline, history and processing log as planning each batch in turn', async () => {
    const inTurn = await importAll('TVS na elkaar', false);
    const ahead = await importAll('TVS vooruit', true);
    // On PostgreSQL new people were planned while a batch was written (on PGlite never).
    if (onPostgres) expect(ahead.trueAnswers).toBeGreaterThan(0);
    else expect(ahead.plannedAhead).toBe(0);

    // Only the batch with the database fault failed (and its one unit again in the retry), both times.
    expect(ahead.failures).toBe(inTurn.failures);
    expect(ahead.failures).toBe(2);
    expect(ahead.job).toEqual(inTurn.job);
    expect(ahead.job).toMatchObject({ status: 'klaar', total: 500, processed: 500, created: 495, unchanged: 1, rejectedCount: 4 });
    expect(ahead.job.rejected.map((r) => r.row).sort((a, b) => a - b)).toEqual([132, 202, 452, 462]);
    const reasons = new Map(ahead.job.rejected.map((r) => [r.row, r.reason]));
    expect(reasons.get(132)).toContain('ook in regel 9');
    expect(reasons.get(462)).toContain('ook in regel 9');
    expect(reasons.get(452)).toContain('fout aan onze kant');

    expect(ahead.report).toEqual(inTurn.report);
    expect(ahead.stored).toEqual(inTurn.stored);
    // Numbered in file order, each number once: the known person has 1, the failed batch gave its range back.
    const numbers = ahead.stored.cases.map((c) => c.key.split(' ')[0]);
    expect(new Set(numbers).size).toBe(496);
    expect(ahead.report.find((r) => r.row === 3)?.case).toBe('INB-2026-000003 Vooruit-001');
    expect(ahead.report.find((r) => r.row === 501)?.case).toBe('INB-2026-000496 Vooruit-499');
    // Every new person is registered with their timeline entry, history row and processing-log entry.
    const fresh = ahead.stored.cases.filter((c) => c.key.includes('Vooruit-') && !c.key.includes(known.name));
    expect(fresh).toHaveLength(495);
    for (const c of fresh) {
      expect(c.events.filter((e) => e.startsWith('case.registered'))).toHaveLength(1);
      expect(c.history).toEqual(['case create']);
    }
    expect(ahead.stored.log).toContainEqual({ operation: 'registerNewcomer', resource: 'case', n: 496 });
  });
});
