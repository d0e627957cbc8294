/**
 * Personal data DUO does not send. A case created from a DUO notification knows only the BSN or
 * V-nummer; names, birth date and nationality are stored as these clearly marked placeholders
 * (the columns are NOT NULL) until the case manager completes them from the BRP. A placeholder is
 * never a valid value of hand entry (nationality must be a two-letter code), so
 * `personalDataIncomplete` cannot mistake real data for one. The werkvoorraad shows the signal
 * 'personal-data-missing' while any placeholder remains.
 */
export const PLACEHOLDER_GIVEN_NAMES = 'Onbekend (via DUO)';
export const PLACEHOLDER_BIRTH_DATE = '1900-01-01';
export const UNKNOWN_NATIONALITY = 'onbekend';

/**
 * Never an identifier: the name is shown to roles that may not see the BSN or V-nummer (partners,
 * the financieel medewerker), so it must not carry one (issue 11, defect 3; docs/security.md).
 */
export const PLACEHOLDER_FAMILY_NAME = 'Onbekend (via DUO)';

export function personalDataIncomplete(c: { givenNames: string; familyName: string; birthDate: string; nationality: string }): boolean {
  return (
    c.givenNames === PLACEHOLDER_GIVEN_NAMES || c.familyName === PLACEHOLDER_FAMILY_NAME || c.birthDate === PLACEHOLDER_BIRTH_DATE || c.nationality === UNKNOWN_NATIONALITY
  );
}
