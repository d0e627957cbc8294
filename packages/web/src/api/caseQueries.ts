// Query keys of the case file, its queries, and which parts a change affects. One module, so a
// new part adds its key here and every mutation that touches it invalidates it.
import { keepPreviousData, useInfiniteQuery, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { getAssignableUsers, getCaseFile, getHistory, getTimeline } from './cases.ts';
import { getCaseLinks, getClosableCase } from './case-closing.ts';
import { getCaseDocuments } from './documents.ts';
import { getHandhaving } from './handhaving.ts';
import { getCaseDuo } from './duo.ts';
import { getIntake } from './intake.ts';
import { getPipOverview } from './pip.ts';
import { getResults } from './results.ts';
import { getEinde } from './einde.ts';
import { getCasePvtMap } from './pvtMap.ts';
import { getTraject } from './traject.ts';
import { getVoorbereiding } from './voorbereiding.ts';
import { getVoortgang } from './voortgang.ts';
import { getCaseProviderReports } from './aanbieder.ts';
import { getCaseBegeleiding } from './begeleiding.ts';
import { getCasePortaal } from './portaal-case.ts';

/** The cached parts of one case. 'file' is the header, overview and open tasks (GET …/file). */
export const caseDataParts = [
  'file',
  'assignable-users',
  'voorbereiding',
  'intake',
  'pip',
  'traject',
  'resultaten',
  'duo',
  'tijdlijn',
  'documenten',
  'geschiedenis',
  'afsluiten',
  'ontzorgen',
  'einde',
  'handhaving',
  'pvt-map',
  'voortgang',
  'aanbieder-rapportages',
  'participatie',
  'begeleiding',
  'portaal',
] as const;
export type CaseDataPart = (typeof caseDataParts)[number];

export const caseKeys = {
  /** Everything cached for one case (prefix). */
  all: (caseId: string) => ['case', caseId] as const,
  part: (caseId: string, part: CaseDataPart) => ['case', caseId, part] as const,
  /** The full file and the partner's assigned file are different answers; both under 'file'. */
  file: (caseId: string, assigned: boolean) => ['case', caseId, 'file', assigned ? 'assigned' : 'full'] as const,
};

/**
 * What a user can change in the case file, and which cached parts each change makes stale.
 * Every change writes the timeline and the history, so those are always included.
 */
export type CaseChange =
  | 'personal-data'
  | 'assignments'
  | 'voorbereiding'
  | 'intake'
  | 'toets'
  | 'pip'
  | 'traject'
  | 'resultaten'
  | 'duo'
  | 'afsluiten'
  | 'documenten'
  | 'ondertussengroep'
  | 'ontzorgen'
  | 'einde'
  | 'handhaving'
  | 'pvt-map'
  | 'voortgang'
  | 'participatie'
  | 'begeleiding'
  | 'portaal';

const always: readonly CaseDataPart[] = ['tijdlijn', 'geschiedenis'];

export const changeAffects: Record<CaseChange, readonly CaseDataPart[]> = {
  // Name, BSN, dates: the header, the duty and deadlines, letters and DUO messages, the BSN hints in traject and results.
  'personal-data': ['file', 'voorbereiding', 'intake', 'pip', 'traject', 'resultaten', 'duo'],
  // Case manager (header) and partners (overview).
  assignments: ['file', 'assignable-users'],
  // Meetings are shared with the intake; the checklist feeds the open tasks.
  voorbereiding: ['voorbereiding', 'intake', 'file'],
  // Invitations, outcome, record: status in the header, signals, and the PIP draft that starts from the intake.
  intake: ['intake', 'voorbereiding', 'file', 'pip', 'documenten', 'duo'],
  // The toets result is the advice the PIP part shows, and closes a task.
  toets: ['intake', 'pip', 'file'],
  // A PIP vastgesteld moves the status, the agreements and the termijn, adds a document, queues a DUO melding, and traject/results depend on it.
  pip: ['pip', 'file', 'documenten', 'duo', 'traject', 'resultaten'],
  // Placements and hours are reported to DUO.
  traject: ['traject', 'duo', 'file', 'aanbieder-rapportages'],
  resultaten: ['resultaten', 'duo', 'file', 'einde', 'pvt-map'],
  // Exam results reviewed, an extension requested or decided: the termijn (header), the letter, the tasks and closing.
  einde: ['einde', 'file', 'documenten', 'afsluiten'],
  // Attendance, signing (certificate, PVT result for DUO), MAP activities and the eindgesprek (MAP result for DUO).
  'pvt-map': ['pvt-map', 'resultaten', 'duo', 'file', 'documenten', 'participatie'],
  // A retried melding or a handled notification can change any part DUO confirmed.
  duo: ['duo', 'file', 'pip', 'traject', 'resultaten'],
  // Closing, reopening, a move (with its overdrachtsdossier documents) or a household link: the status every part reads.
  // An uploaded or removed document: the list and the counts in the overview.
  documenten: ['documenten', 'file'],
  // The support plan or an ontheffing request (a Wi2013 case): the open tasks and ELIP in the header.
  ondertussengroep: ['file'],
  // The agreement, a checkpoint: the part itself and the open tasks (signals).
  ontzorgen: ['ontzorgen', 'file'],
  // A handhaving step: its letters are documents; signals show in the open tasks.
  handhaving: ['handhaving', 'documenten', 'file'],
  // A gesprek recorded (its verslag is a document), moved or added; a tolk or a doorverwijzing.
  voortgang: ['voortgang', 'documenten', 'file'],
  // Placements and hours on participation places: the hours go to DUO as participatieactiviteiten (traject shows the total).
  participatie: ['participatie', 'traject', 'duo', 'file'],
  // A period set or a begeleider's problem handled: the part and its werkvoorraad items (open tasks).
  begeleiding: ['begeleiding', 'file'],
  // A message or a move request from the portal handled: the part and its werkvoorraad items (open tasks).
  portaal: ['portaal', 'file'],
  afsluiten: ['afsluiten', 'file', 'documenten', 'voorbereiding', 'intake', 'pip', 'traject', 'resultaten', 'duo'],
};

export function partsAffectedBy(change: CaseChange): CaseDataPart[] {
  return [...new Set([...changeAffects[change], ...always])];
}

/** Marks the affected parts stale: the ones on screen refetch now, the others when they open. */
export async function invalidateCase(client: QueryClient, caseId: string, change: CaseChange): Promise<void> {
  await Promise.all(partsAffectedBy(change).map((part) => client.invalidateQueries({ queryKey: caseKeys.part(caseId, part) })));
}

/** `changed('toets')` after a mutation; resolves when the parts on screen have their new data. */
export function useCaseChanged(caseId: string): (change: CaseChange) => Promise<void> {
  const client = useQueryClient();
  return useCallback((change: CaseChange) => invalidateCase(client, caseId, change), [client, caseId]);
}

export const useCaseFileQuery = (caseId: string, assigned: boolean) =>
  useQuery({ queryKey: caseKeys.file(caseId, assigned), queryFn: () => getCaseFile(caseId, assigned) });

export const useAssignableUsersQuery = (caseId: string, enabled: boolean) =>
  useQuery({ queryKey: caseKeys.part(caseId, 'assignable-users'), queryFn: () => getAssignableUsers(caseId), enabled });

export const useVoorbereidingQuery = (caseId: string) => useQuery({ queryKey: caseKeys.part(caseId, 'voorbereiding'), queryFn: () => getVoorbereiding(caseId) });
export const useIntakeQuery = (caseId: string) => useQuery({ queryKey: caseKeys.part(caseId, 'intake'), queryFn: () => getIntake(caseId) });
export const usePipQuery = (caseId: string) => useQuery({ queryKey: caseKeys.part(caseId, 'pip'), queryFn: () => getPipOverview(caseId) });
export const useTrajectQuery = (caseId: string) => useQuery({ queryKey: caseKeys.part(caseId, 'traject'), queryFn: () => getTraject(caseId) });
export const useEindeQuery = (caseId: string) => useQuery({ queryKey: caseKeys.part(caseId, 'einde'), queryFn: () => getEinde(caseId) });
export const usePvtMapQuery = (caseId: string) => useQuery({ queryKey: caseKeys.part(caseId, 'pvt-map'), queryFn: () => getCasePvtMap(caseId) });
export const useResultsQuery = (caseId: string) => useQuery({ queryKey: caseKeys.part(caseId, 'resultaten'), queryFn: () => getResults(caseId) });
/**
 * The results with 'verwijtbaar' judged for `on` (a date being entered) instead of today. Without a
 * date it reads the overview above from the cache and never fetches (a form mounting after the
 * overview arrived would otherwise refetch it); with one it sits under the same part, so a change
 * to the results makes it stale too. Keeps the last answer while the next date loads.
 */
export const useResultsOnQuery = (caseId: string, on: string | undefined, enabled: boolean) =>
  useQuery({
    queryKey: on ? ([...caseKeys.part(caseId, 'resultaten'), 'on', on] as const) : caseKeys.part(caseId, 'resultaten'),
    queryFn: () => getResults(caseId, on),
    enabled: enabled && on !== undefined,
    placeholderData: keepPreviousData,
  });
export const useCaseDuoQuery = (caseId: string) => useQuery({ queryKey: caseKeys.part(caseId, 'duo'), queryFn: () => getCaseDuo(caseId) });
export const useVoortgangQuery = (caseId: string) => useQuery({ queryKey: caseKeys.part(caseId, 'voortgang'), queryFn: () => getVoortgang(caseId) });
export const useDocumentsQuery = (caseId: string) => useQuery({ queryKey: caseKeys.part(caseId, 'documenten'), queryFn: () => getCaseDocuments(caseId) });
export const useClosingQuery = (caseId: string) =>
  useQuery({
    queryKey: caseKeys.part(caseId, 'afsluiten'),
    queryFn: async () => {
      const [kase, links] = await Promise.all([getClosableCase(caseId), getCaseLinks(caseId)]);
      return { kase, links };
    },
  });
export const useHistoryQuery = (caseId: string) => useQuery({ queryKey: caseKeys.part(caseId, 'geschiedenis'), queryFn: () => getHistory(caseId) });

export const TIMELINE_PAGE = 25;

/** The timeline in pages of 25 ("Meer laden" fetches the next page). */
export const useTimelineQuery = (caseId: string) =>
  useInfiniteQuery({
    queryKey: caseKeys.part(caseId, 'tijdlijn'),
    queryFn: ({ pageParam }) => getTimeline(caseId, TIMELINE_PAGE, pageParam),
    initialPageParam: 0,
    getNextPageParam: (last, pages) => {
      const loaded = pages.reduce((n, p) => n + p.items.length, 0);
      return loaded < last.total && last.items.length > 0 ? loaded : undefined;
    },
  });

export const useHandhavingQuery = (caseId: string) => useQuery({ queryKey: caseKeys.part(caseId, 'handhaving'), queryFn: () => getHandhaving(caseId) });
export const useProviderReportsQuery = (caseId: string) =>
  useQuery({ queryKey: caseKeys.part(caseId, 'aanbieder-rapportages'), queryFn: () => getCaseProviderReports(caseId) });
export const useBegeleidingQuery = (caseId: string) => useQuery({ queryKey: caseKeys.part(caseId, 'begeleiding'), queryFn: () => getCaseBegeleiding(caseId) });
export const usePortaalQuery = (caseId: string) => useQuery({ queryKey: caseKeys.part(caseId, 'portaal'), queryFn: () => getCasePortaal(caseId) });
