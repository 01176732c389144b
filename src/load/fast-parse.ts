import jsyaml from 'js-yaml';
import { plainEnough } from './fast-parse-guard.js';
import { intOf, isBool, isInt, isNull } from './scalars.js';

/**
 * The second path of loading, for plain text the line reader (line-parse.ts) declines (block scalars,
 * nested flow collections and other forms it leaves): js-yaml (12-15x faster than `yaml`) with the
 * scalar rules of scalars.ts (YAML 1.2 core; `001` and decimals stay text). It declines, and the
 * caller parses with `yaml`, whenever the two could differ or positions are needed for problems:
 * aliases, anchors and tags (js-yaml does not limit alias expansion, and its shared references blow
 * up consumers), directives, complex or null keys, tabs, quotes or flow collections that may span
 * lines, and any text js-yaml rejects (syntax errors, duplicate keys). test/perf/fast-parse.test.ts
 * checks that whatever it accepts `yaml` reads the same, without problems.
 */

/** Data read by the fast path, with the line of each entry of the top-level lists. */
export interface FastParsed {
  data: unknown;
  /** 1-based line where each entry of a top-level list starts, by key (`items` → lines). */
  entryLines: Map<string, number[]>;
}

const int = new jsyaml.Type('tag:yaml.org,2002:int', {
  kind: 'scalar',
  resolve: (s: string | null) => s !== null && isInt(s),
  construct: intOf,
  predicate: (v: unknown) => typeof v === 'number' && Number.isInteger(v),
  represent: (v: object) => String(v),
});

// null and booleans exactly as the core schema of `yaml` resolves them.
const nul = new jsyaml.Type('tag:yaml.org,2002:null', {
  kind: 'scalar',
  resolve: (s: string | null) => s === null || isNull(s),
  construct: () => null,
  predicate: (v: unknown) => v === null,
});
const bool = new jsyaml.Type('tag:yaml.org,2002:bool', {
  kind: 'scalar',
  resolve: (s: string | null) => s !== null && isBool(s),
  construct: (s: string) => s[0] === 't' || s[0] === 'T',
  predicate: (v: unknown) => typeof v === 'boolean',
});

const SCHEMA = jsyaml.FAILSAFE_SCHEMA.extend({ implicit: [nul, bool, int] });

/** Parse `text` if it is plain enough for the fast path; undefined means: use `yaml`. `lines`: record entry lines. */
export function fastParse(text: string, lines = true): FastParsed | undefined {
  if (!plainEnough(text)) return undefined;
  const opens: { line: number; pos: number }[] = [];
  const starts = new Map<object, number>();
  const listener = (event: 'open' | 'close', state: { depth: number; line: number; position: number; result: unknown }) => {
    // Depth 1 is the document's mapping, 2 a top-level value, 3 an entry of a top-level list.
    if (state.depth !== 3) return;
    if (event === 'open') opens.push({ line: state.line, pos: state.position });
    else {
      const o = opens.pop();
      if (o && state.result !== null && typeof state.result === 'object') starts.set(state.result, contentLine(text, o.pos, o.line));
    }
  };
  let data: unknown;
  try {
    // @types/js-yaml leaves `depth`, `position` and `result` out of the listener's state.
    data = jsyaml.load(text, { schema: SCHEMA, listener: lines ? listener : null } as unknown as jsyaml.LoadOptions);
  } catch {
    return undefined;
  }
  const entryLines = new Map<string, number[]>();
  if (lines && data !== null && typeof data === 'object' && !Array.isArray(data)) {
    for (const [k, v] of Object.entries(data)) {
      if (Array.isArray(v)) entryLines.set(k, v.map((e) => (e !== null && typeof e === 'object' ? (starts.get(e) ?? 0) : 0)));
    }
  }
  return { data, entryLines };
}

/** 1-based line of the first character of content at or after `pos` (skipping spaces, line breaks, comments). */
function contentLine(text: string, pos: number, line: number): number {
  let i = pos;
  let l = line;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) l++;
    else if (c === 0x23 /* # */) {
      while (i < text.length && text.charCodeAt(i) !== 0x0a) i++;
      continue;
    } else if (c !== 0x20 && c !== 0x0d) break;
    i++;
  }
  return l + 1;
}
