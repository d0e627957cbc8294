// Meldingen without a case (a contactpersoon's change or removal no case links any more): listed on
// the DUO page until confirmed, offered again when refused, never visible to another gemeente.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asc, eq } from 'drizzle-orm';
import { asSystem } from '../../src/db/scope.ts';
import { duoOutbox } from '../../src/db/schema.ts';
import { createCaseVia, validBsn } from '../support/fixtures.ts';
import { startDuoEnv, type DuoTestEnv } from './support.ts';

let env: DuoTestEnv;
beforeAll(async () => {
  env = await startDuoEnv();
});
afterAll(async () => {
  expect(await env.contractViolations()).toEqual([]);
  await env.close();
});

interface Listed {
  id: string;
  gemeenteId: string;
  operation: string;
  label: string;
  status: string;
  lastError: string | null;
}

const rowsOf = (gemeenteId: string) => asSystem(env.database.db, (tx) => tx.select().from(duoOutbox).where(eq(duoOutbox.gemeenteId, gemeenteId)).orderBy(asc(duoOutbox.seq)));

describe('DUO meldingen without a case', () => {
  it('are listed until confirmed, a refused one is offered again with a new BerichtId; another gemeente sees nothing and gets 404', async () => {
    // A removal of a contactpersoon DUO does not know: DUO answers 404, so the melding is refused.
    const [queued] = await asSystem(env.database.db, (tx) =>
      tx.insert(duoOutbox).values({ gemeenteId: env.gemeente.gemeenteId, caseId: null, operation: 'contactpersoon.delete', payload: { id: 98765 }, status: 'wachtend', nextAttemptAt: env.clock.now }).returning(),
    );
    await env.duo.worker.tick();
    const [refused] = await rowsOf(env.gemeente.gemeenteId);
    expect(refused, refused?.lastError ?? '').toMatchObject({ id: queued?.id, status: 'afgewezen' });

    const regisseur = await env.login();
    const list = await regisseur.get('/api/duo/berichten');
    expect(list.statusCode).toBe(200);
    expect(list.json<Listed[]>()).toEqual([expect.objectContaining({ id: queued?.id, operation: 'contactpersoon.delete', label: 'het verwijderen van de contactpersoon', status: 'afgewezen' })]);

    // Another gemeente: not in its list, and its retry is 404 with nothing changed.
    const stranger = await env.login('trajectregisseur', env.other);
    expect((await stranger.get('/api/duo/berichten')).json<Listed[]>()).toEqual([]);
    const before = await rowsOf(env.gemeente.gemeenteId);
    expect((await stranger.post(`/api/duo/berichten/${queued?.id}/retry`, {})).statusCode).toBe(404);
    expect(await rowsOf(env.gemeente.gemeenteId)).toEqual(before);
    // A role without case:write may look but not offer again.
    const beleid = await env.login('beleidsadviseur');
    expect((await beleid.post(`/api/duo/berichten/${queued?.id}/retry`, {})).statusCode).toBe(403);

    const retry = await regisseur.post(`/api/duo/berichten/${queued?.id}/retry`, {});
    expect(retry.statusCode).toBe(200);
    const copy = retry.json<{ id: string; berichtId: string; status: string }>();
    expect(copy.status).toBe('wachtend');
    expect(copy.berichtId).not.toBe(refused?.berichtId);
    const after = await rowsOf(env.gemeente.gemeenteId);
    expect(after.map((r) => [r.id, r.status])).toEqual([
      [queued?.id, 'opnieuw-aangeboden'],
      [copy.id, 'wachtend'],
    ]);
    // Offering the old one again is refused: it was already offered again.
    expect((await regisseur.post(`/api/duo/berichten/${queued?.id}/retry`, {})).statusCode).toBe(409);
    expect((await regisseur.get('/api/duo/berichten')).json<Listed[]>().map((m) => m.id)).toEqual([copy.id]);
  });

  it('a melding of a case is not reachable through this route: 404 and nothing changed', async () => {
    const regisseur = await env.login();
    const created = await createCaseVia(regisseur, env.gemeente.gemeenteId, { bsn: validBsn() });
    const [bound] = await asSystem(env.database.db, (tx) =>
      tx.insert(duoOutbox).values({ gemeenteId: env.gemeente.gemeenteId, caseId: created.id, operation: 'contactpersoon.delete', payload: { id: 98766 }, status: 'afgewezen', nextAttemptAt: env.clock.now }).returning(),
    );
    expect((await regisseur.get('/api/duo/berichten')).json<Listed[]>().map((m) => m.id)).not.toContain(bound?.id);
    const before = await rowsOf(env.gemeente.gemeenteId);
    expect((await regisseur.post(`/api/duo/berichten/${bound?.id}/retry`, {})).statusCode).toBe(404);
    expect(await rowsOf(env.gemeente.gemeenteId)).toEqual(before);
    const bad = await regisseur.post('/api/duo/berichten/geen-id/retry', {});
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ error: { field?: string } }>().error.field).toContain('messageId');
  });
});
