// The 'PVT en MAP' part of a case file: the person's PVT groups with attendance and signing, and the
// MAP themes of the PIP with the practice activities, hours against the norm and the eindgesprek.
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { mapRequired, mapStatus, mapThemeLabels, mapThemes, pvtStatus, type IsoDate, type MapTheme } from '@koers/domain';
import type { Tx } from '../../db/database.ts';
import { mapActivities, pips, pvtAttendance, pvtGroups, pvtParticipants, pvtSessions } from '../../db/schema.ts';
import type { CaseRow } from '../../case-file/find-case.ts';
import { yearSettingsOf } from '../../gemeenten/settings.ts';
import { isLearningRoute } from '../pip/pip-support.ts';
import { omittedThemes } from '../pip/pip.view.ts';
import { loadResultsState, type ResultsState } from '../results/results-support.ts';
import { resultsOverview, resultViewSchema } from '../results/results.view.ts';
import { hoursOf, pvtGroupView, pvtStatusSchema } from './pvt-support.ts';
import { isOneOf } from '../../util/guards.ts';

const statusWithArticles = pvtStatusSchema.extend({ articles: z.array(z.string()) });

export const casePvtMapViewSchema = z
  .object({
    caseId: z.string(),
    pvt: z.object({
      groups: z.array(
        z.object({
          groupId: z.string(),
          name: z.string(),
          providerName: z.string(),
          interpreterLanguage: z.string().nullable(),
          ceremonyOn: z.string().nullable(),
          signedOn: z.string().nullable(),
          certificateDocumentId: z.string().nullable(),
          sessions: z.array(z.object({ id: z.string(), heldOn: z.string(), startTime: z.string(), hours: z.number(), topicLabel: z.string(), coreValue: z.boolean(), present: z.boolean().nullable() })),
        }),
      ),
      hoursAttended: z.number(),
      signedOn: z.string().nullable(),
      status: statusWithArticles,
      result: resultViewSchema.nullable(),
    }),
    map: z.object({
      required: z.boolean(),
      requiredSummary: z.string(),
      hourNorm: z.number(),
      hoursDone: z.number(),
      themes: z.array(z.object({ theme: z.enum(mapThemes), label: z.string(), omittedReason: z.string().nullable(), hours: z.number() })),
      activities: z.array(z.object({ id: z.string(), theme: z.enum(mapThemes), themeLabel: z.string(), heldOn: z.string(), hours: z.number(), description: z.string() })),
      finalInterviewOn: z.string().nullable(),
      status: statusWithArticles,
      result: resultViewSchema.nullable(),
    }),
  })
  .meta({ id: 'DossierPvtMap' });
export type CasePvtMapView = z.output<typeof casePvtMapViewSchema>;
type StatusView = CasePvtMapView['pvt']['status'];

const isMapTheme = (t: string): t is MapTheme => isOneOf(mapThemes, t);
const statusView = (s: { value: { complete: boolean; missing: readonly string[] }; explanation: { summary: string; articles: readonly string[] } }): StatusView => ({
  complete: s.value.complete,
  summary: s.explanation.summary,
  missing: [...s.value.missing],
  articles: [...s.explanation.articles],
});

type PvtGroupPart = CasePvtMapView['pvt']['groups'][number];

/** What the view is made of, as stored (the werkvoorraad reads all but the groups together with the rest of the case). */
export interface PvtMapRows {
  groups: PvtGroupPart[];
  results: ResultsState;
  /** The current vastgesteld PIP. */
  pip: Pick<typeof pips.$inferSelect, 'route' | 'mapThemesOmitted'> | undefined;
  activityRows: (typeof mapActivities.$inferSelect)[];
  mapHourNorm: number;
}

export const mapActivitiesOrder = [asc(mapActivities.heldOn), asc(mapActivities.createdAt)];

export async function casePvtMapView(tx: Tx, kase: CaseRow, now: Date, today: IsoDate): Promise<CasePvtMapView> {
  const groups = await pvtGroupsOf(tx, kase);
  const results = await loadResultsState(tx, kase);
  // MAP: the themes of the current PIP minus those left out with a reason (art. 3.2 Bi; seed 002).
  const [pip] = await tx
    .select({ route: pips.route, mapThemesOmitted: pips.mapThemesOmitted })
    .from(pips)
    .where(and(eq(pips.caseId, kase.id), eq(pips.status, 'vastgesteld')))
    .orderBy(desc(pips.version))
    .limit(1);
  const activityRows = await tx.select().from(mapActivities).where(eq(mapActivities.caseId, kase.id)).orderBy(...mapActivitiesOrder);
  const settings = await yearSettingsOf(tx, kase.gemeenteId, today);
  return pvtMapViewOf(kase, { groups, results, pip, activityRows, mapHourNorm: settings.mapHourNorm }, now);
}

/** The PVT groups the person is in, with the sessions and their attendance. */
export async function pvtGroupsOf(tx: Tx, kase: CaseRow): Promise<PvtGroupPart[]> {
  // PVT: every group the person is in (normally one; a second after missing the first).
  const memberships = await tx
    .select({ p: pvtParticipants, g: pvtGroups })
    .from(pvtParticipants)
    .innerJoin(pvtGroups, eq(pvtGroups.id, pvtParticipants.groupId))
    .where(eq(pvtParticipants.caseId, kase.id))
    .orderBy(asc(pvtParticipants.createdAt));
  const groupIds = memberships.map((m) => m.g.id);
  const sessionRows = groupIds.length === 0 ? [] : await tx.select().from(pvtSessions).where(inArray(pvtSessions.groupId, groupIds)).orderBy(asc(pvtSessions.heldOn), asc(pvtSessions.startTime));
  const attendance = await tx.select().from(pvtAttendance).where(eq(pvtAttendance.caseId, kase.id));
  const groups: PvtGroupPart[] = [];
  for (const { p, g } of memberships) {
    const view = await pvtGroupView(tx, g);
    groups.push({
      groupId: g.id,
      name: g.name,
      providerName: g.providerName,
      interpreterLanguage: g.interpreterLanguage,
      ceremonyOn: g.ceremonyOn,
      signedOn: p.signedOn,
      certificateDocumentId: p.certificateDocumentId,
      sessions: view.sessions
        .filter((s) => sessionRows.some((r) => r.id === s.id))
        .map((s) => ({ id: s.id, heldOn: s.heldOn, startTime: s.startTime, hours: s.hours, topicLabel: s.topicLabel, coreValue: s.coreValue, present: attendance.find((a) => a.sessionId === s.id)?.present ?? null })),
    });
  }
  return groups;
}

export function pvtMapViewOf(kase: CaseRow, rows: PvtMapRows, now: Date): CasePvtMapView {
  const { groups, results, pip, activityRows } = rows;
  const attended = groups.flatMap((g) => g.sessions.filter((s) => s.present === true));
  const hoursAttended = attended.reduce((sum, s) => sum + s.hours, 0);
  const overview = resultsOverview(results, now);
  const pvtResult = overview.results.find((r) => r.kind === 'pvt') ?? null;
  const mapResult = overview.results.find((r) => r.kind === 'map') ?? null;
  // Signed in a group, or (imported / corrected) a signing date on the result itself.
  const signedOn = groups.map((g) => g.signedOn).find((d) => d !== null) ?? pvtResult?.completedOn ?? null;
  const pvt = pvtStatus({ hours: hoursAttended, coreValueActivity: attended.some((s) => s.coreValue), declarationSigned: signedOn !== null });

  const route = pip && isLearningRoute(pip.route) ? pip.route : null;
  const omitted = omittedThemes(pip?.mapThemesOmitted ?? []);
  const activities = activityRows.map((a) => {
    const theme: MapTheme = isMapTheme(a.theme) ? a.theme : 'beroepenorientatie';
    return { id: a.id, theme, themeLabel: mapThemeLabels[theme], heldOn: a.heldOn, hours: hoursOf(a.minutes), description: a.description };
  });
  const themes = mapThemes.map((theme) => ({
    theme,
    label: mapThemeLabels[theme],
    omittedReason: omitted.find((o) => o.theme === theme)?.reason ?? null,
    hours: activities.filter((a) => a.theme === theme).reduce((sum, a) => sum + a.hours, 0),
  }));
  const hoursDone = activities.reduce((sum, a) => sum + a.hours, 0);
  const required = route === null ? { value: true, explanation: { summary: 'Nog geen vastgesteld PIP: de MAP hoort bij de B1-route en de Z-route.' } } : mapRequired(route);
  const finalInterviewOn = mapResult?.completedOn ?? null;
  const map = mapStatus({
    route: route ?? 'B1',
    // A theme left out in the PIP with a reason counts as done (maatwerk; seed 002 § 4.4).
    themesCovered: themes.filter((t) => t.omittedReason !== null || t.hours > 0).map((t) => t.theme),
    hours: hoursDone,
    hourNorm: rows.mapHourNorm,
    finalInterviewHeld: finalInterviewOn !== null,
  });
  return {
    caseId: kase.id,
    pvt: { groups, hoursAttended, signedOn, status: statusView(pvt), result: pvtResult },
    map: {
      required: required.value,
      requiredSummary: required.explanation.summary,
      hourNorm: rows.mapHourNorm,
      hoursDone,
      themes,
      activities,
      finalInterviewOn,
      status: statusView(map),
      result: mapResult,
    },
  };
}
