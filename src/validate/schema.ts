import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Ajv, ErrorObject, ValidateFunction } from 'ajv';
import type { Msg } from '../i18n.js';
import { packageRoot, schemaPath } from '../paths.js';
import type { DocPath } from '../findings/types.js';
import type { FileKind } from '../model/types.js';
import { TYPE_HOW, TYPE_NAMES } from './schema-messages.js';
import { closest } from '../util/text.js';
import { titleAt } from './schema-titles.js';

// ajv and ajv-formats (CommonJS) are loaded only when a schema must be compiled here: the validators
// compiled at build time need only ajv's small runtime helpers, and loading ajv costs ~25 ms at start.
const require = createRequire(import.meta.url);

/** A schema problem, still without a position. */
export interface SchemaProblem {
  path: DocPath;
  /** Point at this key of the mapping at `path` (unknown fields). */
  keyOf?: string;
  /** Which message of the schema rule (src/rules/schema.ts; the keyword's): stable while the wording changes. */
  messageId: string;
  /** The message's arguments (plain values, or zh/en pairs). */
  args: Record<string, unknown>;
  /** One of the message's `hints`, given instead of its `hint`. */
  hint?: string;
}

let ajv: Ajv | undefined;
const validators = new Map<FileKind, ValidateFunction>();

/** The options every validator is compiled with, here and in postbuild.ts. */
export const AJV_OPTIONS = {
  allErrors: true,
  verbose: true,
  strict: true,
  strictRequired: false,
  allowUnionTypes: true,
  // YAML gives numbers where a code or name was meant (`id: 12`); take them as text.
  coerceTypes: true,
} as const;

/** A validator factory with resp's keywords, formats and the shared definitions. */
export function newAjv(options: object = {}): Ajv {
  const { Ajv } = require('ajv') as typeof import('ajv');
  const addFormats = (require('ajv-formats') as typeof import('ajv-formats')).default;
  const a = new Ajv({ ...AJV_OPTIONS, ...options });
  addFormats(a, ['date']);
  a.addKeyword({ keyword: 'x-hint', schemaType: 'string' });
  a.addSchema(loadSchema('common.schema.json'), 'common.schema.json');
  return a;
}

/** The schema files shipped with the package. */
export const SCHEMA_FILES = readdirSync(dirname(schemaPath('common.schema.json'))).filter((n) => n.endsWith('.schema.json')).sort();

/** A fingerprint of the schema files: precompiled validators are used only when it matches. */
export function schemaFingerprint(): string {
  const h = createHash('sha1');
  for (const n of SCHEMA_FILES) h.update(n).update('\0').update(readFileSync(schemaPath(n))).update('\0');
  return h.update(JSON.stringify(AJV_OPTIONS)).digest('hex');
}

function loadSchema(name: string): object {
  return JSON.parse(readFileSync(schemaPath(name), 'utf8')) as object;
}

/**
 * Where `npm run build` writes the validator of a file kind compiled ahead of time (postbuild.ts): one
 * file per kind, so that a run loads only the kinds it checks (a domain file's is a quarter of them all).
 */
export const PRECOMPILED = (kind: FileKind) => join(packageRoot(), 'dist', 'src', 'validators', `${kind}.cjs`);

/** What a file of PRECOMPILED holds. */
export interface Precompiled {
  fingerprint: string;
  validator: ValidateFunction;
}

let fingerprint: string | undefined;

/**
 * The validator of a kind compiled at build time: compiling the schemas costs 40–200 ms in every
 * process and worker thread. Not used when missing or built from other schemas.
 */
function precompiledFor(kind: FileKind): ValidateFunction | undefined {
  try {
    const file = PRECOMPILED(kind);
    if (!existsSync(file)) return undefined;
    const m = require(file) as Precompiled | undefined;
    return m && m.fingerprint === (fingerprint ??= schemaFingerprint()) ? m.validator : undefined;
  } catch {
    return undefined;
  }
}

/** The compiled validator of a file kind (compiled once per process, or ahead of time). */
export function validatorFor(kind: FileKind): ValidateFunction {
  let v = validators.get(kind);
  if (!v) {
    v = precompiledFor(kind) ?? (ajv ??= newAjv()).compile(loadSchema(`${kind}.schema.json`));
    validators.set(kind, v);
  }
  return v;
}

/** Validate data of a kind; coerces scalar types in place; returns one problem per real defect. */
export function checkSchema(kind: FileKind, data: unknown): SchemaProblem[] {
  const errors = validateChunked(validatorFor(kind), data);
  if (!errors.length) return [];
  return simplify(errors).map((e) => describe(e, kind));
}

/** Entries of a top-level list validated at once. */
const CHUNK = 1000;

/**
 * Run a validator over a file, its long top-level lists a chunk at a time. Ajv's code for a `$ref`
 * concatenates the errors gathered so far with the entry's (`vErrors.concat`): over one list of many
 * invalid entries that grows with the square of their number (50,000 invalid items took 35 s). The
 * lists carry no keyword across entries but `minItems: 1`, so chunks give the same errors, with
 * their entry numbers shifted back.
 */
function validateChunked(v: ValidateFunction, data: unknown): ErrorObject[] {
  const whole = () => (v(data) ? [] : [...(v.errors ?? [])]);
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return whole();
  const doc = data as Record<string, unknown>;
  const long = Object.keys(doc).filter((k) => Array.isArray(doc[k]) && (doc[k] as unknown[]).length > CHUNK);
  if (!long.length) return whole();
  const lists = new Map(long.map((k) => [k, doc[k] as unknown[]]));
  /** Validate `shell` (the document with lists cut), keep the errors `keep` accepts, copy coerced values back. */
  const pass = (shell: Record<string, unknown>, keep: (e: ErrorObject) => boolean, key?: string, offset = 0): ErrorObject[] => {
    const ok = v(shell);
    const errors = ok ? [] : (v.errors ?? []).filter(keep);
    for (const [k, list] of lists) {
      const part = shell[k] as unknown[];
      if (k === key || (key === undefined && part !== list)) part.forEach((x, i) => (list[(k === key ? offset : 0) + i] = x));
    }
    if (!key) for (const k of Object.keys(shell)) if (!lists.has(k)) doc[k] = shell[k];
    if (!offset) return errors;
    const prefix = `/${key}/`;
    return errors.map((e) => {
      const rest = e.instancePath.slice(prefix.length);
      const slash = rest.indexOf('/');
      const index = Number(slash < 0 ? rest : rest.slice(0, slash)) + offset;
      return { ...e, instancePath: `${prefix}${index}${slash < 0 ? '' : rest.slice(slash)}` };
    });
  };
  // First the document with each long list cut to its first chunk, then each further chunk alone.
  const first: Record<string, unknown> = { ...doc };
  for (const [k, list] of lists) first[k] = list.slice(0, CHUNK);
  const out = pass(first, () => true);
  for (const [k, list] of lists) {
    const under = (e: ErrorObject) => e.instancePath.startsWith(`/${k}/`);
    for (let offset = CHUNK; offset < list.length; offset += CHUNK) {
      const shell: Record<string, unknown> = { ...doc };
      for (const other of lists.keys()) shell[other] = other === k ? list.slice(offset, offset + CHUNK) : [];
      for (const e of pass(shell, under, k, offset)) out.push(e);
    }
  }
  return out;
}

const pointerToPath = (p: string): DocPath =>
  p === ''
    ? []
    : p
        .slice(1)
        .split('/')
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
        .map((s) => (/^(0|[1-9]\d*)$/.test(s) ? Number(s) : s));

/**
 * Remove cascades: for an anyOf, keep only the branch whose type matches the value (or one type
 * error if none does); drop errors of schema combinators themselves; one error per place and keyword.
 */
function simplify(errors: ErrorObject[]): ErrorObject[] {
  const drop = new Set<ErrorObject>();
  for (let at = 0; at < errors.length; at++) {
    const a = errors[at];
    if (a.keyword !== 'anyOf' && a.keyword !== 'oneOf') continue;
    const prefix = a.schemaPath + '/';
    const inside = branchErrors(errors, at);
    // Errors under the combinator's own schema path, by branch; and errors a branch made through a
    // $ref (their schema path is the definition's), always deeper in the value: only a branch whose
    // type matched goes deeper, so they belong to the branch that takes this kind of value.
    const branches = new Map<string, ErrorObject[]>();
    const throughRef: ErrorObject[] = [];
    for (const e of inside) {
      if (!e.schemaPath.startsWith(prefix)) {
        throughRef.push(e);
        continue;
      }
      const b = e.schemaPath.slice(prefix.length).split('/')[0];
      branches.set(b, [...(branches.get(b) ?? []), e]);
    }
    const mismatched = (errs: ErrorObject[]) => errs.some((e) => e.instancePath === a.instancePath && (e.keyword === 'type' || e.keyword === '$ref'));
    const typeMatched = [...branches.values()].find((errs) => !mismatched(errs)) ?? (throughRef.length ? [] : undefined);
    for (const e of inside) drop.add(e);
    if (typeMatched) {
      for (const e of [...typeMatched, ...throughRef]) drop.delete(e);
      drop.add(a);
    } else {
      // No branch takes this kind of value: report it once, as a type error of the whole.
      a.keyword = 'type';
      a.params = { type: [...new Set(inside.filter((e) => e.keyword === 'type').flatMap((e) => [e.params.type].flat()))] };
    }
  }
  const seen = new Set<string>();
  const out: ErrorObject[] = [];
  for (const e of errors) {
    if (drop.has(e) || e.keyword === 'if' || e.keyword === '$ref') continue;
    const key = `${e.instancePath}|${e.keyword}|${JSON.stringify(e.params)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(e);
  }
  // A type error makes the other errors at the same place noise.
  const typed = new Set(out.filter((e) => e.keyword === 'type').map((e) => e.instancePath));
  return out.filter((e) => e.keyword === 'type' || !typed.has(e.instancePath) || e.keyword === 'required');
}

/**
 * The errors of the branches of the anyOf/oneOf error at `at`. Ajv reports them just before it, as one
 * run: walk back while errors lie under its schema path and its value. Looking through the whole list
 * instead made the check quadratic (200,000 invalid items did not finish) and mixed the branches of
 * one entry with those of the entries before it.
 */
function branchErrors(errors: ErrorObject[], at: number): ErrorObject[] {
  const a = errors[at];
  const prefix = a.schemaPath + '/';
  const under = (p: string) => p === a.instancePath || p.startsWith(a.instancePath + '/');
  const deeper = (p: string) => p.startsWith(a.instancePath + '/');
  let from = at;
  while (from > 0 && under(errors[from - 1].instancePath) && (errors[from - 1].schemaPath.startsWith(prefix) || deeper(errors[from - 1].instancePath))) from--;
  return errors.slice(from, at);
}

function typeOfValue(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v === 'number' && Number.isInteger(v) ? 'integer' : typeof v;
}

function titleOf(schema: any): string | undefined {
  return schema && typeof schema.title === 'string' ? schema.title : undefined;
}

/** Both languages' words for a JSON type. */
const typeName = (t: string): Msg => TYPE_NAMES[t] ?? { zh: t, en: t };

/** A list in both languages: 、 between Chinese words, a comma between English ones. */
const listed = (xs: string[]): Msg => ({ zh: xs.join('、'), en: xs.join(', ') });

function describe(e: ErrorObject, kind: FileKind): SchemaProblem {
  const path = pointerToPath(e.instancePath);
  const last = path[path.length - 1];
  const field = typeof last === 'number' ? `${String(path[path.length - 2] ?? '')}[${last + 1}]` : String(last ?? '');
  const t = titleAt(kind, path) ?? titleOf(e.parentSchema);
  // The title is Chinese: it is shown in Chinese messages only.
  const title: Msg = { zh: t && t !== field ? `（${t}）` : '', en: '' };
  const at = (messageId: string, args: Record<string, unknown> = {}, hint?: string): SchemaProblem => ({ path, messageId, args: { field, title, ...args }, hint });
  const value = typeof e.data === 'object' ? JSON.stringify(e.data) : String(e.data);
  switch (e.keyword) {
    case 'required': {
      const name = e.params.missingProperty as string;
      const propTitle = titleOf((e.parentSchema as any)?.properties?.[name]);
      return { path, messageId: 'required', args: { field: name, title: { zh: propTitle ? `（${propTitle}）` : '', en: '' } } };
    }
    case 'additionalProperties': {
      const name = e.params.additionalProperty as string;
      const allowed = Object.keys((e.parentSchema as any)?.properties ?? {});
      const guess = closest(name, allowed);
      return { path, keyOf: name, messageId: 'additionalProperties', args: { field: name, suggestion: guess, allowed: listed(allowed) }, hint: guess ? 'didYouMean' : undefined };
    }
    case 'type': {
      const types = [e.params.type].flat() as string[];
      const names = types.map(typeName);
      const expected: Msg = { zh: names.map((n) => n.zh).join('或'), en: names.map((n) => n.en).join(' or ') };
      const how = types.length === 1 ? TYPE_HOW[types[0]] : undefined;
      return at('type', { expected, actual: typeName(typeOfValue(e.data)), how }, how ? 'how' : undefined);
    }
    case 'enum': {
      const allowed = (e.params.allowedValues as unknown[]).map(String);
      const guess = closest(String(e.data), allowed);
      return at('enum', { value, suggestion: guess, allowed: listed(allowed) }, guess ? 'didYouMean' : undefined);
    }
    case 'const':
      return at('const', { expected: String(e.params.allowedValue) });
    case 'pattern': {
      const advice = (e.parentSchema as any)?.['x-hint'] as string | undefined;
      return at('pattern', { value, advice: { zh: advice ?? '', en: '' } }, advice ? 'schema' : undefined);
    }
    case 'minLength':
      return at('minLength');
    case 'minItems':
      return at('minItems', { limit: e.params.limit });
    case 'uniqueItems':
      return at('uniqueItems', { i: Number(e.params.j) + 1, j: Number(e.params.i) + 1 });
    case 'format':
      return at('format', { value });
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return at('range', { value, limit: `${e.params.comparison} ${e.params.limit}` });
    default:
      return at('other', { detail: e.message ?? e.keyword });
  }
}
