/** What the fast readers' tests compare against, and the seeded damage they do to real files. */
import { parseYaml } from '../../src/load/parse-yaml.js';

/** What `yaml` (the reference) reads, or undefined when it reports any problem. */
export function reference(text: string): { data: unknown } | undefined {
  const p = parseYaml(text);
  return p.problems.length || p.broken ? undefined : { data: p.data };
}

/** A small seeded generator for the mutations. */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 4294967296);
}

/**
 * `text` damaged one to three times: a piece inserted, a character dropped, a line indented or
 * unindented by a space, a line doubled, dropped or swapped with another.
 */
export function mutate(text: string, next: () => number, pieces: string[]): string {
  const lines = text.split('\n');
  for (let m = 1 + Math.floor(next() * 3); m > 0; m--) {
    const r = next();
    const i = Math.floor(next() * lines.length);
    const l = lines[i];
    const at = Math.floor(next() * (l.length + 1));
    if (r < 0.3) lines[i] = l.slice(0, at) + pieces[Math.floor(next() * pieces.length)] + l.slice(at);
    else if (r < 0.5) lines[i] = l.slice(0, at) + l.slice(at + 1);
    else if (r < 0.65) lines[i] = ` ${l}`;
    else if (r < 0.75) lines[i] = l.replace(/^ /, '');
    else if (r < 0.85) lines.splice(i, 0, l);
    else if (r < 0.92) lines.splice(i, 1);
    else {
      const j = Math.floor(next() * lines.length);
      [lines[i], lines[j]] = [lines[j], lines[i]];
    }
  }
  return lines.join('\n');
}
