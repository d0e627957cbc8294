// A5/A6: vrijstelling and ontheffing are decided by DUO; the gemeente records them. Data + helpers.
import { wi, bi } from './explanation.ts';

export const exemptionGrounds = [
  'eight-years-compulsory-education',
  'designated-diploma',
  'currently-compulsory-education',
  'exempting-course',
  'sufficiently-integrated',
] as const;
export type ExemptionGround = (typeof exemptionGrounds)[number];

export const dispensationGrounds = ['medical', 'special-circumstances'] as const;
export type DispensationGround = (typeof dispensationGrounds)[number];

export interface GroundInfo {
  readonly label: string;
  readonly articles: readonly string[];
  /** Ends the duty entirely (false: only part of it, e.g. a partial medical ontheffing). */
  readonly mayBePartial: boolean;
}

// art. 4 lid 1 Wet inburgering 2021; art. 2.3–2.6 Besluit inburgering 2021
export function exemptionInfo(ground: ExemptionGround): GroundInfo {
  switch (ground) {
    case 'eight-years-compulsory-education':
      return { label: 'ten minste acht jaar leerplichtig of kwalificatieplichtig in Nederland', articles: [wi('4', 1, 'a'), bi('2.6')], mayBePartial: false };
    case 'designated-diploma':
      return { label: 'aangewezen diploma, certificaat of ander document', articles: [wi('4', 1, 'b'), bi('2.4'), bi('2.5')], mayBePartial: false };
    case 'currently-compulsory-education':
      return { label: 'leerplichtig of kwalificatieplichtig', articles: [wi('4', 1, 'c')], mayBePartial: false };
    case 'exempting-course':
      return { label: 'volgt een opleiding die tot een aangewezen diploma leidt', articles: [wi('4', 1, 'd'), bi('2.5')], mayBePartial: false };
    case 'sufficiently-integrated':
      return { label: 'heeft aangetoond voldoende te zijn ingeburgerd', articles: [wi('4', 1, 'e'), bi('2.3')], mayBePartial: false };
    default:
      return ground satisfies never;
  }
}

// art. 5 Wet inburgering 2021; art. 2.7–2.8 Besluit inburgering 2021
export function dispensationInfo(ground: DispensationGround): GroundInfo {
  switch (ground) {
    case 'medical':
      return { label: 'blijvend niet in staat door een psychische of lichamelijke belemmering of verstandelijke beperking', articles: [wi('5', 1), bi('2.7')], mayBePartial: true };
    case 'special-circumstances':
      return { label: 'bijzondere individuele omstandigheden (advies van het college)', articles: [wi('5', 2), bi('2.8')], mayBePartial: false };
    default:
      return ground satisfies never;
  }
}
