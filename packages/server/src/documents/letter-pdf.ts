import PDFDocument from 'pdfkit';

export interface LetterBlock {
  heading?: string;
  text: string;
}

export interface Letter {
  /** Sender: the college of burgemeester en wethouders of this gemeente. */
  gemeenteName: string;
  recipient: { name: string; address?: string | null };
  /** Dutch long date, e.g. "23 november 2026". */
  dateText: string;
  reference?: string;
  subject: string;
  salutation: string;
  blocks: LetterBlock[];
  closing: string;
  signatory: string;
  /** Small print at the end, e.g. the bezwaar clause. */
  footer?: LetterBlock[];
}

/** Renders a letter or beschikking as an A4 PDF (Helvetica, accessible text, document language nl). */
export function renderLetterPdf(letter: Letter): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'A4',
      margins: { top: 72, bottom: 72, left: 72, right: 72 },
      lang: 'nl-NL',
      displayTitle: true,
      info: { Title: letter.subject, Author: `Gemeente ${letter.gemeenteName}`, Creator: 'Koers' },
    });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);

    doc.font('Helvetica-Bold').fontSize(14).text(`Gemeente ${letter.gemeenteName}`);
    doc.moveDown(2);
    doc.font('Helvetica').fontSize(11).text(letter.recipient.name);
    if (letter.recipient.address) doc.text(letter.recipient.address);
    doc.moveDown(2);
    doc.text(`Datum: ${letter.dateText}`);
    if (letter.reference) doc.text(`Kenmerk: ${letter.reference}`);
    doc.text(`Onderwerp: ${letter.subject}`);
    doc.moveDown(1.5);
    doc.text(letter.salutation);
    doc.moveDown();
    for (const block of letter.blocks) {
      if (block.heading) doc.font('Helvetica-Bold').text(block.heading).font('Helvetica');
      doc.text(block.text, { align: 'left' });
      doc.moveDown();
    }
    doc.text(letter.closing);
    doc.moveDown(2);
    doc.text(letter.signatory);
    if (letter.footer?.length) {
      doc.moveDown(2);
      doc.fontSize(9);
      for (const block of letter.footer) {
        if (block.heading) doc.font('Helvetica-Bold').text(block.heading).font('Helvetica');
        doc.text(block.text);
        doc.moveDown(0.5);
      }
    }
    doc.end();
  });
}

const months = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/** "2026-11-23" → "23 november 2026". */
export function dutchDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${months[(m ?? 1) - 1]} ${y}`;
}
