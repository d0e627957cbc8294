// Beheer edits the formatie settings (issue 16, R28) through the gemeente settings endpoint: validated
// by the one settings schema with Dutch errors naming each field, optimistic version, history, and
// the formatie report then computes with them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGemeente, createTestKoers, loginAs, type Client, type GemeenteFixture, type TestKoers } from '../support/koers.ts';
import { snapshotOf } from '../support/fixtures.ts';

let koers: TestKoers;
let g: GemeenteFixture;
let beheerder: Client;
let beleid: Client;
beforeAll(async () => {
  koers = await createTestKoers({ now: () => new Date('2026-11-23T10:00:00Z') });
  g = await createGemeente(koers.database, 'Formatiegemeente');
  beheerder = await loginAs(koers.app, g.users.beheerder.email);
  beleid = await loginAs(koers.app, g.users.beleidsadviseur.email);
});
afterAll(() => koers.close());

interface SettingsBody {
  version: number;
  settings: Record<string, unknown>;
}
interface ErrorBody {
  error: { code: string; field?: string; details?: { field: string; message: string }[] };
}
const url = () => `/api/admin/gemeenten/${g.gemeenteId}/settings`;

describe('formatie settings on the beheer settings page', () => {
  it('stores the formatie, records each change in the history, and the formatie report uses it', async () => {
    const current = (await beheerder.get(url())).json<SettingsBody>();
    const formatie = {
      urenPerInburgeraar: 40.5,
      productieveUrenPerFte: 1400,
      kostenPerFte: 7_000_000,
      caseloadNormMin: 40,
      caseloadNormMax: 80,
      geplandeInstroom: { statushouders: 60, gezinsmigranten: 20, overig: 0 },
      routeMix: { B1: 50, Z: 40, Onderwijs: 10 },
    };
    const saved = await beheerder.request({ method: 'PUT', url: url(), payload: { version: current.version, settings: { ...current.settings, formatie } } });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json<SettingsBody>()).toMatchObject({ version: current.version + 1, settings: { formatie } });
    const history = (await beheerder.get(`/api/admin/gemeenten/${g.gemeenteId}/history`)).json<{ changes: Record<string, { from: unknown; to: unknown }> }[]>();
    const entry = history.find((h) => 'settings.formatie.urenPerInburgeraar' in h.changes);
    expect(entry?.changes['settings.formatie.urenPerInburgeraar']).toEqual({ from: null, to: 40.5 });
    expect(entry?.changes['settings.formatie.routeMix.Z']).toEqual({ from: null, to: 40 });
    const report = await beleid.get(`/api/rapportages/formatie?gemeenteId=${g.gemeenteId}`);
    expect(report.statusCode, report.body).toBe(200);
    const assumptions = report.json<{ gemeenten: { assumptions: Record<string, unknown> }[] }>().gemeenten[0]?.assumptions;
    // Set fields come from the settings; the others keep the default (spreiding 3 jaar, seed 000).
    expect(assumptions).toMatchObject({ ...formatie, spreidingJaren: 3 });
  });

  it('bad formatie: 400 with Dutch messages naming each field; a stale version: 409; nothing changes', async () => {
    const current = (await beheerder.get(url())).json<SettingsBody>();
    const before = await snapshotOf(koers.database, { organisationId: g.organisationId, gemeenteIds: [g.gemeenteId] });
    const bad = await beheerder.request({
      method: 'PUT',
      url: url(),
      payload: { version: current.version, settings: { ...current.settings, formatie: { productieveUrenPerFte: 0, spreidingJaren: 9, routeMix: { B1: 50, Z: 30, Onderwijs: 10 }, caseloadNormMin: 90, caseloadNormMax: 50 } } },
    });
    expect(bad.statusCode).toBe(400);
    const byField = Object.fromEntries((bad.json<ErrorBody>().error.details ?? []).map((d) => [d.field, d.message]));
    expect(byField['settings.formatie.productieveUrenPerFte']).toBe('Formatie en prognose – Productieve uren per fte: moet minstens 1 zijn');
    expect(byField['settings.formatie.spreidingJaren']).toBe('Formatie en prognose – Spreiding over jaren: mag hoogstens 5 zijn');
    expect(byField['settings.formatie.routeMix']).toBe('Formatie en prognose – Routeverdeling (procent): de percentages moeten samen 100 zijn');
    const stale = await beheerder.request({ method: 'PUT', url: url(), payload: { version: current.version - 1, settings: { ...current.settings, formatie: { urenPerInburgeraar: 50 } } } });
    expect(stale.statusCode).toBe(409);
    expect(stale.json<ErrorBody>().error).toMatchObject({ code: 'VERSION_CONFLICT', field: 'version' });
    expect(await snapshotOf(koers.database, { organisationId: g.organisationId, gemeenteIds: [g.gemeenteId] })).toBe(before);
  });

  it('the caseload range: a lower bound above the upper bound is refused at the upper bound', async () => {
    const current = (await beheerder.get(url())).json<SettingsBody>();
    const bad = await beheerder.request({ method: 'PUT', url: url(), payload: { version: current.version, settings: { ...current.settings, formatie: { caseloadNormMin: 90, caseloadNormMax: 50 } } } });
    expect(bad.statusCode).toBe(400);
    const byField = Object.fromEntries((bad.json<ErrorBody>().error.details ?? []).map((d) => [d.field, d.message]));
    expect(byField['settings.formatie.caseloadNormMax']).toBe('Formatie en prognose – Caseloadnorm bovengrens: de ondergrens van de caseloadnorm mag niet hoger zijn dan de bovengrens');
  });
});
