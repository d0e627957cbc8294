import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { automaticFields, checkFields, fieldPaths, limitToFields } from '../src/fields.ts';
import { persoonFields, zoekFields } from '../src/koers-fields.ts';
import { demoPersonen } from '../src/standin/demo.ts';
import { toPersoonBeperkt } from '../src/standin/beperkt.ts';
import { brpValidator } from '../src/validator.ts';
import { TODAY } from './helpers.ts';

const v = brpValidator();
const persoonPaths = fieldPaths(v.spec, 'Persoon');
const beperktPaths = fieldPaths(v.spec, 'PersoonBeperkt');
const personen = demoPersonen(TODAY);

describe('field paths from the specification', () => {
  it('holds the paths of every subtype, stops at dates, and leaves out what comes automatically', () => {
    for (const p of [
      'naam.voornamen',
      'geboorte.datum',
      'nationaliteiten.nationaliteit.code',
      'verblijfplaats.verblijfadres.officieleStraatnaam',
      'verblijfplaats.verblijfadres.regel1',
      'verblijfplaats.verblijfadres.locatiebeschrijving',
      'gemeenteVanInschrijving.omschrijving',
      'datumInschrijvingInGemeente',
      'kinderen.naam.geslachtsnaam',
    ]) {
      expect(persoonPaths.has(p), p).toBe(true);
    }
    for (const p of [
      'geboorte.datum.datum',
      'verblijfplaats.type',
      'naam.inOnderzoek',
      'geheimhoudingPersoonsgegevens',
      'opschortingBijhouding',
      'rni',
      'verificatie',
    ]) {
      expect(persoonPaths.has(p), p).toBe(false);
    }
    expect(beperktPaths.has('adressering.adresregel1')).toBe(true);
    expect(beperktPaths.has('nationaliteiten')).toBe(false);
  });

  it("Koers's own fields are all valid", () => {
    expect(checkFields(v.spec, 'Persoon', persoonFields, persoonPaths)).toEqual([]);
    expect(checkFields(v.spec, 'PersoonBeperkt', zoekFields, beperktPaths)).toEqual([]);
  });

  it('names unknown and automatic fields', () => {
    expect(checkFields(v.spec, 'Persoon', ['naam', 'naam.bijnaam', 'naam.inOnderzoek', ...automaticFields], persoonPaths)).toEqual([
      { field: 'naam.bijnaam', reason: 'unknown' },
      { field: 'naam.inOnderzoek', reason: 'automatic' },
      ...automaticFields.map((field) => ({ field, reason: 'automatic' })),
    ]);
  });
});

describe('limitToFields', () => {
  const amanuel = personen.find((p) => p.burgerservicenummer === '999990019')!;
  const leila = personen.find((p) => p.burgerservicenummer === '999990159')!;

  it('keeps the asked paths, the type of what it enters and dates whole', () => {
    expect(limitToFields(amanuel, ['naam.voornamen', 'geboorte.datum', 'verblijfplaats.verblijfadres.postcode'])).toEqual({
      naam: { voornamen: 'Amanuel Gebre' },
      geboorte: { datum: { type: 'Datum', datum: '1994-03-12', langFormaat: '12 maart 1994' } },
      verblijfplaats: { type: 'Adres', verblijfadres: { postcode: '3311ER' } },
    });
  });

  it('adds geheimhouding only when true, and in-onderzoek indications of what it keeps', () => {
    expect(limitToFields(leila, ['burgerservicenummer'])).toEqual({
      burgerservicenummer: '999990159',
      geheimhoudingPersoonsgegevens: true,
    });
    expect(limitToFields({ ...amanuel, geheimhoudingPersoonsgegevens: false }, ['burgerservicenummer'])).toEqual({
      burgerservicenummer: '999990019',
    });
    const omar = personen.find((p) => p.burgerservicenummer === '999990238')!;
    expect(limitToFields(omar, ['naam.geslachtsnaam']).naam?.inOnderzoek?.geslachtsnaam).toBe(true);
  });

  it('property: any set of valid fields gives a spec-valid answer with nothing but what was asked (and what comes automatically)', () => {
    const all = [...persoonPaths];
    fc.assert(
      fc.property(fc.constantFrom(...personen), fc.subarray(all, { minLength: 1, maxLength: 12 }), (p, fields) => {
        const limited = limitToFields(p, fields);
        const issues = v.validateResponse(
          { status: 200, body: { type: 'RaadpleegMetBurgerservicenummer', personen: [limited] } },
          { strictProperties: true },
        );
        expect(issues).toEqual([]);
        const allowedTop = new Set([...fields.map((f) => f.split('.')[0]), ...automaticFields]);
        for (const key of Object.keys(limited)) expect(allowedTop.has(key), key).toBe(true);
      }),
      { numRuns: 150, seed: 20261205 },
    );
  });

  it('property: a search answer limited to valid fields is a spec-valid PersoonBeperkt', () => {
    const all = [...beperktPaths];
    fc.assert(
      fc.property(fc.constantFrom(...personen), fc.subarray(all, { minLength: 1 }), (p, fields) => {
        const limited = limitToFields(toPersoonBeperkt(p), fields);
        expect(
          v.validateResponse(
            { status: 200, body: { type: 'ZoekMetGeslachtsnaamEnGeboortedatum', personen: [limited] } },
            { strictProperties: true },
          ),
        ).toEqual([]);
      }),
      { numRuns: 100, seed: 20261206 },
    );
  });

  it('property: asking for every top-level field returns the person unchanged', () => {
    const top = [...persoonPaths].filter((f) => !f.includes('.'));
    for (const p of personen) expect(limitToFields(p, top)).toEqual(p);
  });
});
