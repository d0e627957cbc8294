/**
 * How a "new duty" notification (SS101, SS128, SS139, SS120, SS121, SS129) creates a case.
 *
 * The one use case for new cases is `registerNewcomer` (use-cases/registration/**, built in
 * parallel). Until it is wired in, {@link insertCaseFromDuo} is the stand-in: DUO sends no name or
 * birth date, so the case gets placeholders that the case manager completes from the BRP (the
 * timeline says so).
 */
import { dutyRegime } from '@koers/domain';
import { cases } from '../db/schema.ts';
import type { Tx } from '../db/database.ts';
import { diff, recordChange } from '../audit/history.ts';

export interface NewcomerFromDuo {
  gemeenteId: string;
  organisationId: string;
  bsn: string | null;
  vNumber: string | null;
  /** 'duo' for a new inburgeringsplichtige, 'verhuizing' for SS120/SS121. */
  source: 'duo' | 'verhuizing';
  obliged: boolean | null;
  targetGroup: 'asiel' | 'gezin-overig' | null;
  dutyStartOn: string | null;
  duoNoticeOn: string | null;
  /** The DUO event code, for the history reason. */
  eventCode: string;
}

export type RegisterNewcomerFromDuo = (tx: Tx, input: NewcomerFromDuo, at: Date) => Promise<{ caseId: string }>;

export const PLACEHOLDER_NAME = 'Onbekend (via DUO)';
export const PLACEHOLDER_BIRTH_DATE = '1900-01-01';

export const insertCaseFromDuo: RegisterNewcomerFromDuo = async (tx, input, at) => {
  // DUO decides the duty and the target group; the regime follows from the day the duty arose (rules core).
  const regime = input.dutyStartOn ? dutyRegime(input.dutyStartOn) : null;
  const [row] = await tx
    .insert(cases)
    .values({
      gemeenteId: input.gemeenteId,
      bsn: input.bsn,
      vNumber: input.vNumber,
      givenNames: PLACEHOLDER_NAME,
      familyName: input.bsn !== null ? `BSN ${input.bsn}` : `V-nummer ${input.vNumber ?? ''}`,
      birthDate: PLACEHOLDER_BIRTH_DATE,
      nationality: 'onbekend',
      permit: input.targetGroup === 'asiel' ? 'asiel' : 'regulier',
      status: 'aangemeld',
      source: input.source,
      obliged: input.obliged,
      targetGroup: input.targetGroup,
      dutyStartOn: input.dutyStartOn,
      duoNoticeOn: input.duoNoticeOn,
      regime: regime?.value ?? null,
      // Same shape as registerNewcomer's ({ duty: Explanation, assessedOn }).
      dutyExplanation: {
        duty: {
          summary: `Inburgeringsplichtig volgens DUO (melding ${input.eventCode})${regime ? `; ${regime.explanation.summary}` : ''}`,
          steps: [{ text: `DUO meldde de inburgeringsplicht (${input.eventCode}); de doelgroep is die van DUO.`, articles: ['DUO M2M-koppelvlak, Notificatie'] }, ...(regime?.explanation.steps ?? [])],
          articles: ['DUO M2M-koppelvlak, Notificatie', ...(regime?.explanation.articles ?? [])],
        },
        assessedOn: at.toISOString().slice(0, 10),
      },
      createdAt: at,
      updatedAt: at,
    })
    .returning();
  if (!row) throw new Error('dossier niet aangemaakt');
  await recordChange(
    tx,
    null,
    {
      organisationId: input.organisationId,
      gemeenteId: input.gemeenteId,
      entityType: 'case',
      entityId: row.id,
      action: 'create',
      changes: diff(null, { bsn: row.bsn, vNumber: row.vNumber, status: row.status, source: row.source, obliged: row.obliged, targetGroup: row.targetGroup, regime: row.regime, dutyStartOn: row.dutyStartOn, duoNoticeOn: row.duoNoticeOn }),
      reason: `DUO ${input.eventCode}`,
    },
    at,
  );
  return { caseId: row.id };
};
