// Who can log in to the inburgeraar portal in the demo: the persons of the demo cases (demo DigiD broker, ADR 0153).
import { demoCases } from './cases.ts';
import type { DemoPerson } from './digid-broker.ts';

const gemeenteNames: Readonly<Record<string, string>> = { '0505': 'Dordrecht', '0642': 'Zwijndrecht', '0148': 'Dalfsen' };

export const demoPortaalPersons: readonly DemoPerson[] = demoCases
  .filter((c) => c.stage !== 'not-obliged')
  .map((c) => ({ bsn: c.bsn, name: `${c.givenNames} ${c.familyName}`, gemeente: gemeenteNames[c.gemeente] ?? c.gemeente }));
