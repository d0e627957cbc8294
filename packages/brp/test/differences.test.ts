import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { differences, type KoersPersoonsgegevens, type Verschil } from '../src/mapping/differences.ts';
import { mapPersoon } from '../src/mapping/person.ts';
import { datum, jaarDatum, jaarMaandDatum, nationaliteit } from '../src/standin/builders.ts';
import { demoPersonen } from '../src/standin/demo.ts';
import type { Persoon } from '../src/types.ts';
import { containing, TODAY } from './helpers.ts';

const personen = demoPersonen(TODAY);
const brpOf = (bsn: string) => mapPersoon(personen.find((p) => p.burgerservicenummer === bsn)!);

const dordrecht = { code: '0505', naam: 'Dordrecht' };
const koers = (overrides: Partial<KoersPersoonsgegevens> = {}): KoersPersoonsgegevens => ({
  givenNames: 'Amanuel',
  familyName: 'Tesfay',
  birthDate: '1994-03-12',
  nationality: 'ER',
  address: null,
  registeredOn: null,
  movedInOn: null,
  gemeente: dordrecht,
  inschrijvingVeld: 'registeredOn',
  ...overrides,
});
const brief = (list: Verschil[]) => list.map((v) => [v.field, v.koers.value, v.brp.value, v.applicable]);

describe('differences between a case and the BRP', () => {
  it('lists each differing field with both values, Dutch texts and label', () => {
    expect(differences(koers(), brpOf('999990019'))).toEqual([
      {
        field: 'givenNames',
        label: 'Voornamen',
        koers: { value: 'Amanuel', text: 'Amanuel' },
        brp: { value: 'Amanuel Gebre', text: 'Amanuel Gebre' },
        applicable: true,
      },
      {
        field: 'address',
        label: 'Adres',
        koers: { value: null, text: 'onbekend' },
        brp: { value: 'Voorstraat 112, 3311 ER Dordrecht', text: 'Voorstraat 112, 3311 ER Dordrecht' },
        applicable: true,
      },
      {
        field: 'registeredOn',
        label: 'Datum inschrijving BRP',
        koers: { value: null, text: 'onbekend' },
        brp: { value: '2026-05-30', text: '30 mei 2026' },
        applicable: true,
      },
    ]);
  });

  it('nothing when the case agrees (address spelling and spacing do not count)', () => {
    const same = koers({ givenNames: 'Amanuel  Gebre', address: 'voorstraat 112 3311 ER, DORDRECHT', registeredOn: '2026-05-30' });
    expect(differences(same, brpOf('999990019'))).toEqual([]);
  });

  it('a case from DUO (placeholders as null) gets every field from the BRP', () => {
    const empty = koers({ givenNames: null, familyName: null, birthDate: null, nationality: null });
    expect(brief(differences(empty, brpOf('999990135')))).toEqual([
      ['givenNames', null, 'Noor Yasmin', true],
      ['familyName', null, 'Al-Masri', true],
      ['birthDate', null, '1996-05-17', true],
      ['nationality', null, 'SY', true],
      ['address', null, 'Bagijnhof 8, 3311 KB Dordrecht', true],
      ['registeredOn', null, '2026-05-31', true],
    ]);
    const nat = differences(empty, brpOf('999990135')).find((v) => v.field === 'nationality');
    expect([nat?.koers.text, nat?.brp.text]).toEqual(['onbekend', 'Syrische (SY)']);
  });

  it('an incomplete BRP birth date: agrees when it fits, never taken over', () => {
    expect(
      differences(
        koers({
          givenNames: 'Yusuf',
          familyName: 'Omar',
          birthDate: '1992-09-14',
          nationality: 'SO',
          address: 'Vrieseweg 30-2, 3311 NV Dordrecht',
          registeredOn: '2026-05-01',
        }),
        brpOf('999990081'),
      ),
    ).toEqual([]);
    const other = differences(
      koers({
        givenNames: 'Yusuf',
        familyName: 'Omar',
        birthDate: '1993-09-14',
        nationality: 'SO',
        address: 'Vrieseweg 30-2, 3311 NV Dordrecht',
        registeredOn: '2026-05-01',
      }),
      brpOf('999990081'),
    );
    expect(other).toEqual([
      expect.objectContaining({
        field: 'birthDate',
        brp: { value: null, text: '1992 (dag en maand onbekend)' },
        applicable: false,
        reason: containing('niet volledig'),
      }),
    ]);
    const placeholder = differences(koers({ givenNames: 'Yusra', familyName: 'Khalil', birthDate: null }), brpOf('999990184'));
    expect(placeholder.find((v) => v.field === 'birthDate')).toMatchObject({
      brp: { text: 'april 1998 (dag onbekend)' },
      applicable: false,
    });
  });

  it('staatloos and unknown codes are shown but not taken over', () => {
    const khalil = differences(
      koers({ givenNames: 'Yusra', familyName: 'Khalil', birthDate: '1998-04-10', nationality: null }),
      brpOf('999990184'),
    );
    expect(khalil.find((v) => v.field === 'nationality')).toMatchObject({
      brp: { value: null, text: 'Staatloos' },
      applicable: false,
      reason: containing('Vul de nationaliteit met de hand in.'),
    });
  });

  it('another gemeente: the registration date is not taken over, the gemeente is named', () => {
    const mensah = differences(
      koers({ givenNames: 'Kofi', familyName: 'Mensah', birthDate: '1987-02-14', nationality: 'GH', registeredOn: '2026-01-10' }),
      brpOf('999990147'),
    );
    expect(brief(mensah)).toEqual([
      ['address', null, 'Coolsingel 40, 3011 AD Rotterdam', true],
      ['gemeenteVanInschrijving', '0505', '0599', false],
    ]);
    expect(mensah[1]?.reason).toBe(
      'De persoon staat in de BRP ingeschreven in Rotterdam sinds 20 mei 2026; dit dossier hoort bij Dordrecht. Controleer of de persoon is verhuisd; de inschrijvingsdatum wordt niet overgenomen.',
    );
  });

  it('after a move the registration date goes to the moved-in date', () => {
    const moved = differences(
      koers({
        givenNames: 'Amanuel Gebre',
        address: 'Voorstraat 112, 3311 ER Dordrecht',
        registeredOn: '2025-01-01',
        inschrijvingVeld: 'movedInOn',
      }),
      brpOf('999990019'),
    );
    expect(brief(moved)).toEqual([['movedInOn', null, '2026-05-30', true]]);
  });

  it('the BRP without a value: shown, not taken over', () => {
    const noNames: Persoon = {
      burgerservicenummer: '999990019',
      naam: { geslachtsnaam: '.' },
      gemeenteVanInschrijving: { code: '0505', omschrijving: 'Dordrecht' },
    };
    expect(brief(differences(koers(), mapPersoon(noNames)))).toEqual([
      ['givenNames', 'Amanuel', null, false],
      ['familyName', 'Tesfay', null, false],
    ]);
    const idris = differences(
      koers({
        givenNames: 'Mariam',
        familyName: 'Idris',
        birthDate: '1980-01-01',
        nationality: 'SD',
        address: 'Oude adres 1, Dordrecht',
        registeredOn: '2025-11-13',
      }),
      brpOf('999990226'),
    );
    expect(brief(idris)).toEqual([['address', 'Oude adres 1, Dordrecht', null, false]]);
  });

  it('a BRP value longer than Koers keeps is not taken over', () => {
    const long = {
      burgerservicenummer: '999990019',
      naam: { voornamen: 'A'.repeat(200), voorvoegsel: 'van der', geslachtsnaam: 'B'.repeat(195) },
    };
    const list = differences(koers(), mapPersoon(long));
    expect(list.find((v) => v.field === 'givenNames')?.applicable).toBe(true);
    expect(list.find((v) => v.field === 'familyName')).toMatchObject({ applicable: false, reason: containing('200 tekens') });
  });

  it('a BRP value with control characters is not taken over', () => {
    const odd = mapPersoon({ burgerservicenummer: '999990019', verblijfplaats: { type: 'Adres', verblijfadres: { officieleStraatnaam: 'Voor\u0000straat', huisnummer: 1 } } });
    expect(differences(koers(), odd).find((v) => v.field === 'address')).toMatchObject({ applicable: false, reason: containing('tekens die Koers niet vastlegt') });
  });

  it('property: taking over every applicable difference leaves none that is applicable', () => {
    const date = fc
      .date({ min: new Date('1950-01-01T00:00:00Z'), max: new Date('2025-12-31T00:00:00Z'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    const brpDate = fc.oneof(
      date.map((d) => datum(d)),
      fc.integer({ min: 1950, max: 2025 }).map(jaarDatum),
      fc.tuple(fc.integer({ min: 1950, max: 2025 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => jaarMaandDatum(y, m)),
    );
    const person = fc.record({
      voornamen: fc.option(fc.constantFrom('Amanuel', 'Noor Yasmin', 'Maria Aparecida'), { nil: undefined }),
      voorvoegsel: fc.option(fc.constantFrom('van', 'dos', 'de la'), { nil: undefined }),
      geslachtsnaam: fc.constantFrom('Tesfay', 'Al-Masri', 'Santos', '.'),
      geboorte: brpDate,
      nationaliteit: fc.constantFrom('0084', '0336', '0057', '0001', '0075'),
      gemeente: fc.constantFrom('0505', '0599'),
      inschrijving: date,
    });
    const koersSide = fc.record({
      givenNames: fc.option(fc.constantFrom('Amanuel', 'Noor'), { nil: null }),
      familyName: fc.option(fc.constantFrom('Tesfay', 'Masri'), { nil: null }),
      birthDate: fc.option(date, { nil: null }),
      nationality: fc.option(fc.constantFrom('ER', 'SY', 'FR'), { nil: null }),
      address: fc.option(fc.constantFrom('Voorstraat 1, 3311 AA Dordrecht'), { nil: null }),
      registeredOn: fc.option(date, { nil: null }),
      movedInOn: fc.option(date, { nil: null }),
      inschrijvingVeld: fc.constantFrom('registeredOn' as const, 'movedInOn' as const),
    });
    fc.assert(
      fc.property(person, koersSide, (p, k) => {
        const brp = mapPersoon({
          burgerservicenummer: '999990019',
          naam: {
            ...(p.voornamen ? { voornamen: p.voornamen } : {}),
            ...(p.voorvoegsel ? { voorvoegsel: p.voorvoegsel } : {}),
            geslachtsnaam: p.geslachtsnaam,
          },
          geboorte: { datum: p.geboorte },
          nationaliteiten: [nationaliteit(p.nationaliteit)],
          verblijfplaats: {
            type: 'Adres',
            verblijfadres: { officieleStraatnaam: 'Voorstraat', huisnummer: 2, postcode: '3311AA', woonplaats: 'Dordrecht' },
          },
          gemeenteVanInschrijving: { code: p.gemeente },
          datumInschrijvingInGemeente: datum(p.inschrijving),
        });
        const before: KoersPersoonsgegevens = { ...k, gemeente: dordrecht };
        const applied = Object.fromEntries(
          differences(before, brp)
            .filter((v) => v.applicable)
            .map((v) => [v.field, v.brp.value]),
        );
        for (const value of Object.values(applied)) expect(value).not.toBeNull();
        const after: KoersPersoonsgegevens = { ...before, ...applied };
        expect(differences(after, brp).filter((v) => v.applicable)).toEqual([]);
        // What is not applicable stays as it was.
        expect(differences(after, brp).filter((v) => !v.applicable)).toEqual(differences(before, brp).filter((v) => !v.applicable));
      }),
      { numRuns: 300, seed: 20261205 },
    );
  });
});
