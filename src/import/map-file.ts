/**
 * The column mapping a user states (`--map FILE`) and the starting point `--write-map` writes: the
 * describe → edit → import loop. The file is YAML:
 *
 *   kind: import-map
 *   columns:
 *     事项名称: name
 *     配合责任/单位: support.party
 *     追责情形: ignore
 *   sheets:
 *     基本履职事项: { kind: 基本履职, township: 东湖镇 }
 */
import { readFileSync } from 'node:fs';
import { parse, stringify } from 'yaml';
import { RespError } from '../errors.js';
import { LIST_KINDS, type ListKind } from '../model/types.js';
import { FIELDS, headerKey, type ColumnMap, type Target } from './columns.js';
import type { TableInfo } from './assemble.js';

const MSG = {
  unreadable: { zh: '无法读取列对应表 {file}：{reason}', en: 'cannot read the column map {file}: {reason}' },
  badField: {
    zh: '列对应表 {file} 中“{header}”的字段“{field}”不存在；可用字段：{fields}',
    en: 'column map {file}: "{header}" names no field "{field}"; fields: {fields}',
  },
  badKind: { zh: '列对应表 {file} 中工作表“{sheet}”的清单类别“{kind}”不存在；可用：{kinds}', en: 'column map {file}: sheet "{sheet}" names no list kind "{kind}"; kinds: {kinds}' },
};

/** Read a `--map` file; a wrong field or kind is a usage error naming it. */
export function readColumnMap(file: string): ColumnMap {
  let doc: unknown;
  try {
    doc = parse(readFileSync(file, 'utf8'), { maxAliasCount: 10 });
  } catch (e) {
    throw new RespError('usage', MSG.unreadable, { file, reason: (e as Error).message.split('\n')[0] });
  }
  const d = (doc ?? {}) as { columns?: Record<string, unknown>; sheets?: Record<string, { kind?: unknown; township?: unknown }> };
  const map: ColumnMap = { columns: new Map(), sheets: new Map() };
  for (const [header, field] of Object.entries(d.columns ?? {})) {
    if (field === null || field === undefined || field === '') continue;
    const f = String(field);
    if (f !== 'ignore' && !(FIELDS as readonly string[]).includes(f)) throw new RespError('usage', MSG.badField, { file, header, field: f, fields: [...FIELDS, 'ignore'].join(', ') });
    map.columns.set(header.split('/').map(headerKey).join('/'), f as Target);
  }
  for (const [sheet, s] of Object.entries(d.sheets ?? {})) {
    const kind = s?.kind === undefined ? undefined : String(s.kind);
    if (kind !== undefined && !(LIST_KINDS as readonly string[]).includes(kind)) throw new RespError('usage', MSG.badKind, { file, sheet, kind, kinds: LIST_KINDS.join('、') });
    map.sheets.set(sheet, { ...(kind ? { kind: kind as ListKind } : {}), ...(s?.township ? { township: String(s.township) } : {}) });
  }
  return map;
}

/** The mapping an import used, as a map file to edit: unmapped columns are left blank (~). */
export function describeMap(tables: TableInfo[]): string {
  const columns: Record<string, string | null> = {};
  const sheets: Record<string, { kind: ListKind; township?: string }> = {};
  for (const t of tables) {
    sheets[t.sheet] = { kind: t.kind, ...(t.township ? { township: t.township } : {}) };
    for (const c of t.columns) if (!(c.header in columns)) columns[c.header] = c.field ?? null;
  }
  return [
    '# resp import 列对应表：左边是表头（两级表头写作 上级/下级），右边是字段；写 ignore 表示有意不导入。',
    `# 字段：${FIELDS.join(', ')}`,
    '# 用法：编辑后运行 resp import <文件> --map 本文件',
    stringify({ kind: 'import-map', columns, sheets }, { lineWidth: 0 }),
  ].join('\n');
}
