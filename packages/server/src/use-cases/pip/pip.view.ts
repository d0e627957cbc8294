import { z } from 'zod';
import { learningRoutes, mapThemes, objectionOnTime, objectionPeriod } from '@koers/domain';
import type { pipObjections, pipWithdrawals } from '../../db/schema.ts';
import { explanation, period } from '../../contract/view-fields.ts';
import { withdrawalReasonLabels, withdrawalReasons } from './withdraw-pip.types.ts';
import { changeExceptions, changeReasons, languageSkills, objectionStatuses, pipKinds, pipStatuses, type OmittedMapTheme } from './pip.types.ts';
import { knownValue } from '../known-value.ts';
import { isLearningRoute, storedMotivation, storedRelief, type PipRow, type PipValidation } from './pip-support.ts';
import { isOneOf } from '../../util/guards.ts';

const problemSchema = z.object({ field: z.string(), code: z.string(), message: z.string() });

/** DUO's pre-validation of a concept PIP and Koers's completeness checks (`PipValidation` in pip-support.ts). */
export const pipValidationSchema = z
  .object({
    accepted: z.boolean(),
    issuedOn: z.string(),
    duo: z.object({ accepted: z.boolean(), errors: z.array(problemSchema), explanation }).nullable(),
    problems: z.array(problemSchema),
    deviatesFromAdvice: z.boolean(),
    summary: z.string(),
  })
  .meta({ id: 'PipValidatie' });

/** The stored financieel ontzorgen (`StoredRelief` in pip-support.ts). */
const storedReliefSchema = z.object({
  bijstandFrom: z.string().nullable(),
  applies: z.boolean(),
  from: z.string().nullable(),
  toExclusive: z.string().nullable(),
  localToExclusive: z.string().nullable(),
  explanation,
});

/** The legal ground of a change (`ChangeRecord` in pip-support.ts). */
const changeRecordSchema = z.object({
  reason: z.enum(changeReasons),
  explanation: explanation.optional(),
  previousRoute: z.enum(learningRoutes).nullable().optional(),
  exception: z.enum(changeExceptions).nullable().optional(),
  dutchCourseHours: z.number().optional(),
  sufficientEffort: z.boolean().optional(),
});

export const withdrawalViewSchema = z.object({
  id: z.string(),
  withdrawnOn: z.string(),
  reason: z.enum(withdrawalReasons),
  /** Dutch, e.g. "het PIP is onjuist vastgesteld". */
  reasonLabel: z.string(),
  note: z.string().nullable(),
  /** The letter (besluit intrekking). */
  documentId: z.string().nullable(),
});
export type WithdrawalView = z.output<typeof withdrawalViewSchema>;

const pipViewShape = {
  id: z.string(),
  caseId: z.string(),
  version: z.number(),
  status: z.enum(pipStatuses),
  kind: z.enum(pipKinds),
  issuedOn: z.string().nullable(),
  issuedBy: z.string().nullable(),
  route: z.enum(learningRoutes).nullable(),
  level: z.enum(['A2', 'B1']).nullable(),
  a2Skills: z.array(z.enum(languageSkills)),
  intensity: z.string().nullable(),
  hoursPerWeek: z.number().nullable(),
  estimatedB1Intensity: z.number().nullable(),
  motivation: z.object({ B1: z.string().optional(), Z: z.string().optional(), Onderwijs: z.string().optional() }),
  change: changeRecordSchema.nullable(),
  deviatesFromAdvice: z.boolean(),
  support: z.string().nullable(),
  pvtIntensity: z.string().nullable(),
  mapIntensity: z.string().nullable(),
  mapThemesOmitted: z.array(z.object({ theme: z.enum(mapThemes), reason: z.string() })),
  vve: z.string().nullable(),
  participation: z.string().nullable(),
  participatiewet: z.string().nullable(),
  relief: storedReliefSchema.nullable(),
  progressMeetings: z.number().nullable(),
  changeReason: z.string().nullable(),
  changeNote: z.string().nullable(),
  supersedesId: z.string().nullable(),
  documentId: z.string().nullable(),
  /** Set when this version was withdrawn (status 'ingetrokken'). */
  withdrawal: withdrawalViewSchema.nullable().meta({ id: 'PipIntrekking' }),
  createdAt: z.string(),
  updatedAt: z.string(),
};
export const pipViewSchema = z.object(pipViewShape).meta({ id: 'PipVersie' });
export type PipView = z.output<typeof pipViewSchema>;

export const draftViewSchema = z.object({ ...pipViewShape, validation: pipValidationSchema }).meta({ id: 'ConceptPip' });
export type DraftView = z.output<typeof draftViewSchema>;

export const objectionViewSchema = z
  .object({
    id: z.string(),
    pipId: z.string(),
    pipVersion: z.number().nullable(),
    receivedOn: z.string(),
    status: z.enum(objectionStatuses),
    decidedOn: z.string().nullable(),
    note: z.string().nullable(),
    /** Whether the bezwaar was made within the bezwaartermijn (art. 6:7–6:9 Awb), with explanation. */
    onTime: z.object({ value: z.boolean(), explanation }).nullable(),
    period: z.object({ value: period, explanation }).nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'PipBezwaar' });
export type ObjectionView = z.output<typeof objectionViewSchema>;

export const deadlineViewSchema = z.object({
  value: z.string().nullable(),
  explanation,
  /** Dagtekening of the first PIP in this gemeente, once set. */
  metOn: z.string().nullable(),
  overdue: z.boolean(),
});
export type DeadlineView = z.output<typeof deadlineViewSchema>;

export const termViewSchema = z.object({ value: period.nullable(), explanation });
export type TermView = z.output<typeof termViewSchema>;

export const thirdPartyInfoViewSchema = z.object({
  status: z.enum(['geen', 'wachtend', 'ontvangen']),
  waitingSince: z.string().nullable(),
  receivedOn: z.string().nullable(),
  history: z.array(z.object({ on: z.string(), status: z.string(), note: z.string().nullable(), actorName: z.string(), at: z.string() })),
  version: z.number().describe('Versie van het dossier; een wijziging noemt hem'),
});
export type ThirdPartyInfoView = z.output<typeof thirdPartyInfoViewSchema>;

/** What recording information of a third party answers: the new state and the PIP deadline it moves. */
export const thirdPartyInfoResultSchema = z.object({ thirdPartyInfo: thirdPartyInfoViewSchema, deadline: deadlineViewSchema });
export type ThirdPartyInfoResult = z.output<typeof thirdPartyInfoResultSchema>;

export const pipOverviewSchema = z
  .object({
    caseId: z.string(),
    targetGroup: z.string().nullable(),
    kind: z.enum(pipKinds),
    advice: z.object({ route: z.enum(learningRoutes), source: z.string(), on: z.string().nullable() }).nullable(),
    deadline: deadlineViewSchema,
    term: termViewSchema,
    current: pipViewSchema.nullable(),
    /** Vastgesteld, gewijzigd and ingetrokken versions, latest first (withdrawn ones carry their withdrawal). */
    versions: z.array(pipViewSchema),
    draft: draftViewSchema.nullable(),
    objections: z.array(objectionViewSchema),
    thirdPartyInfo: thirdPartyInfoViewSchema,
    defaults: z.object({ progressMeetings: z.number(), objectionPeriodWeeks: z.number() }),
  })
  .meta({ id: 'PipOverzicht' });
export type PipOverview = z.output<typeof pipOverviewSchema>;

export function withdrawalView(row: typeof pipWithdrawals.$inferSelect): WithdrawalView {
  const reason = isOneOf(withdrawalReasons, row.reason) ? row.reason : 'anders';
  return { id: row.id, withdrawnOn: row.withdrawnOn, reason, reasonLabel: withdrawalReasonLabels[reason], note: row.note, documentId: row.documentId };
}

export const omittedThemes = (value: readonly OmittedMapTheme[]): OmittedMapTheme[] => [...value];

export function pipView(row: PipRow, withdrawal: typeof pipWithdrawals.$inferSelect | null = null): PipView {
  const motivation = storedMotivation(row.motivation);
  const estimate = row.estimatedB1Intensity === null ? null : Number(row.estimatedB1Intensity);
  return {
    id: row.id,
    caseId: row.caseId,
    version: row.version,
    status: knownValue(pipStatuses, row.status, 'pips.status'),
    kind: knownValue(pipKinds, row.kind, 'pips.kind'),
    issuedOn: row.issuedOn,
    issuedBy: row.issuedBy,
    route: isLearningRoute(row.route) ? row.route : null,
    level: row.level === 'A2' || row.level === 'B1' ? row.level : null,
    a2Skills: row.a2Skills,
    intensity: row.intensity,
    hoursPerWeek: row.hoursPerWeek,
    estimatedB1Intensity: estimate !== null && Number.isFinite(estimate) ? estimate : null,
    motivation: motivation.routes,
    change: motivation.change ?? null,
    deviatesFromAdvice: row.deviatesFromAdvice,
    support: row.support,
    pvtIntensity: row.pvtIntensity,
    mapIntensity: row.mapIntensity,
    mapThemesOmitted: omittedThemes(row.mapThemesOmitted),
    vve: row.vve,
    participation: row.participation,
    participatiewet: row.participatiewet,
    relief: storedRelief(row.relief),
    progressMeetings: row.progressMeetings,
    changeReason: row.changeReason,
    changeNote: row.changeNote,
    supersedesId: row.supersedesId,
    documentId: row.documentId,
    withdrawal: withdrawal ? withdrawalView(withdrawal) : null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function draftView(row: PipRow, validation: PipValidation): DraftView {
  return { ...pipView(row), validation };
}

export function objectionView(row: typeof pipObjections.$inferSelect, pip: PipRow | undefined, periodWeeks: number): ObjectionView {
  const issuedOn = pip?.issuedOn ?? null;
  return {
    id: row.id,
    pipId: row.pipId,
    pipVersion: pip?.version ?? null,
    receivedOn: row.receivedOn,
    status: knownValue(objectionStatuses, row.status, 'pip_objections.status'),
    decidedOn: row.decidedOn,
    note: row.note,
    onTime: issuedOn === null ? null : objectionOnTime(issuedOn, row.receivedOn, periodWeeks),
    period: issuedOn === null ? null : objectionPeriod(issuedOn, periodWeeks),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
