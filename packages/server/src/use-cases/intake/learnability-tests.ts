// Leerbaarheidstoets (art. 14 lid 3 en 6 Wi 2021, art. 5.2 Bi 2021): appointment, result or no-show,
// and the exemption for a visual or auditory impairment decided by the rules core.
import { and, eq } from 'drizzle-orm';
import { formatDutchDate, isAfter, learnabilityTestExemption, routeLabel } from '@koers/domain';
import { learnabilityTests } from '../../db/schema.ts';
import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import { diff } from '../../audit/history.ts';
import { findOpenCase } from '../../case-file/find-case.ts';
import { todayIn } from '../../case-file/today.ts';
import { AppError } from '../../errors.ts';
import type { UseCaseContext } from '../context.ts';
import { canReadSensitive, dutchDateTime, recordCaseWrite } from '../voorbereiding/case-write.ts';
import type { PlanLearnabilityTestInput, UpdateLearnabilityTestInput } from './intake.types.ts';
import { testView, type LearnabilityTestView, type TestRow } from './intake.view.ts';

export const testStatusLabels: Record<string, string> = {
  gepland: 'gepland',
  afgenomen: 'afgenomen',
  'niet-verschenen': 'niet verschenen',
  geannuleerd: 'geannuleerd',
  ontheffing: 'ontheffing verleend',
  aangemeld: 'aangemeld bij DUO',
};

function historyFields(row: TestRow): Record<string, unknown> {
  return {
    status: row.status,
    plannedAt: row.plannedAt?.toISOString() ?? null,
    location: row.location,
    device: row.device,
    supervisor: row.supervisor,
    exemption: row.exemption,
    resultOn: row.resultOn,
    advisedRoute: row.advisedRoute,
    resultDetails: row.resultDetails,
  };
}

function appointment(plannedAt: Date, location: string, device: string, supervisor: string): string {
  return `${dutchDateTime(plannedAt)}, ${location} (apparaat: ${device}; begeleiding: ${supervisor})`;
}

/** Plans the toets, or records an exemption when the rules core grants one. */
export function planLearnabilityTest(ctx: UseCaseContext, caseId: string, input: PlanLearnabilityTestInput): Promise<LearnabilityTestView> {
  const sensitive = canReadSensitive(ctx);
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const kase = await findOpenCase(tx, caseId);
    const existing = await tx.select().from(learnabilityTests).where(eq(learnabilityTests.caseId, kase.id));
    const open = existing.find((t) => t.status === 'gepland');
    const done = existing.find((t) => t.status === 'afgenomen' || t.status === 'ontheffing');
    if (done) {
      throw new AppError('STEP_NOT_ALLOWED', {
        field: 'kind',
        message: `De leerbaarheidstoets is al ${testStatusLabels[done.status] ?? done.status}; een nieuwe afspraak of ontheffing is niet nodig (veld kind).`,
      });
    }
    if (open && input.kind === 'afspraak') {
      throw new AppError('STEP_NOT_ALLOWED', { field: 'plannedAt', message: 'Er staat al een leerbaarheidstoets gepland; verplaats of annuleer die eerst (veld plannedAt).' });
    }
    // A toets DUO registered (SS137, status 'aangemeld') gets its appointment on the same row.
    const registered = existing.find((t) => t.status === 'aangemeld');
    if (registered && input.kind === 'afspraak') {
      const plannedAt = new Date(input.plannedAt);
      const [after] = await tx
        .update(learnabilityTests)
        .set({ status: 'gepland', plannedAt, location: input.location, device: input.device, supervisor: input.supervisor, updatedAt: ctx.now })
        .where(eq(learnabilityTests.id, registered.id))
        .returning();
      if (!after) throw new AppError('INTERNAL');
      await recordCaseWrite(tx, ctx, kase, {
        entityType: 'learnability-test',
        entityId: after.id,
        action: 'update',
        changes: diff(historyFields(registered), historyFields(after)),
        operationName: 'planLearnabilityTest',
        event: { kind: 'toets.planned', summary: `Leerbaarheidstoets gepland op ${appointment(plannedAt, input.location, input.device, input.supervisor)}`, section: 'intake', data: { testId: after.id } },
      });
      return testView(after, sensitive);
    }
    let values: typeof learnabilityTests.$inferInsert;
    let summary: string;
    switch (input.kind) {
      case 'afspraak': {
        const plannedAt = new Date(input.plannedAt);
        values = { caseId: kase.id, gemeenteId: kase.gemeenteId, status: 'gepland', plannedAt, location: input.location, device: input.device, supervisor: input.supervisor };
        summary = `Leerbaarheidstoets gepland op ${appointment(plannedAt, input.location, input.device, input.supervisor)}`;
        break;
      }
      case 'ontheffing': {
        const exemption = learnabilityTestExemption(input);
        if (!exemption.value) {
          throw new AppError('VALIDATION_FAILED', {
            field: 'visualImpairment',
            message: `${exemption.explanation.summary} ${exemption.explanation.steps.map((s) => s.text).join(' ')} (veld visualImpairment / auditoryImpairment)`,
            extra: { explanation: exemption.explanation },
          });
        }
        const superseded = open ?? registered;
        if (superseded) {
          await tx.update(learnabilityTests).set({ status: 'geannuleerd', updatedAt: ctx.now }).where(eq(learnabilityTests.id, superseded.id));
        }
        values = {
          caseId: kase.id,
          gemeenteId: kase.gemeenteId,
          status: 'ontheffing',
          exemption: input.visualImpairment ? 'visueel' : 'auditief',
          resultDetails: { exemptionExplanation: exemption.explanation, ...(input.note ? { note: input.note } : {}) },
        };
        summary = `${exemption.explanation.summary}${superseded ? ' De geplande toets is geannuleerd.' : ''}`;
        break;
      }
      default:
        return input satisfies never;
    }
    const [row] = await tx
      .insert(learnabilityTests)
      .values({ ...values, createdBy: ctx.principal.userId, createdAt: ctx.now, updatedAt: ctx.now })
      .returning();
    if (!row) throw new AppError('INTERNAL');
    await recordCaseWrite(tx, ctx, kase, {
      entityType: 'learnability-test',
      entityId: row.id,
      action: 'create',
      changes: diff(null, historyFields(row)),
      operationName: 'planLearnabilityTest',
      // the timeline is read by roles without case:read-sensitive: no impairment named there
      event: {
        kind: input.kind === 'afspraak' ? 'toets.planned' : 'toets.exemption',
        summary: input.kind === 'afspraak' ? summary : `Ontheffing van de leerbaarheidstoets verleend (art. 14 lid 6 Wi 2021)${(open ?? registered) ? '; de geplande toets is geannuleerd' : ''}`,
        section: 'intake',
        data: { testId: row.id },
      },
    });
    return testView(row, sensitive);
  });
}

/** Result, no-show, new appointment or cancellation of a planned toets. */
export function updateLearnabilityTest(ctx: UseCaseContext, caseId: string, testId: string, input: UpdateLearnabilityTestInput): Promise<LearnabilityTestView> {
  const sensitive = canReadSensitive(ctx);
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const kase = await findOpenCase(tx, caseId);
    const [before] = await tx
      .select()
      .from(learnabilityTests)
      .where(and(eq(learnabilityTests.id, testId), eq(learnabilityTests.caseId, kase.id)))
      .for('update');
    if (!before) throw new AppError('NOT_FOUND', { message: 'Deze leerbaarheidstoets bestaat niet in dit dossier.' });
    if (before.version !== input.version) {
      throw new AppError('VERSION_CONFLICT', { field: 'version', message: 'Deze leerbaarheidstoets is intussen door iemand anders gewijzigd. Laad hem opnieuw.' });
    }
    const allowedFrom: Record<UpdateLearnabilityTestInput['action'], readonly string[]> = {
      resultaat: ['gepland', 'aangemeld'],
      'niet-verschenen': ['gepland', 'aangemeld'],
      verplaatsen: ['gepland', 'niet-verschenen', 'aangemeld'],
      annuleren: ['gepland', 'niet-verschenen', 'aangemeld'],
    };
    if (!allowedFrom[input.action].includes(before.status)) {
      throw new AppError('STEP_NOT_ALLOWED', {
        field: 'action',
        message: `Deze toets is ${testStatusLabels[before.status] ?? before.status}; '${input.action}' is nu niet mogelijk (veld action).`,
      });
    }
    const details = before.resultDetails;
    let set: Partial<typeof learnabilityTests.$inferInsert>;
    let summary: string;
    switch (input.action) {
      case 'resultaat': {
        if (isAfter(input.resultOn, todayIn(ctx.now))) {
          throw new AppError('VALIDATION_FAILED', { field: 'resultOn', message: "Veld 'resultOn': de datum van de uitslag mag niet in de toekomst liggen." });
        }
        set = {
          status: 'afgenomen',
          resultOn: input.resultOn,
          advisedRoute: input.advisedRoute,
          resultDetails: { ...details, ...(input.level ? { level: input.level } : {}), ...(input.details ? { details: input.details } : {}) },
        };
        summary = `Uitslag leerbaarheidstoets (${formatDutchDate(input.resultOn)}): advies ${routeLabel(input.advisedRoute)}${input.level ? `, niveau ${input.level}` : ''}`;
        break;
      }
      case 'niet-verschenen':
        set = { status: 'niet-verschenen', resultDetails: { ...details, ...(input.note ? { note: input.note } : {}) } };
        summary = 'Niet verschenen voor de leerbaarheidstoets';
        break;
      case 'verplaatsen': {
        const plannedAt = new Date(input.plannedAt);
        set = { status: 'gepland', plannedAt, location: input.location, device: input.device, supervisor: input.supervisor };
        summary = `Leerbaarheidstoets opnieuw gepland op ${appointment(plannedAt, input.location, input.device, input.supervisor)}`;
        break;
      }
      case 'annuleren':
        set = { status: 'geannuleerd', resultDetails: { ...details, ...(input.note ? { note: input.note } : {}) } };
        summary = 'Afspraak leerbaarheidstoets geannuleerd';
        break;
      default:
        return input satisfies never;
    }
    const [after] = await tx.update(learnabilityTests).set({ ...set, version: before.version + 1, updatedAt: ctx.now }).where(eq(learnabilityTests.id, before.id)).returning();
    if (!after) throw new AppError('INTERNAL');
    await recordCaseWrite(tx, ctx, kase, {
      entityType: 'learnability-test',
      entityId: after.id,
      action: 'update',
      changes: diff(historyFields(before), historyFields(after)),
      operationName: 'updateLearnabilityTest',
      event: { kind: `toets.${input.action}`, summary, section: 'intake', data: { testId: after.id } },
    });
    return testView(after, sensitive);
  });
}
