import type { Tx } from '../db/database.ts';
import { caseDocuments } from '../db/schema.ts';
import type { Principal } from '../auth/principal.ts';

export interface NewDocument {
  caseId: string;
  gemeenteId: string;
  kind: string;
  title: string;
  mimeType: string;
  content: Buffer;
}

export async function storeDocument(tx: Tx, actor: Principal | null, doc: NewDocument, at: Date): Promise<string> {
  const [row] = await tx
    .insert(caseDocuments)
    .values({ ...doc, sizeBytes: doc.content.length, createdBy: actor?.userId ?? null, createdAt: at })
    .returning({ id: caseDocuments.id });
  if (!row) throw new Error('document niet opgeslagen');
  return row.id;
}
