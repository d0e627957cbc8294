// The regisseur answers a message the inburgeraar sent through the portal (issue 17, ADR 0163).
// The answer is a message from 'gemeente' in the same conversation; answering also handles the
// message, so its werkvoorraad item goes. The portal marks the answer unread until the person saw it.
import { and, eq } from 'drizzle-orm';
import { portaalMessages } from '../../db/schema.ts';
import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import { findCase } from '../../case-file/find-case.ts';
import { recordCaseWriteTraces } from '../../case-file/write-traces.ts';
import { AppError } from '../../errors.ts';
import type { UseCaseContext } from '../context.ts';
import type { AnswerMessageInput } from './portaal-regie.types.ts';
import type { PortaalAnswerSent } from './portaal-regie.view.ts';

export function answerPortaalMessage(
  ctx: UseCaseContext,
  caseId: string,
  messageId: string,
  input: AnswerMessageInput,
): Promise<PortaalAnswerSent> {
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const kase = await findCase(tx, caseId);
    const [before] = await tx
      .select()
      .from(portaalMessages)
      .where(and(eq(portaalMessages.id, messageId), eq(portaalMessages.caseId, kase.id), eq(portaalMessages.sender, 'inburgeraar')))
      .for('update');
    if (!before) throw new AppError('NOT_FOUND');
    if (before.version !== input.version)
      throw new AppError('VERSION_CONFLICT', { field: 'version', message: 'Dit bericht is intussen gewijzigd. Laad de pagina opnieuw.' });
    const [answer] = await tx
      .insert(portaalMessages)
      .values({
        gemeenteId: kase.gemeenteId,
        caseId: kase.id,
        text: input.text,
        sentAt: ctx.now,
        sender: 'gemeente',
        answerTo: before.id,
        sentBy: ctx.principal.userId,
        handledAt: ctx.now,
        handledBy: ctx.principal.userId,
      })
      .returning();
    if (!answer) throw new AppError('INTERNAL');
    const [after] = await tx
      .update(portaalMessages)
      .set({ handledAt: before.handledAt ?? ctx.now, handledBy: before.handledBy ?? ctx.principal.userId, version: before.version + 1 })
      .where(and(eq(portaalMessages.id, before.id), eq(portaalMessages.version, input.version)))
      .returning({ version: portaalMessages.version });
    if (!after) throw new AppError('VERSION_CONFLICT', { field: 'version' });
    // The text itself stays out of the history and the timeline: the conversation is its record.
    await recordCaseWriteTraces(tx, ctx, kase, {
      entityType: 'portaal-message',
      entityId: answer.id,
      action: 'create',
      changes: { answerTo: { from: null, to: before.id } },
      operationName: 'answerPortaalMessage',
      event: {
        kind: 'portaal.antwoord',
        summary: 'Bericht van de inburgeraar beantwoord via het portaal.',
        section: 'portaal',
        data: { messageId: before.id, answerId: answer.id },
      },
    });
    return { id: answer.id, sentAt: answer.sentAt.toISOString(), version: after.version };
  });
}
