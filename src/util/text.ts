/** Edit distance between two strings (code points), for "did you mean" suggestions. */
export function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    for (let j = 1; j <= y.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[y.length];
}

/** The candidate closest to `s`, if it is close enough to be a likely typo. */
export function closest(s: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    const d = editDistance(s, c);
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  const limit = Math.max(1, Math.floor(Math.max([...s].length, 2) / 3));
  return best !== undefined && bestD <= limit && bestD > 0 ? best : undefined;
}

/** Code units that JavaScript's \s matches (normalize drops them all; U+3000 is one). */
const SPACE = new Uint8Array(0x10000);
for (const c of [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff]) SPACE[c] = 1;
for (let c = 0x2000; c <= 0x200a; c++) SPACE[c] = 1;

/**
 * Normalise text for comparison: full-width ASCII to half-width, unify brackets, drop spaces and
 * line breaks. Published lists mix widths freely, so names must be compared this way.
 */
export function normalize(s: string): string {
  // One pass (called for every party of every item); most names need nothing done and come back as they are.
  let out = '';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e) {
      out += s.slice(from, i) + String.fromCharCode(c - 0xfee0);
      from = i + 1;
    } else if (SPACE[c] === 1) {
      out += s.slice(from, i);
      from = i + 1;
    }
  }
  return from === 0 ? s : out + s.slice(from);
}

/** Punctuation that ends a clause; a separator after one of them is dropped (。； → 。). */
const DOUBLED = /([。；;！？!?，,、：:])[；;，,、]+/g;

/** Text without doubled punctuation where clauses were joined (duties that already end in 。 joined by ；). */
export function undoubled(s: string): string {
  return s.replace(DOUBLED, '$1');
}

/** Duties on one line: joined by ；, each without its own final punctuation, the whole ending in 。. */
export function clausesOnOneLine(duties: readonly string[]): string {
  return duties.map((d) => d.replace(/[。；;，,]+$/, '')).join('；') + (duties.length ? '。' : '');
}
