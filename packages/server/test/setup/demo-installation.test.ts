// The demo installation: Sociale Dienst Drechtsteden with its seven gemeenten, Dalfsen on its own,
// every gemeente with a valid OIN and letter settings, and a hosting account.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkOin, parseGemeenteSettings } from '@koers/domain';
import { asSystem } from '../../src/db/scope.ts';
import { gemeenten, organisations } from '../../src/db/schema.ts';
import { demoPassword, seedDemo } from '../../src/demo/seed.ts';
import { createTestKoers, loginAs, type TestKoers } from '../support/koers.ts';

let koers: TestKoers;
beforeAll(async () => {
  koers = await createTestKoers();
  await seedDemo(koers.database.db, { secret: 'demo-geheim'.padEnd(40, 'x') });
});
afterAll(() => koers.close());

describe('demo installation', () => {
  it('has Drechtsteden’s seven gemeenten with their CBS codes and Dalfsen as its own organisation, each with an OIN and letter settings', async () => {
    const all = await asSystem(koers.database.db, (tx) =>
      tx
        .select({ code: gemeenten.code, name: gemeenten.name, oin: gemeenten.oin, settings: gemeenten.settings, organisation: organisations.name })
        .from(gemeenten)
        .innerJoin(organisations, eq(organisations.id, gemeenten.organisationId)),
    );
    const byOrganisation = (name: string) => all.filter((g) => g.organisation === name).map((g) => `${g.code} ${g.name}`).sort();
    expect(byOrganisation('Sociale Dienst Drechtsteden')).toEqual([
      '0482 Alblasserdam',
      '0505 Dordrecht',
      '0523 Hardinxveld-Giessendam',
      '0531 Hendrik-Ido-Ambacht',
      '0590 Papendrecht',
      '0610 Sliedrecht',
      '0642 Zwijndrecht',
    ]);
    expect(byOrganisation('Gemeente Dalfsen')).toEqual(['0148 Dalfsen']);
    for (const g of all) {
      expect(checkOin(g.oin ?? ''), g.name).toEqual({ valid: true });
      const parsed = parseGemeenteSettings(g.settings);
      expect(parsed.ok, g.name).toBe(true);
      if (parsed.ok) expect(Object.keys(parsed.settings.letter).sort(), g.name).toEqual(['contactName', 'department', 'email', 'objectionAddress', 'phone', 'postalAddress', 'signatoryFunction', 'signatoryName', 'visitingAddress']);
    }
  });

  it('the demo hosting account sees the organisations and no cases; the demo beheerder manages all seven gemeenten', async () => {
    const hosting = await loginAs(koers.app, 'hosting@koers.demo', demoPassword);
    const orgs = (await hosting.get('/api/hosting/organisations')).json<{ name: string; gemeenten: unknown[] }[]>();
    expect(orgs.map((o) => `${o.name}: ${o.gemeenten.length}`).sort()).toEqual(['Gemeente Dalfsen: 1', 'Hostingpartij Koers (demo): 0', 'Sociale Dienst Drechtsteden: 7']);
    expect((await hosting.get('/api/cases')).json()).toEqual({ items: [], total: 0 });
    const beheerder = await loginAs(koers.app, 'beheerder@drechtsteden.demo', demoPassword);
    expect((await beheerder.get('/api/admin/gemeenten')).json<unknown[]>()).toHaveLength(7);
    // The existing demo accounts keep their gemeenten.
    const regisseur = await loginAs(koers.app, 'regisseur@drechtsteden.demo', demoPassword);
    const session = (await regisseur.get('/api/auth/session')).json<{ user: { gemeenten: { code: string }[] } }>().user;
    expect(session.gemeenten.map((g) => g.code).sort()).toEqual(['0505', '0642']);
  });
});
