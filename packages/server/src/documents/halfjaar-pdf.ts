// The half-year report as an A4 PDF (R25, ADR 0142), in the letters' style (letter-pdf.ts):
// Helvetica, document language nl, a heading never alone at the foot of a page.
import type { HalfjaarContent } from './halfjaar-content.ts';
import { pdfDocumentClass } from '../util/on-first-use.ts';

function keepTogether(doc: PDFKit.PDFDocument, height: number): void {
  if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
}

export async function renderHalfjaarPdf(content: HalfjaarContent, gemeenteName: string): Promise<Buffer> {
  const PDFDocument = await pdfDocumentClass();
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'A4',
      margins: { top: 72, bottom: 72, left: 72, right: 72 },
      lang: 'nl-NL',
      displayTitle: true,
      info: { Title: content.title, Author: `Gemeente ${gemeenteName}`, Creator: 'Koers' },
    });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);

    const left = doc.page.margins.left;
    const width = doc.page.width - left - doc.page.margins.right;
    doc.font('Helvetica-Bold').fontSize(18).text(content.title);
    doc.font('Helvetica').fontSize(12).text(content.subtitle);
    doc.moveDown();
    doc.fontSize(10).text(content.introduction);
    for (const section of content.sections) {
      doc.moveDown(1.2);
      // The heading, the text's first lines or the first rows stay together.
      keepTogether(doc, 16 + doc.currentLineHeight(true) * 4);
      doc.font('Helvetica-Bold').fontSize(13).text(section.title, left);
      doc.font('Helvetica').fontSize(10);
      if (section.text) {
        doc.moveDown(0.3);
        doc.text(section.text, left, undefined, { width });
      }
      doc.moveDown(0.4);
      for (const row of section.rows) {
        keepTogether(doc, doc.currentLineHeight(true));
        const y = doc.y;
        doc.text(row.label, left, y, { width: width - 110, lineBreak: false });
        doc.text(row.value, left + width - 100, y, { width: 100, align: 'right' });
        doc.x = left;
      }
    }
    doc.moveDown(2);
    doc.fontSize(8).fillColor('#444444').text(content.footer, left);
    doc.end();
  });
}
