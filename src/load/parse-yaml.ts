import type { Document, LineCounter, Node } from 'yaml';
import { yaml } from './yaml-lib.js';
import type { DocPath } from '../findings/types.js';

/** Aliases allowed per file before it is treated as an alias bomb. */
export const MAX_ALIAS_COUNT = 100;

/**
 * YAML 1.2 core schema, except that decimal integers with leading zeros (`001`, `010`) stay strings:
 * in these lists such values are codes, never numbers. Decimals also stay as written (`2026.10` is a
 * version, and as a number it would read 2026.1); the schema check turns them into numbers where a
 * field is numeric.
 */
const customTags = (tags: any[]) =>
  tags.map((t) =>
    t.tag === 'tag:yaml.org,2002:int' && !t.format
      ? { ...t, test: /^[-+]?(?:0|[1-9][0-9]*)$/ }
      : t.tag === 'tag:yaml.org,2002:float'
        ? { ...t, resolve: (source: string) => source }
        : t,
  );

export interface YamlProblem {
  code: string;
  message: string;
  line: number;
  column: number;
}

export interface ParsedYaml {
  doc: Document.Parsed;
  lineCounter: LineCounter;
  /** Plain data, or undefined when the document could not be turned into data. */
  data: unknown;
  problems: YamlProblem[];
  /** True when the problems leave the data untrustworthy (syntax errors, alias bombs). */
  broken: boolean;
}

/** Parse one YAML text with positions. Problems are returned, never thrown. */
export function parseYaml(text: string): ParsedYaml {
  const lineCounter = new (yaml().LineCounter)();
  const doc = yaml().parseDocument(text, {
    lineCounter,
    customTags,
    prettyErrors: false,
    uniqueKeys: true,
    strict: true,
  });
  const problems: YamlProblem[] = [];
  let broken = false;
  for (const e of doc.errors) {
    const pos = lineCounter.linePos(e.code === 'MISSING_CHAR' && /^Missing closing/.test(e.message) ? openingQuote(doc, e.pos[0]) : e.pos[0]);
    problems.push({ code: e.code, message: e.message, line: pos.line, column: pos.col });
    if (e.code !== 'DUPLICATE_KEY') broken = true;
  }
  // An unclosed [ or { makes the parser give up where the text ends or the indentation breaks; the
  // bracket that was opened is where the user must look, and comes first.
  if (broken) {
    const open = unclosedBracket(text);
    if (open >= 0) {
      const pos = lineCounter.linePos(open);
      problems.unshift({ code: 'UNCLOSED_FLOW', message: `Unclosed ${text[open]}`, line: pos.line, column: pos.col });
    }
  }
  // A tag the parser does not know (!foo, !!js/function) would be read silently as plain text: it is a
  // problem of its own, not a broken file.
  for (const w of doc.warnings) {
    if (w.code !== 'TAG_RESOLVE_FAILED') continue;
    const pos = lineCounter.linePos(w.pos[0]);
    problems.push({ code: 'TAG_RESOLVE_FAILED', message: w.message, line: pos.line, column: pos.col });
  }
  let data: unknown;
  if (!broken) {
    try {
      data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (e) {
      broken = true;
      const pos = firstAliasPos(doc, lineCounter);
      problems.push({ code: 'ALIAS_LIMIT', message: (e as Error).message, line: pos.line, column: pos.col });
    }
  }
  return { doc, lineCounter, data, problems, broken };
}

/**
 * An unclosed quote swallows the rest of the file, and the parser reports the end of it; the quote that
 * was opened is where the user must look.
 */
function openingQuote(doc: Document, errorAt: number): number {
  let start = errorAt;
  yaml().visit(doc, {
    Scalar(_key, node) {
      const r = node.range;
      if (r && (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') && r[0] <= errorAt && r[1] >= errorAt) {
        start = r[0];
        return yaml().visit.BREAK;
      }
    },
  });
  return start;
}

function firstAliasPos(doc: Document, lc: LineCounter): { line: number; col: number } {
  let found: { line: number; col: number } | undefined;
  yaml().visit(doc, {
    Alias(_key, node) {
      if (node.range) found = lc.linePos(node.range[0]);
      return yaml().visit.BREAK;
    },
  });
  return found ?? { line: 1, col: 1 };
}

/** A located span, 1-based. */
export interface Span {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/**
 * Where a path points in the document. Falls back to the closest existing ancestor, so a
 * missing field is reported at its parent. `keyOf` points at a map key instead of its value.
 */
export function locatePath(doc: Document, lc: LineCounter, path: DocPath, keyOf?: string): Span {
  let node = (path.length ? doc.getIn(path, true) : doc.contents) as Node | null | undefined;
  if (keyOf !== undefined && yaml().isMap(node)) {
    const pair = node.items.find((p) => yaml().isScalar(p.key) && String(p.key.value) === keyOf);
    if (pair) node = pair.key as Node;
  }
  for (let n = path.length - 1; (!node || !node.range) && n >= 0; n--) {
    node = (n ? doc.getIn(path.slice(0, n), true) : doc.contents) as Node | undefined;
  }
  const range = node?.range;
  if (!range) return { line: 1, column: 1, endLine: 1, endColumn: 1 };
  const a = lc.linePos(range[0]);
  const b = lc.linePos(Math.max(range[0], range[1]));
  return { line: a.line, column: a.col, endLine: b.line, endColumn: b.col };
}

/**
 * The offset of the innermost [ or { left open (at the end of the text, or when a bracket of the other
 * kind closes it), outside quotes and comments, or -1. Only flow brackets are counted: block YAML has none.
 */
export function unclosedBracket(text: string): number {
  const stack: number[] = [];
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quote) {
      if (quote === '"' && ch === '\\') i++;
      else if (ch === quote) {
        if (quote === "'" && text[i + 1] === "'") i++;
        else quote = '';
      }
      continue;
    }
    if (ch === '#' && (i === 0 || /\s/.test(text[i - 1]))) {
      while (i < text.length && text[i] !== '\n') i++;
    } else if ((ch === '"' || ch === "'") && (i === 0 || /[\s[{,:]/.test(text[i - 1]))) quote = ch;
    else if (ch === '[' || ch === '{') stack.push(i);
    else if ((ch === ']' || ch === '}') && stack.length) {
      // A } closing a [ (or ] a {): the [ was left open.
      const top = stack[stack.length - 1];
      if ((ch === ']') !== (text[top] === '[')) return top;
      stack.pop();
    }
  }
  return stack.length ? stack[stack.length - 1] : -1;
}
