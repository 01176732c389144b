/**
 * How deep a YAML text nests, found before it is parsed. Both parsers recurse once per level: a file
 * nested 10,000 levels deep exhausts the stack (and, in a worker thread with its smaller stack, the
 * process), or gives up at a depth that depends on the thread. Lists need a dozen levels; a text that
 * goes beyond MAX_DEPTH is refused at the place where it does, the same on every thread.
 *
 * The count is an upper bound made in one pass: block levels (a stack of indentations, plus each
 * compact `- ` on a line), plus open flow collections (`[`, `{`) outside quotes and comments. Block
 * scalars (`|`, `>`) are skipped; a `[` inside a plain block value (`name: a[b`) is not an opener.
 */

/** Levels of nesting a file may have; lists use about a dozen. */
export const MAX_DEPTH = 100;

const LF = 0x0a, CR = 0x0d, SP = 0x20, TAB = 0x09, DASH = 0x2d, HASH = 0x23, COLON = 0x3a, QMARK = 0x3f;
const DQ = 0x22, SQ = 0x27, BSL = 0x5c, LB = 0x5b, RB = 0x5d, LC = 0x7b, RC = 0x7d, COMMA = 0x2c, PIPE = 0x7c, GT = 0x3e;

/** The offset in `text` where nesting first goes beyond `max` levels, or -1. */
export function tooDeepAt(text: string, max = MAX_DEPTH): number {
  // Fewer characters than levels cannot nest that deep.
  if (text.length <= max) return -1;
  const indents: number[] = [];
  let flow = 0;
  let quote = 0;
  /** Indentation of the line that opened a block scalar; its content is more indented (-1: none). */
  let scalarIndent = -1;
  const n = text.length;
  let i = 0;
  while (i < n) {
    // ---- the start of a line ----
    const lineStart = i;
    let indent = 0;
    while (i < n && text.charCodeAt(i) === SP) i++, indent++;
    const first = i < n ? text.charCodeAt(i) : LF;
    const blank = first === LF || (first === CR && text.charCodeAt(i + 1) === LF) || (first === HASH && quote === 0);
    if (scalarIndent >= 0) {
      if (blank || indent > scalarIndent) {
        i = lineEnd(text, i);
        continue;
      }
      scalarIndent = -1;
    }
    if (blank && quote === 0) {
      i = lineEnd(text, i);
      continue;
    }
    let dashes = 0;
    let valueStart = quote === 0 && flow === 0;
    if (quote === 0 && flow === 0) {
      while (indents.length && indents[indents.length - 1] >= indent) indents.pop();
      indents.push(indent);
      // Compact entries: `- - - x` or `? ` keys open a level each.
      for (;;) {
        const c = text.charCodeAt(i);
        if ((c === DASH || c === QMARK) && isBlank(text.charCodeAt(i + 1))) {
          if (indents.length + ++dashes > max) return i;
          i++;
          while (text.charCodeAt(i) === SP) i++;
        } else break;
      }
      if (indents.length > max) return lineStart + indent;
    }
    // ---- the rest of the line ----
    if (quote === 0 && flow === 0) {
      // Block context: jump between the characters that matter (a native search), most lines have none.
      const contentStart = i;
      let next = -1;
      BLOCK.lastIndex = i;
      for (let m = BLOCK.exec(text); m; m = BLOCK.exec(text)) {
        const j = m.index;
        const c = text.charCodeAt(j);
        if (c === LF) break;
        if (c === HASH) {
          if (j === contentStart || isBlank(text.charCodeAt(j - 1))) break;
          continue;
        }
        if (!atValue(text, j, contentStart)) continue;
        if (c === PIPE || c === GT) {
          scalarIndent = indent;
          break;
        }
        // A quote or a flow collection opens here: the rest of the line is read character by character.
        if (c === LB || c === LC) {
          flow = 1;
          if (indents.length + dashes + flow > max) return j;
        } else quote = c;
        next = j + 1;
        break;
      }
      if (next < 0) {
        i = lineEnd(text, i);
        continue;
      }
      i = next;
      valueStart = true;
    }
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c === LF) break;
      if (quote !== 0) {
        if (quote === DQ && c === BSL) i++;
        else if (c === quote) quote = 0;
        continue;
      }
      if (c === SP || c === TAB || c === CR) continue;
      if (c === DQ || c === SQ) {
        if (flow > 0 || valueStart) quote = c;
        valueStart = false;
        continue;
      }
      if (c === HASH && (i === lineStart || isBlank(text.charCodeAt(i - 1)))) {
        i = lineEnd(text, i) - 1;
        break;
      }
      if (c === LB || c === LC) {
        if (flow > 0 || valueStart) {
          flow++;
          if (indents.length + dashes + flow > max) return i;
          valueStart = true;
        }
        continue;
      }
      if (flow > 0) {
        if (c === RB || c === RC) flow--;
        valueStart = c === COMMA || c === COLON;
        continue;
      }
      // Block context: a value starts after `: `; a block scalar indicator there skips its lines.
      if (c === COLON && isBlank(text.charCodeAt(i + 1))) {
        valueStart = true;
        continue;
      }
      if ((c === PIPE || c === GT) && valueStart) {
        scalarIndent = indent;
        i = lineEnd(text, i) - 1;
        break;
      }
      valueStart = false;
    }
    i = i < n && text.charCodeAt(i) === LF ? i + 1 : lineEnd(text, i);
  }
  return -1;
}

/** The characters the block context cares about. */
const BLOCK = /[[{"'#|>\n]/g;

/** True when the character at `j` starts a value: first on the line (after `- `), or after `: `. */
function atValue(text: string, j: number, contentStart: number): boolean {
  let k = j - 1;
  while (k >= contentStart && text.charCodeAt(k) === SP) k--;
  return k < contentStart || (text.charCodeAt(k) === COLON && k < j - 1);
}

const isBlank = (c: number) => c === SP || c === TAB || c === LF || c === CR || Number.isNaN(c);

/** The offset just past the end of the line holding `i`. */
function lineEnd(text: string, i: number): number {
  const e = text.indexOf('\n', i);
  return e < 0 ? text.length : e + 1;
}
