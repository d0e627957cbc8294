import { begeleidingDateProblem } from '@koers/domain';
import { AppError } from '../../errors.ts';
import { todayIn } from '../../case-file/today.ts';
import type { UseCaseContext } from '../context.ts';

/** A contact or measurement date by the application's clock: not in the future, not before 2021. */
export function assertPastDate(ctx: UseCaseContext, field: string, label: string, on: string): void {
  const problem = begeleidingDateProblem(on, todayIn(ctx.now));
  if (problem === 'toekomst') throw new AppError('VALIDATION_FAILED', { field, message: `${label}: mag niet in de toekomst liggen` });
  if (problem === 'te-vroeg') throw new AppError('VALIDATION_FAILED', { field, message: `${label}: vul een datum in vanaf 1 januari 2021` });
}
