/**
 * The field reference (docs/fields.md, `npm run docs`): every file kind of a list repository, each field
 * with its type, whether it is required, its title and description and its allowed values, read from
 * the JSON Schemas themselves so that the reference and the editor's hover never disagree
 * (test/docs/fields.test.ts checks that the committed file is what the schemas give).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

type Schema = {
  $ref?: string;
  title?: string;
  description?: string;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  required?: string[];
  properties?: Record<string, Schema>;
  items?: Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  additionalProperties?: boolean | Schema;
  definitions?: Record<string, Schema>;
};

/** The schemas' files in the order a reader meets them; others after, by name. */
const ORDER = ['domain', 'township', 'config', 'departments', 'townships', 'laws', 'assignments'];

/** docs/fields.md as text, from the schemas in `dir`. */
export function fieldsMarkdown(dir: string): string {
  const files = readdirSync(dir).filter((f) => f.endsWith('.schema.json')).map((f) => f.replace(/\.schema\.json$/, ''));
  const rank = (n: string) => (ORDER.includes(n) ? ORDER.indexOf(n) : ORDER.length);
  const names = files.filter((n) => n !== 'common').sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  const schemas = new Map(files.map((n) => [n, JSON.parse(readFileSync(join(dir, `${n}.schema.json`), 'utf8')) as Schema]));
  const out: string[] = [
    '# 字段说明 / Field reference',
    '',
    '<!-- 由 `npm run docs` 根据 schemas/ 生成，请勿手工修改 / written by `npm run docs` from schemas/; do not edit by hand -->',
    '',
    '清单仓库中每种文件的字段：类型、是否必填、含义和可选值，与编辑器悬停提示同出一源（schemas/）。',
    'The fields of each kind of file in a list repository, from the same schemas the editor shows on hover.',
    '',
  ];
  const shown = new Set<string>();
  const pending: { key: string; schema: Schema; file: string }[] = [];

  // A definition (common.schema.json#/definitions/x or #/definitions/x) as its schema and a key.
  const resolve = (s: Schema, file: string): { schema: Schema; def?: Schema; key?: string; file: string } => {
    if (!s.$ref) return { schema: s, file };
    const [path, pointer] = s.$ref.split('#');
    const target = path ? path.replace(/\.schema\.json$/, '') : file;
    const name = pointer?.split('/').pop() ?? '';
    const def = pointer ? schemas.get(target)?.definitions?.[name] : schemas.get(target);
    // A field's own title and description come first; those of the plain text definition say nothing.
    const base = name === 'text' ? withoutWords(def ?? {}) : (def ?? {});
    return { schema: { ...base, ...withoutRef(s) }, def, key: `${target}#${name}`, file: target };
  };
  const typeOf = (s0: Schema, file: string, field: string): string => {
    const { schema: s, def, key, file: f } = resolve(s0, file);
    if (s.const !== undefined) return `\`${String(s.const)}\``;
    const alts = s.anyOf ?? s.oneOf;
    if (alts) return alts.map((a) => typeOf(a, f, field)).filter((t, i, all) => all.indexOf(t) === i).join(' 或 ');
    if (s.type === 'array' && s.items) return `${typeOf(s.items, f, field)} 列表`;
    if (s.type === 'object' && !s.properties) {
      const ap = s.additionalProperties;
      return typeof ap === 'object' ? `对象（名称 → ${typeOf(ap, f, field)}）` : '对象';
    }
    if (s.type === 'object' || s.properties) {
      // An object is described once, under its definition's own title, and linked from every field.
      const found = def ?? s;
      const own = found.title ? found : { ...found, title: `${field} 的字段` };
      const anchor = key ?? `${f}#${own.title}`;
      if (own.properties && !shown.has(anchor)) {
        shown.add(anchor);
        pending.push({ key: anchor, schema: own, file: f });
      }
      return `[${own.title}](#${slug(own.title!)})`;
    }
    if (s.enum) return '文本（限定取值）';
    if (s.format === 'date' || (key && key.endsWith('#date'))) return '日期 YYYY-MM-DD';
    if (s.type === 'integer') return '整数';
    if (s.type === 'number') return '数字';
    if (s.type === 'boolean') return 'true / false';
    return '文本';
  };
  const valuesOf = (s0: Schema, file: string): string => {
    const { schema: s, file: f } = resolve(s0, file);
    if (s.enum) return s.enum.map((v) => `\`${String(v)}\``).join('、');
    const alts = s.anyOf ?? s.oneOf;
    if (alts) return [...new Set(alts.map((a) => valuesOf(a, f)).filter(Boolean))].join('；');
    if (s.type === 'array' && s.items) return valuesOf(s.items, f);
    if (typeof s.additionalProperties === 'object') return valuesOf(s.additionalProperties, f);
    return '';
  };
  const table = (s: Schema, file: string): string[] => {
    const rows = ['| 字段 | 类型 | 必填 | 说明 | 可选值 |', '|---|---|---|---|---|'];
    for (const [name, p0] of Object.entries(s.properties ?? {})) {
      const { schema: p } = resolve(p0, file);
      const text = [p.title, p.description].filter(Boolean).join('：');
      rows.push(`| \`${name}\` | ${typeOf(p0, file, name)} | ${s.required?.includes(name) ? '是' : ''} | ${cell(text)} | ${cell(valuesOf(p0, file))} |`);
    }
    return rows;
  };

  for (const n of names) {
    const s = schemas.get(n)!;
    out.push(`## ${s.title ?? n}（${n}.schema.json）`, '');
    if (s.description) out.push(s.description, '');
    out.push(...table(s, n), '');
    while (pending.length) {
      const { schema, file } = pending.shift()!;
      out.push(`### ${schema.title ?? '对象'}`, '');
      if (schema.description) out.push(schema.description, '');
      out.push(...table(schema, file), '');
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}

function withoutWords(s: Schema): Schema {
  const { title: _t, description: _d, ...rest } = s;
  return rest;
}

function withoutRef(s: Schema): Schema {
  const { $ref: _ref, ...rest } = s;
  return rest;
}

/** A heading's anchor as GitHub and most Markdown viewers make it. */
function slug(title: string): string {
  return title.toLowerCase().replace(/[^\p{L}\p{N}\- ]/gu, '').replace(/ /g, '-');
}

function cell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}
