// Documents of a case: the letters Koers made and the files users added (server: routes/case-file.ts,
// routes/document-upload.ts, ADR 0101).
import { api, postForm } from './client.ts';
import type { ApiResponse } from './generated/index.ts';

export const uploadKinds = ['bijstandsbesluit', 'bezwaarschrift', 'rapportage', 'diploma-certificaat', 'medische-verklaring', 'correspondentie', 'overig'] as const;
export type UploadKind = (typeof uploadKinds)[number];

export type CaseDocumentItem = ApiResponse<'/api/cases/{id}/documents', 'get'>[number];

export interface UploadInput {
  file: File;
  kind: UploadKind;
  title: string;
  description: string;
  pipId: string;
  objectionId: string;
}

const base = (caseId: string) => `/api/cases/${encodeURIComponent(caseId)}/documents`;

export const getCaseDocuments = (caseId: string) => api.get<CaseDocumentItem[]>(base(caseId));
export const caseDocumentUrl = (caseId: string, documentId: string) => `${base(caseId)}/${encodeURIComponent(documentId)}`;

export function uploadDocument(caseId: string, input: UploadInput): Promise<CaseDocumentItem> {
  const form = new FormData();
  form.append('kind', input.kind);
  form.append('title', input.title);
  if (input.description) form.append('description', input.description);
  if (input.pipId) form.append('pipId', input.pipId);
  if (input.objectionId) form.append('objectionId', input.objectionId);
  // The file last, so the server has read the fields when the file arrives.
  form.append('file', input.file);
  return postForm<CaseDocumentItem>(base(caseId), form);
}

export const removeDocument = (caseId: string, documentId: string, reason: string) => api.delete<undefined>(caseDocumentUrl(caseId, documentId), { reason });
