// A closed case is reopened before the inburgering goes on (ADR 0103 addendum): every step of the
// intake, the PIP, the traject and the results is refused with CASE_CLOSED and changes nothing;
// a note and the reopening itself still work.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asSystem } from '../../src/db/scope.ts';
import { cases } from '../../src/db/schema.ts';
import { createGemeente, createTestKoers, loginAs, type Client, type TestKoers } from '../support/koers.ts';
import { createCaseVia, snapshotOf } from '../support/fixtures.ts';
import { checklistVersion } from '../support/versions.ts';

let koers: TestKoers;
const clock = new Date('2026-12-06T09:00:00Z');
beforeAll(async () => {
  koers = await createTestKoers({ now: () => clock });
});
afterAll(() => koers.close());

const steps: { name: string; send: (client: Client, caseId: string) => ReturnType<Client['post']> }[] = [
  { name: 'oproep brede intake', send: (c, id) => c.post(`/api/cases/${id}/intake/invitations`, { respondBy: '2026-12-18', appointmentAt: '2026-12-15T09:30:00+01:00', location: 'Gemeentehuis' }) },
  { name: 'gesprek plannen', send: (c, id) => c.post(`/api/cases/${id}/meetings`, { kind: 'kennismaking' }) },
  { name: 'concept-PIP', send: (c, id) => c.post(`/api/cases/${id}/pip/drafts`, {}) },
  { name: 'uren', send: (c, id) => c.request({ method: 'PUT', url: `/api/cases/${id}/hours/taallesknm`, payload: { version: 0, total: 5, asOf: '2026-12-01' } }) },
  { name: 'resultaat PVT', send: (c, id) => c.request({ method: 'PUT', url: `/api/cases/${id}/results/pvt`, payload: { version: 0, completedOn: '2026-12-01', culpable: null } }) },
];

describe('a closed case', () => {
  it('refuses every step of the inburgering with a Dutch reason and changes nothing; a note and reopening still work', async () => {
    const g = await createGemeente(koers.database);
    const client = await loginAs(koers.app, g.users.trajectregisseur.email);
    const c = await createCaseVia(client, g.gemeenteId);
    const closed = await client.post(`/api/cases/${c.id}/close`, { reason: 'overleden', effectiveOn: '2026-12-01', version: c.version });
    expect(closed.statusCode, closed.body).toBe(200);
    const before = await snapshotOf(koers.database, { gemeenteIds: [g.gemeenteId] });

    const checklist = await client.request({
      method: 'PUT',
      url: `/api/cases/${c.id}/checklist/bankrekening`,
      payload: { version: await checklistVersion(koers.database, c.id, 'bankrekening'), status: 'geregeld' },
    });
    const answers = [{ name: 'checklist', response: checklist }];
    for (const step of steps) answers.push({ name: step.name, response: await step.send(client, c.id) });
    for (const { name, response } of answers) {
      expect(response.statusCode, `${name}: ${response.body}`).toBe(409);
      const { error } = response.json<{ error: { code: string; message: string } }>();
      expect(error.code, name).toBe('CASE_CLOSED');
      expect(error.message, name).toContain('Heropen het eerst');
    }
    expect(await snapshotOf(koers.database, { gemeenteIds: [g.gemeenteId] })).toBe(before);

    const note = await client.post(`/api/cases/${c.id}/journal`, { contactOn: '2026-12-02', kind: 'telefoon', withWhom: 'familie', text: 'Overlijden bevestigd.' });
    expect(note.statusCode, note.body).toBe(201);
    const [row] = await asSystem(koers.database.db, (tx) => tx.select({ version: cases.version }).from(cases).where(eq(cases.id, c.id)));
    const reopened = await client.post(`/api/cases/${c.id}/reopen`, { reason: 'Verkeerd dossier gesloten', version: row!.version });
    expect(reopened.statusCode, reopened.body).toBe(200);
    const meeting = await steps[1]!.send(client, c.id);
    expect(meeting.statusCode, meeting.body).toBe(201);
  });
});
