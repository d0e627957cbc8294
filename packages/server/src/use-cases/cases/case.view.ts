import { caseStatuses, caseStatusOf } from '@koers/domain';
import { z } from 'zod';
import type { Principal } from '../../auth/principal.ts';
import type { cases } from '../../db/schema.ts';

const nullableString = z.string().nullable();

/** A case with its registration data, duty outcome and key dates. */
export const caseViewSchema = z
  .object({
    id: z.string(),
    gemeenteId: z.string(),
    caseNumber: z.string().describe('Zaaknummer, bijv. INB-2026-000123 (kenmerk van brieven)'),
    /** Only for roles with `case:read-sensitive`; otherwise null. */
    bsn: nullableString,
    vNumber: nullableString,
    givenNames: z.string(),
    familyName: z.string(),
    birthDate: z.string(),
    nationality: z.string(),
    permit: z.string(),
    permitPurpose: nullableString,
    joinsProtectedHolder: z.boolean(),
    euFamilyMember: z.boolean(),
    status: z.enum(caseStatuses),
    source: z.string(),
    caseManagerId: nullableString,
    obliged: z.boolean().nullable(),
    notObligedReason: nullableString,
    targetGroup: nullableString,
    regime: nullableString,
    linkedOn: nullableString,
    dutyStartOn: nullableString,
    duoNoticeOn: nullableString,
    registeredOn: nullableString,
    movedInOn: nullableString,
    housedOn: nullableString,
    thirdPartyInfoReceivedOn: nullableString,
    termStart: nullableString,
    termEndExclusive: nullableString,
    coaReference: nullableString,
    coaLocation: nullableString,
    phone: nullableString,
    email: nullableString,
    address: nullableString,
    preferredLanguage: nullableString,
    interpreterNeeded: z.boolean(),
    closedOn: nullableString,
    /** Why the case was closed (Dutch), by hand or by DUO. */
    closedReason: nullableString,
    /** Closed by hand: the reason code (@koers/domain closeReasons); null otherwise. */
    closedReasonCode: nullableString,
    version: z.number(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'DossierDetails' });

export type CaseView = z.output<typeof caseViewSchema>;

/** A case in the list: the case with its gemeente, case manager and open and overdue signals. */
export const caseListItemSchema = caseViewSchema
  .extend({ gemeenteName: z.string(), caseManagerName: nullableString, openSignals: z.number(), overdueSignals: z.number() })
  .meta({ id: 'DossierInLijst' });
export type CaseListItem = z.output<typeof caseListItemSchema>;

/** A page of the case list with the total count. */
export const caseListSchema = z.object({ items: z.array(caseListItemSchema), total: z.number() });
export type CaseList = z.output<typeof caseListSchema>;

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
