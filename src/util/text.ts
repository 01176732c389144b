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

const NEEDS_NORMALIZING = /[\uFF01-\uFF5E\u3000\s]/;

/**
 * Normalise text for comparison: full-width ASCII to half-width, unify brackets, drop spaces and
 * line breaks. Published lists mix widths freely, so names must be compared this way.
 */
export function normalize(s: string): string {
  // Most names need nothing done; one test is cheaper than the replacements (called for every party of every item).
  if (!NEEDS_NORMALIZING.test(s)) return s;
  return s
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ')
    .replace(/\s+/g, '')
    .trim();
}
