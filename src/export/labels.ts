import type { CompiledList } from '../compile/types.js';
import type { ConfigFile, ListKind } from '../model/types.js';

/** The order of sheets (and Markdown parts): a township's 履职事项 first, the county's 属地管理 first. */
const ORDER: Record<CompiledList['scope'], readonly ListKind[]> = {
  county: ['属地管理', '职责边界', '赋权事项', '基本履职', '配合履职', '上级部门收回'],
  township: ['属地管理', '基本履职', '配合履职', '上级部门收回', '赋权事项', '职责边界'],
};

/** How each list kind is named as a part of a document (sheet name, heading). */
export const PART_NAMES: Record<ListKind, string> = {
  属地管理: '属地管理事项',
  基本履职: '基本履职事项',
  配合履职: '配合履职事项',
  上级部门收回: '上级部门收回事项',
  职责边界: '职责边界事项',
  赋权事项: '赋权事项',
};

/** The list kinds present in a list, in publishing order; the list's default kind when it is empty. */
export function kindsOf(list: CompiledList): ListKind[] {
  const present = new Set(list.items.map((it) => it.list));
  const kinds = ORDER[list.scope].filter((k) => present.has(k));
  return kinds.length ? kinds : [ORDER[list.scope][0]];
}

/** The label of a document printed as an attachment (resp.yaml `export.attachment: true`). */
export const ATTACHMENT = '附件';

/** Marks a draft for consultation: on its title, its file name and every page header. */
export const DRAFT_MARK = '征求意见稿';

/** The document title, as printed on top of every sheet; a draft says so. */
export function titleOf(list: CompiledList, draft = false): string {
  const t = list.scope === 'county' ? `${list.name}县乡“属地管理”事项主体责任和配合责任清单` : `${list.name}履行职责事项清单`;
  return draft ? `${t}（${DRAFT_MARK}）` : t;
}

/**
 * The title of one part printed as its own sheet: the county's 职责边界 and 赋权事项 lists are documents
 * of their own; the other parts carry the document's title.
 */
export function partTitleOf(list: CompiledList, kind: ListKind, docTitle: string, draft = false): string {
  const mark = draft ? `（${DRAFT_MARK}）` : '';
  if (kind === '赋权事项') return list.scope === 'county' ? `${list.name}赋予乡镇（街道）行政权力事项清单${mark}` : `${list.name}承接赋权事项清单${mark}`;
  if (kind === '职责边界' && list.scope === 'county') return `${list.name}县乡职责边界清单${mark}`;
  return docTitle;
}

/** The file name without extension, relative to the output folder; quotes are dropped from file names. */
export function fileStemOf(list: CompiledList, draft = false): string {
  const stem = titleOf(list, draft).replace(/[“”"]/g, '').replace(/[\\/:*?<>|]/g, '_');
  return list.scope === 'county' ? stem : `townships/${stem}`;
}

/** The revision line (版本、施行日期、批准机关、批准文号), or '' when the config has no revision. */
export function revisionLine(config: ConfigFile): string {
  const r = config.revision ?? {};
  const parts = [
    r.version && `版本：${r.version}`,
    r.effective && `施行日期：${r.effective}`,
    r.approved_by && `批准机关：${r.approved_by}`,
    r.document && `批准文号：${r.document}`,
  ].filter(Boolean);
  return parts.join('　');
}
