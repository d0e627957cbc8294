import { caseStatusOf, type CaseStatus } from '@koers/domain';
import type { Principal } from '../../auth/principal.ts';
import type { cases } from '../../db/schema.ts';

export interface CaseView {
  id: string;
  gemeenteId: string;
  /** Human-readable case number, e.g. "INB-2026-000123" (the kenmerk of letters). */
  caseNumber: string;
  /** Only for roles with `case:read-sensitive`; otherwise null. */
  bsn: string | null;
  vNumber: string | null;
  givenNames: string;
  familyName: string;
  birthDate: string;
  nationality: string;
  permit: string;
  permitPurpose: string | null;
  joinsProtectedHolder: boolean;
  euFamilyMember: boolean;
  status: CaseStatus;
  source: string;
  caseManagerId: string | null;
  obliged: boolean | null;
  notObligedReason: string | null;
  targetGroup: string | null;
  regime: string | null;
  linkedOn: string | null;
  dutyStartOn: string | null;
  duoNoticeOn: string | null;
  registeredOn: string | null;
  movedInOn: string | null;
  housedOn: string | null;
  thirdPartyInfoReceivedOn: string | null;
  termStart: string | null;
  termEndExclusive: string | null;
  coaReference: string | null;
  coaLocation: string | null;
  phone: string | null;
  email: string | null;
  address: string | null;
  preferredLanguage: string | null;
  interpreterNeeded: boolean;
  closedOn: string | null;
  /** Why the case was closed (Dutch), by hand or by DUO. */
  closedReason: string | null;
  /** Closed by hand: the reason code (@koers/domain closeReasons); null otherwise. */
  closedReasonCode: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** The case number the database gave the case on insert (never null once stored; ADR 0106). */
export function caseNumberOf(row: { caseNumber: string | null }): string {
  return row.caseNumber ?? '';
}

export function caseView(row: typeof cases.$inferSelect, principal: Principal): CaseView {
  const sensitive = principal.permissions.includes('case:read-sensitive');
  return {
    id: row.id,
    gemeenteId: row.gemeenteId,
    caseNumber: caseNumberOf(row),
    bsn: sensitive ? row.bsn : null,
    vNumber: row.vNumber,
    givenNames: row.givenNames,
    familyName: row.familyName,
    birthDate: row.birthDate,
    nationality: row.nationality,
    permit: row.permit,
    permitPurpose: row.permitPurpose,
    joinsProtectedHolder: row.joinsProtectedHolder,
    euFamilyMember: row.euFamilyMember,
    status: caseStatusOf(row.status),
    source: row.source,
    caseManagerId: row.caseManagerId,
    obliged: row.obliged,
    notObligedReason: row.notObligedReason,
    targetGroup: row.targetGroup,
    regime: row.regime,
    linkedOn: row.linkedOn,
    dutyStartOn: row.dutyStartOn,
    duoNoticeOn: row.duoNoticeOn,
    registeredOn: row.registeredOn,
    movedInOn: row.movedInOn,
    housedOn: row.housedOn,
    thirdPartyInfoReceivedOn: row.thirdPartyInfoReceivedOn,
    termStart: row.termStart,
    termEndExclusive: row.termEndExclusive,
    coaReference: row.coaReference,
    coaLocation: row.coaLocation,
    phone: row.phone,
    email: row.email,
    address: row.address,
    preferredLanguage: row.preferredLanguage,
    interpreterNeeded: row.interpreterNeeded,
    closedOn: row.closedOn,
    closedReason: row.closedReason,
    closedReasonCode: row.closedReasonCode,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The fields of a case that its history records. */
export function historyFields(row: typeof cases.$inferSelect): Record<string, unknown> {
  return {
    bsn: row.bsn,
    vNumber: row.vNumber,
    givenNames: row.givenNames,
    familyName: row.familyName,
    birthDate: row.birthDate,
    nationality: row.nationality,
    permit: row.permit,
    permitPurpose: row.permitPurpose,
    joinsProtectedHolder: row.joinsProtectedHolder,
    euFamilyMember: row.euFamilyMember,
    status: caseStatusOf(row.status),
    caseManagerId: row.caseManagerId,
    obliged: row.obliged,
    notObligedReason: row.notObligedReason,
    targetGroup: row.targetGroup,
    regime: row.regime,
    linkedOn: row.linkedOn,
    dutyStartOn: row.dutyStartOn,
    duoNoticeOn: row.duoNoticeOn,
    registeredOn: row.registeredOn,
    movedInOn: row.movedInOn,
    housedOn: row.housedOn,
    thirdPartyInfoReceivedOn: row.thirdPartyInfoReceivedOn,
    coaReference: row.coaReference,
    coaLocation: row.coaLocation,
    phone: row.phone,
    email: row.email,
    address: row.address,
    preferredLanguage: row.preferredLanguage,
    interpreterNeeded: row.interpreterNeeded,
    closedOn: row.closedOn,
    closedReason: row.closedReason,
  };
}
