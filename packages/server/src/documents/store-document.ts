import type { Tx } from '../db/database.ts';
import { caseDocuments } from '../db/schema.ts';
import type { Principal } from '../auth/principal.ts';
import type { LetterSummary } from './summaries/summary.ts';

export interface NewDocument {
  caseId: string;
  gemeenteId: string;
  kind: string;
  title: string;
  mimeType: string;
  content: Buffer;
  /** A generated letter: the key and facts of its translated summary, for the portal (ADR 0164). */
  letterSummary?: LetterSummary | undefined;
  /** 'gegenereerd' (default), 'geupload' or 'portaal' (sent by the inburgeraar, ADR 0163). */
  origin?: 'gegenereerd' | 'geupload' | 'portaal';
  description?: string | null;
  portaalRequestId?: string | null;
}

export async function storeDocument(tx: Tx, actor: Principal | null, doc: NewDocument, at: Date): Promise<string> {
  const [row] = await tx
    .insert(caseDocuments)
    .values({ ...doc, letterSummary: doc.letterSummary ?? null, sizeBytes: doc.content.length, createdBy: actor?.userId ?? null, createdAt: at })
    .returning({ id: caseDocuments.id });
  if (!row) throw new Error('document niet opgeslagen');
  return row.id;
}
