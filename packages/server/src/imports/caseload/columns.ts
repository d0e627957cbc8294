// The columns of the caseload import (docs/caseload-import.md): one sheet per kind, keyed by BSN or
// V-nummer. The parser, the template and the report's column names all come from this table.
export type SheetKind = 'personen' | 'pip' | 'plaatsingen';

export interface ColumnSpec {
  key: string;
  /** The Dutch header in the template and the report. */
  header: string;
  aliases?: readonly string[];
  required?: boolean;
  example: string;
  description: string;
}

export const sheetNames: Record<SheetKind, string> = { personen: 'Personen', pip: 'PIP', plaatsingen: 'Plaatsingen' };

const identity: ColumnSpec[] = [
  { key: 'bsn', header: 'BSN', example: '999990019', description: 'Burgerservicenummer (9 cijfers, elfproef). BSN of V-nummer is verplicht.' },
  { key: 'vNumber', header: 'V-nummer', aliases: ['vnummer'], example: '', description: 'Vreemdelingennummer (10 cijfers).' },
];

export const personColumns: readonly ColumnSpec[] = [
  ...identity,
  { key: 'familyName', header: 'Achternaam', aliases: ['geslachtsnaam'], required: true, example: 'Haddad', description: '' },
  { key: 'givenNames', header: 'Voornamen', aliases: ['voornaam'], required: true, example: 'Rania', description: '' },
  { key: 'birthDate', header: 'Geboortedatum', required: true, example: '02-11-1988', description: 'DD-MM-JJJJ of JJJJ-MM-DD.' },
  { key: 'nationality', header: 'Nationaliteit', required: true, example: 'SY', description: 'Landcode van twee letters (ISO 3166-1).' },
  { key: 'permit', header: 'Verblijfsvergunning', aliases: ['vergunning'], required: true, example: 'asiel', description: '`asiel` of `regulier`.' },
  { key: 'permitPurpose', header: 'Verblijfsdoel', example: '', description: '`niet-tijdelijk` (standaard), `tijdelijk` of `geestelijk bedienaar` (alleen bij regulier).' },
  { key: 'joinsProtectedHolder', header: 'Nareiziger', example: 'nee', description: 'ja/nee.' },
  { key: 'euFamilyMember', header: 'Gezinslid EU-burger', example: 'nee', description: 'ja/nee.' },
  { key: 'dutyStartOn', header: 'Startdatum inburgeringsplicht', aliases: ['startdatum plicht', 'begindatum inburgeringsplicht'], required: true, example: '15-03-2023', description: 'Dag waarop de plicht ontstond (DUO: begindatum); bepaalt het regime.' },
  { key: 'duoNoticeOn', header: 'Datum kennisgeving DUO', example: '20-03-2023', description: 'Dag waarop DUO de plicht meldde.' },
  { key: 'linkedOn', header: 'Datum koppeling', example: '', description: 'COA-koppeling.' },
  { key: 'registeredOn', header: 'Datum inschrijving', aliases: ['datum vestiging'], example: '01-04-2023', description: 'Inschrijving in de BRP van de gemeente; DUO toetst de dagtekening van het PIP daaraan.' },
  { key: 'housedOn', header: 'Datum huisvesting', example: '', description: '' },
  { key: 'movedInOn', header: 'Datum vestiging na verhuizing', example: '', description: 'Alleen na een verhuizing uit een andere gemeente.' },
  { key: 'regime', header: 'Regime', example: 'Wi2021', description: '`Wi2021`, `Wi2013` of `ELIP` (een Wi2013-dossier); moet kloppen met de startdatum van de plicht.' },
  { key: 'targetGroup', header: 'Doelgroep', example: 'asiel', description: '`asiel` (asielstatushouder) of `gezin-overig` (gezinsmigrant of overige migrant); moet kloppen met de regels.' },
  { key: 'caseManager', header: 'Trajectregisseur', aliases: ['e-mail trajectregisseur', 'regisseur'], example: 'regisseur@drechtsteden.demo', description: 'E-mailadres van een trajectregisseur of teamleider die voor de gemeente werkt.' },
  { key: 'phone', header: 'Telefoon', aliases: ['telefoonnummer'], example: '0612345678', description: '' },
  { key: 'email', header: 'E-mail', aliases: ['email'], example: '', description: 'E-mailadres van de persoon.' },
  { key: 'address', header: 'Adres', example: '', description: '' },
  { key: 'preferredLanguage', header: 'Taal', aliases: ['voorkeurstaal'], example: 'Arabisch', description: '' },
  { key: 'interpreterNeeded', header: 'Tolk', example: 'ja', description: 'ja/nee.' },
  { key: 'termStart', header: 'Startdatum termijn', example: '', description: 'Ter controle: de termijn volgt uit het eerste PIP (dag na de dagtekening).' },
  { key: 'termEnd', header: 'Einddatum termijn', example: '', description: 'Ter controle, zoals DUO die geeft (de dag waarop de termijn voorbij is). Wijkt die af, geef dan de verlengingen op.' },
  { key: 'extensions', header: 'Verlengingen termijn', aliases: ['verlenging termijn', 'verlengingen'], example: '', description: 'Door DUO verleend, in volgorde, bv. `6 maanden` of `6 maanden + 12 weken`.' },
  { key: 'hoursTaallesKnm', header: 'Uren taalles en KNM', example: '', description: 'Gevolgde uren taalles en KNM tijdens de brede intake (totaal).' },
  { key: 'hoursParticipatie', header: 'Uren participatieactiviteiten', example: '', description: 'Totaal.' },
  { key: 'hoursParticipatieTaalles', header: 'Uren participatie als taalles', example: '', description: 'Totaal.' },
  { key: 'hoursAsOf', header: 'Peildatum uren', example: '', description: 'Verplicht als er uren zijn ingevuld.' },
  { key: 'pvtOn', header: 'Datum ondertekening PVT', example: '', description: '' },
  { key: 'pvtCulpable', header: 'PVT verwijtbaar', example: '', description: 'ja/nee; alleen na het einde van de termijn.' },
  { key: 'mapOn', header: 'Datum eindgesprek MAP', example: '', description: '' },
  { key: 'mapCulpable', header: 'MAP verwijtbaar', example: '', description: 'ja/nee; alleen na het einde van de termijn.' },
  { key: 'zrouteOn', header: 'Datum afronding Z-route', example: '', description: '' },
  { key: 'reliefStart', header: 'Ontzorgen startdatum', aliases: ['ontzorgen start'], example: '', description: 'Financieel ontzorgen (art. 56a Participatiewet).' },
  { key: 'reliefEnd', header: 'Ontzorgen laatste dag', aliases: ['ontzorgen einde', 'ontzorgen einddatum'], example: '', description: 'Leeg: loopt nog.' },
];

export const pipColumns: readonly ColumnSpec[] = [
  ...identity,
  { key: 'issuedOn', header: 'Dagtekening', aliases: ['dagtekening pip'], required: true, example: '15-05-2023', description: 'Eén regel per vastgestelde PIP-versie; de oudste is het eerste PIP.' },
  { key: 'route', header: 'Leerroute', required: true, example: 'B1', description: '`B1`, `Z` of `Onderwijs`.' },
  { key: 'level', header: 'Niveau', example: '', description: '`A2` of `B1` (leeg: B1 bij B1-route en onderwijsroute).' },
  { key: 'a2Skills', header: 'A2-vaardigheden', example: '', description: 'Bij niveau A2: `lezen, luisteren, schrijven, spreken` (een of meer).' },
  { key: 'intensity', header: 'Intensiteit', example: 'voltijd', description: 'Intensiteit van de leerroute (verplicht voor asielstatushouders, of Uren per week).' },
  { key: 'hoursPerWeek', header: 'Uren per week', example: '', description: '' },
  { key: 'estimatedB1Intensity', header: 'Geschatte intensiteit B1', example: '', description: 'Alleen B1-route, asielstatushouders (geheel getal).' },
  { key: 'support', header: 'Ondersteuning', required: true, example: 'Maatschappelijke begeleiding door VluchtelingenWerk', description: 'Ondersteuning en begeleiding (art. 15 lid 1 onderdeel b).' },
  { key: 'pvtIntensity', header: 'Intensiteit PVT', required: true, example: '4 dagdelen', description: '' },
  { key: 'mapIntensity', header: 'Intensiteit MAP', example: '40 uur', description: 'Niet bij de onderwijsroute.' },
  { key: 'progressMeetings', header: 'Aantal voortgangsgesprekken', required: true, example: '3', description: 'Per jaar.' },
  { key: 'changeReason', header: 'Reden wijziging', example: '', description: 'Vanaf de tweede versie: `routewijziging`, `a2`, `intensiteit`, `verhuizing` of `overig` (standaard).' },
];

export const placementColumns: readonly ColumnSpec[] = [
  ...identity,
  { key: 'instellingsnummer', header: 'Instellingsnummer', required: true, example: '1000000001', description: 'DUO-instellingsnummer (10 tekens) van de cursusinstelling.' },
  { key: 'offeredOn', header: 'Datum aanbod', aliases: ['datum inburgeringsaanbod'], required: true, example: '01-06-2023', description: '' },
  { key: 'expectedStartOn', header: 'Verwachte startdatum', example: '15-06-2023', description: '' },
  { key: 'expectedEndOn', header: 'Verwachte einddatum', example: '15-06-2025', description: '' },
  { key: 'literacy', header: 'Alfabetisering', required: true, example: 'NVT', description: '`A` (analfabeet), `AA` (anders gealfabetiseerd) of `NVT`.' },
];

export const columnsOf: Record<SheetKind, readonly ColumnSpec[]> = { personen: personColumns, pip: pipColumns, plaatsingen: placementColumns };

export const normaliseHeader = (header: string): string => header.replace(/^\uFEFF/, '').toLowerCase().replace(/[\s._\-()/]+/g, '');

/** Our key for a header of this sheet kind, or undefined. */
export function keyOf(kind: SheetKind, header: string): string | undefined {
  const n = normaliseHeader(header);
  return columnsOf[kind].find((c) => normaliseHeader(c.header) === n || c.aliases?.some((a) => normaliseHeader(a) === n))?.key;
}

/** The header of a key as the file named it, else as the template names it. */
export function headerOf(kind: SheetKind, key: string, fileNames: Readonly<Record<string, string>>): string {
  return fileNames[key] ?? columnsOf[kind].find((c) => c.key === key)?.header ?? key;
}
