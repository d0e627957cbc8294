// DUO's contactpersoon (Contactpersoon API) follows the case manager: register once per gemeente
// and user (DUO assigns the id), then link per BSN; reassignment unlinks the old one; name/phone
// changes become 'contactpersoon.change'; one nobody uses any more is deleted; without a telefoonnummer nothing is sent and the case
// file says so. Every exchange is checked against DUO's OpenAPI file (afterAll).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { asSystem } from '../../src/db/scope.ts';
import { caseDuoContacts, caseEvents, duoContactpersonen, duoOutbox, users } from '../../src/db/schema.ts';
import { createCaseVia, validBsn, validVNumber } from '../support/fixtures.ts';
import type { Client } from '../support/koers.ts';
import { seed, startDuoEnv, type DuoTestEnv } from './support.ts';
import { caseVersion } from '../support/versions.ts';

let env: DuoTestEnv;
beforeAll(async () => {
  env = await startDuoEnv();
});
afterAll(async () => {
  expect(await env.contractViolations()).toEqual([]);
  expect(env.sim.state.contractViolations).toEqual([]);
  await env.close();
});

interface ContactView {
  state: string;
  naam: string | null;
  telefoonnummer: string | null;
  duoId: number | null;
  bsnMissing: boolean;
}

const put = (client: Client, url: string, payload: unknown) => client.request({ method: 'PUT', url, payload: payload as string });

async function outbox(caseId: string) {
  return asSystem(env.database.db, (tx) => tx.select().from(duoOutbox).where(eq(duoOutbox.caseId, caseId)).orderBy(asc(duoOutbox.seq)));
}

async function allOutbox(gemeenteId: string) {
  return asSystem(env.database.db, (tx) => tx.select().from(duoOutbox).where(eq(duoOutbox.gemeenteId, gemeenteId)).orderBy(asc(duoOutbox.seq)));
}

async function timelineKinds(caseId: string): Promise<string[]> {
  const rows = await asSystem(env.database.db, (tx) => tx.select({ kind: caseEvents.kind }).from(caseEvents).where(eq(caseEvents.caseId, caseId)).orderBy(asc(caseEvents.id)));
  return rows.map((r) => r.kind);
}

/** Tick until nothing is due any more (follow-up meldingen are queued during a tick). */
async function drain(maxTicks = 10): Promise<void> {
  for (let i = 0; i < maxTicks; i++) {
    const r = await env.duo.worker.tick();
    if (r.outbox.sent === 0) return;
  }
}

async function contactOf(client: Client, caseId: string): Promise<ContactView> {
  const res = await client.get(`/api/cases/${caseId}/duo`);
  expect(res.statusCode).toBe(200);
  return res.json<{ contactpersoon: ContactView }>().contactpersoon;
}

const exchangesAfter = (n: number) => env.exchanges.slice(n).filter((x) => x.api === 'Contactpersoon');

async function setPhone(userId: string, phone: string | null) {
  const admin = await env.login('beheerder');
  const res = await admin.patch(`/api/admin/users/${userId}`, { phone });
  expect(res.statusCode).toBe(200);
  return res;
}

async function newCase(client: Client, bsn: string | null = validBsn()): Promise<{ caseId: string; bsn: string | null }> {
  if (bsn) seed(env, bsn);
  const created = await createCaseVia(client, env.gemeente.gemeenteId, bsn ? { bsn } : { bsn: undefined, vNumber: validVNumber() });
  return { caseId: created.id, bsn };
}

describe('contactpersoon melding', () => {
  let first: { caseId: string; bsn: string };
  let regisseurDuoId: number;

  it('assigning a case manager → register, then the link with DUO\'s returned id; gekoppeld in the case file', async () => {
    await setPhone(env.gemeente.users.trajectregisseur.id, '030 123 4567');
    const regisseur = await env.login();
    const before = env.exchanges.length;
    const created = await newCase(regisseur); // created by a trajectregisseur: case manager = that user
    first = { caseId: created.caseId, bsn: created.bsn ?? '' };
    expect((await outbox(first.caseId)).map((m) => m.operation)).toEqual(['contactpersoon.register']);
    expect(await contactOf(regisseur, first.caseId)).toMatchObject({ state: 'aan-te-melden', telefoonnummer: '030 123 4567', duoId: null });

    await drain();
    const sent = exchangesAfter(before);
    expect(sent.map((x) => x.operationId)).toEqual(['createContactpersoon', 'postContactpersoonByBsn']);
    expect(sent[0]?.requestBody).toEqual({ naam: expect.stringContaining('trajectregisseur') as unknown, email: env.gemeente.users.trajectregisseur.email, telefoonnummer: '030 123 4567' });
    const id = (sent[0]?.responseBody as { id: number }).id;
    expect(id).toBeGreaterThan(0);
    regisseurDuoId = id;
    expect(sent[1]?.path).toBe(`/contactpersonen/${id}/personen/${first.bsn}`);
    expect(env.sim.state.contactKoppelingen.get(`${env.gemeente.oin}|${first.bsn}`)).toBe(id);
    expect((await outbox(first.caseId)).map((m) => [m.operation, m.status])).toEqual([
      ['contactpersoon.register', 'bevestigd'],
      ['contactpersoon.link', 'bevestigd'],
    ]);
    expect(await contactOf(regisseur, first.caseId)).toMatchObject({ state: 'gekoppeld', duoId: id });
    const [cp] = await asSystem(env.database.db, (tx) => tx.select().from(duoContactpersonen).where(eq(duoContactpersonen.userId, env.gemeente.users.trajectregisseur.id)));
    expect(cp).toMatchObject({ duoId: id, status: 'aangemeld' });
  });

  it('a second case for the same regisseur: no second register, the link at once', async () => {
    const regisseur = await env.login();
    const before = env.exchanges.length;
    const { caseId, bsn } = await newCase(regisseur);
    expect((await outbox(caseId)).map((m) => [m.operation, m.payload])).toEqual([['contactpersoon.link', { bsn, id: regisseurDuoId }]]);
    await drain();
    expect(exchangesAfter(before).map((x) => x.operationId)).toEqual(['postContactpersoonByBsn']);
    expect(env.sim.state.contactpersonen.size).toBe(1);
    expect(await contactOf(regisseur, caseId)).toMatchObject({ state: 'gekoppeld' });
  });

  it('reassigning: the old contactpersoon is unlinked, the new one registered and linked', async () => {
    await setPhone(env.gemeente.users.teamleider.id, '+31 (0)30 7654321');
    const teamleider = await env.login('teamleider');
    const before = env.exchanges.length;
    const res = await put(teamleider, `/api/cases/${first.caseId}/case-manager`, { version: await caseVersion(env.database, first.caseId), caseManagerId: env.gemeente.users.teamleider.id });
    expect(res.statusCode).toBe(200);
    await drain();
    const sent = exchangesAfter(before);
    expect(sent.map((x) => x.operationId)).toEqual(['deleteContactpersoonByBsn', 'createContactpersoon', 'postContactpersoonByBsn']);
    expect(sent[0]?.path).toBe(`/contactpersonen/${regisseurDuoId}/personen/${first.bsn}`);
    const newId = (sent[1]?.responseBody as { id: number }).id;
    expect(newId).not.toBe(regisseurDuoId);
    expect(env.sim.state.contactKoppelingen.get(`${env.gemeente.oin}|${first.bsn}`)).toBe(newId);
    expect(await contactOf(teamleider, first.caseId)).toMatchObject({ state: 'gekoppeld', duoId: newId, telefoonnummer: '+31 (0)30 7654321' });
    // Back to the first regisseur: DUO already knows them, so only unlink + link.
    const back = env.exchanges.length;
    expect((await put(teamleider, `/api/cases/${first.caseId}/case-manager`, { version: await caseVersion(env.database, first.caseId), caseManagerId: env.gemeente.users.trajectregisseur.id })).statusCode).toBe(200);
    await drain();
    expect(exchangesAfter(back).map((x) => x.operationId)).toEqual(['deleteContactpersoonByBsn', 'postContactpersoonByBsn']);
    expect(env.sim.state.contactKoppelingen.get(`${env.gemeente.oin}|${first.bsn}`)).toBe(regisseurDuoId);
  });

  it('a user\'s phone change → contactpersoon.change at DUO; a number DUO would refuse → 400 naming the field', async () => {
    const admin = await env.login('beheerder');
    const bad = await admin.patch(`/api/admin/users/${env.gemeente.users.trajectregisseur.id}`, { phone: 'bel het team' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('Telefoonnummer');
    expect(bad.json<{ error: { field: string } }>().error.field).toBe('phone');
    const [u] = await asSystem(env.database.db, (tx) => tx.select({ phone: users.phone }).from(users).where(eq(users.id, env.gemeente.users.trajectregisseur.id)));
    expect(u?.phone).toBe('030 123 4567');

    const before = env.exchanges.length;
    const res = await setPhone(env.gemeente.users.trajectregisseur.id, '06-12345678');
    expect(res.json<{ user: { phone: string | null } }>().user.phone).toBe('06-12345678');
    await drain();
    const sent = exchangesAfter(before);
    expect(sent.map((x) => [x.operationId, x.path])).toEqual([['updateContactpersoonById', `/contactpersonen/${regisseurDuoId}`]]);
    expect(env.sim.state.contactpersonen.get(regisseurDuoId)?.gegevens.telefoonnummer).toBe('06-12345678');
    // The same value again: nothing new for DUO.
    const again = env.exchanges.length;
    await setPhone(env.gemeente.users.trajectregisseur.id, '06-12345678');
    await drain();
    expect(exchangesAfter(again)).toEqual([]);
  });

  it('no BSN: the contactpersoon is kept, the link waits and is sent once the BSN is filled in', async () => {
    const regisseur = await env.login();
    const { caseId } = await newCase(regisseur, null);
    expect(await outbox(caseId)).toEqual([]);
    expect(await timelineKinds(caseId)).toContain('duo.bericht.geen-bsn');
    expect(await contactOf(regisseur, caseId)).toMatchObject({ state: 'te-koppelen', bsnMissing: true });
    const bsn = validBsn();
    seed(env, bsn);
    const detail = await regisseur.get(`/api/cases/${caseId}`);
    const version = detail.json<{ version: number }>().version;
    expect((await regisseur.patch(`/api/cases/${caseId}`, { version, bsn })).statusCode).toBe(200);
    expect((await outbox(caseId)).map((m) => [m.operation, m.payload])).toEqual([['contactpersoon.link', { bsn, id: regisseurDuoId }]]);
    await drain();
    expect(await contactOf(regisseur, caseId)).toMatchObject({ state: 'gekoppeld', bsnMissing: false });
  });
});

describe('without a telefoonnummer', () => {
  it('nothing is queued; the timeline and the case file say why; the gemeente\'s team number then reports it', async () => {
    const regisseur = await env.login('trajectregisseur', env.other);
    const bsn = validBsn();
    env.sim.seedPerson({ bsn, gemeenteOin: env.other.oin, vestigingsdatum: '2026-04-01', inburgeringsplicht: { indicatorInburgeringsplicht: true, begindatum: '2026-04-01', datumKennisgevingInburgeringsplicht: '2026-04-03' } });
    const created = await createCaseVia(regisseur, env.other.gemeenteId, { bsn });
    expect(await allOutbox(env.other.gemeenteId)).toEqual([]);
    expect(await timelineKinds(created.id)).toContain('duo.contactpersoon.geen-telefoon');
    expect(await contactOf(regisseur, created.id)).toMatchObject({ state: 'geen-telefoon' });

    const admin = await env.login('beheerder', env.other);
    const bad = await put(admin, `/api/gemeenten/${env.other.gemeenteId}/settings/duo-contact-telefoon`, { telefoonnummer: '12' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('Telefoonnummer team voor DUO');
    expect(await allOutbox(env.other.gemeenteId)).toEqual([]);
    // Only a beheerder sets it.
    const fin = await env.login('financieel-medewerker', env.other);
    expect((await put(fin, `/api/gemeenten/${env.other.gemeenteId}/settings/duo-contact-telefoon`, { telefoonnummer: '020 555 1234' })).statusCode).toBe(403);

    const ok = await put(admin, `/api/gemeenten/${env.other.gemeenteId}/settings/duo-contact-telefoon`, { telefoonnummer: '020 555 1234' });
    expect(ok.statusCode).toBe(200);
    expect((await regisseur.get(`/api/gemeenten/${env.other.gemeenteId}/settings/duo-contact-telefoon`)).json()).toEqual({ gemeenteId: env.other.gemeenteId, telefoonnummer: '020 555 1234' });
    expect((await outbox(created.id)).map((m) => m.operation)).toEqual(['contactpersoon.register']);
    await drain();
    expect(await contactOf(regisseur, created.id)).toMatchObject({ state: 'gekoppeld', telefoonnummer: '020 555 1234' });
  });
});

describe('reliability and isolation', () => {
  it('DUO down: nothing lost, nothing registered twice', async () => {
    await setPhone(env.gemeente.users.teamleider.id, '030 999 8877');
    const regisseur = await env.login();
    const { caseId, bsn } = await newCase(regisseur);
    // A new contactpersoon for this test: a fresh user with a phone, as case manager.
    const admin = await env.login('beheerder');
    const created = await admin.post('/api/admin/users', { name: 'Nieuwe Regisseur', email: `nieuw.${Date.now()}@test.koers`, role: 'trajectregisseur', gemeenteIds: [env.gemeente.gemeenteId], phone: '030 111 2233' });
    expect(created.statusCode).toBe(201);
    const newUser = created.json<{ user: { id: string; phone: string | null } }>().user;
    expect(newUser.phone).toBe('030 111 2233');
    await drain(); // the link of the case to the first regisseur
    const before = env.sim.state.contactpersonen.size;
    expect((await put(regisseur, `/api/cases/${caseId}/case-manager`, { version: await caseVersion(env.database, caseId), caseManagerId: newUser.id })).statusCode).toBe(200);

    env.sim.setFailureMode({ kind: 'down', forRequests: 2 });
    for (let i = 0; i < 3; i++) {
      await env.duo.worker.tick();
      env.clock.advance(60_000);
    }
    env.sim.setFailureMode({ kind: 'lostResponse', forRequests: 1 });
    for (let i = 0; i < 8; i++) {
      await env.duo.worker.tick();
      env.clock.advance(60_000);
    }
    await drain();
    const rows = await outbox(caseId);
    expect(rows.every((m) => m.status === 'bevestigd')).toBe(true);
    expect(rows.some((m) => m.attempts > 1)).toBe(true);
    expect(rows.filter((m) => m.operation === 'contactpersoon.register')).toHaveLength(1);
    expect(env.sim.state.contactpersonen.size).toBe(before + 1);
    const [cp] = await asSystem(env.database.db, (tx) => tx.select().from(duoContactpersonen).where(eq(duoContactpersonen.userId, newUser.id)));
    expect(env.sim.state.contactKoppelingen.get(`${env.gemeente.oin}|${bsn ?? ''}`)).toBe(cp?.duoId);
    const links = await asSystem(env.database.db, (tx) => tx.select().from(caseDuoContacts).where(and(eq(caseDuoContacts.caseId, caseId), inArray(caseDuoContacts.status, ['gekoppeld']))));
    expect(links).toHaveLength(1);
  });

  it('another gemeente\'s case or gemeente → 404 and nothing changed', async () => {
    const regisseur = await env.login();
    const { caseId } = await newCase(regisseur);
    const before = await outbox(caseId);
    const stranger = await env.login('teamleider', env.other);
    const res = await put(stranger, `/api/cases/${caseId}/case-manager`, { version: await caseVersion(env.database, caseId), caseManagerId: env.other.users.trajectregisseur.id });
    expect(res.statusCode).toBe(404);
    expect(await outbox(caseId)).toEqual(before);
    const foreignAdmin = await env.login('beheerder', env.other);
    expect((await put(foreignAdmin, `/api/gemeenten/${env.gemeente.gemeenteId}/settings/duo-contact-telefoon`, { telefoonnummer: '020 555 1234' })).statusCode).toBe(404);
    expect((await stranger.get(`/api/gemeenten/${env.gemeente.gemeenteId}/settings/duo-contact-telefoon`)).statusCode).toBe(404);
  });
});

describe('a contactpersoon nobody uses any more is removed at DUO', () => {
  async function newRegisseur(name: string): Promise<string> {
    const admin = await env.login('beheerder');
    const created = await admin.post('/api/admin/users', { name, email: `${name.toLowerCase().replace(/\W+/g, '.')}.${Date.now()}@test.koers`, role: 'trajectregisseur', gemeenteIds: [env.gemeente.gemeenteId], phone: '030 222 3344' });
    expect(created.statusCode).toBe(201);
    return created.json<{ user: { id: string } }>().user.id;
  }
  const cpOf = async (userId: string) => (await asSystem(env.database.db, (tx) => tx.select().from(duoContactpersonen).where(eq(duoContactpersonen.userId, userId))))[0];

  it('blocking a user whose cases moved on: the contactpersoon is deleted at DUO (after the unlink); a blocked user with a case keeps it until that case moves', async () => {
    const teamleider = await env.login('teamleider');
    const admin = await env.login('beheerder');
    const leaving = await newRegisseur('Vertrekkende Regisseur');
    const regisseur = await env.login();
    const { caseId, bsn } = await newCase(regisseur);
    expect((await put(teamleider, `/api/cases/${caseId}/case-manager`, { version: await caseVersion(env.database, caseId), caseManagerId: leaving })).statusCode).toBe(200);
    await drain();
    const cp = await cpOf(leaving);
    expect(cp).toMatchObject({ status: 'aangemeld' });
    const duoId = cp?.duoId ?? 0;
    expect(env.sim.state.contactpersonen.has(duoId)).toBe(true);

    // Blocked while still the case manager of a case: DUO keeps the contactpersoon.
    expect((await admin.patch(`/api/admin/users/${leaving}`, { active: false })).statusCode).toBe(200);
    await drain();
    expect(await cpOf(leaving)).toMatchObject({ status: 'aangemeld' });
    expect(env.sim.state.contactpersonen.has(duoId)).toBe(true);

    // The case moves to a colleague: unlink, link the colleague, and delete the unused contactpersoon.
    const before = env.exchanges.length;
    expect((await put(teamleider, `/api/cases/${caseId}/case-manager`, { version: await caseVersion(env.database, caseId), caseManagerId: env.gemeente.users.trajectregisseur.id })).statusCode).toBe(200);
    await drain();
    expect(exchangesAfter(before).map((x) => [x.operationId, x.path])).toEqual([
      ['deleteContactpersoonByBsn', `/contactpersonen/${duoId}/personen/${bsn}`],
      ['deleteContactpersoonById', `/contactpersonen/${duoId}`],
      ['postContactpersoonByBsn', `/contactpersonen/${regisseurDuoIdOf()}/personen/${bsn}`],
    ]);
    expect(env.sim.state.contactpersonen.has(duoId)).toBe(false);
    expect(await cpOf(leaving)).toMatchObject({ status: 'verwijderd' });
    const removal = (await outbox(caseId)).find((m) => m.operation === 'contactpersoon.delete');
    expect(removal).toMatchObject({ status: 'bevestigd', payload: { id: duoId } });
  });

  it('blocking a user without cases deletes it at once (carried by the case last linked); back at work, a new case registers them again with a new id', async () => {
    const teamleider = await env.login('teamleider');
    const admin = await env.login('beheerder');
    const leaving = await newRegisseur('Tijdelijke Regisseur');
    const regisseur = await env.login();
    const { caseId } = await newCase(regisseur);
    expect((await put(teamleider, `/api/cases/${caseId}/case-manager`, { version: await caseVersion(env.database, caseId), caseManagerId: leaving })).statusCode).toBe(200);
    await drain();
    expect((await put(teamleider, `/api/cases/${caseId}/case-manager`, { version: await caseVersion(env.database, caseId), caseManagerId: env.gemeente.users.trajectregisseur.id })).statusCode).toBe(200);
    await drain();
    const oldId = (await cpOf(leaving))?.duoId ?? 0;
    expect(await cpOf(leaving)).toMatchObject({ status: 'aangemeld' }); // still working here: kept

    const before = env.exchanges.length;
    expect((await admin.patch(`/api/admin/users/${leaving}`, { active: false })).statusCode).toBe(200);
    await drain();
    expect(exchangesAfter(before).map((x) => [x.operationId, x.path])).toEqual([['deleteContactpersoonById', `/contactpersonen/${oldId}`]]);
    expect(await cpOf(leaving)).toMatchObject({ status: 'verwijderd' });
    expect((await outbox(caseId)).map((m) => m.operation)).toContain('contactpersoon.delete');

    expect((await admin.patch(`/api/admin/users/${leaving}`, { active: true })).statusCode).toBe(200);
    const again = env.exchanges.length;
    expect((await put(teamleider, `/api/cases/${caseId}/case-manager`, { version: await caseVersion(env.database, caseId), caseManagerId: leaving })).statusCode).toBe(200);
    await drain();
    const sent = exchangesAfter(again);
    expect(sent.map((x) => x.operationId)).toEqual(['deleteContactpersoonByBsn', 'createContactpersoon', 'postContactpersoonByBsn']);
    const newId = (sent[1]?.responseBody as { id: number }).id;
    expect(newId).not.toBe(oldId);
    expect(await cpOf(leaving)).toMatchObject({ status: 'aangemeld', duoId: newId });
  });
});

/** DUO's id of the seeded trajectregisseur's contactpersoon. */
function regisseurDuoIdOf(): number {
  const found = [...env.sim.state.contactpersonen.entries()].find(([, c]) => c.gegevens.email === env.gemeente.users.trajectregisseur.email);
  return found?.[0] ?? 0;
}

describe('a link is confirmed through its own outbox row (ADR 0057)', () => {
  async function newRegisseur(name: string): Promise<string> {
    const admin = await env.login('beheerder');
    const created = await admin.post('/api/admin/users', { name, email: `${name.toLowerCase().replace(/\W+/g, '.')}.${Date.now()}@test.koers`, role: 'trajectregisseur', gemeenteIds: [env.gemeente.gemeenteId], phone: '030 444 5566' });
    expect(created.statusCode).toBe(201);
    return created.json<{ user: { id: string } }>().user.id;
  }
  const linkRow = async (caseId: string) => (await asSystem(env.database.db, (tx) => tx.select().from(caseDuoContacts).where(eq(caseDuoContacts.caseId, caseId))))[0];

  it('DUO hands out a number Koers already holds for another contactpersoon (as the demo simulator does after a restart): both cases still become gekoppeld (one stayed "aangeboden" when matched by gemeente and DUO id)', async () => {
    await setPhone(env.gemeente.users.trajectregisseur.id, '030 123 4567');
    const teamleider = await env.login('teamleider');
    const fresh = await newRegisseur('Hergebruikt Nummer');
    const regisseur = await env.login();
    const first = await newCase(regisseur);
    await drain();
    const [existing] = await asSystem(env.database.db, (tx) => tx.select().from(duoContactpersonen).where(eq(duoContactpersonen.userId, env.gemeente.users.trajectregisseur.id)));
    const reused = existing?.duoId ?? 0;
    expect(reused).toBeGreaterThan(0);
    // DUO's counter starts again: the next contactpersoon gets the regisseur's number.
    env.sim.state.nextContactpersoonId = reused;
    expect((await put(teamleider, `/api/cases/${first.caseId}/case-manager`, { version: await caseVersion(env.database, first.caseId), caseManagerId: fresh })).statusCode).toBe(200);
    const second = await newCase(regisseur); // linked to the regisseur's contactpersoon, same number
    await drain();
    const [cp] = await asSystem(env.database.db, (tx) => tx.select().from(duoContactpersonen).where(eq(duoContactpersonen.userId, fresh)));
    expect(cp?.duoId).toBe(reused);
    for (const [caseId, contactpersoonId] of [
      [first.caseId, cp?.id],
      [second.caseId, existing?.id],
    ] as const) {
      const link = await linkRow(caseId);
      expect(link).toMatchObject({ contactpersoonId, status: 'gekoppeld' });
      const linkMessage = (await outbox(caseId)).filter((m) => m.operation === 'contactpersoon.link').at(-1);
      expect(linkMessage?.status).toBe('bevestigd');
      expect(link?.linkMessageId).toBe(linkMessage?.id);
      expect(await contactOf(regisseur, caseId)).toMatchObject({ state: 'gekoppeld', duoId: reused });
    }
  });

  it('a refused link offered again: the copy (new BerichtId) is the one that confirms it', async () => {
    const regisseur = await env.login();
    const bsn = validBsn(); // DUO does not know this person yet: the link is refused (404)
    const created = await createCaseVia(regisseur, env.gemeente.gemeenteId, { bsn });
    await drain();
    const [refused] = (await outbox(created.id)).filter((m) => m.operation === 'contactpersoon.link');
    expect(refused?.status).toBe('afgewezen');
    expect(await linkRow(created.id)).toMatchObject({ status: 'aangeboden', linkMessageId: refused?.id });
    seed(env, bsn);
    const retry = await regisseur.post(`/api/cases/${created.id}/duo/messages/${refused!.id}/retry`);
    expect(retry.statusCode).toBe(200);
    const copy = retry.json<{ id: string }>();
    expect(await linkRow(created.id)).toMatchObject({ status: 'aangeboden', linkMessageId: copy.id });
    await drain();
    expect(await linkRow(created.id)).toMatchObject({ status: 'gekoppeld', linkMessageId: copy.id });
  });
});
