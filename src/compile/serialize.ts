/**
 * The lists in force as JSON or YAML, in pieces: a province's county list is larger than the longest
 * string JavaScript can hold (~512 MB), so it is never made into one string. The pieces join into exactly
 * what JSON.stringify(value, null, 2) or yaml's stringify(value, YAML_OPTIONS) would give.
 */
import { yaml } from '../load/yaml-lib.js';

/**
 * True for a value worth writing piece by piece: a long array, or one that holds such a value near the
 * top (a document of lists, a list of items). An item, however nested, is written whole.
 */
function streamable(v: unknown, depth = 3): boolean {
  if (depth === 0 || v === null || typeof v !== 'object') return false;
  if (Array.isArray(v)) return v.length >= 64 || v.some((x) => streamable(x, depth - 1));
  return Object.values(v).some((x) => streamable(x, depth - 1));
}

/** Entries of a long array serialized together (fewer, larger pieces). */
const CHUNK = 256;

/** JSON with two-space indentation, in pieces, followed by a line end. */
export function* jsonPieces(value: unknown): Generator<string> {
  yield* json(value, '');
  yield '\n';
}

function* json(v: unknown, indent: string): Generator<string> {
  if (!streamable(v) || typeof (v as { toJSON?: unknown }).toJSON === 'function') {
    // JSON.stringify escapes line breaks inside strings, so indenting every line indents the value.
    yield (JSON.stringify(v, null, 2) ?? 'null').replaceAll('\n', `\n${indent}`);
    return;
  }
  const inner = `${indent}  `;
  if (Array.isArray(v)) {
    if (!v.length) return void (yield '[]');
    yield '[\n';
    for (let i = 0; i < v.length; i += CHUNK) {
      const part = v.slice(i, i + CHUNK);
      const last = i + CHUNK >= v.length;
      if (part.some((x) => streamable(x))) {
        for (let k = 0; k < part.length; k++) {
          yield inner;
          // As JSON.stringify does: what cannot be written in an array is written as null.
          const x = part[k] === undefined || typeof part[k] === 'function' || typeof part[k] === 'symbol' ? null : part[k];
          yield* json(x, inner);
          yield last && k === part.length - 1 ? '\n' : ',\n';
        }
      } else {
        // Entries written a chunk at a time: "[\n  a,\n  b\n]" without its brackets, indented.
        const body = JSON.stringify(part, null, 2).slice(2, -2);
        yield indent + (indent ? body.replaceAll('\n', `\n${indent}`) : body);
        yield last ? '\n' : ',\n';
      }
    }
    yield `${indent}]`;
    return;
  }
  const entries = Object.entries(v as object).filter(([, x]) => x !== undefined && typeof x !== 'function' && typeof x !== 'symbol');
  if (!entries.length) return void (yield '{}');
  yield '{\n';
  for (let i = 0; i < entries.length; i++) {
    yield `${inner}${JSON.stringify(entries[i][0])}: `;
    yield* json(entries[i][1], inner);
    yield i < entries.length - 1 ? ',\n' : '\n';
  }
  yield `${indent}}`;
}

// Values shared between lists (a county item's basis in each township's copy) are written out in full:
// anchors and aliases would make the output hard to read, and resp itself limits aliases in its input.
export const YAML_OPTIONS = { lineWidth: 0, aliasDuplicateObjects: false } as const;

/** YAML as `stringify(value, YAML_OPTIONS)` writes it, in pieces; the value must be a mapping. */
export function* yamlPieces(value: Record<string, unknown>): Generator<string> {
  yield* yamlMap(value, '');
}

function* yamlMap(v: Record<string, unknown>, indent: string): Generator<string> {
  for (const [k, x] of Object.entries(v)) {
    if (x === undefined) continue;
    if (!streamable(x)) {
      yield indented(yaml().stringify({ [k]: x }, YAML_OPTIONS), indent);
      continue;
    }
    yield `${indent}${keyOf(k)}:\n`;
    // A sequence under a key is indented by two spaces; each entry is written as a one-entry sequence.
    if (Array.isArray(x)) for (const e of x) yield indented(yaml().stringify([e], YAML_OPTIONS), `${indent}  `);
    else yield* yamlMap(x as Record<string, unknown>, `${indent}  `);
  }
}

/** A key as yaml writes it (quoted when it must be). */
function keyOf(k: string): string {
  const line = yaml().stringify({ [k]: null }, YAML_OPTIONS);
  return line.slice(0, line.lastIndexOf(':'));
}

/** Every non-empty line of `text` indented; block scalars keep their own relative indentation. */
function indented(text: string, indent: string): string {
  if (!indent) return text;
  return text.replace(/^(?=.)/gm, indent);
}

/**
 * A list document ({version, scope, name, items}) written as its items come, for lists too many to hold
 * at once (resp build of a province): `head` is the text before the items; each item's `body`, the bodies
 * joined by `between`, and each run of them preceded by `first` (before the first item) or `between`;
 * `end(count)` after them. Joined, they are exactly what jsonPieces or yamlPieces give for the whole
 * document.
 */
export interface ListText {
  head(): string;
  body(value: unknown): string;
  first: string;
  between: string;
  end(count: number): string;
}

/** The ListText of a document whose last key is `items`, the keys before it given in `head`. */
export function listText(format: 'json' | 'yaml', head: Record<string, unknown>): ListText {
  const fields = Object.entries(head).filter(([, v]) => v !== undefined);
  if (format === 'json') {
    return {
      head: () => `{\n${fields.map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v, null, 2).replaceAll('\n', '\n  ')},\n`).join('')}  "items": `,
      // Written two arrays deep, the item comes indented as it stands in the document ("[\n  [\n" … "\n  ]\n]").
      body: (v) => JSON.stringify([[v]], null, 2).slice(6, -6),
      first: '[\n',
      between: ',\n',
      end: (count) => (count ? '\n  ]\n}\n' : '[]\n}\n'),
    };
  }
  return {
    head: () => fields.map(([k, v]) => yaml().stringify({ [k]: v }, YAML_OPTIONS)).join(''),
    body: (v) => indented(yaml().stringify([v], YAML_OPTIONS), '  '),
    first: 'items:\n',
    between: '',
    end: (count) => (count ? '' : yaml().stringify({ items: [] }, YAML_OPTIONS)),
  };
}
