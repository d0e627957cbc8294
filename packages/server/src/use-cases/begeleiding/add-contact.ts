import { begeleidingContactKindLabel, begeleidingTopicLabel } from '@koers/domain';
import { begeleidingContacts } from '../../db/schema.ts';
import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import { AppError } from '../../errors.ts';
import { diff } from '../../audit/history.ts';
import { recordCaseWriteTraces } from '../../case-file/write-traces.ts';
import type { UseCaseContext } from '../context.ts';
import { assignedClient } from './access.ts';
import type { BegeleidingContactInput } from './begeleiding.types.ts';
import { contactView, type BegeleidingContactView } from './begeleiding.view.ts';
import { assertPastDate } from './check-date.ts';

/** The begeleider logs a contact (R17). The history keeps the fields without the text (that stays in the row). */
export async function addBegeleidingContact(ctx: UseCaseContext, caseId: string, input: BegeleidingContactInput): Promise<BegeleidingContactView> {
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const kase = await assignedClient(tx, ctx.principal, caseId, { forUpdate: true });
    assertPastDate(ctx, 'contactOn', 'Datum van het contact', input.contactOn);
    const [row] = await tx
      .insert(begeleidingContacts)
      .values({ gemeenteId: kase.gemeenteId, caseId, contactOn: input.contactOn, kind: input.kind, minutes: input.minutes, topic: input.topic, text: input.text, createdBy: ctx.principal.userId, createdAt: ctx.now, updatedAt: ctx.now })
      .returning();
    if (!row) throw new AppError('INTERNAL');
    await recordCaseWriteTraces(tx, ctx, kase, {
      entityType: 'begeleiding-contact',
      entityId: row.id,
      action: 'create',
      changes: diff(null, { contactOn: row.contactOn, kind: row.kind, minutes: row.minutes, topic: row.topic }),
      event: {
        kind: 'begeleiding.contact',
        summary: `Contact maatschappelijke begeleiding: ${begeleidingContactKindLabel[input.kind].toLowerCase()}, ${input.minutes} minuten, ${begeleidingTopicLabel[input.topic].toLowerCase()}.`,
        occurredOn: row.contactOn,
        section: 'begeleiding',
      },
      operationName: 'addBegeleidingContact',
      activity: 'maatschappelijkeBegeleiding',
    });
    return contactView(row, ctx.principal.name, ctx.principal);
  });
}
