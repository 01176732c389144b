/**
 * The list workbooks as printed pages: rows as tall as their wrapped text, page breaks between items
 * (never inside one that fits a page), an item taller than a page continued with its 序号 and name,
 * the category on every page, the 赋权事项 sheet's own columns, township names in every cell.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { runCli, tempRepo } from '../helpers.js';
import { COUNTY } from './fixture.js';
import { readWorkbook } from './read-workbook.js';
import { PAGE_PT, pagesOf, rowBreaks } from './pages.js';

const COUNTY_FILE = 'out/示例县县乡属地管理事项主体责任和配合责任清单.xlsx';
const DONGHU_FILE = 'out/townships/东湖镇履行职责事项清单.xlsx';
const long = (n: number, s: string) => Array.from({ length: n }, (_, i) => `${s}${i + 1}，依照有关规定开展检查、登记、劝阻、报告并跟踪整改落实情况。`);

/** 40 items of varying height in three categories of one domain, one item far taller than a page, one 赋权 item. */
const items = Array.from({ length: 40 }, (_, i) => [
  `  - id: CX-${String(i + 1).padStart(3, '0')}`,
  `    name: 第${i + 1}项城乡建设事项`,
  `    category: ${['市容管理', '燃气安全', '物业管理'][Math.floor(i / 14)]}`,
  `    lead: {party: 县综合执法局, duties: ${JSON.stringify(long(1 + (i % 5), '依法查处'))}}`,
  '    support:',
  `      - {party: 乡镇（街道）, duties: ${JSON.stringify(long(1 + (i % 3), '巡查'))}}`,
  ...(i % 4 === 0 ? ['      - {party: 县应急局, duties: [指导。]}'] : []),
  '    basis: [《中华人民共和国城乡规划法》第六十四条]',
  '    notes: 乡镇（街道）每月汇总上报；本乡镇（街道）负责台账',
].join('\n'));
const huge = [
  '  - id: CX-999',
  '    name: 超长事项',
  '    category: 燃气安全',
  `    lead: {party: 县综合执法局, duties: ${JSON.stringify(long(60, '职责'))}}`,
  '    support:',
  `      - {party: 乡镇（街道）, duties: ${JSON.stringify(long(3, '巡查'))}}`,
  '    basis: [《中华人民共和国城乡规划法》第六十四条]',
].join('\n');
const delegated = [
  '  - id: FQ-001',
  '    name: 擅自占用道路行为的处罚',
  '    list: 赋权事项',
  '    category: 市容管理',
  '    power: 行政处罚',
  '    lead: {party: 乡镇（街道）, office: 综合执法中心, duties: [以本乡镇（街道）名义立案查处。, 案件办结后备案。]}',
  '    support:',
  '      - {party: 县综合执法局, duties: [业务培训和执法指导。, 对执法活动进行监督。]}',
  '    basis: [《城市市容和环境卫生管理条例》第三十六条]',
  '    delegation: {route: 交由, in_name_of: 乡镇, decided_by: 示例省人民政府, document: 示政字〔2024〕1号, date: 2024-03-01, published: {date: 2024-03-15, where: 示例省人民政府公报}, transition: {from: 2024-04-01, to: 2024-12-31}, evaluated: 2025-06-30}',
  '    notes: 过渡期内与乡镇（街道）联合办案',
].join('\n');

let dir: string;
let county: ExcelJS.Workbook;
let donghu: ExcelJS.Workbook;

beforeAll(async () => {
  dir = tempRepo({ ...COUNTY, 'domains/a-build.yaml': `kind: domain\ndomain: 城乡建设\nitems:\n${[...items.slice(0, 20), huge, ...items.slice(20), delegated].join('\n')}\n` });
  const r = await runCli(['export', '--xlsx'], dir);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  county = await readWorkbook(join(dir, COUNTY_FILE));
  donghu = await readWorkbook(join(dir, DONGHU_FILE));
});

/** Each printed part of an item: from a row whose 序号 cell holds a number to the row before the next such row (or section row). */
function itemSpans(ws: ExcelJS.Worksheet, idCol: number, from: number): { id: string; top: number; bottom: number }[] {
  const out: { id: string; top: number; bottom: number }[] = [];
  for (let r = from; r <= ws.rowCount; r++) {
    const c = ws.getRow(r).getCell(1);
    const master = !c.isMerged || c.master.address === c.address;
    if (master && typeof c.value === 'number') out.push({ id: String(ws.getRow(r).getCell(idCol).value), top: r, bottom: r });
    else if (master) continue; // a section row
    else out[out.length - 1].bottom = r;
  }
  return out;
}

describe('county list as printed', () => {
  const sheet = () => county.getWorksheet('属地管理事项')!;

  it('gives each row the height its wrapped text needs', () => {
    const ws = sheet();
    // CX-005 has five long duties of its lead in a merged cell over two party rows.
    const top = itemSpans(ws, ws.columnCount, 5).find((s) => s.id === 'CX-005')!;
    let h = 0;
    for (let r = top.top; r <= top.bottom; r++) h += ws.getRow(r).height;
    // Five duties of ~32 CJK characters in a column ≤ 40 units wide take at least 10 lines of 16 pt.
    expect(h).toBeGreaterThanOrEqual(10 * 16);
    for (let r = 5; r <= ws.rowCount; r++) expect(ws.getRow(r).height, `row ${r}`).toBeGreaterThanOrEqual(20);
  });

  it('breaks pages between items, never inside one that fits, and fills no page beyond its height', () => {
    const ws = sheet();
    const breaks = rowBreaks(join(dir, COUNTY_FILE), 1);
    expect(breaks.length).toBeGreaterThan(5);
    const spans = itemSpans(ws, ws.columnCount, 5);
    const headPt = ws.getRow(3).height + ws.getRow(4).height;
    const titlePt = ws.getRow(1).height + ws.getRow(2).height;
    const pages = pagesOf(ws, breaks, 5);
    pages.forEach((rows, p) => {
      const pt = rows.reduce((a, r) => a + ws.getRow(r).height, 0) + headPt + (p === 0 ? titlePt : 0);
      expect(pt, `page ${p + 1}`).toBeLessThanOrEqual(PAGE_PT);
    });
    for (const s of spans) {
      if (s.id === 'CX-999') continue;
      for (const b of breaks) expect(b >= s.top && b < s.bottom, `${s.id} split at ${b}`).toBe(false);
    }
    expect(ws.pageSetup.printArea).toBe(`A1:${ws.getColumn(ws.columnCount).letter}${ws.rowCount}`);
    expect(ws.headerFooter.oddFooter).toBe(`&C第 &P 页，共 ${pages.length} 页`);
    expect(ws.pageSetup.printTitlesRow).toBe('3:4');
  });

  it('continues an item taller than a page on the next pages with its 序号 and name repeated', () => {
    const ws = sheet();
    const breaks = rowBreaks(join(dir, COUNTY_FILE), 1);
    const parts = itemSpans(ws, ws.columnCount, 5).filter((s) => s.id === 'CX-999');
    expect(parts.length).toBeGreaterThan(1);
    const no = ws.getRow(parts[0].top).getCell(1).value;
    expect(no).toBe(21);
    parts.forEach((p, k) => {
      expect(ws.getRow(p.top).getCell(1).value).toBe(21);
      expect(ws.getRow(p.top).getCell(3).value).toBe(k ? '超长事项（续）' : '超长事项');
      // Each part ends a page (but the last) and begins one (but the first).
      if (k < parts.length - 1) expect(breaks).toContain(p.bottom);
      if (k > 0) {
        // The next page begins with the domain's heading again, then the item's next part.
        expect(breaks).toContain(p.top - 2);
        expect(ws.getRow(p.top - 1).getCell(1).value).toBe('一、城乡建设（续）');
      }
    });
    // Every duty is printed once, in order, across the parts.
    const duties = parts.map((p) => String(ws.getRow(p.top).getCell(5).value)).join('');
    for (let i = 1; i <= 60; i++) expect(duties).toContain(`${i}.职责${i}，`);
  });

  it('prints the category on every page where its items appear, merged only within a page', () => {
    const ws = sheet();
    const breaks = rowBreaks(join(dir, COUNTY_FILE), 1);
    expect(ws.getRow(3).getCell(2).value).toBe('事项类别');
    expect(ws.getCell('A5').value).toBe('一、城乡建设');
    for (const rows of pagesOf(ws, breaks, 5)) {
      const first = rows.find((r) => typeof ws.getRow(r).getCell(1).value === 'number');
      if (!first) continue;
      const cat = ws.getRow(first).getCell(2);
      expect(cat.isMerged ? cat.master.address : cat.address, `page starting ${rows[0]}`).toBe(cat.address);
      expect(cat.value).toMatch(/市容管理|燃气安全|物业管理|应急管理|自然资源/);
    }
    for (const m of ws.model.merges.filter((x) => x.startsWith('B'))) {
      const [a, b] = m.replace(/B/g, '').split(':').map(Number);
      for (const br of breaks) expect(br >= a && br < b, `${m} crosses ${br}`).toBe(false);
    }
  });

  it('gives the 赋权事项 sheet its title, the receiving unit\'s duties and the county department\'s in their own columns', () => {
    const ws = county.getWorksheet('赋权事项')!;
    expect(ws.getCell('A1').value).toBe('示例县赋予乡镇（街道）行政权力事项清单');
    const heads = ws.getRow(3).values as unknown[];
    expect(heads.slice(1).map((h) => h ?? null)).toEqual(['序号', '事项类别', '事项名称', '权力类型', '承接单位', '承接单位职责', '配合部门', '配合部门', '赋权方式', '赋权文件', '法律依据', '备注', '事项编号']);
    expect((ws.getRow(4).values as unknown[]).slice(7, 9)).toEqual(['单位', '职责']);
    const row = ws.getRow(6);
    expect(row.getCell(6).value).toBe('1.以本乡镇（街道）名义立案查处。\n2.案件办结后备案。');
    expect(row.getCell(7).value).toBe('县综合执法局');
    expect(row.getCell(8).value).toBe('1.业务培训和执法指导。\n2.对执法活动进行监督。');
    expect(row.getCell(12).value).toBe('过渡期内与乡镇（街道）联合办案');
  });

  it('joins duties without doubled punctuation', () => {
    const ws = sheet();
    const all = [];
    for (let r = 5; r <= ws.rowCount; r++) for (let c = 1; c <= ws.columnCount; c++) all.push(String(ws.getRow(r).getCell(c).value ?? ''));
    expect(all.join('\n')).not.toMatch(/[。；，][；，。]/);
  });
});

describe('township list as printed', () => {
  it('names the township wherever the county text says 乡镇（街道）, 备注 included', () => {
    const ws = donghu.getWorksheet('属地管理事项')!;
    const notes = ws.getRow(3).values as unknown[];
    const col = notes.indexOf('备注');
    const texts: string[] = [];
    for (let r = 5; r <= ws.rowCount; r++) texts.push(String(ws.getRow(r).getCell(col).value ?? ''));
    expect(texts).toContain('东湖镇每月汇总上报；本镇负责台账');
    const fq = donghu.getWorksheet('赋权事项')!;
    expect(fq.getCell('A1').value).toBe('东湖镇承接赋权事项清单');
    expect(fq.getRow(6).getCell(6).value).toBe('1.以本镇名义立案查处。\n2.案件办结后备案。');
    expect(fq.getRow(6).getCell(12).value).toBe('过渡期内与东湖镇联合办案');
    for (const s of donghu.worksheets) {
      for (let r = 4; r <= s.rowCount; r++) for (let c = 1; c <= s.columnCount; c++) expect(String(s.getRow(r).getCell(c).value ?? ''), `${s.name}!${r}:${c}`).not.toContain('乡镇（街道）');
    }
  });

  it('numbers each sheet from its own first page', () => {
    for (const ws of donghu.worksheets) {
      expect(ws.pageSetup.firstPageNumber).toBe(1);
      expect(ws.headerFooter.oddFooter).toMatch(/^&C第 &P 页，共 \d+ 页$/);
    }
  });
});
