// Inputs of the PIP use cases (art. 15–17 Wet inburgering 2021, art. 5.3–5.5 Besluit inburgering 2021).
import { z } from 'zod';
import { text as textField, isoDate as dateField, isoDateTime } from '../../contract/input-fields.ts';
import { learningRoutes, mapThemes } from '@koers/domain';

const isoDate = dateField('Vul een datum in als JJJJ-MM-DD');
const text = (max = 4000) => textField().trim().max(max, `Maximaal ${max} tekens`);
const optionalText = (max = 4000) => text(max).nullable().optional();

export const pipStatuses = ['concept', 'vastgesteld', 'gewijzigd', 'ingetrokken'] as const;
export type PipStatus = (typeof pipStatuses)[number];
export const pipKinds = ['beschikking', 'advies'] as const;
export type PipKind = (typeof pipKinds)[number];

/** The four language skills that can be lowered to A2 (art. 5.5 lid 1 Besluit inburgering 2021). */
export const languageSkills = ['lezen', 'luisteren', 'schrijven', 'spreken'] as const;
export type LanguageSkill = (typeof languageSkills)[number];

export const changeReasons = ['route-change', 'a2', 'move', 'intensity', 'other'] as const;
export type ChangeReason = (typeof changeReasons)[number];

/** Exceptions to the 18-month window for a route change (art. 5.4 lid 2–3 Besluit inburgering 2021). */
export const changeExceptions = ['non-exempting-course', 'special-case'] as const;
export type ChangeException = (typeof changeExceptions)[number];

export const objectionStatuses = ['ontvangen', 'gegrond', 'ongegrond', 'ingetrokken'] as const;
export type ObjectionStatus = (typeof objectionStatuses)[number];

const route = z.enum(learningRoutes, 'Kies een leerroute: B1-route, Z-route of onderwijsroute');

/** Motivation per route: why this route, and for the other two why not (required when deviating from the advice). */
export const routeMotivation = z.strictObject({
  B1: text().optional(),
  Z: text().optional(),
  Onderwijs: text().optional(),
});
export type RouteMotivation = z.infer<typeof routeMotivation>;

export const omittedMapTheme = z.strictObject({
  theme: z.enum(mapThemes, 'Onbekend MAP-thema'),
  reason: text(1000).min(3, 'Geef per weggelaten MAP-thema een reden'),
});
export type OmittedMapTheme = z.infer<typeof omittedMapTheme>;

/** Editable fields of a concept PIP; every field optional (a draft may be incomplete). */
export const draftFields = {
  route: route.nullable().optional(),
  intensity: optionalText(1000),
  hoursPerWeek: z.number().int('Vul een heel aantal uren in').min(0, 'Mag niet negatief zijn').max(60, 'Hoogstens 60 uur per week').nullable().optional(),
  /** null: no level sent (DUO assumes B1 for the B1-route and onderwijsroute). */
  level: z.enum(['A2', 'B1'], 'Kies A2, B1 of geen niveau').nullable().optional(),
  a2Skills: z.array(z.enum(languageSkills, 'Onbekende vaardigheid')).max(4).optional(),
  /** Estimated total hours for the B1-route (DUO: 1–9999, asielstatushouders only). */
  estimatedB1Intensity: z.number().int('Vul een heel aantal uren in').min(1, 'Minimaal 1 uur').max(9999, 'Hoogstens 9999 uur').nullable().optional(),
  motivation: routeMotivation.optional(),
  support: optionalText(),
  pvtIntensity: optionalText(1000),
  mapIntensity: optionalText(1000),
  mapThemesOmitted: z
    .array(omittedMapTheme)
    .max(8)
    .refine((xs) => new Set(xs.map((x) => x.theme)).size === xs.length, 'Elk MAP-thema mag maar één keer worden weggelaten')
    .optional(),
  vve: optionalText(),
  participation: optionalText(),
  participatiewet: optionalText(),
  /** Financieel ontzorgen (art. 56a Participatiewet): the day the right to bijstand arises, or null when there is no bijstand. */
  relief: z.strictObject({ bijstandFrom: isoDate.nullable() }).nullable().optional(),
  progressMeetings: z.number().int('Vul een heel aantal in').min(0, 'Mag niet negatief zijn').max(52, 'Hoogstens 52').nullable().optional(),
};

export const createDraftInput = z.strictObject({
  ...draftFields,
  /** Moved in from another gemeente: the leerroute that gemeente set (art. 15 lid 4 Wi 2021). */
  previousGemeenteRoute: route.optional(),
});
export type CreateDraftInput = z.infer<typeof createDraftInput>;

export const updateDraftInput = z.strictObject({
  ...draftFields,
  /** Optimistic locking: the `updatedAt` of the draft as last read. */
  updatedAt: isoDateTime('updatedAt ontbreekt of is ongeldig'),
});
export type UpdateDraftInput = z.infer<typeof updateDraftInput>;

export const issueInput = z.strictObject({
  updatedAt: isoDateTime('updatedAt ontbreekt of is ongeldig'),
  /** Dagtekening; default today, never in the future. */
  issuedOn: isoDate.optional(),
});
export type IssueInput = z.infer<typeof issueInput>;

export const changeInput = z
  .strictObject({
    reason: z.enum(changeReasons, 'Kies een reden voor de wijziging'),
    note: optionalText(2000),
    /** route-change: the new leerroute. */
    route: route.optional(),
    /** route-change: an exception to the 18-month window (art. 5.4 lid 2–3 Besluit). */
    exception: z.enum(changeExceptions, 'Onbekende uitzondering').nullable().optional(),
    /** a2: hours of Dutch at a keurmerk/taalschakel institution, and whether the effort was sufficient. */
    dutchCourseHours: z.number().int('Vul een heel aantal uren in').min(0, 'Mag niet negatief zijn').max(10000).optional(),
    sufficientEffort: z.boolean().optional(),
    a2Skills: z.array(z.enum(languageSkills, 'Onbekende vaardigheid')).min(1, 'Kies minstens één vaardigheid').max(4).optional(),
  })
  .superRefine((v, ctx) => {
    if (v.reason === 'route-change' && v.route === undefined) ctx.addIssue({ code: 'custom', path: ['route'], message: 'Kies de nieuwe leerroute' });
    if (v.reason === 'a2') {
      if (v.dutchCourseHours === undefined) ctx.addIssue({ code: 'custom', path: ['dutchCourseHours'], message: 'Vul het aantal gevolgde cursusuren Nederlands in' });
      if (v.sufficientEffort === undefined) ctx.addIssue({ code: 'custom', path: ['sufficientEffort'], message: 'Geef aan of de inburgeringsplichtige zich voldoende heeft ingespannen' });
    }
    if (v.reason === 'other' && (v.note ?? '').length < 3) ctx.addIssue({ code: 'custom', path: ['note'], message: 'Beschrijf de reden van de wijziging' });
  });
export type ChangeInput = z.infer<typeof changeInput>;

export const objectionInput = z.strictObject({
  receivedOn: isoDate,
  note: optionalText(2000),
});
export type ObjectionInput = z.infer<typeof objectionInput>;

export const objectionUpdateInput = z
  .strictObject({
    status: z.enum(objectionStatuses, 'Kies een status'),
    decidedOn: isoDate.nullable().optional(),
    note: optionalText(2000),
    updatedAt: isoDateTime('updatedAt ontbreekt of is ongeldig'),
  })
  .superRefine((v, ctx) => {
    if ((v.status === 'gegrond' || v.status === 'ongegrond') && !v.decidedOn)
      ctx.addIssue({ code: 'custom', path: ['decidedOn'], message: 'Vul de datum van de beslissing op bezwaar in' });
  });
export type ObjectionUpdateInput = z.infer<typeof objectionUpdateInput>;

export const thirdPartyInfoInput = z
  .strictObject({
    /** Optimistic locking: the case's version as read (thirdPartyInfo.version). */
    version: z.number('Vul de versie in die u las').int().min(1),
    /** 'wachtend': the college asked a third party for information; 'ontvangen': it arrived on receivedOn. */
    status: z.enum(['wachtend', 'ontvangen'], 'Kies wachtend of ontvangen'),
    receivedOn: isoDate.nullable().optional(),
    note: optionalText(1000),
  })
  .superRefine((v, ctx) => {
    if (v.status === 'ontvangen' && !v.receivedOn) ctx.addIssue({ code: 'custom', path: ['receivedOn'], message: 'Vul de datum van ontvangst in' });
  });
export type ThirdPartyInfoInput = z.infer<typeof thirdPartyInfoInput>;
