// Synthetic state after the PIP for the benchmark (issue 13, work package Z2): for a case with a
// vastgesteld PIP, a placement under the bench contract with weekly provider reports, the planned
// voortgangsgesprekken, and the post-PIP werkvoorraad signals computed by the real pure rules
// (traject, PVT/MAP, voortgang, Z-route), exactly as refresh-signals stores them. A PRNG of its own,
// so the rest of the generated world is the same as before.
import { randomUUID } from 'node:crypto';
import { addDays, addMonths, addWeeks, computeProgressSignals, computePvtMapSignals, computeTrajectSignals, computeZRouteSignals, DEFAULT_START_WAITING_WEEKS, type IsoDate, type Signal } from '@koers/domain';
import type { casePlacements, placementReports, progressMeetings } from '../src/db/schema.ts';

export interface PostPipRows {
  placement: typeof casePlacements.$inferInsert;
  reports: (typeof placementReports.$inferInsert)[];
  meetings: (typeof progressMeetings.$inferInsert)[];
  signals: (Signal & { ref?: Record<string, unknown> })[];
}

/** The Monday of the week of `day`. */
function monday(day: IsoDate): IsoDate {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return addDays(day, -((weekday + 6) % 7));
}

export function postPipState(random: () => number, c: { id: string; gemeenteId: string }, issuedOn: IsoDate, today: IsoDate, contract: { id: string; providerName: string; reportingEveryWeeks: number }): PostPipRows {
  const zRoute = random() < 0.15;
  const termStart = issuedOn;
  const termEndExclusive = addMonths(issuedOn, 36);
  const offeredOn = addDays(issuedOn, 7 + Math.floor(random() * 21));
  const startMoment = addDays(offeredOn, 7 * Math.floor(random() * 6));
  const placementId = randomUUID();
  const placement: typeof casePlacements.$inferInsert = { id: placementId, gemeenteId: c.gemeenteId, caseId: c.id, instellingsnummer: '1000000001', instellingNaam: contract.providerName, offeredOn, expectedStartOn: startMoment, literacy: 'NVT', contractId: contract.id, location: 'Bench', startMoment };
  // 0–12 reported weeks from the start moment (not after today), sometimes absent, 4–12 hours.
  const weeks: { week: IsoDate; present: boolean; hours: number }[] = [];
  const reported = Math.floor(random() * 13);
  for (let w = 0; w < reported; w++) {
    const week = monday(addWeeks(startMoment, w));
    if (week > today) break;
    const present = random() < 0.85;
    weeks.push({ week, present, hours: present ? 4 + Math.floor(random() * 9) : 0 });
  }
  const reports = weeks.map((w): typeof placementReports.$inferInsert => ({ gemeenteId: c.gemeenteId, caseId: c.id, placementId, kind: 'week', key: w.week, reportedOn: w.week, payload: { week: w.week, present: w.present, absenceReason: w.present ? null : 'ziek', hours: w.present ? { nederlands: w.hours } : {} } }));
  const lastReportOn = weeks.at(-1)?.week ?? null;
  // Four gesprekken spread over the termijn; those before today held.
  const meetings = [6, 12, 20, 28].map((m) => {
    const plannedOn = addMonths(termStart, m);
    return { gemeenteId: c.gemeenteId, caseId: c.id, plannedOn, status: plannedOn < today && random() < 0.8 ? 'gehouden' : 'gepland' };
  });
  const courseHours = weeks.reduce((sum, w) => sum + w.hours, 0);
  const pvtDone = random() < 0.4;
  const mapDone = random() < 0.2;
  const signals: PostPipRows['signals'] = [
    ...computeTrajectSignals({
      closed: false,
      termStart,
      route: zRoute ? 'Z' : 'B1',
      pipHoursPerWeek: 12,
      startWaitingWeeks: DEFAULT_START_WAITING_WEEKS,
      placements: [{ id: placementId, providerName: contract.providerName, offeredOn, startMoment, reportingEveryWeeks: contract.reportingEveryWeeks, weeks, lastReportOn }],
      latestLevels: [],
      latestRecommendation: null,
    }),
    ...computePvtMapSignals({ closed: false, obliged: true, termEndExclusive, pvtDone, mapRequired: true, mapDone }),
    ...computeProgressSignals({ closed: false, pipVersion: 1, meetings }),
    ...computeZRouteSignals({ closed: false, obliged: true, route: zRoute ? 'Z' : 'B1', termStart, termEndExclusive, completedOn: null, hours: { targetGroup: 'asiel', courseHours, activityHours: Math.floor(random() * 200), mapHours: 0, pvtHours: pvtDone ? 12 : 0, intakeHours: null } }),
  ];
  return { placement, reports, meetings, signals };
}
