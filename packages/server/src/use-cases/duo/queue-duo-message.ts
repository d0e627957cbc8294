/**
 * Queue a melding for DUO in the caller's transaction (transactional outbox): the use case that
 * causes the melding calls this, so the message exists exactly when the change commits. DUO's
 * validation rules from the rules core run first; when DUO would refuse, nothing is queued and a
 * Dutch error says why. The body is also checked against DUO's OpenAPI file before it is stored.
 */
import { randomUUID } from 'node:crypto';
import {
  validatePipForDuo,
  validatePipWithdrawalForDuo,
  validatePlacementForDuo,
  validateResultDateForDuo,
  type DuoCheck,
  type DuoPipInput,
  type DuoPipWithdrawInput,
  type DuoPlacementInput,
  type DuoResultInput,
} from '@koers/domain';
import { duoOperations, formatIssues } from '@koers/duo';
import type { Tx } from '../../db/database.ts';
import { duoOutbox } from '../../db/schema.ts';
import { AppError } from '../../errors.ts';
import { addCaseEvent } from '../../case-file/events.ts';
import { todayIn } from '../../case-file/today.ts';
import type { Principal } from '../../auth/principal.ts';
import { duoRequestFor, outboxCatalogue, outboxEntry, outboxLabel, type OutboxOperation, type OutboxPayload } from '../../duo/outbox-operations.ts';
import { duoValidator } from '../../duo/runtime.ts';

/** The rules-core check that must pass before a melding is queued. */
export type DuoPrecheck =
  | { rule: 'pip'; input: DuoPipInput }
  | { rule: 'pip-withdrawal'; input: DuoPipWithdrawInput }
  | { rule: 'placement'; input: DuoPlacementInput }
  | { rule: 'result-date'; input: DuoResultInput }
  | { rule: 'none' };

export interface QueueDuoMessageInput<O extends OutboxOperation> {
  gemeenteId: string;
  caseId: string | null;
  operation: O;
  payload: OutboxPayload<O>;
  precheck: DuoPrecheck;
  /** Who caused it (null: the system). */
  actor: Principal | null;
  now: Date;
}

function runPrecheck(p: DuoPrecheck): DuoCheck<string> | undefined {
  switch (p.rule) {
    case 'pip':
      return validatePipForDuo(p.input);
    case 'pip-withdrawal':
      return validatePipWithdrawalForDuo(p.input);
    case 'placement':
      return validatePlacementForDuo(p.input);
    case 'result-date':
      return validateResultDateForDuo(p.input);
    case 'none':
      return undefined;
    default:
      return p satisfies never;
  }
}

/**
 * The checks before a melding may be queued: the rules core's precheck (DUO would refuse →
 * DUO_PREVALIDATION_FAILED) and DUO's OpenAPI file for the request. Returns the payload to store.
 */
export async function checkDuoMessage<O extends OutboxOperation>(input: Pick<QueueDuoMessageInput<O>, 'operation' | 'payload' | 'precheck'>): Promise<OutboxPayload<O>> {
  const required = outboxCatalogue[input.operation].precheck;
  if (input.precheck.rule !== required) throw new Error(`queueDuoMessage: ${input.operation} vraagt controle '${required}', niet '${input.precheck.rule}'`);
  const check = runPrecheck(input.precheck);
  if (check && !check.accepted) {
    throw new AppError('DUO_PREVALIDATION_FAILED', {
      message: check.explanation.summary,
      details: check.findings.map((f) => ({ field: f.error, message: f.text })),
      extra: { duoErrors: check.errors },
    });
  }
  const payload = outboxEntry(input.operation).payload.parse(input.payload) as OutboxPayload<O>;
  const request = duoRequestFor(input.operation, payload);
  // Contract check before anything is stored: the body and path as DUO's OpenAPI file describes them.
  const validator = await duoValidator();
  const def = duoOperations[request.operationId];
  const issues = validator.validateRequest(
    { api: def.api, operationId: request.operationId },
    { pathParams: request.pathParams, headers: { bron: '0'.repeat(20), doel: '0'.repeat(20), berichtId: randomUUID() }, body: request.body },
    { strictProperties: true },
  );
  if (issues.length > 0) {
    throw new AppError('DUO_PREVALIDATION_FAILED', { message: `Het bericht voldoet niet aan de specificatie van DUO: ${formatIssues(issues)}` });
  }
  return payload;
}

/** The timeline line of a queued melding. */
export const waitingSummary = (operation: OutboxOperation): string => `${capitalise(outboxLabel(operation))} staat klaar voor verzending naar DUO.`;

export async function queueDuoMessage<O extends OutboxOperation>(tx: Tx, input: QueueDuoMessageInput<O>): Promise<{ id: string; berichtId: string }> {
  const payload = await checkDuoMessage(input);
  const [row] = await tx
    .insert(duoOutbox)
    .values({ gemeenteId: input.gemeenteId, caseId: input.caseId, operation: input.operation, payload, status: 'wachtend', nextAttemptAt: input.now, createdAt: input.now, createdBy: input.actor?.userId ?? null })
    .returning({ id: duoOutbox.id, berichtId: duoOutbox.berichtId });
  if (!row) throw new AppError('INTERNAL');
  if (input.caseId) {
    await addCaseEvent(
      tx,
      input.actor,
      { caseId: input.caseId, gemeenteId: input.gemeenteId, kind: 'duo.bericht.wachtend', summary: waitingSummary(input.operation), occurredOn: todayIn(input.now), section: 'duo', data: { messageId: row.id, berichtId: row.berichtId, operation: input.operation } },
      input.now,
    );
  }
  return row;
}

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
