/**
 * The stand-in's fictitious persons (dates relative to `today`). The first twelve are the people of
 * Koers's demo (the demo cases, and 999990135 whom the DUO simulator announces with only a BSN);
 * a few differ from the demo case on purpose, so the case file shows differences to take over.
 * The others cover what the mapping must handle: another gemeente, geheimhouding, a death, an
 * incomplete or unknown birth date, statelessness, two nationalities, a voorvoegsel and data under
 * investigation, emigration, an unknown residence and a location without an address.
 * BSNs are from the test range and pass the elfproef, except 999990108, which is the BSN of that
 * demo case (it fails the elfproef; kept so the demo case finds its person).
 */
import { addDays, type IsoDate } from '@koers/domain';
import type { AbstractDatum, AbstractNationaliteit, AbstractVerblijfplaats, Persoon } from '../types.ts';
import {
  adres,
  adresseringVan,
  datum,
  datumOnbekend,
  gemeente,
  jaarDatum,
  jaarMaandDatum,
  nationaliteit,
  type AdresInput,
} from './builders.ts';

interface Person {
  readonly bsn: string;
  readonly voornamen?: string;
  readonly voorvoegsel?: string;
  readonly geslachtsnaam: string;
  readonly geslacht: 'M' | 'V';
  readonly geboorte: AbstractDatum;
  readonly nationaliteiten: readonly AbstractNationaliteit[];
  readonly gemeente: string;
  /** Days before today of `datumInschrijvingInGemeente`. */
  readonly ingeschrevenDagenGeleden: number;
  readonly adres?: AdresInput;
  readonly verblijfplaats?: AbstractVerblijfplaats;
  readonly extra?: Partial<Persoon>;
}

function initials(voornamen: string | undefined): string | undefined {
  if (voornamen === undefined) return undefined;
  return voornamen
    .split(/\s+/)
    .filter(Boolean)
    .map((n) => `${n[0]?.toUpperCase() ?? ''}.`)
    .join('');
}

function persoon(p: Person, today: IsoDate): Persoon {
  const ingeschreven = addDays(today, -p.ingeschrevenDagenGeleden);
  const verblijfplaats = p.verblijfplaats ?? (p.adres ? adres(p.adres, ingeschreven) : undefined);
  const voorletters = initials(p.voornamen);
  return {
    burgerservicenummer: p.bsn,
    geslacht: p.geslacht === 'M' ? { code: 'M', omschrijving: 'man' } : { code: 'V', omschrijving: 'vrouw' },
    naam: {
      ...(p.voornamen !== undefined ? { voornamen: p.voornamen } : {}),
      ...(p.voorvoegsel !== undefined ? { voorvoegsel: p.voorvoegsel } : {}),
      geslachtsnaam: p.geslachtsnaam,
      ...(voorletters !== undefined ? { voorletters } : {}),
      volledigeNaam: [p.voornamen, p.voorvoegsel, p.geslachtsnaam].filter(Boolean).join(' '),
    },
    geboorte: { datum: p.geboorte },
    nationaliteiten: [...p.nationaliteiten],
    ...(verblijfplaats ? { verblijfplaats } : {}),
    gemeenteVanInschrijving: gemeente(p.gemeente),
    datumInschrijvingInGemeente: datum(ingeschreven),
    ...(p.adres ? { adressering: adresseringVan(p.adres) } : {}),
    ...p.extra,
  };
}

const dordrecht = (straat: string, huisnummer: number, postcode: string, extra: Partial<AdresInput> = {}): AdresInput => ({
  straat,
  huisnummer,
  postcode,
  woonplaats: 'Dordrecht',
  ...extra,
});
const zwijndrecht = (straat: string, huisnummer: number, postcode: string): AdresInput => ({
  straat,
  huisnummer,
  postcode,
  woonplaats: 'Zwijndrecht',
});
const dalfsen = (straat: string, huisnummer: number, postcode: string): AdresInput => ({
  straat,
  huisnummer,
  postcode,
  woonplaats: 'Dalfsen',
});

export function demoPersonen(today: IsoDate): Persoon[] {
  const people: Person[] = [
    // ---- the demo cases (packages/server/src/demo/cases.ts) ----
    // Differs: a second given name, an address and a registration date Koers does not have yet.
    {
      bsn: '999990019',
      voornamen: 'Amanuel Gebre',
      geslachtsnaam: 'Tesfay',
      geslacht: 'M',
      geboorte: datum('1994-03-12'),
      nationaliteiten: [nationaliteit('0084')],
      gemeente: '0505',
      ingeschrevenDagenGeleden: 2,
      adres: dordrecht('Voorstraat', 112, '3311ER'),
    },
    {
      bsn: '999990020',
      voornamen: 'Rania',
      geslachtsnaam: 'Haddad',
      geslacht: 'V',
      geboorte: datum('1988-11-02'),
      nationaliteiten: [nationaliteit('0336')],
      gemeente: '0505',
      ingeschrevenDagenGeleden: 16,
      adres: dordrecht('Johan de Wittstraat', 45, '3311KG'),
    },
    {
      bsn: '999990032',
      voornamen: 'Olena',
      geslachtsnaam: 'Kovalenko',
      geslacht: 'V',
      geboorte: datum('1979-06-30'),
      nationaliteiten: [nationaliteit('0034')],
      gemeente: '0505',
      ingeschrevenDagenGeleden: 20,
      adres: dordrecht('Krommedijk', 201, '3317AB', { huisletter: 'B' }),
    },
    // Only the birth year is known: agrees with the demo case's date.
    {
      bsn: '999990081',
      voornamen: 'Yusuf',
      geslachtsnaam: 'Omar',
      geslacht: 'M',
      geboorte: jaarDatum(1992),
      nationaliteiten: [nationaliteit('0149')],
      gemeente: '0505',
      ingeschrevenDagenGeleden: 31,
      adres: dordrecht('Vrieseweg', 30, '3311NV', { huisnummertoevoeging: '2' }),
    },
    {
      bsn: '999990093',
      voornamen: 'Ahmad',
      geslachtsnaam: 'Karimi',
      geslacht: 'M',
      geboorte: datum('1985-02-21'),
      nationaliteiten: [nationaliteit('0300')],
      gemeente: '0505',
      ingeschrevenDagenGeleden: 76,
      adres: dordrecht('Spuiboulevard', 9, '3311GN'),
    },
    {
      bsn: '999990044',
      voornamen: 'Farid',
      geslachtsnaam: 'Ahmadi',
      geslacht: 'M',
      geboorte: datum('2001-01-19'),
      nationaliteiten: [nationaliteit('0300')],
      gemeente: '0642',
      ingeschrevenDagenGeleden: 26,
      adres: zwijndrecht('Burgemeester Jansenlaan', 14, '3331HA'),
    },
    {
      bsn: '999990108',
      voornamen: 'Hamid',
      geslachtsnaam: 'Rahimi',
      geslacht: 'M',
      geboorte: datum('1990-12-03'),
      nationaliteiten: [nationaliteit('0315')],
      gemeente: '0642',
      ingeschrevenDagenGeleden: 11,
      adres: zwijndrecht('Kerkstraat', 3, '3331KJ'),
    },
    // Differs: the BRP spells the geslachtsnaam differently.
    {
      bsn: '999990111',
      voornamen: 'Samira',
      geslachtsnaam: 'Youssef',
      geslacht: 'V',
      geboorte: datum('1983-07-09'),
      nationaliteiten: [nationaliteit('0336')],
      gemeente: '0642',
      ingeschrevenDagenGeleden: 46,
      adres: zwijndrecht('Rotterdamseweg', 250, '3332AK'),
    },
    // Differs: a second given name and a voorvoegsel.
    {
      bsn: '999990056',
      voornamen: 'Maria Aparecida',
      voorvoegsel: 'dos',
      geslachtsnaam: 'Santos',
      geslacht: 'V',
      geboorte: datum('1990-08-08'),
      nationaliteiten: [nationaliteit('0253')],
      gemeente: '0642',
      ingeschrevenDagenGeleden: 70,
      adres: zwijndrecht('Stationsweg', 77, '3331LS'),
    },
    {
      bsn: '999990068',
      voornamen: 'Yonas',
      geslachtsnaam: 'Berhane',
      geslacht: 'M',
      geboorte: datum('1997-04-25'),
      nationaliteiten: [nationaliteit('0084')],
      gemeente: '0148',
      ingeschrevenDagenGeleden: 41,
      adres: dalfsen('Prinsenstraat', 18, '7721AJ'),
    },
    {
      bsn: '999990123',
      voornamen: 'Luwam',
      geslachtsnaam: 'Tekle',
      geslacht: 'V',
      geboorte: datum('1999-10-30'),
      nationaliteiten: [nationaliteit('0084')],
      gemeente: '0148',
      ingeschrevenDagenGeleden: 81,
      adres: dalfsen('Wilhelminalaan', 5, '7721DK'),
    },
    // The ondertussengroep (Wi2013, ELIP) demo case of Dalfsen, here since 2021.
    {
      bsn: '999990287',
      voornamen: 'Nour',
      geslachtsnaam: 'Al-Masri',
      geslacht: 'M',
      geboorte: datum('1981-05-17'),
      nationaliteiten: [nationaliteit('0336')],
      gemeente: '0148',
      ingeschrevenDagenGeleden: 1_900,
      adres: dalfsen('Ruitenborghstraat', 12, '7721BH'),
    },
    // The Z-route demo case of Dordrecht (participatie hours).
    {
      bsn: '999990275',
      voornamen: 'Selam',
      geslachtsnaam: 'Ghebremedhin',
      geslacht: 'V',
      geboorte: datum('1976-01-08'),
      nationaliteiten: [nationaliteit('0084')],
      gemeente: '0505',
      ingeschrevenDagenGeleden: 130,
      adres: dordrecht('Vrieseplein', 4, '3311PK'),
    },
    // ---- the person the DUO simulator announces with only a BSN ----
    {
      bsn: '999990135',
      voornamen: 'Noor Yasmin',
      geslachtsnaam: 'Al-Masri',
      geslacht: 'V',
      geboorte: datum('1996-05-17'),
      nationaliteiten: [nationaliteit('0336')],
      gemeente: '0505',
      ingeschrevenDagenGeleden: 1,
      adres: dordrecht('Bagijnhof', 8, '3311KB'),
    },
    // ---- cases the mapping must handle ----
    {
      bsn: '999990147',
      voornamen: 'Kofi',
      geslachtsnaam: 'Mensah',
      geslacht: 'M',
      geboorte: datum('1987-02-14'),
      nationaliteiten: [nationaliteit('0118')],
      gemeente: '0599',
      ingeschrevenDagenGeleden: 12,
      adres: { straat: 'Coolsingel', huisnummer: 40, postcode: '3011AD', woonplaats: 'Rotterdam' },
    },
    {
      bsn: '999990159',
      voornamen: 'Leila',
      geslachtsnaam: 'Rahmani',
      geslacht: 'V',
      geboorte: datum('1993-09-21'),
      nationaliteiten: [nationaliteit('0315')],
      gemeente: '0505',
      ingeschrevenDagenGeleden: 33,
      adres: dordrecht('Wijnstraat', 61, '3311BT'),
      extra: { geheimhoudingPersoonsgegevens: true },
    },
    {
      bsn: '999990160',
      voornamen: 'Tesfaye',
      geslachtsnaam: 'Alemu',
      geslacht: 'M',
      geboorte: datum('1958-12-01'),
      nationaliteiten: [nationaliteit('0114')],
      gemeente: '0505',
      ingeschrevenDagenGeleden: 300,
      adres: dordrecht('Nieuwstraat', 21, '3311TB'),
      extra: {
        overlijden: {
          datum: datum(addDays(today, -10)),
          plaats: { code: '0505', omschrijving: 'Dordrecht' },
          land: { code: '6030', omschrijving: 'Nederland' },
        },
        opschortingBijhouding: { reden: { code: 'O', omschrijving: 'overlijden' }, datum: datum(addDays(today, -10)) },
      },
    },
    {
      bsn: '999990172',
      voornamen: 'Abdi',
      geslachtsnaam: 'Warsame',
      geslacht: 'M',
      geboorte: jaarDatum(1990),
      nationaliteiten: [nationaliteit('0149')],
      gemeente: '0642',
      ingeschrevenDagenGeleden: 18,
      adres: zwijndrecht('Veerplein', 2, '3331LB'),
    },
    {
      bsn: '999990184',
      voornamen: 'Yusra',
      geslachtsnaam: 'Khalil',
      geslacht: 'V',
      geboorte: jaarMaandDatum(1998, 4),
      nationaliteiten: [{ type: 'Staatloos', redenOpname: { code: '301', omschrijving: 'Vaststelling bezit nationaliteit' } }],
      gemeente: '0505',
      ingeschrevenDagenGeleden: 9,
      adres: dordrecht('Grotekerksbuurt', 30, '3311CB'),
    },
    {
      bsn: '999990196',
      voornamen: 'Hassan',
      geslachtsnaam: 'Benali',
      geslacht: 'M',
      geboorte: datum('1984-05-03'),
      nationaliteiten: [nationaliteit('0131'), nationaliteit('0057')],
      gemeente: '0505',
      ingeschrevenDagenGeleden: 140,
      adres: dordrecht('Singel', 150, '3311EC'),
    },
    {
      bsn: '999990202',
      voornamen: 'Sharon',
      voorvoegsel: 'van',
      geslachtsnaam: 'Dijk',
      geslacht: 'V',
      geboorte: datum('1991-06-11'),
      nationaliteiten: [nationaliteit('0263')],
      gemeente: '0148',
      ingeschrevenDagenGeleden: 60,
      adres: dalfsen('Kerkplein', 1, '7721AD'),
      extra: { inOnderzoek: { datumIngangOnderzoekGemeente: datum(addDays(today, -5)), datumInschrijvingInGemeente: true } },
    },
    {
      bsn: '999990214',
      voornamen: 'Dawit',
      geslachtsnaam: 'Tesfamariam',
      geslacht: 'M',
      geboorte: datum('1989-01-30'),
      nationaliteiten: [nationaliteit('0084')],
      gemeente: '1999',
      ingeschrevenDagenGeleden: 50,
      verblijfplaats: {
        type: 'VerblijfplaatsBuitenland',
        verblijfadres: { regel1: 'Hauptstrasse 5', regel2: '47051 Duisburg', land: { code: '6029', omschrijving: 'Duitsland' } },
        datumVan: datum(addDays(today, -50)),
      },
      extra: { opschortingBijhouding: { reden: { code: 'E', omschrijving: 'emigratie' }, datum: datum(addDays(today, -50)) } },
    },
    {
      bsn: '999990226',
      voornamen: 'Mariam',
      geslachtsnaam: 'Idris',
      geslacht: 'V',
      geboorte: datumOnbekend(),
      nationaliteiten: [nationaliteit('0148')],
      gemeente: '0505',
      ingeschrevenDagenGeleden: 200,
      verblijfplaats: { type: 'VerblijfplaatsOnbekend', datumVan: datum(addDays(today, -30)) },
    },
    {
      bsn: '999990238',
      voornamen: 'Omar',
      geslachtsnaam: 'Haj Ali',
      geslacht: 'M',
      geboorte: datum('1979-11-23'),
      nationaliteiten: [nationaliteit('0336')],
      gemeente: '0505',
      ingeschrevenDagenGeleden: 90,
      verblijfplaats: {
        type: 'Locatie',
        verblijfadres: { locatiebeschrijving: 'Woonboot bij de Kalkhaven' },
        datumVan: datum(addDays(today, -90)),
      },
      extra: {
        naam: {
          voornamen: 'Omar',
          geslachtsnaam: 'Haj Ali',
          voorletters: 'O.',
          volledigeNaam: 'Omar Haj Ali',
          inOnderzoek: { geslachtsnaam: true, datumIngangOnderzoek: datum(addDays(today, -14)) },
        },
      },
    },
  ];
  return people.map((p) => persoon(p, today));
}

/** The BSNs of the persons of Koers's demo cases and the DUO demo (for checks in the server's tests). */
export const demoBsns = [
  '999990019',
  '999990020',
  '999990032',
  '999990081',
  '999990093',
  '999990044',
  '999990108',
  '999990111',
  '999990056',
  '999990068',
  '999990123',
  '999990287',
  '999990275',
  '999990135',
] as const;
