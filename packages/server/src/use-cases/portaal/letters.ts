// GET /api/portaal/brieven and brieven/:id/pdf: the letters and beschikkingen Koers sent to the
// person (sentLetterKinds: generated letters only, never uploads or internal documents such as the
// handover dossier). A download is logged like every read. Each letter comes with its summary in
// the portal's language, filled from the same catalogs as the PDF's summary page (ADR 0164).
import { and, desc, eq, inArray } from 'drizzle-orm';
import { sentLetterKinds, type PortaalLanguage } from '@koers/domain';
import { summaryCatalogs } from '../../documents/summaries/catalogs.ts';
import { fillSummary, parseLetterSummary } from '../../documents/summaries/summary.ts';
import { caseDocuments } from '../../db/schema.ts';
import { AppError } from '../../errors.ts';
import { todayIn } from '../../case-file/today.ts';
import { inPortaal, logPortaal, type PortaalContext } from './portaal-context.ts';
import type { PortaalBrieven } from './portaal.view.ts';

const sent = (caseId: string) => and(eq(caseDocuments.caseId, caseId), eq(caseDocuments.origin, 'gegenereerd'), inArray(caseDocuments.kind, [...sentLetterKinds]));

export function listLetters(ctx: PortaalContext, language: PortaalLanguage): Promise<PortaalBrieven> {
  return inPortaal(
    ctx,
    async (tx) => {
      const rows = await tx
        .select({ id: caseDocuments.id, kind: caseDocuments.kind, title: caseDocuments.title, mimeType: caseDocuments.mimeType, sizeBytes: caseDocuments.sizeBytes, letterSummary: caseDocuments.letterSummary, createdAt: caseDocuments.createdAt })
        .from(caseDocuments)
        .where(sent(ctx.principal.caseId))
        .orderBy(desc(caseDocuments.createdAt));
      await logPortaal(tx, ctx, 'portaal.listLetters', 'read', 'case-document');
      return {
        letters: rows.flatMap((r) => {
          const kind = sentLetterKinds.find((k) => k === r.kind);
          if (!kind) return [];
          const stored = parseLetterSummary(r.letterSummary);
          const summary = stored ? fillSummary(language, summaryCatalogs[language], stored) : null;
          return [{ id: r.id, kind, date: todayIn(r.createdAt), title: r.title, mimeType: r.mimeType, sizeBytes: r.sizeBytes, summary }];
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
