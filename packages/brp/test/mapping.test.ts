import fc from 'fast-check';
import { EU_EEA_CH_NATIONALITIES } from '@koers/domain';
import { describe, expect, it } from 'vitest';
import { formatPostcode, normalizeAddress, oneLineAddress } from '../src/mapping/address.ts';
import { agreesWith, brpDatumText, completeDate, readBrpDatum } from '../src/mapping/dates.ts';
import { chooseNationaliteit, readNationaliteit } from '../src/mapping/nationaliteit.ts';
import { nationaliteitentabel, omschrijvingVoorLandcode } from '../src/mapping/nationaliteit-tabel.ts';
import { mapPersoon } from '../src/mapping/person.ts';
import { adres, datum, datumOnbekend, jaarDatum, jaarMaandDatum, nationaliteit } from '../src/standin/builders.ts';
import { demoPersonen } from '../src/standin/demo.ts';
import { containing, TODAY } from './helpers.ts';

const personen = demoPersonen(TODAY);
const byBsn = (bsn: string) => {
  const p = personen.find((x) => x.burgerservicenummer === bsn);
  if (!p) throw new Error(bsn);
  return p;
};

describe('dates', () => {
  it('reads every kind of BRP date and says what is unknown', () => {
    expect(
      [datum('1994-03-12'), jaarMaandDatum(1994, 3), jaarDatum(1994), datumOnbekend()].map((d) => brpDatumText(readBrpDatum(d)!)),
    ).toEqual(['12 maart 1994', 'maart 1994 (dag onbekend)', '1994 (dag en maand onbekend)', 'onbekend']);
    expect(readBrpDatum(undefined)).toBeUndefined();
    expect(completeDate(readBrpDatum(jaarDatum(1994)))).toBeNull();
    expect(completeDate(readBrpDatum(datum('1994-03-12')))).toBe('1994-03-12');
  });

  it('property: a date agrees with what the BRP knows of it, and never with another year', () => {
    const isoDate = fc
      .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(isoDate, isoDate, (a, b) => {
        const [y, m] = a.split('-').map(Number) as [number, number];
        expect(agreesWith({ precision: 'dag', date: a }, a)).toBe(true);
        expect(agreesWith({ precision: 'maand', year: y, month: m }, a)).toBe(true);
        expect(agreesWith({ precision: 'jaar', year: y }, a)).toBe(true);
        expect(agreesWith({ precision: 'onbekend' }, a)).toBe(true);
        if (a.slice(0, 4) !== b.slice(0, 4)) expect(agreesWith({ precision: 'jaar', year: y }, b)).toBe(false);
        if (a !== b) expect(agreesWith({ precision: 'dag', date: a }, b)).toBe(false);
      }),
      { numRuns: 300, seed: 7 },
    );
  });
});

describe('nationality', () => {
  it('the table: four-digit codes, and an ISO code of two capitals or a stated reason', () => {
    expect(nationaliteitentabel.size).toBe(217);
    for (const r of nationaliteitentabel.values()) {
      expect(r.code).toMatch(/^\d{4}$/);
      expect(r.iso === null ? r.zonderLandcode !== undefined : /^[A-Z]{2}$/.test(r.iso), r.code).toBe(true);
    }
    expect(['0001', '0084', '0336', '0300', '0149', '0034', '0087', '0124'].map((c) => nationaliteitentabel.get(c)?.iso)).toEqual([
      'NL',
      'ER',
      'SY',
      'AF',
      'SO',
      'UA',
      'XK',
      'CD',
    ]);
    expect(omschrijvingVoorLandcode('sy')).toBe('Syrische');
    expect(omschrijvingVoorLandcode('QQ')).toBeUndefined();
  });

  it('reads each kind of nationality, with the reason when there is no country code', () => {
    expect(readNationaliteit(nationaliteit('0084'))).toEqual({ code: '0084', omschrijving: 'Eritrese', iso: 'ER' });
    expect(readNationaliteit({ type: 'Staatloos' })).toMatchObject({ iso: null, reason: containing('staatloos') });
    expect(readNationaliteit({ type: 'NationaliteitOnbekend' })).toMatchObject({ iso: null, reason: containing('onbekend') });
    expect(readNationaliteit({ type: 'BehandeldAlsNederlander' })).toMatchObject({
      iso: null,
      reason: containing('Nederlander'),
    });
    expect(readNationaliteit({ type: 'VastgesteldNietNederlander' })).toMatchObject({ iso: null });
    expect(readNationaliteit(nationaliteit('0075'))).toMatchObject({
      omschrijving: 'Burger van de Sovjet-Unie',
      iso: null,
      reason: containing('niet meer bestaat'),
    });
    expect(readNationaliteit({ type: 'Nationaliteit', nationaliteit: { code: '0999', omschrijving: 'Nieuwe' } })).toMatchObject({
      code: '0999',
      iso: null,
      reason: containing('0999 (Nieuwe) staat niet in de nationaliteitentabel'),
    });
  });

  it('chooses Dutch, then EU/EEA/Swiss, then the first with a code, and says why', () => {
    const benali = chooseNationaliteit([nationaliteit('0131'), nationaliteit('0057')]);
    expect(benali.chosen?.iso).toBe('FR');
    expect(benali.note).toBe(
      'De BRP vermeldt ook: marokkaanse. Koers neemt franse over, want een nationaliteit van de EU, de EER of Zwitserland bepaalt de inburgeringsplicht.',
    );
    expect(chooseNationaliteit([nationaliteit('0057'), nationaliteit('0001')]).chosen?.iso).toBe('NL');
    expect(chooseNationaliteit([{ type: 'Staatloos' }, nationaliteit('0336')]).chosen?.iso).toBe('SY');
    expect(chooseNationaliteit([{ type: 'Staatloos' }])).toMatchObject({ chosen: { iso: null } });
    expect(chooseNationaliteit(undefined)).toEqual({ chosen: null, all: [] });
  });

  it('property: whatever the order, Dutch wins, else an EU/EEA/Swiss nationality, else one with a country code', () => {
    const codes = [...nationaliteitentabel.keys()];
    fc.assert(
      fc.property(fc.uniqueArray(fc.constantFrom(...codes), { minLength: 1, maxLength: 4 }), fc.boolean(), (list, reversed) => {
        const given = (reversed ? [...list].reverse() : list).map(nationaliteit);
        const isos = given.map((n) => readNationaliteit(n).iso);
        const chosen = chooseNationaliteit(given).chosen;
        if (isos.includes('NL')) expect(chosen?.iso).toBe('NL');
        else if (isos.some((i) => i !== null && EU_EEA_CH_NATIONALITIES.includes(i)))
          expect(EU_EEA_CH_NATIONALITIES).toContain(chosen?.iso);
        else if (isos.some((i) => i !== null)) expect(chosen?.iso).not.toBeNull();
        else expect(chosen).toEqual(readNationaliteit(given[0]!));
      }),
      { numRuns: 300, seed: 11 },
    );
  });
});

describe('address', () => {
  it('one Dutch line per kind of residence', () => {
    expect(
      oneLineAddress(
        adres({
          straat: 'Voorstraat',
          huisnummer: 12,
          huisletter: 'A',
          huisnummertoevoeging: '2',
          postcode: '3311ab',
          woonplaats: 'Dordrecht',
        }),
      ).text,
    ).toBe('Voorstraat 12A-2, 3311 AB Dordrecht');
    expect(
      oneLineAddress({
        type: 'Adres',
        verblijfadres: {
          korteStraatnaam: 'Kade',
          huisnummer: 7,
          aanduidingBijHuisnummer: { code: 'to', omschrijving: 'tegenover' },
          postcode: '3311AA',
          woonplaats: 'Dordrecht',
        },
      }).text,
    ).toBe('tegenover Kade 7, 3311 AA Dordrecht');
    expect(oneLineAddress({ type: 'Locatie', verblijfadres: { locatiebeschrijving: 'Woonboot bij de Kalkhaven' } })).toEqual({
      soort: 'locatie',
      text: 'Woonboot bij de Kalkhaven (locatie)',
    });
    expect(
      oneLineAddress({
        type: 'VerblijfplaatsBuitenland',
        verblijfadres: { regel1: 'Rue Neuve 1', regel2: '1000 Bruxelles', land: { code: '5010', omschrijving: 'België' } },
      }).text,
    ).toBe('Rue Neuve 1, 1000 Bruxelles, België');
    expect(oneLineAddress({ type: 'VerblijfplaatsOnbekend' })).toEqual({ soort: 'onbekend', text: null });
    expect(oneLineAddress(undefined)).toEqual({ soort: 'niet-geleverd', text: null });
    expect(oneLineAddress({ type: 'Adres' })).toEqual({ soort: 'adres', text: null });
    expect(formatPostcode('1234 ab')).toBe('1234 AB');
    expect(normalizeAddress(' Voorstraat  12,3311 AB  dordrecht')).toBe(normalizeAddress('voorstraat 12 3311 ab Dordrecht'));
  });
});

describe('a BRP person as personal data', () => {
  it('names with voorvoegsel, nationality, address and registration', () => {
    const m = mapPersoon(byBsn('999990056'));
    expect(m).toMatchObject({
      givenNames: 'Maria Aparecida',
      familyName: 'dos Santos',
      voorvoegsel: 'dos',
      geslachtsnaam: 'Santos',
      birthDate: { precision: 'dag', date: '1990-08-08' },
    });
    expect(m.nationality.chosen).toEqual({ code: '0253', omschrijving: 'Braziliaanse', iso: 'BR' });
    expect(m.address).toEqual({ soort: 'adres', text: 'Stationsweg 77, 3331 LS Zwijndrecht' });
    expect(m.gemeenteVanInschrijving).toEqual({ code: '0642', naam: 'Zwijndrecht' });
    expect(m.registeredOn).toEqual({ precision: 'dag', date: '2026-03-23' });
    expect(m.notices).toEqual([]);
  });

  it('tells the case manager what to know: geheimhouding, death, suspension, investigation, several nationalities, no address', () => {
    const kinds = (bsn: string) => mapPersoon(byBsn(bsn)).notices.map((n) => n.kind);
    expect(kinds('999990159')).toEqual(['geheimhouding']);
    expect(kinds('999990160')).toEqual(['overleden']);
    expect(mapPersoon(byBsn('999990160')).notices[0]?.text).toBe(
      'De persoon is volgens de BRP overleden (22 mei 2026). Beoordeel of het dossier moet worden gesloten.',
    );
    expect(kinds('999990214')).toEqual(['opschorting', 'adres-buitenland']);
    expect(kinds('999990202')).toEqual(['in-onderzoek']);
    expect(mapPersoon(byBsn('999990238')).notices[0]?.text).toBe(
      'De gemeente onderzoekt in de BRP de naam: deze gegevens kunnen onjuist zijn.',
    );
    expect(kinds('999990196')).toEqual(['meerdere-nationaliteiten']);
    expect(kinds('999990226')).toEqual(['geen-adres']);
  });

  it('an unknown geslachtsnaam (a dot in the BRP) and missing voornamen are null', () => {
    expect(mapPersoon({ naam: { geslachtsnaam: '.', voornamen: ' ' } })).toMatchObject({
      familyName: null,
      geslachtsnaam: null,
      givenNames: null,
    });
    expect(mapPersoon({})).toMatchObject({
      burgerservicenummer: null,
      birthDate: null,
      nationality: { chosen: null },
      gemeenteVanInschrijving: null,
      deceased: false,
      geheimhouding: false,
    });
  });

  it('every demo person maps without error', () => {
    for (const p of personen) expect(() => mapPersoon(p), p.burgerservicenummer).not.toThrow();
  });
});
