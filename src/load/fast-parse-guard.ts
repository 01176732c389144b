/**
 * Whether a YAML text is plain enough for the fast path (see fast-parse.ts). It declines anchors,
 * aliases, tags, tabs, backslashes, directives, complex keys, null or empty keys, and lines whose
 * quotes or flow brackets do not close on the line. Written for speed: a native scan for the rare
 * characters, a look at the start of each line, and a closer look only at lines with quotes or brackets.
 */

const SP = 0x20, CR = 0x0d, DASH = 0x2d, COLON = 0x3a, QMARK = 0x3f, PERCENT = 0x25, HASH = 0x23;
const DQ = 0x22, SQ = 0x27, LBRACKET = 0x5b, RBRACKET = 0x5d, LBRACE = 0x7b, RBRACE = 0x7d, COMMA = 0x2c;

/** Characters that always send a file to `yaml`: anchors, aliases, tags, tabs, escapes. */
const NEVER = /[&*!\t\\]/;
const PAIRED = ['"', "'", '[', ']', '{', '}'];

/** True when the fast path may parse `text`. */
export function plainEnough(text: string): boolean {
  if (NEVER.test(text)) return false;
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (!plainStart(text, start, end)) return false;
    start = end + 1;
  }
  for (const ch of PAIRED) {
    for (let i = text.indexOf(ch); i >= 0; ) {
      const start = text.lastIndexOf('\n', i) + 1;
      let end = text.indexOf('\n', i);
      if (end < 0) end = text.length;
      if (!balanced(text, start, end)) return false;
      i = text.indexOf(ch, end);
    }
  }
  return true;
}

/** A space, a line end, or the end of the line: what must follow `:` or `?` for them to be indicators. */
const blankAt = (t: string, i: number, end: number) => i >= end || t.charCodeAt(i) === SP || t.charCodeAt(i) === CR;

/** True when a key starting at `i` is null or empty (`~:`, `null:`, `:`), which the parsers name differently. */
function nullKeyAt(t: string, i: number, end: number): boolean {
  while (i < end && t.charCodeAt(i) === SP) i++;
  const c = t.charCodeAt(i);
  // Most keys start with another character: decide at once.
  if (c !== 0x7e && c !== 0x6e && c !== 0x4e && c !== COLON) return false;
  let j = i;
  if (c === 0x7e /* ~ */) j++;
  else if (t.startsWith('null', j) || t.startsWith('Null', j) || t.startsWith('NULL', j)) j += 4;
  while (j < end && t.charCodeAt(j) === SP) j++;
  return t.charCodeAt(j) === COLON && blankAt(t, j + 1, end);
}

/** The start of a line: no directive, no complex key, no null key (after any `- `). */
function plainStart(t: string, start: number, end: number): boolean {
  let i = start;
  while (i < end && t.charCodeAt(i) === SP) i++;
  const first = t.charCodeAt(i);
  if (first === PERCENT || (first === QMARK && blankAt(t, i + 1, end))) return false;
  while (t.charCodeAt(i) === DASH && blankAt(t, i + 1, end)) {
    i++;
    while (i < end && t.charCodeAt(i) === SP) i++;
  }
  return !nullKeyAt(t, i, end);
}

/** Quotes and flow brackets of one line close on it; no null key inside a flow mapping, no flow collection as a key. */
function balanced(t: string, start: number, end: number): boolean {
  let depth = 0;
  let quote = 0;
  for (let c = start; c < end; c++) {
    const ch = t.charCodeAt(c);
    if (quote !== 0) {
      if (ch === quote) quote = 0; // '' inside single quotes closes and reopens: still balanced
    } else if (ch === DQ || ch === SQ) quote = ch;
    else if (ch === LBRACKET || ch === LBRACE) {
      depth++;
      if (ch === LBRACE && nullKeyAt(t, c + 1, end)) return false;
    } else if (ch === RBRACKET || ch === RBRACE) {
      // A flow collection used as a key (`[a, b]: c`) is named differently by the two parsers.
      if (--depth === 0 && nullKeyAt(t, c + 1, end)) return false;
    }
    else if (ch === COMMA && depth > 0 && nullKeyAt(t, c + 1, end)) return false;
    else if (ch === HASH && (c === start || t.charCodeAt(c - 1) === SP)) break;
  }
  return quote === 0 && depth === 0;
}
