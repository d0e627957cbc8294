import type { Explanation, IsoDate, LearningRoute, MapTheme, Period } from '@koers/domain';
import { objectionOnTime, objectionPeriod } from '@koers/domain';
import type { pipObjections, pipWithdrawals } from '../../db/schema.ts';
import { withdrawalReasonLabels, withdrawalReasons, type WithdrawalReason } from './withdraw-pip.types.ts';
import { objectionStatuses, pipKinds, pipStatuses, type LanguageSkill, type ObjectionStatus, type OmittedMapTheme, type PipKind, type PipStatus, type RouteMotivation } from './pip.types.ts';
import { knownValue } from '../known-value.ts';
import { isLearningRoute, storedMotivation, storedRelief, type ChangeRecord, type PipRow, type PipValidation, type StoredRelief } from './pip-support.ts';
import { isOneOf } from '../../util/guards.ts';

export interface PipView {
  id: string;
  caseId: string;
  version: number;
  status: PipStatus;
  kind: PipKind;
  issuedOn: IsoDate | null;
  issuedBy: string | null;
  route: LearningRoute | null;
  level: 'A2' | 'B1' | null;
  a2Skills: LanguageSkill[];
  intensity: string | null;
  hoursPerWeek: number | null;
  estimatedB1Intensity: number | null;
  motivation: RouteMotivation;
  change: ChangeRecord | null;
  deviatesFromAdvice: boolean;
  support: string | null;
  pvtIntensity: string | null;
  mapIntensity: string | null;
  mapThemesOmitted: { theme: MapTheme; reason: string }[];
  vve: string | null;
  participation: string | null;
  participatiewet: string | null;
  relief: StoredRelief | null;
  progressMeetings: number | null;
  changeReason: string | null;
  changeNote: string | null;
  supersedesId: string | null;
  documentId: string | null;
  /** Set when this version was withdrawn (status 'ingetrokken'). */
  withdrawal: WithdrawalView | null;
  createdAt: string;
  updatedAt: string;
}

export interface WithdrawalView {
  id: string;
  withdrawnOn: IsoDate;
  reason: WithdrawalReason;
  /** Dutch, e.g. "het PIP is onjuist vastgesteld". */
  reasonLabel: string;
  note: string | null;
  /** The letter (besluit intrekking). */
  documentId: string | null;
}

export function withdrawalView(row: typeof pipWithdrawals.$inferSelect): WithdrawalView {
  const reason = isOneOf(withdrawalReasons, row.reason) ? row.reason : 'anders';
  return { id: row.id, withdrawnOn: row.withdrawnOn, reason, reasonLabel: withdrawalReasonLabels[reason], note: row.note, documentId: row.documentId };
}

export interface DraftView extends PipView {
  validation: PipValidation;
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

export interface ObjectionView {
  id: string;
  pipId: string;
  pipVersion: number | null;
  receivedOn: IsoDate;
  status: ObjectionStatus;
  decidedOn: IsoDate | null;
  note: string | null;
  /** Whether the bezwaar was made within the bezwaartermijn (art. 6:7–6:9 Awb), with explanation. */
  onTime: { value: boolean; explanation: Explanation } | null;
  period: { value: Period; explanation: Explanation } | null;
  createdAt: string;
  updatedAt: string;
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
