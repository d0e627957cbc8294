import type { SignalKind } from '@koers/domain';
import { api } from './client.ts';
import type { ApiResponse } from './generated/index.ts';

export type WorkqueuePage = ApiResponse<'/api/workqueue', 'get'>;
export type WorkqueueItem = WorkqueuePage['items'][number];

/** own: my cases; team: everyone's; unassigned: cases without a trajectregisseur. */
export type WorkqueueScope = 'own' | 'team' | 'unassigned';

export interface WorkqueueQuery {
  scope: WorkqueueScope;
  gemeenteId?: string;
  kind?: string;
  sort: 'dueOn' | 'kind' | 'name';
  order: 'asc' | 'desc';
  upcoming?: boolean;
  /** Only what is past its deadline (the dashboard's overdue count). */
  overdue?: boolean;
  limit?: number;
  offset?: number;
}

export const signalKinds = [
  'intake-not-started',
  'invitation-deadline',
  'warning-due',
  'intake-complete-in-absence',
  'toets-not-planned',
  'pip-due',
  'duo-validation-failing',
  'duo-event',
  'duo-processing-failed',
  'duo-message-rejected',
  'duo-message-failed',
  'personal-data-missing',
  'duo-difference',
  'no-case-manager',
  'pip-concept-stuck',
  'wi2013-term-ending',
  'elip-support',
  'ontheffing-pending',
  'ontzorgen-checkpoint-due',
  'ontzorgen-payment-rejected',
  'ontzorgen-agreement-ending',
  'ontzorgen-training-not-planned',
  'ontzorgen-partner-problem',
  'ontzorgen-partner-report-missing',
  'term-ending-no-result',
  'duo-exam-result-review',
  'handhaving-warning-no-response',
  'handhaving-zienswijze-ended',
  'handhaving-decision-due',
  'handhaving-bezwaar',
  'handhaving-fine-final',
  'duo-fine-review',
  'traject-not-started',
  'provider-report-overdue',
  'hours-behind',
  'route-change-window-closing',
  'a2-possible',
  'pvt-not-done',
  'map-not-done',
  'progress-meeting-due',
  'z-route-hours-behind',
  'begeleiding-problem',
  'begeleiding-ending',
  'portaal-bericht',
  'portaal-afspraak-verzetten',
  'portaal-document',
] as const satisfies readonly SignalKind[];
// tsc fails here when the domain adds a kind the werkvoorraad filter does not list (or the reverse).
type Exhaustive<Known, All> = [All] extends [Known] ? ([Known] extends [All] ? true : never) : never;
const _allKinds: Exhaustive<(typeof signalKinds)[number], SignalKind> = true;
void _allKinds;

export function getWorkqueue(query: WorkqueueQuery) {
  const params = new URLSearchParams({ scope: query.scope, sort: query.sort, order: query.order });
  if (query.gemeenteId) params.set('gemeenteId', query.gemeenteId);
  if (query.kind) params.set('kind', query.kind);
  if (query.upcoming) params.set('upcoming', 'true');
  if (query.overdue) params.set('overdue', 'true');
  params.set('limit', String(query.limit ?? 100));
  params.set('offset', String(query.offset ?? 0));
  return api.get<WorkqueuePage>(`/api/workqueue?${params.toString()}`);
}

/** The werkvoorraad with the same view and filters as a file (ADR 0142). */
export function exportWorkqueueUrl(query: Omit<WorkqueueQuery, 'limit' | 'offset'>, format: 'csv' | 'xlsx'): string {
  const params = new URLSearchParams({ scope: query.scope, sort: query.sort, order: query.order, format });
  if (query.gemeenteId) params.set('gemeenteId', query.gemeenteId);
  if (query.kind) params.set('kind', query.kind);
  if (query.upcoming) params.set('upcoming', 'true');
  return `/api/workqueue/export?${params.toString()}`;
}
