/** The part of fontkit (pdfkit's font engine) the PDF renderer uses: does the embedded font draw a character? */
declare module 'fontkit' {
  export interface Font {
    hasGlyphForCodePoint(codePoint: number): boolean;
  }
  export function openSync(path: string): Font;
}
