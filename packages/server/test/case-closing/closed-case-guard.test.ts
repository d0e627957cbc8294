// Issue 12, ADR 0160: a closed case is read-only. Walks EVERY registered write route on a case (a
// non-GET route under /api/cases/:id/… or /api/begeleiding/clienten/:id/…, so a route added later is
// caught) on a closed case: each one that does not declare openWhenClosed answers 409 CASE_CLOSED with
// the Dutch "Heropen het eerst", whatever its body, and nothing in the gemeente changes. The routes
// that stay open are exactly the declared list. Another gemeente's closed case is 404, not 409.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { permissionMatrix, roles, type Permission, type Role } from '@koers/domain';
import type { RegisteredRoute } from '../../src/http/app.ts';
import { isCaseWriteRoute } from '../../src/http/closed-case-guard.ts';
import { createGemeente, createTestKoers, loginAs, type Client, type GemeenteFixture, type TestKoers } from '../support/koers.ts';
import { createCaseVia, snapshotOf } from '../support/fixtures.ts';
import { caseVersion } from '../support/versions.ts';

let koers: TestKoers;
let g: GemeenteFixture;
let other: GemeenteFixture;
const clients = new Map<Role, Client>();
let closedCase: string;
let openCase: string;
let otherClosedCase: string;
const clock = new Date('2026-12-06T09:00:00Z');

async function closeVia(client: Client, id: string, version: number) {
  const closed = await client.post(`/api/cases/${id}/close`, { reason: 'overleden', effectiveOn: '2026-12-01', version });
  expect(closed.statusCode, closed.body).toBe(200);
}

beforeAll(async () => {
  koers = await createTestKoers({ now: () => clock });
  g = await createGemeente(koers.database, 'Gesloten');
  other = await createGemeente(koers.database, 'Andere');
  for (const role of roles) clients.set(role, await loginAs(koers.app, g.users[role].email));
  const regisseur = clients.get('trajectregisseur')!;
  const c = await createCaseVia(regisseur, g.gemeenteId);
  // The begeleider is assigned before closing, so its routes reach the case and meet the guard.
  const assigned = await regisseur.post(`/api/cases/${c.id}/assignments`, { userId: g.users['partner-begeleiding'].id, kind: 'begeleiding' });
  expect(assigned.statusCode, assigned.body).toBe(200);
  await closeVia(regisseur, c.id, await caseVersion(koers.database, c.id));
  closedCase = c.id;
  openCase = (await createCaseVia(regisseur, g.gemeenteId)).id;
  const otherRegisseur = await loginAs(koers.app, other.users.trajectregisseur.email);
  const o = await createCaseVia(otherRegisseur, other.gemeenteId);
  await closeVia(otherRegisseur, o.id, o.version);
  otherClosedCase = o.id;
});
afterAll(() => koers.close());

const caseWriteRoutes = (): RegisteredRoute[] => koers.app.koersRoutes.filter((r) => isCaseWriteRoute(r.method, r.url));
const label = (r: RegisteredRoute) => `${r.method} ${r.url}`;

/** A role of the gemeente that may call the route (the guard comes after the permission check). */
function clientFor(route: RegisteredRoute): Client {
  const role = roles.find((r) => route.access === 'authenticated' || permissionMatrix[r].includes(route.access as Permission));
  if (!role) throw new Error(`no role may call ${label(route)}`);
  return clients.get(role)!;
}

function send(route: RegisteredRoute, caseId: string) {
  const url = route.url.replace(':id', caseId).replace(/:[A-Za-z]+/g, () => randomUUID());
  return clientFor(route).request({ method: route.method, url, ...(route.method === 'DELETE' ? {} : { payload: {} }) });
}

describe('the closed case guard', () => {
  it('knows the case write routes, and only a declared few stay open on a closed case', () => {
    const routes = caseWriteRoutes();
    expect(routes.length).toBeGreaterThan(60);
    expect(routes.filter((r) => r.openWhenClosed).map(label).sort()).toEqual([
      'DELETE /api/cases/:id/documents/:documentId',
      'DELETE /api/cases/:id/household/:otherCaseId',
      'POST /api/cases/:id/close',
      'POST /api/cases/:id/documents',
      'POST /api/cases/:id/duo/events/:eventId/handled',
      'POST /api/cases/:id/duo/messages/:messageId/retry',
      'POST /api/cases/:id/household',
      'POST /api/cases/:id/journal',
      'POST /api/cases/:id/reopen',
      'PUT /api/cases/:id/journal/:entryId',
    ]);
  });

  it('refuses every other case write on a closed case with CASE_CLOSED and a Dutch reason; nothing changes', async () => {
    const before = await snapshotOf(koers.database, { organisationId: g.organisationId, gemeenteIds: [g.gemeenteId] });
    const refused = caseWriteRoutes().filter((r) => !r.openWhenClosed);
    for (const route of refused) {
      const response = await send(route, closedCase);
      expect(response.statusCode, `${label(route)}: ${response.body}`).toBe(409);
      const { error } = response.json<{ error: { code: string; message: string } }>();
      expect(error.code, label(route)).toBe('CASE_CLOSED');
      expect(error.message, label(route)).toContain('Heropen het eerst');
    }
    expect(await snapshotOf(koers.database, { organisationId: g.organisationId, gemeenteIds: [g.gemeenteId] })).toBe(before);
  });

  it('does not refuse those routes on an open case (the refusal is the closed case, not the route)', async () => {
    for (const route of caseWriteRoutes().filter((r) => !r.openWhenClosed && r.url.startsWith('/api/cases/'))) {
      const response = await send(route, openCase);
      const code = response.statusCode === 409 ? response.json<{ error: { code: string } }>().error.code : '';
      expect(code, `${label(route)}: ${response.body}`).not.toBe('CASE_CLOSED');
    }
  });

  it("another gemeente's closed case is not found (404), never told closed; nothing changed", async () => {
    const before = await snapshotOf(koers.database, { organisationId: other.organisationId, gemeenteIds: [other.gemeenteId] });
    for (const route of caseWriteRoutes().filter((r) => !r.openWhenClosed && r.url.startsWith('/api/cases/'))) {
      const response = await send(route, otherClosedCase);
      expect([400, 404], `${label(route)}: ${response.body}`).toContain(response.statusCode);
    }
    expect(await snapshotOf(koers.database, { organisationId: other.organisationId, gemeenteIds: [other.gemeenteId] })).toBe(before);
  });
});
