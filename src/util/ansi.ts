/**
 * The terminal styles of the human report, written as chalk writes them at its level 1 (16 colours):
 * the same codes, a close code inside the text reopened, and the style closed before each line break
 * and opened again after it. Here so that a run that writes findings does not load chalk and the
 * terminal modules it reads for its own detection (resp decides on colour itself: cli/color.ts).
 */
export interface Palette {
  red(s: string): string;
  yellow(s: string): string;
  blue(s: string): string;
  green(s: string): string;
  cyan(s: string): string;
  bold(s: string): string;
  dim(s: string): string;
}

const CODES: Record<keyof Palette, [open: number, close: number]> = {
  red: [31, 39],
  yellow: [33, 39],
  blue: [34, 39],
  green: [32, 39],
  cyan: [36, 39],
  bold: [1, 22],
  dim: [2, 22],
};

function style([openCode, closeCode]: [number, number]): (s: string) => string {
  const open = `\u001B[${openCode}m`;
  const close = `\u001B[${closeCode}m`;
  return (s) => {
    if (!s) return s;
    let text = s.includes('\u001B') ? s.split(close).join(close + open) : s;
    if (text.includes('\n')) text = text.replace(/\r?\n/g, (lf) => close + lf + open);
    return open + text + close;
  };
}

const plain = (s: string) => s;
const OFF: Palette = { red: plain, yellow: plain, blue: plain, green: plain, cyan: plain, bold: plain, dim: plain };
let on: Palette | undefined;

/** The styles, or text left as it is when colour is off. */
export function palette(color: boolean): Palette {
  if (!color) return OFF;
  return (on ??= Object.fromEntries(Object.entries(CODES).map(([k, codes]) => [k, style(codes)])) as unknown as Palette);
}
