import type { CompiledItem } from '../compile/types.js';
import type { ListKind, Party } from '../model/types.js';
import { basesText, numbered, partyDutiesText, unitText } from './cell-text.js';

/** What a column's value is computed from: the item, its 序号, and for per-party columns one supporter. */
export interface RowContext {
  item: CompiledItem;
  no: number;
  /** The supporting party printed on this row (per-party columns only). */
  party?: Party;
  /** True for the township itself, or the placeholder 乡镇（街道） that stands for each township. */
  isTownship: (p: Party) => boolean;
}

/** One printed column: its header (under an optional parent header), width bounds and value. */
export interface Column {
  header: string;
  /** Parent header of a two-level header (主体责任 → 单位 / 职责). */
  group?: string;
  /** Width bounds in Excel character units; a CJK character takes about 2. */
  min: number;
  max: number;
  center?: boolean;
  /** One row per supporting party; the item's other cells are merged over those rows. */
  perParty?: boolean;
  /** The category column (事项类别), merged over consecutive items of one category within a page. */
  category?: boolean;
  /** Printed again on every page an item continues on (序号, 事项名称, 事项类别). */
  repeat?: boolean;
  /** Only in the workbook; the Markdown table leaves it out (domains are headings there). */
  sheetOnly?: boolean;
  value(r: RowContext): string | number;
}

const NO: Column = { header: '序号', min: 5, max: 6, center: true, repeat: true, value: (r) => r.no };
// The item's category; an item without one is classed under its domain (the domain is also a section row).
const CATEGORY: Column = { header: '事项类别', min: 8, max: 14, center: true, category: true, repeat: true, sheetOnly: true, value: (r) => r.item.category ?? r.item.domain };
const NAME: Column = { header: '事项名称', min: 14, max: 30, repeat: true, value: (r) => r.item.name };
const ID: Column = { header: '事项编号', min: 10, max: 14, center: true, repeat: true, sheetOnly: true, value: (r) => r.item.id };
const basis = (header: string): Column => ({ header, min: 16, max: 44, value: (r) => basesText(r.item.basis) });

/** 备注: the item's notes, then supporting parties that have no column of their own. */
const notes = (others: (r: RowContext) => Party[] = () => []): Column => ({
  header: '备注',
  min: 8,
  max: 30,
  value: (r) => [r.item.notes, ...others(r).map(partyDutiesText)].filter(Boolean).join('\n'),
});

const supporters = (r: RowContext) => r.item.support ?? [];
const townshipOf = (r: RowContext) => supporters(r).find(r.isTownship);

/** Lead and supporting parties side by side: 属地管理 (主体/配合) and 职责边界 (主办/协办). */
function twoSided(lead: string, support: string): Column[] {
  return [
    { group: lead, header: '单位', min: 10, max: 18, center: true, value: (r) => unitText(r.item.lead) },
    { group: lead, header: '职责', min: 18, max: 40, value: (r) => numbered(r.item.lead.duties) },
    ...supportColumns(support),
  ];
}

/** One row per supporting party: its unit and its duties under a parent header. */
function supportColumns(group: string): Column[] {
  return [
    { group, header: '单位', min: 10, max: 18, center: true, perParty: true, value: (r) => unitText(r.party) },
    { group, header: '职责', min: 18, max: 40, perParty: true, value: (r) => numbered(r.party?.duties ?? []) },
  ];
}

const delegationRoute = (it: CompiledItem) => (it.delegation ? `${it.delegation.route}（以${it.delegation.in_name_of}名义行使）` : '');
const delegationDocs = (it: CompiledItem) => {
  const d = it.delegation;
  if (!d) return '';
  const t = d.transition && (d.transition.from || d.transition.to) ? `过渡期：${d.transition.from ?? ''}至${d.transition.to ?? ''}` : '';
  const p = d.published && (d.published.date || d.published.where) ? `公布：${[d.published.date, d.published.where].filter(Boolean).join(' ')}` : '';
  const e = d.evaluated ? `评估：${d.evaluated}` : '';
  const inc = d.includes?.length ? `含：${d.includes.join('、')}` : '';
  const by = d.entrusted_by ? `委托机关：${d.entrusted_by}` : '';
  return [d.decided_by, d.document, d.date, p, t, e, inc, by].filter(Boolean).join('\n');
};

/** The columns of the body part of each list kind, in printed order. */
const LAYOUTS: Record<ListKind, Column[]> = {
  属地管理: [NO, CATEGORY, NAME, ...twoSided('主体责任', '配合责任'), basis('法律依据'), notes(), ID],
  职责边界: [NO, CATEGORY, NAME, ...twoSided('主办部门', '协办部门'), basis('法律依据'), notes(), ID],
  基本履职: [
    NO, CATEGORY, NAME,
    { header: '具体内容', min: 24, max: 48, value: (r) => numbered(r.item.lead.duties) },
    { header: '承办机构', min: 10, max: 18, center: true, value: (r) => r.item.lead.office ?? '' },
    basis('依据'), notes(supporters), ID,
  ],
  配合履职: [
    NO, CATEGORY, NAME,
    { header: '对应上级部门\n（主责）', min: 12, max: 18, center: true, value: (r) => r.item.lead.party },
    { header: '上级部门职责', min: 20, max: 40, value: (r) => numbered(r.item.lead.duties) },
    { header: '乡镇配合职责', min: 20, max: 40, value: (r) => numbered(townshipOf(r)?.duties ?? []) },
    { header: '承办机构', min: 10, max: 18, center: true, value: (r) => townshipOf(r)?.office ?? '' },
    basis('依据'), notes((r) => supporters(r).filter((p) => !r.isTownship(p))), ID,
  ],
  上级部门收回: [
    NO, CATEGORY, NAME,
    { header: '承接（收回）部门', min: 12, max: 18, center: true, value: (r) => unitText(r.item.lead) },
    { header: '工作方式', min: 24, max: 48, value: (r) => r.item.method ?? numbered(r.item.lead.duties) },
    basis('依据'), notes(supporters), ID,
  ],
  赋权事项: [
    NO, CATEGORY, NAME,
    { header: '权力类型', min: 8, max: 12, center: true, value: (r) => [r.item.power ?? []].flat().join('、') },
    { header: '承接单位', min: 10, max: 18, center: true, value: (r) => unitText(r.item.lead) },
    { header: '承接单位职责', min: 18, max: 40, value: (r) => numbered(r.item.lead.duties) },
    // The county departments keep their part (guidance, supervision): in their own columns, one row each.
    ...supportColumns('配合部门'),
    { header: '赋权方式', min: 10, max: 20, center: true, value: (r) => delegationRoute(r.item) },
    { header: '赋权文件', min: 14, max: 30, value: (r) => delegationDocs(r.item) },
    basis('法律依据'), notes(), ID,
  ],
};

/** The workbook columns of a list kind; the category column only when the domains say something. */
export function sheetColumns(kind: ListKind, hasCategory: boolean): Column[] {
  return LAYOUTS[kind].filter((c) => hasCategory || !c.category);
}

/** Columns of a one-row-per-item table (Markdown): lead and supporters each in one "单位：职责" cell. */
export function tableColumns(kind: ListKind): Column[] {
  if (kind === '赋权事项') {
    const cols = LAYOUTS[kind].filter((c) => !c.sheetOnly && !c.perParty);
    const at = cols.findIndex((c) => c.header === '承接单位职责') + 1;
    const support: Column = { header: '配合部门', min: 20, max: 40, value: (r) => supporters(r).map(partyDutiesText).join('\n') };
    return [...cols.slice(0, at), support, ...cols.slice(at)];
  }
  if (kind !== '属地管理' && kind !== '职责边界') return LAYOUTS[kind].filter((c) => !c.sheetOnly);
  const [lead, support] = kind === '属地管理' ? ['主体责任', '配合责任'] : ['主办部门', '协办部门'];
  return [
    NO, NAME,
    { header: lead, min: 20, max: 40, value: (r) => partyDutiesText(r.item.lead) },
    { header: support, min: 20, max: 40, value: (r) => supporters(r).map(partyDutiesText).join('\n') },
    basis('法律依据'), notes(),
  ];
}
