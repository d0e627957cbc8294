/**
 * What a failed BRP lookup means for the user (a typed AppError with a Dutch message) and for the
 * administrator (one log line without personal data: the kind, status and reason only).
 */
import type { FastifyBaseLogger } from 'fastify';
import { BrpContractError, BrpError, BrpNotFoundError, BrpRefusedError, BrpUnavailableError } from '@koers/brp';
import { AppError } from '../errors.ts';

/** The AppError for a failure of the BRP client; anything else is returned as it is. */
export function brpAppError(error: unknown): unknown {
  if (!(error instanceof BrpError)) return error;
  let appError: AppError;
  if (error instanceof BrpNotFoundError) appError = new AppError('BRP_PERSON_NOT_FOUND', { field: 'bsn' });
  else if (error instanceof BrpUnavailableError) appError = new AppError('BRP_UNAVAILABLE');
  else if (error instanceof BrpRefusedError) appError = new AppError('BRP_REFUSED');
  else if (error instanceof BrpContractError) appError = new AppError('BRP_INVALID_ANSWER');
  else appError = new AppError('INTERNAL');
  appError.cause = error;
  return appError;
}

/** Logs why the BRP could not be used (never the request, the answer or the person). */
export function logBrpFailure(log: FastifyBaseLogger, error: unknown): void {
  const cause = error instanceof AppError ? error.cause : undefined;
  if (!(cause instanceof BrpError) || cause instanceof BrpNotFoundError) return;
  const detail =
    cause instanceof BrpUnavailableError
      ? { reason: cause.reason, status: cause.status }
      : cause instanceof BrpRefusedError
        ? { status: cause.status, code: cause.foutbericht?.code }
        : cause instanceof BrpContractError
          ? { direction: cause.direction, issues: cause.issues.map((i) => `${i.location} ${i.pointer}: ${i.keyword}`) }
          : {};
  log.warn({ brp: { kind: cause.kind, operation: cause.operation, ...detail } }, 'BRP-raadpleging mislukt');
}
