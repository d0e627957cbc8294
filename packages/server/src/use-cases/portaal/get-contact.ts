// GET /api/portaal/contact: the trajectregisseur's name and the gemeente's contact details (letter settings).
import { eq } from 'drizzle-orm';
import { cases, users } from '../../db/schema.ts';
import { loadGemeente } from '../../gemeenten/settings.ts';
import { inPortaal, logPortaal, type PortaalContext } from './portaal-context.ts';
import type { PortaalContact } from './portaal.view.ts';

const orNull = (s: string | undefined) => (s !== undefined && s.trim() !== '' ? s : null);

export function getContact(ctx: PortaalContext): Promise<PortaalContact> {
  return inPortaal(
    ctx,
    async (tx) => {
      const [row] = await tx.select({ name: users.name }).from(cases).leftJoin(users, eq(users.id, cases.caseManagerId)).where(eq(cases.id, ctx.principal.caseId));
      const gemeente = await loadGemeente(tx, ctx.principal.gemeente.id);
      const letter = gemeente?.settings.letter ?? {};
      await logPortaal(tx, ctx, 'portaal.getContact', 'read', 'case', ctx.principal.caseId);
      return {
        regisseurName: row?.name ?? null,
        gemeente: {
          name: ctx.principal.gemeente.name,
          department: orNull(letter.department),
          contactName: orNull(letter.contactName),
          phone: orNull(letter.phone),
          email: orNull(letter.email),
          visitingAddress: orNull(letter.visitingAddress),
          postalAddress: orNull(letter.postalAddress),
        },
      };
    },
    { readOnly: true },
  );
}
