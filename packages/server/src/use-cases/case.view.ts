import type { Principal } from '../auth/principal.ts';
import type { cases } from '../db/schema.ts';

export interface CaseView {
  id: string;
  gemeenteId: string;
  /** Only for roles with `case:read-sensitive`; otherwise null. */
  bsn: string | null;
  vNumber: string | null;
  givenNames: string;
  familyName: string;
  birthDate: string;
  nationality: string;
  permit: string;
  status: string;
  caseManagerId: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export function caseView(row: typeof cases.$inferSelect, principal: Principal): CaseView {
  const sensitive = principal.permissions.includes('case:read-sensitive');
  return {
    id: row.id,
    gemeenteId: row.gemeenteId,
    bsn: sensitive ? row.bsn : null,
    vNumber: row.vNumber,
    givenNames: row.givenNames,
    familyName: row.familyName,
    birthDate: row.birthDate,
    nationality: row.nationality,
    permit: row.permit,
    status: row.status,
    caseManagerId: row.caseManagerId,
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
    status: row.status,
    caseManagerId: row.caseManagerId,
  };
}
