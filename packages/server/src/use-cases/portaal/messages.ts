// GET/POST /api/portaal/berichten: messages from the inburgeraar to the trajectregisseur. A message
// arrives as a werkvoorraad item (signal 'portaal-bericht') and on the case's timeline; the
// regisseur's answer through the portal is not built yet (the regisseur answers by phone or letter).
import { desc, eq } from 'drizzle-orm';
import { caseEvents, portaalMessages } from '../../db/schema.ts';
import { todayIn } from '../../case-file/today.ts';
import { refreshPortaalSignals } from '../../workqueue/portaal-signals.ts';
import { inPortaal, logPortaal, type PortaalContext } from './portaal-context.ts';

export interface MessageView {
  id: string;
  from: 'inburgeraar' | 'gemeente';
  text: string;
  sentAt: string;
  read: boolean;
}

const viewOf = (m: typeof portaalMessages.$inferSelect): MessageView => ({ id: m.id, from: 'inburgeraar', text: m.text, sentAt: m.sentAt.toISOString(), read: m.handledAt !== null });

export function listMessages(ctx: PortaalContext): Promise<{ messages: MessageView[] }> {
  return inPortaal(
    ctx,
    async (tx) => {
      const rows = await tx.select().from(portaalMessages).where(eq(portaalMessages.caseId, ctx.principal.caseId)).orderBy(desc(portaalMessages.sentAt));
      await logPortaal(tx, ctx, 'portaal.listMessages', 'read', 'portaal-message');
      return { messages: rows.map(viewOf) };
    },
    { readOnly: true },
  );
}

export function sendMessage(ctx: PortaalContext, input: { text: string }): Promise<MessageView> {
  return inPortaal(ctx, async (tx) => {
    const caseId = ctx.principal.caseId;
    const [row] = await tx.insert(portaalMessages).values({ gemeenteId: ctx.principal.gemeente.id, caseId, text: input.text.trim(), sentAt: ctx.now }).returning();
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
