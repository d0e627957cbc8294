// The page "Samenvatting in het …" after the Dutch letter (ADR 0164). pdfkit shapes Arabic through
// fontkit but has no bidi algorithm and no font fallback, so this page lays out its own lines: each
// line is cut into runs of one font and one direction, and the runs are placed from the right for
// Arabic and Farsi (numbers and Latin words inside stay left to right) and from the left otherwise.
// Fonts: Noto Sans (Latin, Cyrillic), Noto Sans Arabic, Noto Sans Ethiopic (OFL, assets/fonts).
import { fileURLToPath } from 'node:url';
import type { PortaalLanguage } from '@koers/domain';
import type { FilledSummary, SummaryCatalog } from './summary.ts';

const fontDir = fileURLToPath(new URL('../../../assets/fonts/', import.meta.url));
const fontFiles = {
  latin: 'NotoSans-Regular.ttf',
  'latin-bold': 'NotoSans-Bold.ttf',
  arabic: 'NotoSansArabic-Regular.ttf',
  'arabic-bold': 'NotoSansArabic-Bold.ttf',
  ethiopic: 'NotoSansEthiopic-Regular.ttf',
  'ethiopic-bold': 'NotoSansEthiopic-Bold.ttf',
} as const;
type FontName = keyof typeof fontFiles;

interface Run {
  text: string;
  font: FontName;
  rtl: boolean;
}

const ethiopic = /[\u1200-\u139f\u2d80-\u2ddf\uab00-\uab2f]/;
/** A left-to-right stretch inside right-to-left text: numbers, Latin words, "10:00", "340.00". */
const ltrStretch = /[A-Za-z0-9](?:[A-Za-z0-9.,:/-]*[A-Za-z0-9])?/g;

/** The runs of a line in logical order, each in one font and one direction. */
export function runsOf(text: string, language: PortaalLanguage, bold: boolean): Run[] {
  const b = bold ? '-bold' : '';
  const latin = `latin${b}` as const;
  const arabic = `arabic${b}` as const;
  if (language === 'ar' || language === 'fa') {
    const runs: Run[] = [];
    let at = 0;
    for (const m of text.matchAll(ltrStretch)) {
      if (m.index > at) runs.push({ text: text.slice(at, m.index), font: arabic, rtl: true });
      runs.push({ text: m[0], font: latin, rtl: false });
      at = m.index + m[0].length;
    }
    if (at < text.length) runs.push({ text: text.slice(at), font: arabic, rtl: true });
    return runs;
  }
  if (language === 'ti') {
    // A space or punctuation stays in the run before it; Ethiopic letters go to the Ethiopic font.
    const runs: Run[] = [];
    for (const ch of text) {
      const inEthiopic = ethiopic.test(ch) || (ch === ' ' && runs.at(-1)?.font.startsWith('ethiopic') === true);
      const font: FontName = inEthiopic ? (bold ? 'ethiopic-bold' : 'ethiopic') : latin;
      const last = runs.at(-1);
      if (last && last.font === font) last.text += ch;
      else runs.push({ text: ch, font, rtl: false });
    }
    return runs;
  }
  return [{ text, font: latin, rtl: false }];
}

function registerFonts(doc: PDFKit.PDFDocument): void {
  for (const [name, file] of Object.entries(fontFiles)) doc.registerFont(name, `${fontDir}${file}`);
}

function widthOf(doc: PDFKit.PDFDocument, runs: readonly Run[], size: number): number {
  return runs.reduce((sum, r) => sum + doc.font(r.font).fontSize(size).widthOfString(r.text), 0);
}

/** Words to lines that fit `width` (greedy, at spaces; a word longer than a line gets a line of its own). */
function wrap(doc: PDFKit.PDFDocument, text: string, language: PortaalLanguage, bold: boolean, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (line !== '' && widthOf(doc, runsOf(candidate, language, bold), size) > width) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line !== '') lines.push(line);
  return lines;
}

function paragraph(doc: PDFKit.PDFDocument, text: string, language: PortaalLanguage, rtl: boolean, opts: { bold?: boolean; size: number }): void {
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const lineHeight = opts.size * 1.6;
  for (const line of wrap(doc, text, language, opts.bold ?? false, opts.size, width)) {
    if (doc.y + lineHeight > doc.page.height - doc.page.margins.bottom) doc.addPage();
    const y = doc.y;
    let x = rtl ? left + width : left;
    for (const run of runsOf(line, language, opts.bold ?? false)) {
      const w = doc.font(run.font).fontSize(opts.size).widthOfString(run.text);
      if (rtl) x -= w;
      // One baseline for all fonts; an explicit feature list makes pdfkit lay out the run as a whole
      // (without one it shapes word by word, and a right-to-left run would keep its words left to right).
      doc.text(run.text, x, y + opts.size * 1.15, { lineBreak: false, baseline: 'alphabetic', features: run.rtl ? ['rlig'] : [] });
      if (!rtl) x += w;
    }
    doc.x = left;
    doc.y = y + lineHeight;
  }
}

/**
 * Adds the summary page: a Dutch heading (what this page is), then the summary in the person's
 * language as marked content with its language tag, in its script and direction.
 */
export function addSummaryPage(doc: PDFKit.PDFDocument, summary: FilledSummary, catalog: SummaryCatalog): void {
  registerFonts(doc);
  doc.addPage();
  doc.x = doc.page.margins.left;
  doc.font('Helvetica-Bold').fontSize(14).text(`Samenvatting in het ${catalog.dutchName}`);
  doc.font('Helvetica').fontSize(10).text('Deze pagina vat de brief hiervoor samen in de taal van de ontvanger. De Nederlandse brief is het officiële besluit.');
  doc.moveDown(1.5);
  const rtl = summary.dir === 'rtl';
  doc.markContent('Span', { lang: summary.language });
  paragraph(doc, summary.title, summary.language, rtl, { bold: true, size: 14 });
  doc.y += 6;
  for (const line of summary.lines) {
    paragraph(doc, line, summary.language, rtl, { size: 12 });
    doc.y += 4;
  }
  doc.y += 8;
  paragraph(doc, summary.disclaimer, summary.language, rtl, { bold: true, size: 12 });
  doc.endMarkedContent();
}
