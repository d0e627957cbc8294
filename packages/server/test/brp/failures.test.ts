// A failed BRP question: the right Dutch error for the user, and a log line for the administrator
// that names the kind of failure but never the person, the request or the answer.
import type { FastifyBaseLogger } from 'fastify';
import { describe, expect, it } from 'vitest';
import { BrpContractError, BrpNotFoundError, BrpRefusedError, BrpUnavailableError } from '@koers/brp';
import { brpAppError, logBrpFailure } from '../../src/brp/failures.ts';
import { AppError } from '../../src/errors.ts';

function recordingLogger(): { log: FastifyBaseLogger; lines: string[] } {
  const lines: string[] = [];
  const record = (...args: unknown[]) => {
    lines.push(JSON.stringify(args));
  };
  const log = {
    warn: record,
    error: record,
    info: record,
    debug: record,
    trace: record,
    fatal: record,
    child: () => log,
    level: 'info',
    silent: record,
  } as unknown as FastifyBaseLogger;
  return { log, lines };
}

describe('BRP failures', () => {
  const op = 'RaadpleegMetBurgerservicenummer' as const;
  const cases: Array<[Error, string, number]> = [
    [new BrpNotFoundError('De BRP kent geen persoon met dit burgerservicenummer.', op), 'BRP_PERSON_NOT_FOUND', 404],
    [new BrpUnavailableError('x', op, 'timeout'), 'BRP_UNAVAILABLE', 503],
    [
      new BrpRefusedError('x', op, 403, {
        title: 'U bent niet geautoriseerd voor deze operatie.',
        code: 'autorisation',
        detail: 'Tesfay 999990019',
      }),
      'BRP_REFUSED',
      502,
    ],
    [
      new BrpContractError('x', op, 'response', [
        { location: 'body', pointer: '/personen/0/naam/geslachtsnaam', keyword: 'pattern', message: 'must match pattern', text: 'x' },
      ]),
      'BRP_INVALID_ANSWER',
      502,
    ],
  ];

  it('map to a typed error with a Dutch message', () => {
    for (const [error, code, status] of cases) {
      const mapped = brpAppError(error);
      expect(mapped).toBeInstanceOf(AppError);
      expect((mapped as AppError).code).toBe(code);
      expect((mapped as AppError).status).toBe(status);
      expect((mapped as AppError).cause).toBe(error);
    }
    const other = new Error('iets anders');
    expect(brpAppError(other)).toBe(other);
  });

  it('are logged without anything personal (and a person not found is not logged at all)', () => {
    const { log, lines } = recordingLogger();
    for (const [error] of cases) logBrpFailure(log, brpAppError(error));
    expect(lines).toHaveLength(3);
    expect(lines.join('\n')).not.toMatch(/999990019|Tesfay/);
    expect(lines[0]).toContain('"reason":"timeout"');
    expect(lines[1]).toContain('"code":"autorisation"');
    expect(lines[2]).toContain('/personen/0/naam/geslachtsnaam: pattern');
    logBrpFailure(log, new AppError('NOT_FOUND'));
    expect(lines).toHaveLength(3);
  });
});
