/**
 * The loss report as people and programs read it: human (Chinese by default), or JSON (`version: 1`).
 */
import type { Lang } from '../i18n.js';
import type { ImportResult } from './index.js';

export interface ReportOptions {
  format: 'human' | 'json';
  lang: Lang;
  /** Files written, relative to the working folder. */
  written: string[];
  /** The folder written into, relative to the working folder ('.' for it). */
  dir: string;
  /** The column map written instead of the repository (--write-map). */
  mapFile?: string;
}

const T = {
  read: { zh: '读取', en: 'read' },
  converted: { zh: '经 LibreOffice 转换自', en: 'converted from' },
  table: { zh: '表', en: 'table' },
  items: { zh: '个事项', en: 'items' },
  kind: { zh: '清单', en: 'list' },
  wrote: { zh: '写入', en: 'wrote' },
  files: { zh: '个文件', en: 'files' },
  map: { zh: '已写出列对应表', en: 'column map written to' },
  schemas: { zh: '以及 .resp/schemas/ 中供编辑器使用的 {n} 个 schema 文件', en: 'and {n} schema files for the editor in .resp/schemas/' },
  none: { zh: '没有损失：每个非空单元格都已导入。', en: 'nothing lost: every non-empty cell was imported.' },
  losses: { zh: '处需要核对（警告 {w}，提示 {i}）', en: 'entries to check ({w} warnings, {i} notes)' },
  warning: { zh: '警告', en: 'warning' },
  info: { zh: '提示', en: 'note' },
  next: {
    zh: '下一步：resp validate {dir} 检查导入结果；损失报告中的每一处请对照原表修改 YAML，或用 --map 指定列对应后重新导入。',
    en: 'next: resp validate {dir} checks the result; fix each entry above in the YAML against the source, or state the mapping with --map and import again.',
  },
};

export function renderImportReport(r: ImportResult, o: ReportOptions): string {
  const warnings = r.losses.filter((l) => l.severity === 'warning').length;
  if (o.format === 'json') {
    const items = r.assembled.items.length;
    return `${JSON.stringify({
      version: 1,
      sources: r.books,
      tables: r.tables,
      items,
      written: o.written,
      ...(o.mapFile ? { map: o.mapFile } : {}),
      summary: { losses: r.losses.length, warnings, infos: r.losses.length - warnings },
      losses: r.losses.map(({ cells, ...l }) => ({ ...l, cells })),
    }, null, 2)}\n`;
  }
  const L = o.lang;
  const out: string[] = [];
  for (const b of r.books) {
    out.push(`${T.read[L]} ${b.file}${b.convertedFrom ? `（${T.converted[L]} ${b.convertedFrom}）` : ''}`);
    for (const t of r.tables.filter((x) => x.file === b.file)) out.push(`  ${T.table[L]} ${t.sheet}：${T.kind[L]} ${t.kind}${t.township ? `（${t.township}）` : ''}，${t.items} ${T.items[L]}`);
  }
  if (r.losses.length) {
    out.push('');
    const byFile = new Map<string, typeof r.losses>();
    for (const l of r.losses) (byFile.get(l.file) ?? byFile.set(l.file, []).get(l.file)!).push(l);
    for (const [file, losses] of byFile) {
      out.push(file);
      for (const l of losses) out.push(`  ${l.where}  ${l.severity === 'warning' ? T.warning[L] : T.info[L]}  ${l.message}  [${l.code}]`);
    }
    out.push('');
    out.push(`${r.losses.length} ${T.losses[L].replace('{w}', String(warnings)).replace('{i}', String(r.losses.length - warnings))}`);
  } else out.push('', T.none[L]);
  if (o.mapFile) out.push(`${T.map[L]} ${o.mapFile}`);
  if (o.written.length) {
    out.push(`${T.wrote[L]} ${o.written.length} ${T.files[L]}：`);
    const schemas = o.written.filter((f) => /(^|\/)\.resp\//.test(f));
    for (const f of o.written) if (!schemas.includes(f)) out.push(`  ${f}`);
    if (schemas.length) out.push(`  ${T.schemas[L].replace('{n}', String(schemas.length))}`);
    out.push('', T.next[L].replace('{dir}', o.dir));
  }
  return `${out.join('\n')}\n`;
}
