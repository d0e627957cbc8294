// The half-year report as a Word document (R25, ADR 0142): councils edit what they receive. Real
// headings (for the navigation pane and screen readers) and a real table per section.
import type { Paragraph, Table } from 'docx';
import type { HalfjaarContent } from './halfjaar-content.ts';
import { docxLibrary } from '../util/on-first-use.ts';

export async function renderHalfjaarDocx(content: HalfjaarContent, gemeenteName: string): Promise<Buffer> {
  const { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } = await docxLibrary();
  const cell = (text: string, options: { bold?: boolean; right?: boolean } = {}) =>
    new TableCell({ children: [new Paragraph({ alignment: options.right ? AlignmentType.RIGHT : AlignmentType.LEFT, children: [new TextRun({ text, bold: options.bold ?? false })] })] });
  const children: (Paragraph | Table)[] = [
    new Paragraph({ text: content.title, heading: HeadingLevel.TITLE }),
    new Paragraph({ children: [new TextRun({ text: content.subtitle, size: 28 })] }),
    new Paragraph({ text: content.introduction }),
  ];
  for (const section of content.sections) {
    children.push(new Paragraph({ text: section.title, heading: HeadingLevel.HEADING_1 }));
    if (section.text) for (const line of section.text.split(/\r?\n\s*\r?\n/)) children.push(new Paragraph({ text: line.replace(/\r?\n/g, ' ') }));
    children.push(
      new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: [
          new TableRow({ tableHeader: true, children: [cell('Onderwerp', { bold: true }), cell('Aantal', { bold: true, right: true })] }),
          ...section.rows.map((r) => new TableRow({ children: [cell(r.label), cell(r.value, { right: true })] })),
        ],
      }),
    );
  }
  children.push(new Paragraph({ children: [new TextRun({ text: content.footer, size: 16 })] }));
  const document = new Document({
    title: content.title,
    creator: 'Koers',
    description: `Gemeente ${gemeenteName}`,
    styles: { default: { document: { run: { font: 'Calibri', language: { value: 'nl-NL' } } } } },
    sections: [{ children }],
  });
  return Packer.toBuffer(document);
}
