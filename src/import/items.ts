/**
 * A record becomes an item of the model, by the list kind it belongs to: who leads is set per item (a
 * county department in 属地管理 and 配合履职, the township in 基本履职, the receiving department for
 * 上级部门收回), supporters come one a row or several in one cell, the township column of a 属地管理
 * list becomes the supporter 乡镇（街道）, bases are split into citations, pasted article text goes to
 * the notes. Which cell went where is kept for the ledger.
 */
import type { Delegation, Item, ListKind, Party, PowerType } from '../model/types.js';
import { isUnitName, oneLine, splitNumbered, splitParties, tidy, unitCell, unitDutiesCell, type UnitDuties } from './cells.js';
import { readBasis } from './basis.js';
import type { Target } from './columns.js';
import type { Cell, SourceRecord } from './table.js';

/** The placeholder that stands for each township in a county list. */
export const EACH_TOWNSHIP = '乡镇（街道）';

const POWERS: PowerType[] = ['行政许可', '行政处罚', '行政强制', '行政征收', '行政给付', '行政检查', '行政确认', '行政奖励', '行政裁决', '其他行政权力', '公共服务', '其他'];

/** What an item is read in the context of. */
export interface ItemContext {
  kind: ListKind;
  /** The township whose list this is, when it is one township's list. */
  township?: string;
}

/** An item as read, before ids are given and parties resolved. */
export interface DraftItem {
  item: Omit<Item, 'id'> & { id?: string };
  /** The source 编号 when it could not be an id. */
  sourceCode?: string;
  /** Domain (county files) or category (township files). */
  domain?: string;
  record: SourceRecord;
  /** Cells used, with the field each became (name, lead.duties …). */
  uses: [Cell, string][];
  /** Basis entries kept as written because they cite nothing readable, with their cell. */
  unparsed: [string, Cell][];
  /** Parties in the lead cell beyond the first (only one may lead). */
  extraLeads: [string, Cell][];
}

const ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;

function texts(rec: SourceRecord, f: Target): Cell[] {
  return rec.fields.get(f) ?? [];
}

/** Build one item from a record. */
export function draftItem(rec: SourceRecord, ctx: ItemContext): DraftItem {
  const uses: [Cell, string][] = [];
  const use = (cells: Cell[], field: string) => {
    for (const c of cells) uses.push([c, field]);
    return cells;
  };
  const joined = (f: Target, field = f as string) => use(texts(rec, f), field).map((c) => c.text).join('\n');
  const kind = ctx.kind;
  const notes: string[] = [];

  use(texts(rec, 'no'), 'no (序号 is printed anew at export)');
  // A number written into the name cell (1、伪造…) where the list has no 序号 column is not part of the name.
  const name = [oneLine(joined('name')).replace(/^\d{1,4}\s*[、.．](?!\d)\s*/, ''), ...use(texts(rec, 'subitem'), 'name').map((c) => `（${oneLine(c.text)}）`)].join('');
  const draft: DraftItem = { item: { name, lead: { party: '', duties: [] } }, record: rec, uses, unparsed: [], extraLeads: [] };

  const idText = oneLine(joined('id'));
  if (idText) {
    if (ID.test(idText)) draft.item.id = idText;
    else draft.sourceCode = idText;
  }
  // Under a section heading (一、自然资源), the category column holds the sub-category (土地管理).
  const column = oneLine(texts(rec, 'domain')[0]?.text ?? '');
  const domain = rec.section ?? column;
  const subCategory = rec.section && column && column !== rec.section ? column : undefined;
  const townshipList = kind === '基本履职' || kind === '配合履职' || kind === '上级部门收回' || !!ctx.township;
  use(texts(rec, 'domain').slice(0, 1), subCategory || townshipList ? 'category' : 'domain');
  if (rec.sectionCell) uses.push([rec.sectionCell, 'domain']);
  if (domain) draft.domain = domain;
  const category = oneLine(joined('category')) || subCategory;
  if (category) draft.item.category = category;

  const powerText = oneLine(joined('power'));
  if (powerText) {
    const powers = splitParties(powerText).map((p) => p.replace(/\s/g, ''));
    const known = powers.filter((p): p is PowerType => (POWERS as string[]).includes(p));
    if (known.length === powers.length) draft.item.power = known.length === 1 ? known[0] : known;
    else notes.push(`权力类型：${powerText}`);
  }

  // Who leads.
  const leadCells = texts(rec, 'lead.party');
  const leadUnitDuties = joined('lead.unit-duties', 'lead');
  let lead: Party = { party: '', duties: [] };
  if (leadCells.length) {
    use(leadCells.slice(0, 1), 'lead.party');
    const u = unitCell(leadCells[0].text);
    const names = splitParties(u.party);
    lead = { party: names[0] ?? '', duties: [], ...(u.office ? { office: u.office } : {}) };
    for (const extra of names.slice(1)) draft.extraLeads.push([extra, leadCells[0]]);
  } else if (leadUnitDuties) {
    const ud = unitDutiesCell(leadUnitDuties);
    if (ud.parties.length) lead = partyOf(ud.parties[0]);
    else lead.duties = splitNumbered(leadUnitDuties);
  }
  if (kind === '基本履职' && ctx.township && !leadCells.length) lead.party = ctx.township;
  const leadDuties = joined('lead.duties');
  if (leadDuties) lead.duties = splitNumbered(leadDuties);
  const method = tidy(joined('method'));
  if (method) {
    draft.item.method = method;
    if (!lead.duties.length) lead.duties = splitNumbered(method);
  }
  const officeCells = texts(rec, 'office');

  // Who supports.
  const support: Party[] = [];
  const addSupport = (p: Party) => {
    const same = support.find((s) => s.party === p.party);
    if (same) same.duties.push(...p.duties.filter((d) => !same.duties.includes(d)));
    else support.push(p);
  };
  for (const row of rec.rows) {
    const partyCell = row.get('support.party');
    const dutiesCell = row.get('support.duties');
    const unitDuties = row.get('support.unit-duties');
    if (partyCell) {
      const u = unitCell(partyCell.text);
      const duties = dutiesCell ? splitNumbered(dutiesCell.text) : [];
      for (const p of splitParties(u.party)) addSupport({ party: p, duties: [...duties], ...(u.office ? { office: u.office } : {}) });
    } else if (dutiesCell) {
      addSupport({ party: '', duties: splitNumbered(dutiesCell.text) });
    }
    if (unitDuties) {
      const ud = unitDutiesCell(unitDuties.text);
      for (const p of ud.parties) addSupport(partyOf(p));
      if (ud.rest) {
        const names = splitParties(ud.rest);
        if (names.every((n) => isUnitName(n))) for (const n of names) addSupport({ party: n, duties: [] });
        // 配合责任 written as duties alone: in a 属地管理 list they are the township's (主体在县、配合在乡).
        else if (kind === '属地管理' || kind === '配合履职') addSupport({ party: kind === '属地管理' || !ctx.township ? EACH_TOWNSHIP : ctx.township, duties: splitNumbered(ud.rest) });
        else notes.push(`配合责任：${ud.rest}`);
      }
    }
  }
  use(texts(rec, 'support.party'), 'support.party');
  use(texts(rec, 'support.duties'), 'support.duties');
  use(texts(rec, 'support.unit-duties'), 'support');
  const townshipDuties = joined('township.duties', 'support.duties (township)');
  const office = oneLine(officeCells.map((c) => c.text).join(''));
  use(officeCells, 'office');
  const townshipParty = kind === '属地管理' || kind === '职责边界' || !ctx.township ? EACH_TOWNSHIP : ctx.township;
  if (townshipDuties) {
    addSupport({ party: townshipParty, duties: splitNumbered(townshipDuties), ...(office ? { office } : {}) });
  } else if (office) {
    if (kind === '配合履职' && ctx.township) addSupport({ party: ctx.township, duties: [], office });
    else lead.office = office;
  }

  // Notes: supporters written as "单位：职责" lines where the layout puts them there, the rest as notes.
  const notesText = use(texts(rec, 'notes'), 'notes').map((c) => (c.label ? `${c.label}：${c.text}` : c.text)).join('\n');
  if (notesText) {
    if (kind !== '属地管理' && kind !== '职责边界') {
      const ud = unitDutiesCell(notesText);
      for (const p of ud.parties) addSupport(partyOf(p));
      if (ud.rest) notes.unshift(ud.rest);
    } else notes.unshift(tidy(notesText));
  }

  // Legal basis.
  const basisCells = use(texts(rec, 'basis'), 'basis');
  if (basisCells.length) {
    const bases: string[] = [];
    for (const c of basisCells) {
      const b = readBasis(c.text);
      bases.push(...b.bases);
      notes.push(...b.quoted);
      for (const u of b.unparsed) draft.unparsed.push([u, c]);
    }
    if (bases.length) draft.item.basis = bases;
  }

  const caseText = tidy(joined('case'));
  if (caseText) draft.item.case = { text: caseText };

  const delegation = readDelegation(joined('delegation.route'), joined('delegation.document'), notes);
  if (delegation) draft.item.delegation = delegation;

  if (draft.sourceCode) notes.push(`原编码：${draft.sourceCode}`);
  draft.item.lead = lead;
  const supporters = support.filter((s) => s.party);
  // Duties without a named unit (a 配合责任 column with no unit) stay with the item as a note.
  for (const s of support) if (!s.party && s.duties.length) notes.push(`配合责任：${s.duties.join('；')}`);
  if (supporters.length) draft.item.support = supporters;
  if (kind !== '属地管理' || ctx.township) draft.item.list = kind;
  const allNotes = notes.filter(Boolean).join('\n');
  if (allNotes) draft.item.notes = allNotes;
  return draft;
}

function partyOf(u: UnitDuties): Party {
  return { party: u.party, duties: u.duties, ...(u.office ? { office: u.office } : {}) };
}

const ROUTES: Delegation['route'][] = ['法律法规授权', '相对集中', '交由', '委托', '法定'];

/** 赋权方式 and 赋权文件 cells: route and name, deciding body, document, date and transition period. */
function readDelegation(routeText: string, docText: string, notes: string[]): Delegation | undefined {
  if (!routeText && !docText) return undefined;
  const text = oneLine(routeText);
  const route = ROUTES.find((r) => text.includes(r)) ?? (/下放/.test(text) ? '交由' : undefined);
  if (!route) {
    notes.push([routeText && `赋权方式：${oneLine(routeText)}`, docText && `赋权文件：${tidy(docText)}`].filter(Boolean).join('\n'));
    return undefined;
  }
  const inName = /以(?:委托)?部门名义|以.*局名义/.test(text) ? '部门' : /以乡镇|以镇|以街道/.test(text) ? '乡镇' : route === '委托' ? '部门' : '乡镇';
  const d: Delegation = { route, in_name_of: inName };
  const rest: string[] = [];
  for (const line of tidy(docText).split('\n').map((l) => l.trim()).filter(Boolean)) {
    const period = /^过渡期[：:]\s*(\d{4}-\d{2}-\d{2})?\s*(?:至|到|—|-|~)\s*(\d{4}-\d{2}-\d{2})?$/.exec(line);
    const published = /^公布[：:]\s*(\d{4}-\d{2}-\d{2})?\s*(.*)$/.exec(line);
    const evaluated = /^(?:最近)?评估[：:]\s*(\d{4}-\d{2}-\d{2})$/.exec(line);
    const includes = /^(?:含|包括)[：:]\s*(.+)$/.exec(line);
    const entrusted = /^委托(?:机关|单位)[：:]\s*(.+)$/.exec(line);
    if (period) d.transition = { ...(period[1] ? { from: period[1] } : {}), ...(period[2] ? { to: period[2] } : {}) };
    else if (published) d.published = { ...(published[1] ? { date: published[1] } : {}), ...(published[2].trim() ? { where: published[2].trim() } : {}) };
    else if (evaluated) d.evaluated = evaluated[1];
    else if (includes) d.includes = splitParties(includes[1]);
    else if (entrusted) d.entrusted_by = entrusted[1].trim();
    else if (/^\d{4}-\d{2}-\d{2}$/.test(line) && !d.date) d.date = line;
    else if (/[〔［\[【]\s*\d{4}|号$/.test(line) && !d.document) d.document = line;
    else if (!d.decided_by && /(政府|委员会|人大|局|厅|办公室|办|部)$/.test(line)) d.decided_by = line;
    else rest.push(line);
  }
  if (rest.length) notes.push(`赋权文件：${rest.join('；')}`);
  return d;
}
