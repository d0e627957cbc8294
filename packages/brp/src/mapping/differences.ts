/**
 * What differs between the personal data of a case and the BRP, field by field, with both values
 * as Dutch text and whether the BRP value can be taken over as it is. Pure.
 */
import { formatDutchDate, type IsoDate } from '@koers/domain';
import { normalizeAddress } from './address.ts';
import { agreesWith, brpDatumText, completeDate, type BrpDatumWaarde } from './dates.ts';
import { omschrijvingVoorLandcode } from './nationaliteit-tabel.ts';
import type { BrpPersoonsgegevens } from './person.ts';

/** The case fields the BRP can fill (names as in Koers's case). */
export const overnameVelden = ['givenNames', 'familyName', 'birthDate', 'nationality', 'address', 'registeredOn', 'movedInOn'] as const;
export type OvernameVeld = (typeof overnameVelden)[number];
export type VerschilVeld = OvernameVeld | 'gemeenteVanInschrijving';

/** Dutch labels, as the case file names these fields. */
export const veldLabels: Readonly<Record<VerschilVeld, string>> = {
  givenNames: 'Voornamen',
  familyName: 'Achternaam',
  birthDate: 'Geboortedatum',
  nationality: 'Nationaliteit',
  address: 'Adres',
  registeredOn: 'Datum inschrijving BRP',
  movedInOn: 'Datum inschrijving na verhuizing',
  gemeenteVanInschrijving: 'Gemeente van inschrijving',
};

/** Koers's side. A value the case holds only as a placeholder (a case from a DUO notification) is null. */
export interface KoersPersoonsgegevens {
  readonly givenNames: string | null;
  readonly familyName: string | null;
  readonly birthDate: IsoDate | null;
  readonly nationality: string | null;
  readonly address: string | null;
  readonly registeredOn: IsoDate | null;
  readonly movedInOn: IsoDate | null;
  /** The gemeente the case belongs to: CBS code (four digits) and name. */
  readonly gemeente: { readonly code: string; readonly naam: string };
  /**
   * Where `datumInschrijvingInGemeente` goes: `movedInOn` for a case that came to this gemeente by
   * a move (the registration after the move starts the new PIP term), else `registeredOn`.
   */
  readonly inschrijvingVeld: 'registeredOn' | 'movedInOn';
}

export interface Waarde {
  /** What would be stored (ISO date, ISO country code, text); null when unknown or not storable. */
  readonly value: string | null;
  /** Dutch text for the screen. */
  readonly text: string;
}

export interface Verschil {
  readonly field: VerschilVeld;
  readonly label: string;
  readonly koers: Waarde;
  readonly brp: Waarde;
  /** The BRP value can be taken over with `overnemen`. */
  readonly applicable: boolean;
  /** Why not (Dutch), when not applicable. */
  readonly reason?: string;
}

/** Koers's limits on these fields (see the case input schema): a longer BRP value is not taken over. */
const maxLength: Partial<Record<OvernameVeld, number>> = { givenNames: 200, familyName: 200, address: 300 };

const ONBEKEND = 'onbekend';
const dateText = (d: IsoDate | null): string => (d === null ? ONBEKEND : formatDutchDate(d));
const sameText = (a: string, b: string): boolean => a.trim().replace(/\s+/g, ' ') === b.trim().replace(/\s+/g, ' ');

function nationalityText(iso: string | null): string {
  if (iso === null) return ONBEKEND;
  const omschrijving = omschrijvingVoorLandcode(iso);
  return omschrijving ? `${omschrijving} (${iso.toUpperCase()})` : iso.toUpperCase();
}

/** Control characters and lone surrogates are never stored (the spec does not forbid them in every field). */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const unstorable = /[\u0000-\u001f\u007f]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function verschil(field: VerschilVeld, koers: Waarde, brp: Waarde, reason?: string): Verschil {
  const limit = field === 'gemeenteVanInschrijving' ? undefined : maxLength[field];
  const tooLong = limit !== undefined && brp.value !== null && brp.value.length > limit;
  const badText = brp.value !== null && unstorable.test(brp.value);
  const why =
    reason ??
    (tooLong
      ? `De waarde in de BRP is langer dan de ${limit} tekens die Koers vastlegt; neem haar met de hand over.`
      : badText
        ? 'De waarde in de BRP bevat tekens die Koers niet vastlegt; neem haar met de hand over.'
        : undefined);
  return { field, label: veldLabels[field], koers, brp, applicable: why === undefined, ...(why !== undefined ? { reason: why } : {}) };
}

function textField(field: 'givenNames' | 'familyName', koers: string | null, brp: string | null): Verschil | undefined {
  if (brp === null) {
    const what = field === 'givenNames' ? 'geen voornamen' : 'geen (bekende) achternaam';
    return verschil(
      field,
      { value: koers, text: koers ?? ONBEKEND },
      { value: null, text: ONBEKEND },
      `De BRP kent ${what}; ${koers === null ? 'vul het veld met de hand in' : 'Koers houdt wat er staat'}.`,
    );
  }
  if (koers !== null && sameText(koers, brp)) return undefined;
  return verschil(field, { value: koers, text: koers ?? ONBEKEND }, { value: brp, text: brp });
}

/** A date field; `partialReason` explains why an incomplete BRP date is not taken over. */
function dateField(
  field: 'birthDate' | 'registeredOn' | 'movedInOn',
  koers: IsoDate | null,
  brp: BrpDatumWaarde | null,
  partialReason: string,
): Verschil | undefined {
  const koersWaarde = { value: koers, text: dateText(koers) };
  if (brp === null) {
    if (koers !== null || field !== 'birthDate') return undefined;
    return verschil(field, koersWaarde, { value: null, text: ONBEKEND }, 'De BRP geeft geen geboortedatum; vul de datum met de hand in.');
  }
  const full = completeDate(brp);
  if (full !== null) return koers === full ? undefined : verschil(field, koersWaarde, { value: full, text: formatDutchDate(full) });
  // An incomplete BRP date that the Koers date fits is no difference.
  if (koers !== null && agreesWith(brp, koers)) return undefined;
  return verschil(field, koersWaarde, { value: null, text: brpDatumText(brp) }, partialReason);
}

export function differences(koers: KoersPersoonsgegevens, brp: BrpPersoonsgegevens): Verschil[] {
  const out: Array<Verschil | undefined> = [];
  out.push(textField('givenNames', koers.givenNames, brp.givenNames));
  out.push(textField('familyName', koers.familyName, brp.familyName));
  out.push(
    dateField(
      'birthDate',
      koers.birthDate,
      brp.birthDate,
      'De BRP kent de geboortedatum niet volledig; Koers heeft een volledige datum nodig voor de leeftijdsgrenzen van de inburgeringsplicht. Vul de datum met de hand in.',
    ),
  );

  const chosen = brp.nationality.chosen;
  const koersNat = koers.nationality?.toUpperCase() ?? null;
  if (chosen !== null && (chosen.iso === null || chosen.iso !== koersNat)) {
    const brpText = chosen.iso !== null ? `${chosen.omschrijving} (${chosen.iso})` : chosen.omschrijving;
    out.push(
      verschil(
        'nationality',
        { value: koersNat, text: nationalityText(koersNat) },
        { value: chosen.iso, text: brpText },
        chosen.iso === null ? `${chosen.reason ?? ''} Vul de nationaliteit met de hand in.`.trim() : undefined,
      ),
    );
  }

  const address = brp.address.text;
  if (address !== null && (koers.address === null || normalizeAddress(koers.address) !== normalizeAddress(address))) {
    out.push(verschil('address', { value: koers.address, text: koers.address ?? ONBEKEND }, { value: address, text: address }));
  } else if (address === null && koers.address !== null && brp.address.soort === 'onbekend') {
    out.push(
      verschil(
        'address',
        { value: koers.address, text: koers.address },
        { value: null, text: ONBEKEND },
        'De BRP kent geen actueel adres (verblijfplaats onbekend); Koers houdt het adres dat er staat.',
      ),
    );
  }

  const brpGemeente = brp.gemeenteVanInschrijving;
  const otherGemeente = brpGemeente?.code !== null && brpGemeente?.code !== undefined && brpGemeente.code !== koers.gemeente.code;
  if (otherGemeente) {
    const naam = brpGemeente.naam ?? `gemeente ${brpGemeente.code}`;
    const sinds = brp.registeredOn ? ` sinds ${brpDatumText(brp.registeredOn)}` : '';
    out.push(
      verschil(
        'gemeenteVanInschrijving',
        { value: koers.gemeente.code, text: koers.gemeente.naam },
        { value: brpGemeente.code, text: naam },
        `De persoon staat in de BRP ingeschreven in ${naam}${sinds}; dit dossier hoort bij ${koers.gemeente.naam}. Controleer of de persoon is verhuisd; de inschrijvingsdatum wordt niet overgenomen.`,
      ),
    );
  } else {
    const field = koers.inschrijvingVeld;
    out.push(
      dateField(
        field,
        koers[field],
        brp.registeredOn,
        'De BRP kent de datum van inschrijving niet volledig; Koers legt een volledige datum vast. Vul de datum met de hand in.',
      ),
    );
  }
  return out.filter((v): v is Verschil => v !== undefined);
}
