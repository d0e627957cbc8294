// The werkvoorraad's first request, started as soon as the session is known (ADR 0151 addendum):
// the page takes that answer only for the same query, once and within seconds; otherwise it asks.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SessionUser } from '../src/api/types.ts';

const getWorkqueue = vi.fn((query: unknown) => Promise.resolve({ items: [], total: 0, overdue: 0, query }));
vi.mock('../src/api/workqueue.ts', () => ({ getWorkqueue }));
const { loadWorkqueue, PAGE_SIZE, prefetchWorkqueue, workqueueQuery, workqueueView } = await import('../src/pages/workqueue/workqueueView.ts');

const user = (role: SessionUser['role'], permissions: SessionUser['permissions']): SessionUser => ({
  id: role,
  name: role,
  email: `${role}@gemeente.test`,
  role,
  roleLabel: role,
  organisation: { id: 'o', name: 'Organisatie' },
  gemeenten: [],
  permissions,
});
const regisseur = user('trajectregisseur', ['workqueue:own']);
const teamleider = user('teamleider', ['workqueue:own', 'workqueue:team']);
const firstPage = (user: SessionUser, search = '') => workqueueQuery(workqueueView(user.permissions, new URLSearchParams(search)), PAGE_SIZE);

describe('the werkvoorraad requested early', () => {
  beforeEach(() => getWorkqueue.mockClear());
  afterEach(() => vi.useRealTimers());

  it('the page takes the early answer for the same query, once', async () => {
    prefetchWorkqueue(regisseur, '?sorteer=name');
    expect(getWorkqueue).toHaveBeenCalledTimes(1);
    expect(getWorkqueue).toHaveBeenCalledWith(expect.objectContaining({ scope: 'own', sort: 'name', limit: PAGE_SIZE }));
    await loadWorkqueue(firstPage(regisseur, '?sorteer=name'));
    expect(getWorkqueue).toHaveBeenCalledTimes(1);
    await loadWorkqueue(firstPage(regisseur, '?sorteer=name'));
    expect(getWorkqueue).toHaveBeenCalledTimes(2);
  });

  it('another query asks again, and the early answer is gone', async () => {
    prefetchWorkqueue(teamleider, '');
    expect(getWorkqueue).toHaveBeenLastCalledWith(expect.objectContaining({ scope: 'team' }));
    await loadWorkqueue(firstPage(teamleider, '?scope=mijn'));
    expect(getWorkqueue).toHaveBeenCalledTimes(2);
    expect(getWorkqueue).toHaveBeenLastCalledWith(expect.objectContaining({ scope: 'own' }));
    await loadWorkqueue(firstPage(teamleider, ''));
    expect(getWorkqueue).toHaveBeenCalledTimes(3);
  });

  it('an early answer older than a page load is not used', async () => {
    vi.useFakeTimers();
    prefetchWorkqueue(regisseur, '');
    vi.advanceTimersByTime(11_000);
    await loadWorkqueue(firstPage(regisseur, ''));
    expect(getWorkqueue).toHaveBeenCalledTimes(2);
  });

  it('a regisseur without the team permission always gets the own view', () => {
    expect(workqueueView(regisseur.permissions, new URLSearchParams('scope=zonder')).scope).toBe('own');
    expect(workqueueView(teamleider.permissions, new URLSearchParams('scope=zonder')).scope).toBe('unassigned');
    expect(workqueueView(teamleider.permissions, new URLSearchParams('')).scope).toBe('team');
  });
});
