// The half-year report as a file for the council: PDF or DOCX (ADR 0142). Made on request from the
// counted numbers and the stored texts; aggregates only, so no processing-log entry.
import { halfjaarContent } from '../../documents/halfjaar-content.ts';
import { renderHalfjaarDocx } from '../../documents/halfjaar-docx.ts';
import { renderHalfjaarPdf } from '../../documents/halfjaar-pdf.ts';
import { todayIn } from '../../case-file/today.ts';
import type { ExportFile } from '../../exports/table-export.ts';
import type { UseCaseContext } from '../context.ts';
import { getHalfjaar } from './get-halfjaar.ts';
import type { HalfjaarQuery } from './sturing.types.ts';

export const documentFormats = ['pdf', 'docx'] as const;
export type DocumentFormat = (typeof documentFormats)[number];

const contentTypes: Record<DocumentFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/** "Den Haag" → "den-haag": a file name without spaces or accents. */
const slug = (name: string): string =>
  name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'gemeente';

export async function halfjaarDocument(ctx: UseCaseContext, query: HalfjaarQuery, format: DocumentFormat): Promise<ExportFile> {
  const report = await getHalfjaar(ctx, query);
  const content = halfjaarContent(report, todayIn(ctx.now));
  const body = format === 'pdf' ? await renderHalfjaarPdf(content, report.gemeente.name) : await renderHalfjaarDocx(content, report.gemeente.name);
  return { fileName: `halfjaarrapportage-${slug(report.gemeente.name)}-${query.halfYear}.${format}`, contentType: contentTypes[format], body };
}
