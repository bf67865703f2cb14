import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** One page of a PDF as a reader gets it: its size in points and its text, a line per line. */
export interface PdfPage {
  width: number;
  height: number;
  text: string;
}

/** The pages of a PDF, read by pdfjs (Firefox's PDF reader), so a test sees what a reader sees. */
export async function pdfPages(bytes: Uint8Array): Promise<PdfPage[]> {
  const document = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, useSystemFonts: false }).promise;
  try {
    const pages: PdfPage[] = [];
    for (let number = 1; number <= document.numPages; number += 1) {
      const page = await document.getPage(number);
      const [, , width = 0, height = 0] = page.view;
      const content = await page.getTextContent();
      const text = content.items.map((item) => ('str' in item ? `${item.str}${item.hasEOL ? '\n' : ''}` : '')).join('');
      pages.push({ width, height, text });
    }
    return pages;
  } finally {
    await document.destroy();
  }
}
