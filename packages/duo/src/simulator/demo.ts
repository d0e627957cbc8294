/** Demo data for `npm start` with the embedded simulator: a few fictitious newcomers. */
import { addDays, addYears, todayInNetherlands } from '../dates.ts';
import type { PersonSeed } from './app.ts';

/** BSNs pass the elfproef; all data is fictitious. */
export function demoSeed(gemeenteOin: string, today: string = todayInNetherlands()): PersonSeed[] {
  const start = addDays(today, -21);
  return [
    {
      bsn: '999990019',
      gemeenteOin,
      vNummer: 1234567890,
      vestigingsdatum: start,
      inburgeringsplicht: { indicatorInburgeringsplicht: true, begindatum: start, datumKennisgevingInburgeringsplicht: addDays(start, 2) },
      doelgroep: { indeling: 'Asielstatushouder', begindatum: start, gedetailleerdeDoelgroep: 'Asielstatushouder' },
      lbtExamennummer: 'LBT000123',
      lbtResultaten: [{ resultaat: 'B1-route haalbaar', behaaldeScore: '62,50', benodigdeScore: '50,00', datumAfname: addDays(today, -3) }],
    },
    {
      bsn: '999990020',
      gemeenteOin,
      vestigingsdatum: start,
      inburgeringsplicht: { indicatorInburgeringsplicht: true, begindatum: start, datumKennisgevingInburgeringsplicht: addDays(start, 1) },
      doelgroep: { indeling: 'Gezinsmigrant en overige migrant', begindatum: start, gedetailleerdeDoelgroep: 'Gezinsvormer' },
    },
    {
      bsn: '999990032',
      gemeenteOin,
      vestigingsdatum: addDays(today, -400),
      inburgeringsplicht: { indicatorInburgeringsplicht: true, begindatum: addDays(today, -420) },
      doelgroep: { indeling: 'Asielstatushouder', begindatum: addDays(today, -420), gedetailleerdeDoelgroep: 'Gezinshereniger met Asielstatushouder' },
      pips: [{ gemeenteOin, pip: { dagtekeningPip: addDays(today, -380), leerroute: 'Z', indicatorAlfabetiseringsonderwijs: 'A' } }],
      termijn: { startdatum: addDays(today, -379), einddatum: addYears(addDays(today, -379), 3) },
      examenresultaten: [{ examendatum: addDays(today, -30), resultaat: 'Geslaagd', onderdeel: 'KNM', niveau: 'A2' }],
    },
  ];
}
