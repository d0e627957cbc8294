// The 'PVT en MAP' part of a case file: the person's PVT groups with attendance and signing, and the
// MAP themes of the PIP with the practice activities, hours against the norm and the eindgesprek.
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import { mapRequired, mapStatus, mapThemeLabels, mapThemes, pvtStatus, type IsoDate, type MapTheme } from '@koers/domain';
import type { Tx } from '../../db/database.ts';
import { mapActivities, pips, pvtAttendance, pvtGroups, pvtParticipants, pvtSessions } from '../../db/schema.ts';
import type { CaseRow } from '../../case-file/find-case.ts';
import { yearSettingsOf } from '../../gemeenten/settings.ts';
import { isLearningRoute } from '../pip/pip-support.ts';
import { omittedThemes } from '../pip/pip.view.ts';
import { loadResultsState } from '../results/results-support.ts';
import { resultsOverview, type ResultsOverview } from '../results/results.view.ts';
import { hoursOf, pvtGroupView } from './pvt-support.ts';
import { isOneOf } from '../../util/guards.ts';

type ResultView = ResultsOverview['results'][number];
interface StatusView {
  complete: boolean;
  summary: string;
  missing: string[];
  articles: string[];
}

export interface CasePvtMapView {
  caseId: string;
  pvt: {
    groups: {
      groupId: string;
      name: string;
      providerName: string;
      interpreterLanguage: string | null;
      ceremonyOn: string | null;
      signedOn: string | null;
      certificateDocumentId: string | null;
      sessions: { id: string; heldOn: string; startTime: string; hours: number; topicLabel: string; coreValue: boolean; present: boolean | null }[];
    }[];
    hoursAttended: number;
    signedOn: string | null;
    status: StatusView;
    /** The result as DUO gets it (derived from the signing; a correction goes through the results part). */
    result: ResultView | null;
  };
  map: {
    required: boolean;
    requiredSummary: string;
    hourNorm: number;
    hoursDone: number;
    themes: { theme: MapTheme; label: string; omittedReason: string | null; hours: number }[];
    activities: { id: string; theme: MapTheme; themeLabel: string; heldOn: string; hours: number; description: string }[];
    finalInterviewOn: string | null;
    status: StatusView;
    result: ResultView | null;
  };
}

const isMapTheme = (t: string): t is MapTheme => isOneOf(mapThemes, t);
const statusView = (s: { value: { complete: boolean; missing: readonly string[] }; explanation: { summary: string; articles: readonly string[] } }): StatusView => ({
  complete: s.value.complete,
  summary: s.explanation.summary,
  missing: [...s.value.missing],
  articles: [...s.explanation.articles],
});

export async function casePvtMapView(tx: Tx, kase: CaseRow, now: Date, today: IsoDate): Promise<CasePvtMapView> {
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
  const groups = [];
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
  const attended = groups.flatMap((g) => g.sessions.filter((s) => s.present === true));
  const hoursAttended = attended.reduce((sum, s) => sum + s.hours, 0);
  const results = await loadResultsState(tx, kase);
  const overview = resultsOverview(results, now);
  const pvtResult = overview.results.find((r) => r.kind === 'pvt') ?? null;
  const mapResult = overview.results.find((r) => r.kind === 'map') ?? null;
  // Signed in a group, or (imported / corrected) a signing date on the result itself.
  const signedOn = groups.map((g) => g.signedOn).find((d) => d !== null) ?? pvtResult?.completedOn ?? null;
  const pvt = pvtStatus({ hours: hoursAttended, coreValueActivity: attended.some((s) => s.coreValue), declarationSigned: signedOn !== null });

  // MAP: the themes of the current PIP minus those left out with a reason (art. 3.2 Bi; seed 002).
  const [pip] = await tx
    .select({ route: pips.route, mapThemesOmitted: pips.mapThemesOmitted })
    .from(pips)
    .where(and(eq(pips.caseId, kase.id), eq(pips.status, 'vastgesteld')))
    .orderBy(desc(pips.version))
    .limit(1);
  const route = pip && isLearningRoute(pip.route) ? pip.route : null;
  const omitted = omittedThemes(pip?.mapThemesOmitted ?? []);
  const activityRows = await tx.select().from(mapActivities).where(eq(mapActivities.caseId, kase.id)).orderBy(asc(mapActivities.heldOn), asc(mapActivities.createdAt));
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
  const settings = await yearSettingsOf(tx, kase.gemeenteId, today);
  const required = route === null ? { value: true, explanation: { summary: 'Nog geen vastgesteld PIP: de MAP hoort bij de B1-route en de Z-route.' } } : mapRequired(route);
  const finalInterviewOn = mapResult?.completedOn ?? null;
  const map = mapStatus({
    route: route ?? 'B1',
    // A theme left out in the PIP with a reason counts as done (maatwerk; seed 002 § 4.4).
    themesCovered: themes.filter((t) => t.omittedReason !== null || t.hours > 0).map((t) => t.theme),
    hours: hoursDone,
    hourNorm: settings.mapHourNorm,
    finalInterviewHeld: finalInterviewOn !== null,
  });
  return {
    caseId: kase.id,
    pvt: { groups, hoursAttended, signedOn, status: statusView(pvt), result: pvtResult },
    map: {
      required: required.value,
      requiredSummary: required.explanation.summary,
      hourNorm: settings.mapHourNorm,
      hoursDone,
      themes,
      activities,
      finalInterviewOn,
      status: statusView(map),
      result: mapResult,
    },
  };
}
