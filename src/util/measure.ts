/**
 * How text lays out in a spreadsheet cell when printed: column widths in Excel's unit (the width of
 * '0' in the workbook's default font, Calibri 11: 7 px), characters by their printed width (a CJK
 * character is as wide as the font is tall, about two units at 11 pt; Latin letters and digits about
 * half that). Used to give rows the height their wrapped text needs and to place page breaks.
 */

/**
 * A column width as it must be given to exceljs: exceljs takes exactly 9 for its default and writes no
 * width for the column, which then gets the sheet's default (8.43, narrower); 9.01 is as many pixels.
 */
export const writtenWidth = (width: number): number => (width === 9 ? 9.01 : width);

/** Pixels (96 per inch) of a column `width` units wide, as Excel computes it. */
export const columnPx = (width: number): number => Math.trunc(width * 7 + 5);

function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) || (cp >= 0x2e80 && cp <= 0xa4cf && cp !== 0x303f) || (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe30 && cp <= 0xfe4f) || (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) || (cp >= 0x20000 && cp <= 0x3fffd)
  );
}

/** Printed width in pixels of one character at `pt` points. */
export const charPx = (ch: string, pt: number): number => (isWide(ch.codePointAt(0)!) ? (pt * 4) / 3 : (pt * 4) / 3 * 0.56);

/**
 * The visual lines of `text` in a column `width` units wide at `pt` points: for each line of the text
 * (split at \n), the pieces it wraps into. Joining a line's pieces gives the line back exactly.
 * Wrapping is taken as possible after any character; a cell's padding takes about 7 px.
 */
export function wrapLines(text: string, width: number, pt: number): string[][] {
  const room = Math.max((pt * 4) / 3, columnPx(width) - 7);
  return text.split('\n').map((line) => {
    const pieces: string[] = [];
    let cur = '';
    let w = 0;
    for (const ch of line) {
      const c = charPx(ch, pt);
      if (w + c > room && cur) {
        pieces.push(cur);
        cur = '';
        w = 0;
      }
      cur += ch;
      w += c;
    }
    pieces.push(cur);
    return pieces;
  });
}

/** How many printed lines `text` takes in a column `width` units wide at `pt` points. */
export function lineCount(text: string, width: number, pt: number): number {
  return wrapLines(text, width, pt).reduce((n, l) => n + l.length, 0);
}
