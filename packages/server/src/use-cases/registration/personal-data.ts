/**
 * Personal data DUO does not send. A case created from a DUO notification knows only the BSN or
 * V-nummer; name, birth date and nationality are stored as these clearly marked placeholders
 * (the columns are NOT NULL) until the case manager completes them from the BRP. A placeholder is
 * never a valid value of hand entry (nationality must be a two-letter code), so
 * `personalDataIncomplete` cannot mistake real data for one. The werkvoorraad shows the signal
 * 'personal-data-missing' while any placeholder remains.
 */
export const PLACEHOLDER_GIVEN_NAMES = 'Onbekend (via DUO)';
export const PLACEHOLDER_BIRTH_DATE = '1900-01-01';
export const UNKNOWN_NATIONALITY = 'onbekend';

export const placeholderFamilyName = (bsn: string | null, vNumber: string | null): string => (bsn !== null ? `BSN ${bsn}` : `V-nummer ${vNumber ?? ''}`);

export function personalDataIncomplete(c: { givenNames: string; birthDate: string; nationality: string }): boolean {
  return c.givenNames === PLACEHOLDER_GIVEN_NAMES || c.birthDate === PLACEHOLDER_BIRTH_DATE || c.nationality === UNKNOWN_NATIONALITY;
}
