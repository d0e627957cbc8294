import { contactDateProblem } from '@koers/domain';
import { AppError } from '../../errors.ts';
import { todayIn } from '../../case-file/today.ts';
import type { UseCaseContext } from '../context.ts';
import type { JournalEntryInput } from './journal.types.ts';
import { readsSensitiveJournal } from './journal.view.ts';

/** What the schema cannot check: the contact date against today (Amsterdam) and who may mark an entry gevoelig. */
export function checkJournalInput(ctx: UseCaseContext, input: JournalEntryInput): void {
  const problem = contactDateProblem(input.contactOn, todayIn(ctx.now));
  switch (problem) {
    case 'toekomst':
      throw new AppError('VALIDATION_FAILED', { field: 'contactOn', message: 'Datum van het contact: de datum mag niet in de toekomst liggen.' });
    case 'te-vroeg':
      throw new AppError('VALIDATION_FAILED', { field: 'contactOn', message: 'Datum van het contact: de datum mag niet vóór 1 januari 2021 liggen.' });
    case undefined:
      break;
  }
  if (input.sensitive && !readsSensitiveJournal(ctx.principal)) {
    throw new AppError('FORBIDDEN', { field: 'sensitive', message: 'Vertrouwelijk: u mag geen vertrouwelijke notities vastleggen.' });
  }
}
