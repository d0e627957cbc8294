// Catalogs per part of the case flow, each owned by the page that uses it and merged into the
// single translation namespace under its own top-level key (t('intake.title'), t('pip.issue'), …).
import afsluitenEn from './areas/afsluiten.en.json';
import afsluitenNl from './areas/afsluiten.nl.json';
import beheerEn from './areas/beheer.en.json';
import beheerNl from './areas/beheer.nl.json';
import caseEn from './areas/case.en.json';
import caseNl from './areas/case.nl.json';
import dossierEn from './areas/dossier.en.json';
import dossierNl from './areas/dossier.nl.json';
import duoEn from './areas/duo.en.json';
import duoNl from './areas/duo.nl.json';
import documentenEn from './areas/documenten.en.json';
import documentenNl from './areas/documenten.nl.json';
import intakeEn from './areas/intake.en.json';
import labelsEn from './areas/labels.en.json';
import labelsNl from './areas/labels.nl.json';
import intakeNl from './areas/intake.nl.json';
import journalEn from './areas/journal.en.json';
import journalNl from './areas/journal.nl.json';
import ondertussengroepEn from './areas/ondertussengroep.en.json';
import ondertussengroepNl from './areas/ondertussengroep.nl.json';
import pipEn from './areas/pip.en.json';
import pipNl from './areas/pip.nl.json';
import privacyEn from './areas/privacy.en.json';
import privacyNl from './areas/privacy.nl.json';
import resultatenEn from './areas/resultaten.en.json';
import resultatenNl from './areas/resultaten.nl.json';
import trajectEn from './areas/traject.en.json';
import trajectNl from './areas/traject.nl.json';
import voorbereidingEn from './areas/voorbereiding.en.json';
import voorbereidingNl from './areas/voorbereiding.nl.json';
import voortgangEn from './areas/voortgang.en.json';
import voortgangNl from './areas/voortgang.nl.json';
import werkvoorraadEn from './areas/werkvoorraad.en.json';
import werkvoorraadNl from './areas/werkvoorraad.nl.json';

export const areasNl = { afsluiten: afsluitenNl, beheer: beheerNl, case: caseNl, dossier: dossierNl, duo: duoNl, documenten: documentenNl, intake: intakeNl, journal: journalNl, labels: labelsNl, ondertussengroep: ondertussengroepNl, pip: pipNl, privacy: privacyNl, resultaten: resultatenNl, traject: trajectNl, voorbereiding: voorbereidingNl, voortgang: voortgangNl, werkvoorraad: werkvoorraadNl };
export const areasEn = { afsluiten: afsluitenEn, beheer: beheerEn, case: caseEn, dossier: dossierEn, duo: duoEn, documenten: documentenEn, intake: intakeEn, journal: journalEn, labels: labelsEn, ondertussengroep: ondertussengroepEn, pip: pipEn, privacy: privacyEn, resultaten: resultatenEn, traject: trajectEn, voorbereiding: voorbereidingEn, voortgang: voortgangEn, werkvoorraad: werkvoorraadEn };
