// The import's look-up of the people Koers already has, once per file (ADR 0077 addendum of
// 2026-12-07): a batch reads and locks only the cases that look-up found; after a failed batch
// (someone registered a person of the file meanwhile: the unique index breaks the batch) every batch
// looks its people up itself again.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Tx } from '../../src/db/database.ts';
import { inScope, systemScope } from '../../src/db/scope.ts';
import { KnownIdentities } from '../../src/imports/known-identities.ts';
import { createGemeente, createTestKoers, loginAs, type Client, type GemeenteFixture, type TestKoers } from '../support/koers.ts';
import { validBsn, validVNumber } from '../support/fixtures.ts';

let koers: TestKoers;
let g: GemeenteFixture;
let other: GemeenteFixture;
let regisseur: Client;

beforeAll(async () => {
  koers = await createTestKoers();
  g = await createGemeente(koers.database, 'Bekenden');
  other = await createGemeente(koers.database, 'Anderen');
  regisseur = await loginAs(koers.app, g.users.trajectregisseur.email);
});
afterAll(() => koers.close());

const header = 'V-nummer;BSN;Achternaam;Voornamen;Geboortedatum;Nationaliteit;Verblijfsvergunning;Datum koppeling';
const line = (v: string, bsn: string, name: string) => [v, bsn, name, 'Amina', '12-04-1990', 'SY', 'asiel', '01-11-2026'].join(';');
const inGemeente = <T>(work: (tx: Tx) => Promise<T>) => inScope(koers.database.db, systemScope(g.organisationId, [g.gemeenteId]), work);

describe('KnownIdentities', () => {
  it('finds the known people of the whole file once; a batch reads only those', async () => {
    const vKnown = validVNumber();
    const bsnKnown = validBsn();
    const r = await regisseur.post('/api/imports/tvs?wacht=true', { csv: [header, line(vKnown, '', 'Bekend'), line(validVNumber(), bsnKnown, 'Ook-bekend')].join('\n') });
    expect(r.json()).toMatchObject({ created: 2 });
    const vNew = validVNumber();
    const file = [
      { gemeenteId: g.gemeenteId, vNumber: vKnown },
      { gemeenteId: g.gemeenteId, bsn: bsnKnown },
      { gemeenteId: g.gemeenteId, vNumber: vNew },
      // The same V-nummer in another gemeente is another person.
      { gemeenteId: other.gemeenteId, vNumber: vKnown },
    ];
    const known = new KnownIdentities(() => file);
    const found = await inGemeente((tx) => known.existing(tx, file));
    expect(found.map((c) => c.familyName).sort()).toEqual(['Bekend', 'Ook-bekend']);
    expect(await inGemeente((tx) => known.existing(tx, [file[2]!]))).toEqual([]);
  });

  it('a person registered after the look-up is not seen until a batch failed; then every batch looks up itself', async () => {
    const v = validVNumber();
    const file = [{ gemeenteId: g.gemeenteId, vNumber: v }];
    const known = new KnownIdentities(() => file);
    expect(await inGemeente((tx) => known.existing(tx, file))).toEqual([]);
    // Someone registers the person meanwhile: the import's insert would break the unique V-nummer index.
    const r = await regisseur.post('/api/imports/tvs?wacht=true', { csv: [header, line(v, '', 'Tussendoor')].join('\n') });
    expect(r.json()).toMatchObject({ created: 1 });
    expect(await inGemeente((tx) => known.existing(tx, file))).toEqual([]);
    known.perBatch();
    const found = await inGemeente((tx) => known.existing(tx, file));
    expect(found.map((c) => c.familyName)).toEqual(['Tussendoor']);
  });
});
