import type { KoersPersoonsgegevens } from '@koers/brp';
import type { Principal } from '../../auth/principal.ts';
import type { CaseRow } from '../../case-file/find-case.ts';
import {
  PLACEHOLDER_BIRTH_DATE,
  PLACEHOLDER_GIVEN_NAMES,
  UNKNOWN_NATIONALITY,
  PLACEHOLDER_FAMILY_NAME,
} from '../registration/personal-data.ts';

/**
 * A case's personal data as the BRP comparison reads it: the placeholders of a case created from a
 * DUO notification count as unknown (null), so the BRP's values are offered for them.
 */
export function koersPersoonsgegevens(row: CaseRow, principal: Principal): KoersPersoonsgegevens {
  const gemeente = principal.gemeenten.find((g) => g.id === row.gemeenteId);
  return {
    givenNames: row.givenNames === PLACEHOLDER_GIVEN_NAMES ? null : row.givenNames,
    familyName: row.familyName === PLACEHOLDER_FAMILY_NAME ? null : row.familyName,
    birthDate: row.birthDate === PLACEHOLDER_BIRTH_DATE ? null : row.birthDate,
    nationality: row.nationality === UNKNOWN_NATIONALITY ? null : row.nationality,
    address: row.address,
    registeredOn: row.registeredOn,
    movedInOn: row.movedInOn,
    gemeente: { code: gemeente?.code ?? '', naam: gemeente?.name ?? '' },
    // After a move the registration in this gemeente starts the new PIP term (art. 5.3 lid 3 Besluit inburgering 2021).
    inschrijvingVeld: row.source === 'verhuizing' || row.movedInOn !== null ? 'movedInOn' : 'registeredOn',
  };
}
