// What the werkvoorraad shows for a user and an address (scope, filters, sort), and its first
// request started early: main.tsx starts it as soon as the session is known, while the shell and
// the page still load and render, and the page takes that answer instead of asking again (ADR 0151,
// addendum). Same query, same user, same answer: only the moment it is asked moves.
import type { SessionUser } from '../../api/types.ts';
import { getWorkqueue, type WorkqueuePage, type WorkqueueQuery, type WorkqueueScope } from '../../api/workqueue.ts';

export const PAGE_SIZE = 50;

export interface WorkqueueView {
  canTeam: boolean;
  scope: WorkqueueScope;
  gemeenteId: string;
  kind: string;
  sort: WorkqueueQuery['sort'];
  order: WorkqueueQuery['order'];
  upcoming: boolean;
  onlyOverdue: boolean;
}

/** The view the address asks for, within what the user may see. */
export function workqueueView(permissions: SessionUser['permissions'], params: URLSearchParams): WorkqueueView {
  const canTeam = permissions.includes('workqueue:team');
  // A teamleider starts on the team's work (issue 12); 'mijn' and 'zonder' choose the other views.
  const scopeParam = params.get('scope');
  const sortParam = params.get('sorteer');
  return {
    canTeam,
    scope: !canTeam ? 'own' : scopeParam === 'mijn' ? 'own' : scopeParam === 'zonder' ? 'unassigned' : 'team',
    gemeenteId: params.get('gemeente') ?? '',
    kind: params.get('soort') ?? '',
    sort: sortParam === 'kind' || sortParam === 'name' ? sortParam : 'dueOn',
    order: params.get('volgorde') === 'desc' ? 'desc' : 'asc',
    upcoming: params.get('later') === 'ja',
    onlyOverdue: params.get('telaat') === 'ja',
  };
}

export const workqueueQuery = (view: WorkqueueView, limit: number): WorkqueueQuery => ({
  scope: view.scope,
  gemeenteId: view.gemeenteId,
  kind: view.kind,
  sort: view.sort,
  order: view.order,
  upcoming: view.upcoming,
  overdue: view.onlyOverdue,
  limit,
});

/** An early answer is used only by the page load it was started for. */
const EARLY_FOR_MS = 10_000;
let early: { key: string; at: number; answer: Promise<WorkqueuePage> } | null = null;
const keyOf = (query: WorkqueueQuery) => JSON.stringify(query);

/** Starts the first page of the werkvoorraad the address `search` asks for. */
export function prefetchWorkqueue(user: SessionUser, search: string): void {
  const query = workqueueQuery(workqueueView(user.permissions, new URLSearchParams(search)), PAGE_SIZE);
  const answer = getWorkqueue(query);
  // A failure shows when the page takes the answer; until then it is not unhandled.
  answer.catch(() => undefined);
  early = { key: keyOf(query), at: Date.now(), answer };
}

/** The werkvoorraad for `query`: the early answer when it was for the same query (once, within seconds), else a new request. */
export function loadWorkqueue(query: WorkqueueQuery): Promise<WorkqueuePage> {
  const taken = early;
  early = null;
  if (taken && taken.key === keyOf(query) && Date.now() - taken.at < EARLY_FOR_MS) return taken.answer;
  return getWorkqueue(query);
}
