/**
 * Positions inside one entry of a top-level list, found by parsing that entry alone. A finding in a
 * file that took the fast path (see fast-parse.ts) needs `yaml`'s positions, and parsing a whole file
 * of 150 items with `yaml` for one position cost more than all the rules run on it. An entry of a
 * block sequence is a valid YAML text on its own, at the same columns; its lines only shift.
 *
 * Used only for scalars (values and keys), whose spans do not depend on what follows the entry;
 * anything else, and any doubt, is left to the whole file.
 */
import type { LineCounter, Node, parseDocument } from 'yaml';
import { yaml } from './yaml-lib.js';
import type { DocPath } from '../findings/types.js';
import type { Span } from './parse-yaml.js';

/** Where the entries of a top-level block sequence start and end (0-based line indexes). */
interface Entries {
  starts: number[];
  end: number;
}

/** The entries of the block sequence under top-level `key`, read from the lines' indentation. */
export function entriesOf(lines: string[], key: string): Entries | undefined {
  const head = lines.findIndex((l) => l === `${key}:` || l.startsWith(`${key}: #`) || l === `${key}:\r`);
  if (head < 0) return undefined;
  let indent: string | undefined;
  const starts: number[] = [];
  let end = lines.length;
  for (let i = head + 1; i < lines.length; i++) {
    const line = lines[i].replace(/\r$/, '');
    const content = line.trimStart();
    if (content === '' || content.startsWith('#')) continue;
    const ind = line.slice(0, line.length - content.length);
    if (indent === undefined) {
      // The first entry fixes the sequence's indentation; anything else is not a block sequence here.
      if (!(content === '-' || content.startsWith('- '))) return undefined;
      indent = ind;
    }
    if (ind === indent && (content === '-' || content.startsWith('- '))) starts.push(i);
    else if (ind.length <= indent.length) {
      end = i;
      break;
    }
  }
  return starts.length ? { starts, end } : undefined;
}

/** The span of a scalar at `path` (['items', 3, 'lead', 'party']) or of key `keyOf` there, if the entry alone shows it. */
export function locateInEntry(lines: string[], entries: Entries, path: DocPath, keyOf: string | undefined, parse: (i: number, text: string) => { doc: ReturnType<typeof parseDocument>; lc: LineCounter } | undefined): Span | undefined {
  const index = path[1];
  if (typeof index !== 'number' || index >= entries.starts.length) return undefined;
  const from = entries.starts[index];
  // Up to the next entry, as it is: a block scalar's span may take in the blank lines that follow it.
  const to = index + 1 < entries.starts.length ? entries.starts[index + 1] : entries.end;
  const parsed = parse(index, `${lines.slice(from, to).join('\n')}\n`);
  if (!parsed) return undefined;
  const sub = [0, ...path.slice(2)];
  let node = parsed.doc.getIn(sub, true) as Node | null | undefined;
  if (keyOf !== undefined) {
    if (!yaml().isMap(node)) return undefined;
    const pair = node.items.find((p) => yaml().isScalar(p.key) && String(p.key.value) === keyOf);
    node = pair?.key as Node | undefined;
  }
  if (!yaml().isScalar(node) || !node.range) return undefined;
  const a = parsed.lc.linePos(node.range[0]);
  const b = parsed.lc.linePos(Math.max(node.range[0], node.range[1]));
  return { line: a.line + from, column: a.col, endLine: b.line + from, endColumn: b.col };
}

/** Parse an entry's text with positions; undefined when `yaml` finds any problem in it. */
export function parseEntry(text: string): { doc: ReturnType<typeof parseDocument>; lc: LineCounter } | undefined {
  const lc = new (yaml().LineCounter)();
  const doc = yaml().parseDocument(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: true });
  return doc.errors.length || doc.warnings.length ? undefined : { doc, lc };
}
