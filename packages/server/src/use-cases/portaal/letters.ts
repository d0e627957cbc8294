// GET /api/portaal/brieven and brieven/:id/pdf: the letters and beschikkingen Koers sent to the
// person (sentLetterKinds: generated letters only, never uploads or internal documents such as the
// handover dossier). A download is logged like every read.
import { and, desc, eq, inArray } from 'drizzle-orm';
import { sentLetterKinds, type SentLetterKind } from '@koers/domain';
import { caseDocuments } from '../../db/schema.ts';
import { AppError } from '../../errors.ts';
import { todayIn } from '../../case-file/today.ts';
import { inPortaal, logPortaal, type PortaalContext } from './portaal-context.ts';

export interface LetterView {
  id: string;
  kind: SentLetterKind;
  date: string;
  title: string;
  mimeType: string;
  sizeBytes: number;
}

const sent = (caseId: string) => and(eq(caseDocuments.caseId, caseId), eq(caseDocuments.origin, 'gegenereerd'), inArray(caseDocuments.kind, [...sentLetterKinds]));

export function listLetters(ctx: PortaalContext): Promise<{ letters: LetterView[] }> {
  return inPortaal(
    ctx,
    async (tx) => {
      const rows = await tx
        .select({ id: caseDocuments.id, kind: caseDocuments.kind, title: caseDocuments.title, mimeType: caseDocuments.mimeType, sizeBytes: caseDocuments.sizeBytes, createdAt: caseDocuments.createdAt })
        .from(caseDocuments)
        .where(sent(ctx.principal.caseId))
        .orderBy(desc(caseDocuments.createdAt));
      await logPortaal(tx, ctx, 'portaal.listLetters', 'read', 'case-document');
      return {
        letters: rows.flatMap((r) => {
          const kind = sentLetterKinds.find((k) => k === r.kind);
          return kind ? [{ id: r.id, kind, date: todayIn(r.createdAt), title: r.title, mimeType: r.mimeType, sizeBytes: r.sizeBytes }] : [];
        }),
      };
    },
    { readOnly: true },
  );
}

export function downloadLetter(ctx: PortaalContext, documentId: string): Promise<{ title: string; mimeType: string; content: Buffer }> {
  return inPortaal(ctx, async (tx) => {
    const [row] = await tx
      .select({ title: caseDocuments.title, mimeType: caseDocuments.mimeType, content: caseDocuments.content })
      .from(caseDocuments)
      .where(and(eq(caseDocuments.id, documentId), sent(ctx.principal.caseId)));
    if (!row) throw new AppError('NOT_FOUND');
    await logPortaal(tx, ctx, 'portaal.downloadLetter', 'read', 'case-document', documentId);
    return row;
  });
}
