// Beheer of the organisation's gemeenten over HTTP: add and edit (name, CBS code, OIN) with
// version and history; the settings editor (every setting, letter fields, logo) with Dutch errors
// naming the field; another organisation's gemeente is 404 and nothing changes.
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asSystem } from '../../src/db/scope.ts';
import { gemeenten, recordHistory } from '../../src/db/schema.ts';
import { yearSettingsOf } from '../../src/gemeenten/settings.ts';
import { loadLetterSender } from '../../src/documents/letter-sender.ts';
import { createGemeente, createTestKoers, loginAs, type Client, type GemeenteFixture, type TestKoers } from '../support/koers.ts';
import { snapshotOf } from '../support/fixtures.ts';
import { tinyPng } from '../support/images.ts';

let koers: TestKoers;
beforeAll(async () => {
  koers = await createTestKoers();
});
afterAll(() => koers.close());

interface GemeenteBody {
  id: string;
  code: string;
  name: string;
  oin: string | null;
  version: number;
}
interface ErrorBody {
  error: { code: string; message: string; field?: string; details?: { field: string; message: string }[] };
}
interface SettingsBody {
  version: number;
  settings: Record<string, unknown> & { letter: Record<string, string> };
  national: { progressMeetingsDefault: number; mapHourNorm: number };
  logo: { contentType: string; bytes: number } | null;
}
interface HistoryBody {
  action: string;
  actorName: string;
  changes: Record<string, { from: unknown; to: unknown }>;
}

/** A CBS code no other test uses (the code is unique per installation). */
let nextCode = 9100;
const freshCode = () => String(nextCode++);

async function fixture(): Promise<{ a: GemeenteFixture; beheerder: Client }> {
  const a = await createGemeente(koers.database, 'Beheer');
  return { a, beheerder: await loginAs(koers.app, a.users.beheerder.email) };
}

const countGemeenten = async () => (await asSystem(koers.database.db, (tx) => tx.select({ n: sql<number>`count(*)::int` }).from(gemeenten)))[0]?.n;

describe('gemeenten of the organisation', () => {
  it('adds a gemeente with CBS code and OIN, lists it, and records who did it', async () => {
    const { a, beheerder } = await fixture();
    const code = freshCode();
    const created = await beheerder.post('/api/admin/gemeenten', { name: 'Alblasserdam', code, oin: '00000001800482001000' });
    expect(created.statusCode, created.body).toBe(201);
    const body = created.json<GemeenteBody>();
    expect(body).toMatchObject({ name: 'Alblasserdam', code, oin: '00000001800482001000', version: 1 });
    const list = (await beheerder.get('/api/admin/gemeenten')).json<GemeenteBody[]>();
    expect(list.map((g) => g.id).sort()).toEqual([a.gemeenteId, body.id].sort());
    const history = (await beheerder.get(`/api/admin/gemeenten/${body.id}/history`)).json<HistoryBody[]>();
    expect(history).toEqual([expect.objectContaining({ action: 'create', changes: { name: { from: null, to: 'Alblasserdam' }, code: { from: null, to: code }, oin: { from: null, to: '00000001800482001000' } } })]);
    expect(history[0]?.actorName).toContain('beheerder');
  });

  it('refuses a wrong CBS code or OIN with a Dutch message naming the field, and writes nothing', async () => {
    const { beheerder } = await fixture();
    const before = await countGemeenten();
    const cases: [object, string, RegExp][] = [
      [{ name: 'X', code: '505', oin: null }, 'code', /^CBS-gemeentecode: .*4 cijfers/],
      [{ name: 'X', code: freshCode(), oin: '1234' }, 'oin', /^OIN: .*20 cijfers/],
      [{ name: 'X', code: freshCode(), oin: '12345678800482001000' }, 'oin', /^OIN: .*prefix/],
      [{ name: 'X', code: freshCode(), oin: '00000001800866473000' }, 'oin', /elfproef/],
      [{ name: ' ', code: freshCode() }, 'name', /^Naam gemeente: vul dit in/],
      [{ name: 'A\u0000B', code: freshCode() }, 'name', /^Naam gemeente: bevat een teken/],
    ];
    for (const [payload, field, message] of cases) {
      const response = await beheerder.post('/api/admin/gemeenten', payload);
      expect(response.statusCode, response.body).toBe(400);
      const error = response.json<ErrorBody>().error;
      expect(error.field, response.body).toBe(field);
      expect(error.details?.[0]?.message, response.body).toMatch(message);
    }
    expect(await countGemeenten()).toBe(before);
  });

  it('refuses a CBS code or OIN another gemeente of the installation already has (409, field named)', async () => {
    const { beheerder } = await fixture();
    const other = await fixture();
    const code = freshCode();
    expect((await other.beheerder.post('/api/admin/gemeenten', { name: 'Eerste', code, oin: '00000001800505001000' })).statusCode).toBe(201);
    const before = await countGemeenten();
    const sameCode = await beheerder.post('/api/admin/gemeenten', { name: 'Tweede', code });
    expect(sameCode.statusCode).toBe(409);
    expect(sameCode.json<ErrorBody>().error).toMatchObject({ code: 'GEMEENTECODE_TAKEN', field: 'code' });
    const sameOin = await beheerder.post('/api/admin/gemeenten', { name: 'Tweede', code: freshCode(), oin: '00000001800505001000' });
    expect(sameOin.statusCode).toBe(409);
    expect(sameOin.json<ErrorBody>().error).toMatchObject({ code: 'OIN_TAKEN', field: 'oin' });
    expect(await countGemeenten()).toBe(before);
  });

  it('edits name, code and OIN with the version; a stale version is 409 and changes nothing; history shows from → to', async () => {
    const { a, beheerder } = await fixture();
    const code = freshCode();
    const edited = await beheerder.patch(`/api/admin/gemeenten/${a.gemeenteId}`, { version: 1, code, oin: '00000001800523003000' });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json<GemeenteBody>()).toMatchObject({ code, oin: '00000001800523003000', version: 2 });
    const stale = await beheerder.patch(`/api/admin/gemeenten/${a.gemeenteId}`, { version: 1, name: 'Te laat' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json<ErrorBody>().error).toMatchObject({ code: 'VERSION_CONFLICT', field: 'version' });
    const [row] = await asSystem(koers.database.db, (tx) => tx.select().from(gemeenten).where(eq(gemeenten.id, a.gemeenteId)));
    expect(row).toMatchObject({ code, version: 2 });
    expect(row?.name).not.toBe('Te laat');
    const cleared = await beheerder.patch(`/api/admin/gemeenten/${a.gemeenteId}`, { version: 2, oin: '' });
    expect(cleared.json<GemeenteBody>()).toMatchObject({ oin: null, version: 3 });
    const history = (await beheerder.get(`/api/admin/gemeenten/${a.gemeenteId}/history`)).json<HistoryBody[]>();
    expect(history.map((h) => h.changes)).toEqual([
      { code: { from: a.gemeenteCode, to: code }, oin: { from: null, to: '00000001800523003000' } },
      { oin: { from: '00000001800523003000', to: null } },
    ]);
    const missing = await beheerder.patch(`/api/admin/gemeenten/${a.gemeenteId}`, { name: 'Zonder versie' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json<ErrorBody>().error.field).toBe('version');
  });
});

describe('settings of a gemeente', () => {
  const letter = {
    department: 'Team Inburgering',
    visitingAddress: 'Markt 1\n1234 AB Plaats',
    postalAddress: 'Postbus 1\n1230 AA Plaats',
    phone: '078 123 4567',
    email: 'inburgering@plaats.test',
    signatoryName: 'M. de Wit',
    signatoryFunction: 'Manager Inburgering',
    objectionAddress: 'Postbus 2\n1230 AB Plaats',
  };

  it('shows the national defaults, stores every setting, and the server uses them', async () => {
    const { a, beheerder } = await fixture();
    const initial = (await beheerder.get(`/api/admin/gemeenten/${a.gemeenteId}/settings`)).json<SettingsBody>();
    expect(initial).toMatchObject({ version: 1, settings: { letter: {} }, national: { progressMeetingsDefault: 4, mapHourNorm: 64 }, logo: null });
    const settings = {
      progressMeetingsDefault: 6,
      mapHourNorm: 70,
      reliefLocalExtensionMonths: 3,
      reliefCheckpointsMonths: [2, 4, 6],
      objectionPeriodWeeks: 6,
      intakeScenario: 3,
      duoContactTelefoon: '078 123 4567',
      spuk: { asiel: { leerroute: 1_000_000, map: 13_600, maatschappelijkeBegeleiding: 194_400, pvt: 21_600, tolk: 41_700 }, 'gezin-overig': { map: 19_500, pvt: 21_600, tolk: 17_900 } },
      letter,
    };
    const saved = await beheerder.request({ method: 'PUT', url: `/api/admin/gemeenten/${a.gemeenteId}/settings`, payload: { version: 1, settings } });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json<SettingsBody>()).toMatchObject({ version: 2, settings });
    const year = await asSystem(koers.database.db, (tx) => yearSettingsOf(tx, a.gemeenteId, '2026-06-01'));
    expect(year).toMatchObject({ progressMeetingsDefault: 6, mapHourNorm: 70, reliefLocalExtensionMonths: 3, intakeScenario: 3 });
    const scenario = await beheerder.get(`/api/gemeenten/${a.gemeenteId}/settings/intake-scenario`);
    expect(scenario.json()).toMatchObject({ scenario: 3 });
    const sender = await asSystem(koers.database.db, (tx) => loadLetterSender(tx, a.gemeenteId));
    expect(sender.sender).toMatchObject(letter);

    const history = (await beheerder.get(`/api/admin/gemeenten/${a.gemeenteId}/history`)).json<HistoryBody[]>();
    const changes = history.at(-1)?.changes ?? {};
    expect(changes['settings.letter.phone']).toEqual({ from: null, to: '078 123 4567' });
    expect(changes['settings.progressMeetingsDefault']).toEqual({ from: null, to: 6 });
    expect(changes['settings.spuk.asiel.map']).toEqual({ from: null, to: 13_600 });

    // Emptying a letter field removes it; the history says from → null.
    const cleared = await beheerder.request({ method: 'PUT', url: `/api/admin/gemeenten/${a.gemeenteId}/settings`, payload: { version: 2, settings: { ...settings, letter: { ...letter, phone: '' } } } });
    expect(cleared.statusCode, cleared.body).toBe(200);
    expect(cleared.json<SettingsBody>().settings.letter.phone).toBeUndefined();
    const last = (await beheerder.get(`/api/admin/gemeenten/${a.gemeenteId}/history`)).json<HistoryBody[]>().at(-1);
    expect(last?.changes).toEqual({ 'settings.letter.phone': { from: '078 123 4567', to: null } });
  });

  it('bad settings: 400 with every field named by its Dutch label; a stale version: 409; nothing changes', async () => {
    const { a, beheerder } = await fixture();
    const before = await snapshotOf(koers.database, { organisationId: a.organisationId, gemeenteIds: [a.gemeenteId] });
    const bad = await beheerder.request({
      method: 'PUT',
      url: `/api/admin/gemeenten/${a.gemeenteId}/settings`,
      payload: { version: 1, settings: { mapHourNorm: -1, intakeScenario: 5, letter: { email: 'geen adres', phone: 'bel ons' }, onbekend: true } },
    });
    expect(bad.statusCode).toBe(400);
    const error = bad.json<ErrorBody>().error;
    const byField = Object.fromEntries((error.details ?? []).map((d) => [d.field, d.message]));
    expect(byField['settings.mapHourNorm']).toBe('Urennorm MAP: moet groter dan 0 zijn');
    expect(byField['settings.intakeScenario']).toBe('Scenario start brede intake: moet scenario 1, 2 of 3 zijn');
    expect(byField['settings.letter.email']).toMatch(/^E-mailadres: /);
    expect(byField['settings.letter.phone']).toMatch(/^Telefoonnummer: /);
    expect(error.message).toBe(error.details?.[0]?.message);
    const stale = await beheerder.request({ method: 'PUT', url: `/api/admin/gemeenten/${a.gemeenteId}/settings`, payload: { version: 7, settings: { letter } } });
    expect(stale.statusCode).toBe(409);
    expect(stale.json<ErrorBody>().error).toMatchObject({ code: 'VERSION_CONFLICT', field: 'version' });
    expect(await snapshotOf(koers.database, { organisationId: a.organisationId, gemeenteIds: [a.gemeenteId] })).toBe(before);
  });

  it('a logo: PNG or JPEG by content, at most 256 kB; shown back; removed with null; history names type and size', async () => {
    const { a, beheerder } = await fixture();
    const png = tinyPng();
    const put = (version: number, image: string | null) => beheerder.request({ method: 'PUT', url: `/api/admin/gemeenten/${a.gemeenteId}/logo`, payload: { version, image } });
    const notImage = await put(1, Buffer.from('GIF89a nope').toString('base64'));
    expect(notImage.statusCode).toBe(400);
    expect(notImage.json<ErrorBody>().error).toMatchObject({ field: 'image', message: 'Logo: dit is geen PNG- of JPEG-afbeelding' });
    const tooBig = await put(1, Buffer.concat([png, Buffer.alloc(300 * 1024)]).toString('base64'));
    expect([400, 413]).toContain(tooBig.statusCode);
    const saved = await put(1, png.toString('base64'));
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json<SettingsBody>()).toMatchObject({ version: 2, logo: { contentType: 'image/png', bytes: png.length } });
    const shown = await beheerder.get(`/api/admin/gemeenten/${a.gemeenteId}/logo`);
    expect(shown.statusCode).toBe(200);
    expect(shown.headers['content-type']).toBe('image/png');
    expect(shown.rawPayload.equals(png)).toBe(true);
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46]);
    expect((await put(2, jpeg.toString('base64'))).json<SettingsBody>().logo).toMatchObject({ contentType: 'image/jpeg' });
    const stale = await put(1, null);
    expect(stale.statusCode).toBe(409);
    expect(stale.json<ErrorBody>().error).toMatchObject({ code: 'VERSION_CONFLICT', field: 'version' });
    expect((await beheerder.get(`/api/admin/gemeenten/${a.gemeenteId}/logo`)).headers['content-type']).toBe('image/jpeg');
    const removed = await put(3, null);
    expect(removed.json<SettingsBody>()).toMatchObject({ version: 4, logo: null });
    expect((await beheerder.get(`/api/admin/gemeenten/${a.gemeenteId}/logo`)).statusCode).toBe(404);
    const history = (await beheerder.get(`/api/admin/gemeenten/${a.gemeenteId}/history`)).json<HistoryBody[]>();
    expect(history.map((h) => h.changes.logo?.to ?? null)).toEqual([expect.stringMatching(/^PNG, 0\.\d kB \(sha256 [0-9a-f]{12}…\)$/), expect.stringMatching(/^JPEG, /), null]);
  });
});

describe('another organisation’s gemeente', () => {
  it('is not found on every gemeente route, for reading and writing, and nothing of it changes', async () => {
    const { beheerder } = await fixture();
    const b = await createGemeente(koers.database, 'Ander');
    const before = await snapshotOf(koers.database, { organisationId: b.organisationId, gemeenteIds: [b.gemeenteId] });
    const historyBefore = await asSystem(koers.database.db, (tx) => tx.select({ n: sql<number>`count(*)::int` }).from(recordHistory).where(eq(recordHistory.entityId, b.gemeenteId)));
    const base = `/api/admin/gemeenten/${b.gemeenteId}`;
    const attempts = [
      await beheerder.get(`${base}/settings`),
      await beheerder.get(`${base}/history`),
      await beheerder.get(`${base}/logo`),
      await beheerder.patch(base, { version: 1, name: 'Overgenomen', oin: '00000001800610003000' }),
      await beheerder.request({ method: 'PUT', url: `${base}/settings`, payload: { version: 1, settings: { letter: { department: 'Overgenomen' } } } }),
      await beheerder.request({ method: 'PUT', url: `${base}/logo`, payload: { version: 1, image: tinyPng().toString('base64') } }),
    ];
    for (const response of attempts) {
      expect(response.statusCode, response.body).toBe(404);
      expect(response.body).not.toContain(b.gemeenteCode);
    }
    expect((await beheerder.get('/api/admin/gemeenten')).body).not.toContain(b.gemeenteId);
    expect(await snapshotOf(koers.database, { organisationId: b.organisationId, gemeenteIds: [b.gemeenteId] })).toBe(before);
    const historyAfter = await asSystem(koers.database.db, (tx) => tx.select({ n: sql<number>`count(*)::int` }).from(recordHistory).where(eq(recordHistory.entityId, b.gemeenteId)));
    expect(historyAfter).toEqual(historyBefore);
  });

  it('roles without admin:gemeenten cannot add, edit or configure gemeenten', async () => {
    const { a } = await fixture();
    const regisseur = await loginAs(koers.app, a.users.trajectregisseur.email);
    expect((await regisseur.post('/api/admin/gemeenten', { name: 'X', code: freshCode() })).statusCode).toBe(403);
    expect((await regisseur.patch(`/api/admin/gemeenten/${a.gemeenteId}`, { version: 1, name: 'X' })).statusCode).toBe(403);
    expect((await regisseur.request({ method: 'PUT', url: `/api/admin/gemeenten/${a.gemeenteId}/settings`, payload: { version: 1, settings: {} } })).statusCode).toBe(403);
  });
});
