import type { PortaalLanguage } from '@koers/domain';
import { senderLines, type LetterSender } from './sender.ts';
import { summaryForPdf } from './summaries/catalogs.ts';
import { addSummaryPage } from './summaries/summary-page.ts';
import type { LetterSummary } from './summaries/summary.ts';
import { pdfDocumentClass } from '../util/on-first-use.ts';

export interface LetterBlock {
  heading?: string;
  text: string;
}

export interface Letter {
  /** Sender: the college of burgemeester en wethouders of this gemeente. */
  gemeenteName: string;
  /** The gemeente's letter settings (sender block, logo); absent parts are left out. */
  sender?: LetterSender;
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
  /** The key facts for the translated summary (ADR 0164); stored with the document for the portal. */
  summary?: LetterSummary;
}

/**
 * Renders a letter or beschikking as an A4 PDF (Helvetica, accessible text, document language nl).
 * With the person's language (not Dutch) and a catalog for it, a page with the translated summary
 * follows the Dutch letter (ADR 0164); the Dutch letter itself is the same either way.
 */
export async function renderLetterPdf(letter: Letter, language?: PortaalLanguage | null): Promise<Buffer> {
  const PDFDocument = await pdfDocumentClass();
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

    const top = doc.y;
    let logoPlaced = false;
    if (letter.sender?.logo) {
      try {
        doc.image(letter.sender.logo.data, doc.page.margins.left, top, { fit: [140, 56] });
        logoPlaced = true;
      } catch {
        // An image pdfkit cannot read leaves the logo out; the letter itself still goes out.
      }
    }
    const [name, ...details] = senderLines(letter.gemeenteName, letter.sender);
    const blockX = logoPlaced ? doc.page.width - doc.page.margins.right - 220 : doc.page.margins.left;
    doc.font('Helvetica-Bold').fontSize(logoPlaced ? 11 : 14).text(name ?? '', blockX, top, { width: logoPlaced ? 220 : undefined });
    doc.font('Helvetica').fontSize(9);
    for (const line of details) doc.text(line, blockX, undefined, { width: logoPlaced ? 220 : undefined });
    doc.x = doc.page.margins.left;
    if (logoPlaced) doc.y = Math.max(doc.y, top + 60);
    doc.moveDown(2);
    doc.font('Helvetica').fontSize(11).text(letter.recipient.name);
    for (const line of addressLines(letter.recipient.address)) doc.text(line);
    doc.moveDown(2);
    doc.text(`Datum: ${letter.dateText}`);
    if (letter.reference) doc.text(`Kenmerk: ${letter.reference}`);
    doc.text(`Onderwerp: ${letter.subject}`);
    doc.moveDown(1.5);
    doc.text(letter.salutation);
    doc.moveDown();
    for (const block of letter.blocks) {
      keepTogether(doc, blockHeight(doc, block, 11));
      writeBlock(doc, block);
      doc.moveDown();
    }
    // The closing and the signature stay together (never a signatory alone on a page).
    const signature = doc.heightOfString(letter.closing) + doc.currentLineHeight(true) * 2 + doc.heightOfString(letter.signatory);
    keepTogether(doc, signature);
    doc.text(letter.closing);
    doc.moveDown(2);
    doc.text(letter.signatory);
    if (letter.footer?.length) {
      doc.moveDown(2);
      doc.fontSize(9);
      for (const block of letter.footer) {
        keepTogether(doc, blockHeight(doc, block, 9));
        writeBlock(doc, block);
        doc.moveDown(0.5);
      }
    }
    const translated = summaryForPdf(language, letter.summary);
    if (translated) addSummaryPage(doc, translated.filled, translated.catalog);
    doc.end();
  });
}

/** Address lines: a stored address may be one line with commas ("Straat 1, 3311 AA Dordrecht") or several. */
export function addressLines(address: string | null | undefined): string[] {
  if (!address) return [];
  const lines = address.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '');
  return lines.length > 1 ? lines : (lines[0] ?? '').split(/,\s*/).filter((l) => l !== '');
}

function writeBlock(doc: PDFKit.PDFDocument, block: LetterBlock): void {
  if (block.heading) doc.font('Helvetica-Bold').text(block.heading).font('Helvetica');
  doc.text(block.text, { align: 'left' });
}

/**
 * What must fit before a block starts: the whole block when it fits on one page, else its heading
 * and its first three lines (a heading never ends a page without its paragraph).
 */
function blockHeight(doc: PDFKit.PDFDocument, block: LetterBlock, fontSize: number): number {
  doc.fontSize(fontSize);
  const heading = block.heading ? doc.font('Helvetica-Bold').heightOfString(block.heading) : 0;
  const text = doc.font('Helvetica').heightOfString(block.text);
  const fullPage = doc.page.height - doc.page.margins.bottom - doc.page.margins.top;
  return heading + text <= fullPage ? heading + text : heading + doc.currentLineHeight(true) * 3;
}

/**
 * Starts a new page when `height` does not fit on what is left of this one: a paragraph of a few
 * lines is not split over two pages (no orphans or widows); a longer block flows over pages.
 */
function keepTogether(doc: PDFKit.PDFDocument, height: number): void {
  if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
}

const months = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/** "2026-11-23" → "23 november 2026". */
export function dutchDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${months[(m ?? 1) - 1]} ${y}`;
}
