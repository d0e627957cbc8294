// Libraries that an idle server never needs, imported on their first use instead of at the start
// (ADR 0110, eleventh session): together they are about 20 MB of V8 heap (their sources, compiled
// code and module-level tables — pdfkit's fontkit and brotli, docx, exceljs with its zip and XML
// machinery, file-type) that a server which writes no PDF, Word or Excel file and receives no upload
// would keep for its whole life. Node loads each module once; later calls get the same module.
import type * as Docx from 'docx';
import type ExcelJS from 'exceljs';
import type PDFDocument from 'pdfkit';

/** pdfkit's PDFDocument class (letters, reports, the handover dossier). */
export async function pdfDocumentClass(): Promise<typeof PDFDocument> {
  return (await import('pdfkit')).default;
}

/** A new, empty exceljs workbook (exports, the caseload template and import, SEPA batch lists). */
export async function newWorkbook(): Promise<ExcelJS.Workbook> {
  const { default: excel } = await import('exceljs');
  return new excel.Workbook();
}

/** The docx library (the half-year report as a Word document). */
export function docxLibrary(): Promise<typeof Docx> {
  return import('docx');
}

/** file-type's detection from a file's first bytes (uploads). */
export async function fileTypeOf(content: Uint8Array): Promise<{ ext: string; mime: string } | undefined> {
  const { fileTypeFromBuffer } = await import('file-type');
  return fileTypeFromBuffer(content);
}
