// What a voortgangsgesprek's verslag shows of the provider reports (R13 → R19): the reports since the
// previous gesprek up to this one, weeks summed per placement, other kinds line by line.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WeekReport } from '@koers/domain';
import { asSystem } from '../../src/db/scope.ts';
import { casePlacements, placementReports } from '../../src/db/schema.ts';
import { providerReportsSince } from '../../src/use-cases/voortgang/provider-reports-since.ts';
import { createGemeente, createTestKoers, loginAs, type TestKoers } from '../support/koers.ts';
import { createCase } from '../intake/support.ts';

let koers: TestKoers;
beforeAll(async () => {
  koers = await createTestKoers({ now: () => new Date('2026-12-06T09:00:00Z') });
});
afterAll(() => koers.close());

describe('provider reports for the verslag', () => {
  it('lists the reports in the window, sums the weeks, and leaves out what came before or after', async () => {
    const g = await createGemeente(koers.database);
    const caseId = await createCase(await loginAs(koers.app, g.users.trajectregisseur.email), g.gemeenteId);
    const week = (monday: string, present: boolean, hours: number): WeekReport => ({ week: monday, present, absenceReason: present ? null : 'ziek', hours: { nederlands: hours } });
    await asSystem(koers.database.db, async (tx) => {
      const [p] = await tx.insert(casePlacements).values({ gemeenteId: g.gemeenteId, caseId, instellingsnummer: '12345', instellingNaam: 'Taalcentrum Zuid', offeredOn: '2026-09-01', literacy: 'NVT' }).returning();
      const base = { gemeenteId: g.gemeenteId, caseId, placementId: p!.id };
      await tx.insert(placementReports).values([
        { ...base, kind: 'week', key: '2026-09-07', reportedOn: '2026-09-07', payload: week('2026-09-07', true, 6) },
        { ...base, kind: 'week', key: '2026-10-05', reportedOn: '2026-10-05', payload: week('2026-10-05', true, 6) },
        { ...base, kind: 'week', key: '2026-10-12', reportedOn: '2026-10-12', payload: week('2026-10-12', false, 0) },
        { ...base, kind: 'week', key: '2026-10-19', reportedOn: '2026-10-19', payload: week('2026-10-19', true, 8) },
        { ...base, kind: 'voortgang', key: 'lezen|2026-10-20', reportedOn: '2026-10-20', payload: { skill: 'lezen', level: 'A2', assessedOn: '2026-10-20' } },
        { ...base, kind: 'tussenrapportage', key: '2026-10-21', reportedOn: '2026-10-21', payload: { reportedOn: '2026-10-21', text: 'Goede voortgang.', recommendation: 'doorgaan' } },
        { ...base, kind: 'week', key: '2026-11-30', reportedOn: '2026-11-30', payload: week('2026-11-30', true, 6) },
      ]);
    });
    const reports = await asSystem(koers.database.db, (tx) => providerReportsSince(tx, caseId, '2026-09-30', '2026-11-01'));
    expect(reports.map((r) => r.providerName)).toEqual(['Taalcentrum Zuid', 'Taalcentrum Zuid', 'Taalcentrum Zuid']);
    expect(reports.map((r) => r.reportedOn)).toEqual(['2026-10-19', '2026-10-20', '2026-10-21']);
    expect(reports[0]?.text).toBe('Aanwezigheid: 3 weken gerapporteerd (5 oktober 2026 tot en met de week van 19 oktober 2026), 14 uur les, 1 week afwezig.');
    expect(reports[1]?.text).toContain('A2');
    expect(reports[2]?.text).toContain('Goede voortgang.');
    // The first gesprek: everything up to it.
    expect(await asSystem(koers.database.db, (tx) => providerReportsSince(tx, caseId, null, '2026-09-08'))).toHaveLength(1);
  });
});
