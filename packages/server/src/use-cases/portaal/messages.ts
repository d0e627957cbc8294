// GET/POST /api/portaal/berichten: the conversation between the inburgeraar and the
// trajectregisseur. A message of the person arrives as a werkvoorraad item (signal
// 'portaal-bericht') and on the case's timeline; the regisseur answers it in the case part Portaal
// (answer-message.ts, ADR 0163), and the answer shows here as from 'gemeente', unread until the
// person opened the conversation (POST berichten/gelezen).
import { and, desc, eq, isNull } from 'drizzle-orm';
import { caseEvents, portaalMessages } from '../../db/schema.ts';
import { todayIn } from '../../case-file/today.ts';
import { refreshPortaalSignals } from '../../workqueue/portaal-signals.ts';
import { inPortaal, logPortaal, type PortaalContext } from './portaal-context.ts';
import type { PortaalBericht, PortaalBerichten, PortaalOk } from './portaal.view.ts';

const viewOf = (m: typeof portaalMessages.$inferSelect): PortaalBericht => ({
  id: m.id,
  from: m.sender,
  text: m.text,
  sentAt: m.sentAt.toISOString(),
  read: m.sender === 'gemeente' ? m.readAt !== null : m.handledAt !== null,
  answerTo: m.answerTo,
});

export function listMessages(ctx: PortaalContext): Promise<PortaalBerichten> {
  return inPortaal(
    ctx,
    async (tx) => {
      const rows = await tx
        .select()
        .from(portaalMessages)
        .where(eq(portaalMessages.caseId, ctx.principal.caseId))
        .orderBy(desc(portaalMessages.sentAt));
      await logPortaal(tx, ctx, 'portaal.listMessages', 'read', 'portaal-message');
      return { messages: rows.map(viewOf) };
    },
    { readOnly: true },
  );
}

/** The regisseur's answers the person has not seen yet (the unread marker). */
export const unreadAnswers = (caseId: string) =>
  and(eq(portaalMessages.caseId, caseId), eq(portaalMessages.sender, 'gemeente'), isNull(portaalMessages.readAt));

/** The person opened the conversation: every answer counts as read. */
export function markAnswersRead(ctx: PortaalContext): Promise<PortaalOk> {
  return inPortaal(ctx, async (tx) => {
    const marked = await tx
      .update(portaalMessages)
      .set({ readAt: ctx.now })
      .where(unreadAnswers(ctx.principal.caseId))
      .returning({ id: portaalMessages.id });
    if (marked.length > 0) await logPortaal(tx, ctx, 'portaal.markAnswersRead', 'update', 'portaal-message');
    return { ok: true as const };
  });
}

export function sendMessage(ctx: PortaalContext, input: { text: string }): Promise<PortaalBericht> {
  return inPortaal(ctx, async (tx) => {
    const caseId = ctx.principal.caseId;
    const [row] = await tx
      .insert(portaalMessages)
      .values({ gemeenteId: ctx.principal.gemeente.id, caseId, text: input.text.trim(), sentAt: ctx.now })
      .returning();
    if (!row) throw new Error('bericht niet opgeslagen');
    await tx.insert(caseEvents).values({
      gemeenteId: ctx.principal.gemeente.id,
      caseId,
      at: ctx.now,
      occurredOn: todayIn(ctx.now),
      kind: 'portaal.bericht',
      summary: 'De inburgeraar stuurde een bericht via het portaal.',
      data: { messageId: row.id },
      source: 'portaal',
      actorName: 'Inburgeraar (portaal)',
      section: 'portaal',
    });
    await refreshPortaalSignals(tx, caseId);
    await logPortaal(tx, ctx, 'portaal.sendMessage', 'create', 'portaal-message', row.id);
    return viewOf(row);
  });
}
