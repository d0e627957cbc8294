import { describe, expect, it } from 'vitest';
import { discriminatedSchemas } from '../src/schema.ts';
import { brpValidator } from '../src/validator.ts';
import { datum, datumOnbekend, jaarDatum, jaarMaandDatum } from '../src/standin/builders.ts';

const v = brpValidator();
const raadpleeg = { type: 'RaadpleegMetBurgerservicenummer', fields: ['naam.voornamen'], burgerservicenummer: ['999990019'] };
const texts = (issues: ReadonlyArray<{ text: string }>): string[] => issues.map((i) => i.text);

describe('requests (POST /personen body), strict', () => {
  it('accepts the two query types Koers sends and the other five types of the spec', () => {
    expect(v.validateQuery(raadpleeg)).toEqual([]);
    expect(
      v.validateQuery({
        type: 'ZoekMetGeslachtsnaamEnGeboortedatum',
        fields: ['naam'],
        geslachtsnaam: 'Tes*',
        geboortedatum: '1994-03-12',
        inclusiefOverledenPersonen: true,
      }),
    ).toEqual([]);
    expect(v.validateQuery({ type: 'ZoekMetPostcodeEnHuisnummer', fields: ['naam'], postcode: '3311 AB', huisnummer: 12 })).toEqual([]);
    expect(
      v.validateQuery({
        type: 'ZoekMetNaamEnGemeenteVanInschrijving',
        fields: ['naam'],
        geslachtsnaam: 'Tesfay',
        voornamen: 'Ama*',
        gemeenteVanInschrijving: '0505',
      }),
    ).toEqual([]);
    expect(
      v.validateQuery({
        type: 'ZoekMetNummeraanduidingIdentificatie',
        fields: ['naam'],
        nummeraanduidingIdentificatie: '0505200000012345',
      }),
    ).toEqual([]);
  });

  it('checks the subtype the type names (dispatch on the discriminator)', () => {
    expect(texts(v.validateQuery({ ...raadpleeg, burgerservicenummer: ['12345'] }))).toEqual([
      'body /burgerservicenummer/0: must match pattern "^[0-9]{9}$"',
    ]);
    const issues = v.validateQuery({ type: 'ZoekMetGeslachtsnaamEnGeboortedatum', fields: ['naam'], geslachtsnaam: 'Te*' });
    expect(issues.map((i) => `${i.keyword} ${i.property ?? i.pointer}`).sort()).toEqual([
      'pattern /geslachtsnaam',
      'required geboortedatum',
    ]);
    expect(
      v
        .validateQuery({
          type: 'ZoekMetGeslachtsnaamEnGeboortedatum',
          fields: ['naam'],
          geslachtsnaam: 'Tesfay',
          geboortedatum: '1994-02-30',
        })
        .map((i) => i.keyword),
    ).toEqual(['format']);
  });

  it('rejects an unknown type, unknown properties and a missing or empty fields list', () => {
    expect(v.validateQuery({ type: 'Onbekend', fields: ['naam'] }).map((i) => i.keyword)).toContain('enum');
    expect(v.validateQuery({ ...raadpleeg, postcode: '3311AB' }).map((i) => [i.keyword, i.property])).toEqual([
      ['unevaluatedProperties', 'postcode'],
    ]);
    expect(v.validateQuery({ type: 'RaadpleegMetBurgerservicenummer', burgerservicenummer: ['999990019'] }).map((i) => i.property)).toEqual(
      ['fields'],
    );
    expect(v.validateQuery({ ...raadpleeg, fields: [] }).map((i) => i.keyword)).toEqual(['minItems']);
    expect(
      v.validateQuery({ ...raadpleeg, burgerservicenummer: Array.from({ length: 21 }, () => '999990019') }).map((i) => i.keyword),
    ).toEqual(['maxItems']);
    expect(v.validateQuery(undefined).map((i) => i.keyword)).toEqual(['required']);
  });

  it('tolerant mode lets unknown properties through', () => {
    expect(v.validateQuery({ ...raadpleeg, nieuwVeld: true }, { strictProperties: false })).toEqual([]);
  });
});

describe('responses', () => {
  const persoon = (p: Record<string, unknown>) => ({
    type: 'RaadpleegMetBurgerservicenummer',
    personen: [{ burgerservicenummer: '999990019', ...p }],
  });

  it('dispatches every kind of date to its own schema', () => {
    for (const d of [datum('1994-03-12'), jaarMaandDatum(1994, 3), jaarDatum(1994), datumOnbekend()]) {
      expect(v.validateResponse({ status: 200, body: persoon({ geboorte: { datum: d } }) }, { strictProperties: true }), d.type).toEqual(
        [],
      );
    }
    // A JaarDatum with a month is a JaarMaandDatum in disguise: strict mode says so.
    expect(
      texts(
        v.validateResponse(
          { status: 200, body: persoon({ geboorte: { datum: { ...jaarDatum(1994), maand: 3 } } }) },
          { strictProperties: true },
        ),
      ),
    ).toEqual(["body /personen/0/geboorte/datum: onbekende eigenschap 'maand'"]);
    expect(
      v
        .validateResponse({ status: 200, body: persoon({ geboorte: { datum: { type: 'Datum', langFormaat: '12 maart 1994' } } }) })
        .map((i) => i.property),
    ).toEqual(['datum']);
    expect(
      v
        .validateResponse({ status: 200, body: persoon({ geboorte: { datum: { ...datum('1994-03-12'), langFormaat: '12 Maart 1994' } } }) })
        .map((i) => i.keyword),
    ).toEqual(['pattern']);
  });

  it('checks nationalities and residences by their type', () => {
    const ok = persoon({
      nationaliteiten: [{ type: 'Nationaliteit', nationaliteit: { code: '0084', omschrijving: 'Eritrese' } }, { type: 'Staatloos' }],
      verblijfplaats: {
        type: 'Adres',
        verblijfadres: { officieleStraatnaam: 'Voorstraat', huisnummer: 1, postcode: '3311AB', woonplaats: 'Dordrecht' },
      },
    });
    expect(v.validateResponse({ status: 200, body: ok }, { strictProperties: true })).toEqual([]);
    const wrong = persoon({ verblijfplaats: { type: 'Adres', verblijfadres: { huisnummer: 0, regel1: 'buitenland' } } });
    expect(texts(v.validateResponse({ status: 200, body: wrong }, { strictProperties: true }))).toEqual([
      'body /personen/0/verblijfplaats/verblijfadres/huisnummer: must be >= 1',
    ]);
    expect(
      texts(
        v.validateResponse(
          { status: 200, body: persoon({ verblijfplaats: { type: 'Adres', verblijfadres: { regel1: 'buitenland' } } }) },
          { strictProperties: true },
        ),
      ),
    ).toEqual(["body /personen/0/verblijfplaats/verblijfadres: onbekende eigenschap 'regel1'"]);
  });

  it('an unknown type is an error when strict and only checked against the base when tolerant', () => {
    const body = persoon({ verblijfplaats: { type: 'Woonwagen', standplaats: 'x' } });
    expect(v.validateResponse({ status: 200, body })).toEqual([]);
    expect(v.validateResponse({ status: 200, body }, { strictProperties: true }).map((i) => i.keyword)).toContain('enum');
  });

  it('checks the media type and the status', () => {
    const ok = persoon({});
    expect(v.validateResponse({ status: 200, body: ok, contentType: 'application/json; charset=utf-8' })).toEqual([]);
    expect(v.validateResponse({ status: 200, body: ok, contentType: 'text/html' }).map((i) => i.location)).toEqual(['content-type']);
    expect(v.validateResponse({ status: 400, body: { title: 'Fout', status: 400 }, contentType: 'application/problem+json' })).toEqual([]);
    expect(v.validateResponse({ status: 200, body: undefined }).map((i) => i.text)).toEqual(['body: body ontbreekt (status 200)']);
    // Not in the spec: falls back to `default` (the 500 Foutbericht).
    expect(v.validateResponse({ status: 502, body: { title: 'Bad Gateway', status: 502 } }, { strictProperties: true })).toEqual([]);
  });

  it('problem bodies follow the spec patterns (no colon in a detail)', () => {
    expect(v.validateResponse({ status: 400, body: { title: 'Fout', status: 400, detail: 'Veld: naam' } }).map((i) => i.pointer)).toEqual([
      '/detail',
    ]);
  });
});

describe('schemas', () => {
  it('every component schema compiles in both modes', () => {
    for (const name of Object.keys(v.spec.schemas)) {
      expect(() => v.validateSchema(name, {}), name).not.toThrow();
      expect(() => v.validateSchema(name, {}, { strictProperties: true }), name).not.toThrow();
    }
    expect(v.validateSchema('Bestaatniet', {}).map((i) => i.keyword)).toEqual(['schema']);
  });

  it('warms up without error (what the server does at start)', () => {
    expect(() => v.warmUp()).not.toThrow();
    expect(v.validateQuery(raadpleeg)).toEqual([]);
  });

  it('knows the discriminated schemas of the spec', () => {
    expect([...discriminatedSchemas(v.spec.schemas)].sort()).toEqual(
      [
        'AbstractDatum',
        'AbstractNationaliteit',
        'AbstractVerblijfplaats',
        'Derde',
        'Gezagsrelatie',
        'PersonenQuery',
        'PersonenQueryResponse',
      ].sort(),
    );
  });
});
