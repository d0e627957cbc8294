/**
 * The BRP's nationalities as Koers's one nationality (ISO 3166-1 alpha-2). A BRP nationality
 * without a country code (staatloos, onbekend, behandeld als Nederlander, a nationality of a
 * state that no longer exists, a code Koers's table does not have) is reported with the reason,
 * never guessed.
 */
import { EU_EEA_CH_NATIONALITIES } from '@koers/domain';
import type { AbstractNationaliteit } from '../types.ts';
import { isLandcode, nationaliteitentabel, type ZonderLandcode } from './nationaliteit-tabel.ts';

export interface BrpNationaliteitWaarde {
  /** Code in Landelijke tabel 32, when the BRP gave one. */
  readonly code: string | null;
  /** Dutch description: from the table (or the BRP when the table does not know the code). */
  readonly omschrijving: string;
  /** ISO 3166-1 alpha-2, or null with `reason`. */
  readonly iso: string | null;
  /** Why there is no ISO code (Dutch, one sentence). */
  readonly reason?: string;
}

const reasons: Record<ZonderLandcode, string> = {
  onbekend: 'De nationaliteit is in de BRP onbekend.',
  'behandeld-als-nederlander': 'De BRP behandelt de persoon als Nederlander; dat is geen nationaliteit met een landcode.',
  staatloos: 'De persoon is volgens de BRP staatloos; daarvoor bestaat geen landcode.',
  'vastgesteld-niet-nederlander': 'De BRP vermeldt alleen dat de persoon geen Nederlander is; de nationaliteit zelf is niet bekend.',
  historisch: 'Dit is de nationaliteit van een staat die niet meer bestaat; kies zelf de huidige nationaliteit.',
};

/** One nationality of the BRP as Koers reads it. */
export function readNationaliteit(n: AbstractNationaliteit): BrpNationaliteitWaarde {
  switch (n.type) {
    case 'Nationaliteit': {
      const code = n.nationaliteit?.code ?? null;
      const regel = code !== null ? nationaliteitentabel.get(code) : undefined;
      if (!regel) {
        const omschrijving = n.nationaliteit?.omschrijving ?? 'onbekende nationaliteit';
        return {
          code,
          omschrijving,
          iso: null,
          reason:
            code === null
              ? 'De BRP gaf geen code voor de nationaliteit.'
              : `De nationaliteitscode ${code} (${omschrijving}) staat niet in de nationaliteitentabel van Koers (Landelijke tabel 32); kies de landcode zelf en meld de code aan de beheerder.`,
        };
      }
      return regel.iso !== null && isLandcode(regel.iso)
        ? { code, omschrijving: regel.omschrijving, iso: regel.iso }
        : { code, omschrijving: regel.omschrijving, iso: null, reason: reasons[regel.zonderLandcode ?? 'onbekend'] };
    }
    case 'Staatloos':
      return { code: '0499', omschrijving: 'Staatloos', iso: null, reason: reasons.staatloos };
    case 'NationaliteitOnbekend':
      return { code: '0000', omschrijving: 'Onbekend', iso: null, reason: reasons.onbekend };
    case 'BehandeldAlsNederlander':
      return { code: null, omschrijving: 'Behandeld als Nederlander', iso: null, reason: reasons['behandeld-als-nederlander'] };
    case 'VastgesteldNietNederlander':
      return { code: null, omschrijving: 'Vastgesteld niet-Nederlander', iso: null, reason: reasons['vastgesteld-niet-nederlander'] };
  }
}

export interface NationaliteitKeuze {
  /** The nationality Koers would record; null when the BRP gave none. */
  readonly chosen: BrpNationaliteitWaarde | null;
  /** Every nationality the BRP gave, in the BRP's order. */
  readonly all: readonly BrpNationaliteitWaarde[];
  /** Why this one, when there was a choice (Dutch). */
  readonly note?: string;
}

/**
 * Koers records one nationality; the one that decides the duty comes first (art. 3 lid 1 and lid 2
 * onderdeel a Wet inburgering 2021): Dutch, then an EU/EEA/Swiss nationality, then the first with a
 * country code, then the first the BRP gave.
 */
export function chooseNationaliteit(list: readonly AbstractNationaliteit[] | undefined): NationaliteitKeuze {
  const all = (list ?? []).map(readNationaliteit);
  if (all.length === 0) return { chosen: null, all };
  const chosen =
    all.find((n) => n.iso === 'NL') ??
    all.find((n) => n.iso !== null && EU_EEA_CH_NATIONALITIES.includes(n.iso)) ??
    all.find((n) => n.iso !== null) ??
    all[0] ??
    null;
  if (all.length === 1 || chosen === null) return { chosen, all };
  const others = all.filter((n) => n !== chosen).map((n) => n.omschrijving.toLowerCase());
  const why =
    chosen.iso === 'NL'
      ? 'de Nederlandse nationaliteit gaat voor'
      : chosen.iso !== null && EU_EEA_CH_NATIONALITIES.includes(chosen.iso)
        ? 'een nationaliteit van de EU, de EER of Zwitserland bepaalt de inburgeringsplicht'
        : 'Koers legt één nationaliteit vast';
  return {
    chosen,
    all,
    note: `De BRP vermeldt ook: ${others.join(', ')}. Koers neemt ${chosen.omschrijving.toLowerCase()} over, want ${why}.`,
  };
}
