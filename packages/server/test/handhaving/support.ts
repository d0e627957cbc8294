// Shared by the handhaving tests: a new case of a gemeente, and the text of a letter stored in the case's documents.
import { expect } from 'vitest';
import { caseInput } from '../support/fixtures.ts';
import type { Client } from '../support/koers.ts';
import { pdfPages } from '../support/pdf-text.ts';

export async function newHandhavingCase(client: Client, gemeenteId: string): Promise<string> {
  const response = await client.post('/api/cases', { ...caseInput(gemeenteId), duoNoticeOn: '2026-10-01', registeredOn: '2026-09-15' });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ id: string }>().id;
}

export async function letterText(client: Client, caseId: string, documentId: string | null | undefined): Promise<string> {
  expect(documentId).toBeTruthy();
  const r = await client.get(`/api/cases/${caseId}/documents/${documentId}`);
  expect(r.statusCode).toBe(200);
  return (await pdfPages(r.rawPayload)).join('\n').replace(/\s+/g, ' ');
}
