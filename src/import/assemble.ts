/**
 * Tables of several source files become one list repository: the list kind and township of each
 * table, items drafted, duplicates dropped, ids given, parties gathered into registries, and every
 * used cell recorded in its file's ledger with what it became.
 */
import { basename } from 'node:path';
import type { Lang } from '../i18n.js';
import type { ConfigFile, Department, Item, ListKind, Office, Township } from '../model/types.js';
import { TOWNSHIP_PLACEHOLDERS } from '../model/registry.js';
import { normalize } from '../util/text.js';
import { isUnitName, oneLine } from './cells.js';
import { builtinField, domainPrefix, kindPrefix, kindsNamed, type ColumnMap } from './columns.js';
import type { SourceBook } from './grid.js';
import { draftItem, EACH_TOWNSHIP, type DraftItem } from './items.js';
import { Ledger } from './ledger.js';
import { headingText, readTables, type SourceTable } from './table.js';

export interface ImportOptions {
  lang?: Lang;
  /** The list kind of every table, over what is detected. */
  kind?: ListKind;
  /** The township whose list this is, over what the title says. */
  township?: string;
  /** The user's column mapping (`--map`). */
  map?: ColumnMap;
}

/** An item placed in the repository. */
export interface PlacedItem {
  item: Item;
  /** Domain file (county items) or township file. */
  domain?: string;
  township?: string;
  /** `清单.xlsx 属地管理!A12:H14`. */
  source: string;
}

/** A table as read, for `--write-map` and the summary. */
export interface TableInfo {
  file: string;
  sheet: string;
  kind: ListKind;
  township?: string;
  items: number;
  columns: { header: string; field?: string }[];
}

/** The repository an import makes, before it is written. */
export interface Assembled {
  config: ConfigFile;
  items: PlacedItem[];
  /** Titles of the domain files (the list's title) by domain. */
  titles: Map<string, string>;
  departments: Department[];
  townships: Township[];
  commonOffices: Office[];
  ledgers: Ledger[];
  tables: TableInfo[];
}

const ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;
const PLACEHOLDERS = new Set(TOWNSHIP_PLACEHOLDERS.map(normalize));

/** The jurisdiction a title names: 青禾县县乡“属地管理”… → 青禾县; 2022年宁国市胡乐镇… → 宁国市. */
export function jurisdictionOf(title: string): string | undefined {
  const t = oneLine(title).replace(/^\d{4}年(?:度)?/, '').replace(/^[\u4e00-\u9fa5]{2,8}?(?:省|自治区)(?=.)/, '');
  const m = /^([\u4e00-\u9fa5]{1,10}?(?:自治县|自治旗|县|市|区|旗))/.exec(t);
  if (!m) return undefined;
  // 青岛市即墨区田横镇…: a city's district or county after the city is the jurisdiction.
  const inner = m[1].endsWith('市') ? /^([\u4e00-\u9fa5]{1,8}?(?:自治县|县|区|市))(?!街道|镇|乡)/.exec(t.slice(m[1].length)) : null;
  return inner && !/^(县乡|城区)/.test(inner[1]) ? inner[1] : m[1];
}

/** The township a title names as the list's owner: 东湖镇履行职责事项清单 → 东湖镇. */
export function townshipOf(title: string, jurisdiction?: string): string | undefined {
  let t = oneLine(title).replace(/^\d{4}年(?:度)?/, '');
  if (jurisdiction && t.startsWith(jurisdiction)) t = t.slice(jurisdiction.length);
  // Province, city and county before the township's name (山东省青岛市即墨区田横镇…) are not part of it.
  for (let i = 0; i < 3; i++) {
    const p = /^[\u4e00-\u9fa5]{1,8}?(?:自治区|自治县|省|市|县|区|旗)/.exec(t)?.[0];
    if (!p || p === '县乡' || /^(镇|乡|街道)/.test(t.slice(p.length)) || /(镇|乡|街道)/.test(p)) break;
    t = t.slice(p.length);
  }
  const m = /^([\u4e00-\u9fa5]{1,10}?(?:镇|乡|街道))(?:人民政府|办事处|街道办事处)?(?:\d{4}年(?:度)?)?(?:履行职责|履职|配合事项|权责|权力|职责|事项|责任|基本|承接|赋权|清单)/.exec(t);
  if (!m || PLACEHOLDERS.has(normalize(m[1])) || /^(县乡|乡镇|镇街)/.test(m[1])) return undefined;
  return m[1];
}

/** The revision a line states: 版本：2026.1　施行日期：2026-07-01　批准机关：…　批准文号：… */
export function revisionOf(line: string): ConfigFile['revision'] | undefined {
  const parts = line.replace(/\r?\n/g, '\u3000').split(/\u3000|\s{2,}/).map((p) => p.trim()).filter(Boolean);
  const rev: NonNullable<ConfigFile['revision']> = {};
  for (const p of parts) {
    const m = /^(版本|施行日期|实施日期|批准机关|批准文号|文号)[：:]\s*(.+)$/.exec(p);
    if (!m) continue;
    if (m[1] === '版本') rev.version = m[2];
    else if (/日期/.test(m[1]) && /^\d{4}-\d{2}-\d{2}$/.test(m[2])) rev.effective = m[2];
    else if (m[1] === '批准机关') rev.approved_by = m[2];
    else if (/文号/.test(m[1])) rev.document = m[2];
  }
  return Object.keys(rev).length ? rev : undefined;
}

/** The list kind of a table: stated, named by a heading, sheet or title, else told by its columns. */
function kindOf(t: SourceTable, title: string, township: string | undefined, opts: ImportOptions): { kind: ListKind; guessed: boolean } {
  if (opts.kind) return { kind: opts.kind, guessed: false };
  const own = opts.map?.sheets.get(t.grid.name)?.kind;
  if (own) return { kind: own, guessed: false };
  if (t.headingKind) return { kind: t.headingKind, guessed: false };
  const bySheet = kindsNamed(t.grid.name);
  if (bySheet.length) return { kind: bySheet[0], guessed: false };
  const byTitle = kindsNamed(title);
  if (byTitle.length === 1) return { kind: byTitle[0], guessed: false };
  const fields = new Set(t.columns.map((c) => c.target));
  const headers = t.columns.map((c) => c.path.join('/')).join(' ');
  if (fields.has('delegation.route')) return { kind: '赋权事项', guessed: false };
  if (/主办|协办/.test(headers)) return { kind: '职责边界', guessed: false };
  if (fields.has('method') || /收回/.test(headers)) return { kind: '上级部门收回', guessed: false };
  if (/对应上级部门|上级部门职责/.test(headers)) return { kind: '配合履职', guessed: false };
  if (fields.has('township.duties') || fields.has('support.party') || fields.has('support.unit-duties')) {
    return { kind: township && !/属地管理/.test(title) ? '配合履职' : '属地管理', guessed: false };
  }
  if (township && fields.has('office')) return { kind: '基本履职', guessed: false };
  return { kind: township ? '基本履职' : '属地管理', guessed: true };
}

/** Read the tables of every book and assemble the repository. */
export function assemble(books: SourceBook[], opts: ImportOptions = {}): Assembled {
  const lang = opts.lang ?? 'zh';
  const ledgers: Ledger[] = [];
  const drafts: { d: DraftItem; ledger: Ledger; kind: ListKind; township?: string; source: string; title?: string }[] = [];
  const tables: TableInfo[] = [];
  let jurisdiction: string | undefined;
  let revision: ConfigFile['revision'];

  for (const book of books) {
    const ledger = new Ledger(lang, book.file);
    ledgers.push(ledger);
    let title = '';
    for (const grid of book.grids) {
      for (const t of readTables(grid, ledger, opts.map)) {
        if (t.title) title = headingText(t.title.text);
        jurisdiction ??= title ? jurisdictionOf(title) : undefined;
        const township = opts.township ?? opts.map?.sheets.get(grid.name)?.township ?? (title ? townshipOf(title, jurisdiction) : undefined);
        if (t.revision) revision ??= revisionOf(t.revision.text);
        const { kind, guessed } = kindOf(t, title, township, opts);
        if (guessed && t.records.length) ledger.loss('guessed-kind', grid.name, [], { kind });
        const source = (rec: { range: string }) => `${basename(book.file)} ${grid.addressing === 'a1' ? `${grid.name}!${rec.range}` : `${grid.name} ${rec.range}`}`;
        let count = 0;
        for (const rec of t.records) {
          const d = draftItem(rec, { kind: rec.kind ?? kind, ...(township ? { township } : {}) });
          drafts.push({ d, ledger, kind: rec.kind ?? kind, ...(township ? { township } : {}), source: source(rec), ...(title ? { title } : {}) });
          count++;
        }
        for (const dec of t.declared) {
          const found = dec.count();
          if (found !== dec.total) ledger.loss('declared-total-mismatch', dec.where, [], { text: dec.text.slice(0, 40), declared: dec.total, found });
        }
        tables.push({
          file: book.file, sheet: grid.name, kind, ...(township ? { township } : {}), items: count,
          columns: t.columns.filter((c) => c.path.length).map((c) => ({ header: c.path.join('/'), ...(c.target ? { field: c.target } : builtinField(c.path) ? { field: builtinField(c.path)! } : {}) })),
        });
      }
    }
  }

  // Duplicates: the same id, or the same name led by the same party in the same list.
  const seen = new Map<string, { source: string; id?: string }>();
  const kept: typeof drafts = [];
  for (const x of drafts) {
    const it = x.d.item;
    if (!it.name) continue;
    const keys = [it.id ? `id:${it.id}` : '', `n:${x.township ?? ''}:${x.kind}:${normalize(it.name)}:${normalize(it.lead.party)}`].filter(Boolean);
    const first = keys.map((k) => seen.get(k)).find(Boolean);
    if (first) {
      const cells = recordCells(x.d);
      x.ledger.loss('duplicate-item', x.source.split(' ').slice(1).join(' '), cells, { name: it.name.slice(0, 30), id: it.id ?? '-', first: first.source }, it.name);
      continue;
    }
    for (const k of keys) seen.set(k, { source: x.source, ...(it.id ? { id: it.id } : {}) });
    kept.push(x);
  }

  // Ids: the source's own when usable; else a domain (or township and list) prefix and a sequence.
  const taken = new Set(kept.map((x) => x.d.item.id).filter((id): id is string => !!id));
  const seq = new Map<string, number>();
  const townshipNo = new Map<string, number>();
  const unknownDomain = new Map<string, number>();
  const placed: PlacedItem[] = [];
  for (const x of kept) {
    const it = x.d.item;
    if (!it.id) {
      let prefix: string;
      if (x.township) {
        if (!townshipNo.has(x.township)) townshipNo.set(x.township, townshipNo.size + 1);
        prefix = `T${String(townshipNo.get(x.township)).padStart(2, '0')}-${kindPrefix(x.kind)}`;
      } else {
        const dom = x.d.domain ?? x.kind;
        let p = domainPrefix(dom) ?? (dom === x.kind ? kindPrefix(x.kind) : undefined);
        if (!p) {
          if (!unknownDomain.has(dom)) unknownDomain.set(dom, unknownDomain.size + 1);
          p = `D${String(unknownDomain.get(dom)).padStart(2, '0')}`;
        }
        prefix = p;
      }
      let n = seq.get(prefix) ?? 0;
      let id: string;
      do id = `${prefix}-${String(++n).padStart(3, '0')}`;
      while (taken.has(id));
      seq.set(prefix, n);
      taken.add(id);
      it.id = id;
      if (x.d.sourceCode) {
        const idCell = x.d.record.fields.get('id')?.[0];
        x.ledger.loss('invalid-id', idCell?.key ?? x.source, [], { code: x.d.sourceCode, id });
      }
    }
    const domain = x.township ? undefined : x.d.domain ?? x.kind;
    if (x.township && x.d.domain && !it.category) it.category = x.d.domain;
    const item = it as Item;
    placed.push({ item, ...(domain ? { domain } : {}), ...(x.township ? { township: x.township } : {}), source: x.source });
    const file = x.township ? `townships/${x.township}.yaml` : `domains/${domain}.yaml`;
    for (const [cell, field] of x.d.uses) x.ledger.map(cell.key, `${file} ${item.id} ${field}`);
    for (const [text, cell] of x.d.unparsed) x.ledger.loss('unparsed-citation', cell.key, [], { text: oneLine(text).slice(0, 40) }, text);
    for (const [party, cell] of x.d.extraLeads) x.ledger.loss('unknown-party', cell.key, [], { party, suggest: lang === 'zh' ? '（一个事项只能有一个主体责任单位，其余请列为配合单位）' : ' (one item has one lead; list the others as supporters)' });
  }

  const titles = new Map<string, string>();
  for (const x of kept) {
    const domain = x.township ? undefined : x.d.domain ?? x.kind;
    if (domain && x.title && !titles.has(domain)) titles.set(domain, x.title);
  }

  const registry = buildRegistry(placed, jurisdiction, lang, kept);
  const kinds = [...new Set(placed.map((p) => p.item.list ?? '属地管理'))];
  const config: ConfigFile = {
    kind: 'config',
    // A township's list alone names no county: the township stands in until the county list comes.
    jurisdiction: { name: jurisdiction ?? placed.find((p) => p.township)?.township ?? '', ...(jurisdiction ? { level: jurisdiction.slice(-1) === '区' ? '区' : jurisdiction.endsWith('市') ? '市' : '县' } : {}) },
    profile: 'national',
    lang: 'zh',
    ...(kinds.length ? { lists: kinds } : {}),
    ...(revision ? { revision } : {}),
  };
  return { config, items: placed, titles, ...registry, ledgers, tables };
}

/** Every cell of a record (for a duplicate's loss entry). */
function recordCells(d: DraftItem): string[] {
  const keys = new Set<string>();
  for (const cells of d.record.fields.values()) for (const c of cells) keys.add(c.key);
  return [...keys];
}

/** Departments and townships from the parties met; short names resolved to the full name when unambiguous. */
function buildRegistry(
  placed: PlacedItem[],
  jurisdiction: string | undefined,
  lang: Lang,
  kept: { d: DraftItem; ledger: Ledger }[],
): { departments: Department[]; townships: Township[]; commonOffices: Office[] } {
  const townships = new Map<string, Township>();
  const commonOffices = new Map<string, Office>();
  const names = new Map<string, string>();
  const isTownshipName = (n: string) => /(镇|乡|街道|街道办事处)$/.test(n) && !PLACEHOLDERS.has(normalize(n)) && n.length <= 12 && !/[、，]/.test(n);
  const addTownship = (n: string) => {
    if (!townships.has(n)) townships.set(n, { name: n, type: n.endsWith('街道') || n.endsWith('街道办事处') ? '街道' : n.endsWith('乡') ? '乡' : '镇' });
    return townships.get(n)!;
  };
  for (const p of placed) {
    if (p.township) addTownship(p.township);
    for (const party of [p.item.lead, ...(p.item.support ?? [])]) {
      const n = party.party;
      if (!n) continue;
      if (PLACEHOLDERS.has(normalize(n))) {
        if (party.office) commonOffices.set(party.office, { name: party.office });
      } else if (isTownshipName(n)) {
        const t = addTownship(n);
        if (party.office && !(t.offices ?? []).some((o) => o.name === party.office)) (t.offices ??= []).push({ name: party.office });
      } else if (isUnitName(n)) names.set(normalize(n), n);
    }
  }
  // A township's offices that every township has are common offices.
  if (townships.size > 1) {
    for (const t of townships.values()) {
      for (const o of t.offices ?? []) if ([...townships.values()].every((u) => (u.offices ?? []).some((x) => x.name === o.name))) commonOffices.set(o.name, o);
    }
    for (const t of townships.values()) if (t.offices) t.offices = t.offices.filter((o) => !commonOffices.has(o.name));
  }

  // Short names: 县自然资源局 is a short of 县自然资源和规划局 when that is the only longer name it fits.
  const all = [...names.values()];
  const canonical = new Map<string, string>();
  const ambiguous = new Map<string, string[]>();
  for (const n of all) {
    const longer = all.filter((m) => m !== n && m.length > n.length && n.length >= 4 && m.slice(-1) === n.slice(-1) && isSubsequence(n, m) && m.startsWith(n.slice(0, 1)));
    canonical.set(n, longer.length === 1 ? longer[0] : n);
    if (longer.length > 1) ambiguous.set(n, longer);
  }
  const departments = new Map<string, Department>();
  for (const n of all) {
    let c = canonical.get(n)!;
    while (canonical.get(c) !== c) c = canonical.get(c)!;
    const full = jurisdiction && /^县|^市|^区/.test(c) && !c.startsWith(jurisdiction) && jurisdiction.slice(-1) === c[0] ? `${jurisdiction}${c.slice(1)}` : c;
    const dep = departments.get(full) ?? { name: full, ...guessKind(full, jurisdiction) };
    const short = new Set(dep.short ?? []);
    for (const s of [c, n]) if (s !== full) short.add(s);
    if (short.size) dep.short = [...short];
    departments.set(full, dep);
  }
  // Parties that name no unit (城市管理行政执法部门或相关行政主管部门), and short names that fit several
  // units, are reported where they stand; the first are left out of the registry, so validate names them too.
  const zh = lang !== 'en';
  for (const x of kept) {
    for (const party of [x.d.item.lead, ...(x.d.item.support ?? [])]) {
      const n = party.party;
      if (!n || PLACEHOLDERS.has(normalize(n)) || isTownshipName(n)) continue;
      const several = ambiguous.get(n);
      if (isUnitName(n) && !several) continue;
      const cell = [...x.d.record.fields.values()].flat().find((c) => normalize(c.text).includes(normalize(n)));
      const suggest = several ? (zh ? `（可能是：${several.join('、')}）` : ` (perhaps: ${several.join(', ')})`) : '';
      x.ledger.loss('unknown-party', cell?.key ?? x.d.record.range, [], { party: n.slice(0, 30), suggest });
    }
  }
  return { departments: [...departments.values()], townships: [...townships.values()], commonOffices: [...commonOffices.values()] };
}

function isSubsequence(short: string, long: string): boolean {
  let i = 0;
  for (const ch of long) if (ch === short[i]) i++;
  return i === short.length;
}

/** Level and type of a department, told from its name (a generated registry the user checks). */
function guessKind(name: string, jurisdiction?: string): Pick<Department, 'level' | 'type'> {
  const type: Department['type'] = /派出所|分局|中队|大队|支队|分队|监管所|执法队$/.test(name)
    ? '派出机构'
    : /(委员会办公室|领导小组|指挥部|委办|安委办|减灾委|防指)/.test(name)
      ? '议事协调机构'
      : /(中心|站|院|馆|所)$/.test(name)
        ? '事业单位'
        : /(村|社区|村委会|居委会|（社区）|\(社区\))$/.test(name)
          ? '群众自治组织'
          : /(公司|集团|供电|电信|移动|联通)/.test(name)
            ? '其他'
            : '行政机关';
  const cityBranch = /^市.+分局$/.test(name) || /市.+局.+分局$/.test(name);
  const level: Department['level'] = type === '群众自治组织'
    ? '乡镇'
    : cityBranch
      ? '市级派出'
      : /^省/.test(name)
        ? '省级'
        : /^市/.test(name) && jurisdiction && !jurisdiction.endsWith('市')
          ? '市级'
          : '县级';
  return { level, type };
}
