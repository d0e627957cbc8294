// GET /api/portaal/sessie: who is signed in, in the words the portal needs to greet them.
import { count, eq } from 'drizzle-orm';
import { languageCode } from '@koers/domain';
import { cases, portaalMessages } from '../../db/schema.ts';
import { unreadAnswers } from './messages.ts';
import { AppError } from '../../errors.ts';
import { inPortaal, logPortaal, type PortaalContext } from './portaal-context.ts';
import type { SessieView } from './portaal.view.ts';

export function getSessie(ctx: PortaalContext): Promise<SessieView> {
  return inPortaal(
    ctx,
    async (tx) => {
      const [row] = await tx
        .select({ givenNames: cases.givenNames, caseNumber: cases.caseNumber, preferredLanguage: cases.preferredLanguage })
        .from(cases)
        .where(eq(cases.id, ctx.principal.caseId));
      if (!row) throw new AppError('NOT_FOUND');
      const [unread] = await tx.select({ n: count() }).from(portaalMessages).where(unreadAnswers(ctx.principal.caseId));
      await logPortaal(tx, ctx, 'portaal.getSessie', 'read', 'case', ctx.principal.caseId);
      return {
        givenName: row.givenNames.split(' ')[0] ?? row.givenNames,
        gemeente: { code: ctx.principal.gemeente.code, name: ctx.principal.gemeente.name },
        caseNumber: row.caseNumber ?? '',
        preferredLanguage: languageCode(row.preferredLanguage),
        unreadAnswers: unread?.n ?? 0,
      };
    },
    { readOnly: true },
  );
}
