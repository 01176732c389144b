/**
 * The lists in force as JSON or YAML, in pieces: a province's county list is larger than the longest
 * string JavaScript can hold (~512 MB), so it is never made into one string. The pieces join into exactly
 * what JSON.stringify(value, null, 2) or yaml's stringify(value, YAML_OPTIONS) would give.
 */
import { stringify } from 'yaml';

/** How deep values are written piece by piece; below, each value is serialized whole (an item, a party). */
const STREAM_DEPTH = 4;

/** JSON with two-space indentation, in pieces, followed by a line end. */
export function* jsonPieces(value: unknown): Generator<string> {
  yield* json(value, '', STREAM_DEPTH);
  yield '\n';
}

function* json(v: unknown, indent: string, depth: number): Generator<string> {
  if (depth === 0 || v === null || typeof v !== 'object' || typeof (v as { toJSON?: unknown }).toJSON === 'function') {
    // JSON.stringify escapes line breaks inside strings, so indenting every line indents the value.
    yield (JSON.stringify(v, null, 2) ?? 'null').replaceAll('\n', `\n${indent}`);
    return;
  }
  const inner = `${indent}  `;
  if (Array.isArray(v)) {
    if (!v.length) return void (yield '[]');
    yield '[\n';
    for (let i = 0; i < v.length; i++) {
      yield inner;
      // As JSON.stringify does: what cannot be written in an array is written as null.
      const x = v[i] === undefined || typeof v[i] === 'function' || typeof v[i] === 'symbol' ? null : v[i];
      yield* json(x, inner, depth - 1);
      yield i < v.length - 1 ? ',\n' : '\n';
    }
    yield `${indent}]`;
    return;
  }
  const entries = Object.entries(v).filter(([, x]) => x !== undefined && typeof x !== 'function' && typeof x !== 'symbol');
  if (!entries.length) return void (yield '{}');
  yield '{\n';
  for (let i = 0; i < entries.length; i++) {
    yield `${inner}${JSON.stringify(entries[i][0])}: `;
    yield* json(entries[i][1], inner, depth - 1);
    yield i < entries.length - 1 ? ',\n' : '\n';
  }
  yield `${indent}}`;
}

// Values shared between lists (a county item's basis in each township's copy) are written out in full:
// anchors and aliases would make the output hard to read, and resp itself limits aliases in its input.
export const YAML_OPTIONS = { lineWidth: 0, aliasDuplicateObjects: false } as const;

/** YAML as `stringify(value, YAML_OPTIONS)` writes it, in pieces; the value must be a mapping. */
export function* yamlPieces(value: Record<string, unknown>): Generator<string> {
  yield* yamlMap(value, '', STREAM_DEPTH);
}

const isBig = (x: unknown): x is object => x !== null && typeof x === 'object' && (Array.isArray(x) ? x.length > 0 : Object.keys(x).length > 0);

function* yamlMap(v: Record<string, unknown>, indent: string, depth: number): Generator<string> {
  for (const [k, x] of Object.entries(v)) {
    if (x === undefined) continue;
    if (depth > 1 && isBig(x) && !Array.isArray(x)) {
      yield `${indent}${keyOf(k)}:\n`;
      yield* yamlMap(x as Record<string, unknown>, `${indent}  `, depth - 1);
    } else if (depth > 1 && isBig(x) && Array.isArray(x)) {
      yield `${indent}${keyOf(k)}:\n`;
      // A sequence under a key is indented by two spaces; each entry is written as a one-entry sequence.
      for (const e of x) yield indented(stringify([e], YAML_OPTIONS), `${indent}  `);
    } else {
      yield indented(stringify({ [k]: x }, YAML_OPTIONS), indent);
    }
  }
}

/** A key as yaml writes it (quoted when it must be). */
function keyOf(k: string): string {
  const line = stringify({ [k]: null }, YAML_OPTIONS);
  return line.slice(0, line.lastIndexOf(':'));
}

/** Every non-empty line of `text` indented; block scalars keep their own relative indentation. */
function indented(text: string, indent: string): string {
  if (!indent) return text;
  return text.replace(/^(?=.)/gm, indent);
}
