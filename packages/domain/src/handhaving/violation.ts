// Handhaving (issue 14, R22): what a violation is, where it came from, and which article it falls under.
// C7: refusing ontzorgen is a bijstand condition (art. 18 PW), never a ground under art. 22 or 23 —
// it is deliberately absent from the grounds below.
import type { FineArticle } from '../rules/fines.ts';
import { isOneOf } from '../guards.ts';

export const violationGrounds = [
  'intake-niet-verschenen',
  'intake-niet-meegewerkt',
  'begeleiding-niet-meegewerkt',
  'intensiteit-pvt',
  'intensiteit-map',
  'intensiteit-leerroute',
] as const;
export type ViolationGround = (typeof violationGrounds)[number];

/** Where the violation was noticed: a generic reference so other parts (voortgangsgesprek, provider report) can point here. */
export const violationSourceKinds = ['brede-intake', 'voortgangsgesprek', 'aanbiedersrapportage', 'anders'] as const;
export type ViolationSourceKind = (typeof violationSourceKinds)[number];

export interface ViolationSource {
  readonly kind: ViolationSourceKind;
  readonly id: string | null;
  readonly description: string;
}

// art. 22 lid 1 en art. 23 Wet inburgering 2021 — which article a ground falls under
export function articleOf(ground: ViolationGround): FineArticle {
  switch (ground) {
    case 'intake-niet-verschenen':
    case 'intake-niet-meegewerkt':
      return 22;
    case 'begeleiding-niet-meegewerkt':
    case 'intensiteit-pvt':
    case 'intensiteit-map':
    case 'intensiteit-leerroute':
      return 23;
  }
}

export const violationGroundLabel: Readonly<Record<ViolationGround, string>> = {
  'intake-niet-verschenen': 'niet verschenen op de brede intake na de herhaalde uitnodiging',
  'intake-niet-meegewerkt': 'onvoldoende meegewerkt aan de brede intake',
  'begeleiding-niet-meegewerkt': 'niet meegewerkt aan ondersteuning en begeleiding',
  'intensiteit-pvt': 'niet voldaan aan de vastgestelde intensiteit van het participatieverklaringstraject',
  'intensiteit-map': 'niet voldaan aan de vastgestelde intensiteit van de module arbeidsmarkt en participatie',
  'intensiteit-leerroute': 'niet voldaan aan de vastgestelde intensiteit van de leerroute',
};

export const violationSourceLabel: Readonly<Record<ViolationSourceKind, string>> = {
  'brede-intake': 'brede intake',
  voortgangsgesprek: 'voortgangsgesprek',
  aanbiedersrapportage: 'rapportage van de aanbieder',
  anders: 'anders',
};

/** Behaviour that can never be fined under art. 22 or 23 (C7). */
export const notFineable = ['ontzorgen-geweigerd'] as const;

// art. 22–23 Wet inburgering 2021 jo. art. 56a Participatiewet — only the listed grounds are fineable (C7)
export function isFineableGround(value: string): value is ViolationGround {
  return isOneOf(violationGrounds, value);
}
