/**
 * The fields Koers asks the BRP for: only what the case file needs (AVG art. 5 lid 1 sub c,
 * dataminimalisatie). Geheimhouding and opschorting bijhouding come automatically.
 */

/** `RaadpleegMetBurgerservicenummer`: the personal data of a case. */
export const persoonFields = [
  'burgerservicenummer',
  'naam.voornamen',
  'naam.voorvoegsel',
  'naam.geslachtsnaam',
  'geboorte.datum',
  'nationaliteiten.nationaliteit',
  'verblijfplaats.verblijfadres',
  'gemeenteVanInschrijving',
  'datumInschrijvingInGemeente',
  'overlijden.datum',
] as const;

/** `ZoekMetGeslachtsnaamEnGeboortedatum`: enough to tell the candidates apart. */
export const zoekFields = [
  'burgerservicenummer',
  'naam.voornamen',
  'naam.voorvoegsel',
  'naam.geslachtsnaam',
  'geboorte.datum',
  'adressering.adresregel1',
  'adressering.adresregel2',
] as const;
