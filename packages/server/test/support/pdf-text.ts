// The text of a PDF, page by page, as a reader (or a screen reader) gets it: pdfjs-dist's text
// extraction. Lines are joined with "\n", fragments of one line with nothing between them.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

interface TextItem {
  str: string;
  hasEOL: boolean;
}

export async function pdfPages(pdf: Buffer): Promise<string[]> {
  const document = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  try {
    const pages: string[] = [];
    for (let n = 1; n <= document.numPages; n++) {
      const page = await document.getPage(n);
      const content = await page.getTextContent();
      const text = (content.items as TextItem[]).map((item) => `${item.str}${item.hasEOL ? '\n' : ''}`).join('');
      pages.push(text.replace(/[ \t]+\n/g, '\n'));
    }
    return pages;
  } finally {
    await document.destroy();
  }
}

/** The whole text with line breaks inside paragraphs turned into spaces, for phrase checks. */
export const flowing = (text: string): string => text.replace(/-\n(?=[a-z])/g, '-').replace(/\s*\n\s*/g, ' ');
