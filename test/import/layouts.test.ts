/**
 * Each layout counties publish imports into the items it holds, with the loss report naming every
 * cell that did not go in, and the invariant: every non-empty source cell is mapped or reported.
 */
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { importFiles, type ImportResult } from '../../src/import/index.js';
import { readSource } from '../../src/import/read/index.js';
import { cellName } from '../../src/import/grid.js';
import type { Item } from '../../src/model/types.js';
import { BIANJIE, LVZHI, SHUDI, SHUDI_MESSY, tempDir, writeDocx, writeXlsx } from './fixtures.js';

/** Items of a written file, parsed back. */
function itemsOf(r: ImportResult, file: string): Item[] {
  const text = r.files.get(file);
  expect(text, `${file} written`).toBeDefined();
  return (parse(text!) as { items: Item[] }).items;
}

/** Every non-empty cell of the source, read on its own, is either mapped or listed in a loss entry. */
async function expectNothingSilentlyLost(file: string, r: ImportResult) {
  const book = await readSource(file);
  const mapped = r.mapped.get(file)!;
  const reported = new Set(r.losses.filter((l) => l.file === file).flatMap((l) => l.cells));
  const missing: string[] = [];
  for (const g of book.grids) {
    g.rows.forEach((row, ri) => row.forEach((t, ci) => {
      const key = `${g.name}!${cellName(g, ri, ci)}`;
      if (t.trim() && !mapped.has(key) && !reported.has(key)) missing.push(key);
    }));
  }
  expect(missing).toEqual([]);
  // The sweep that catches what no stage claimed found nothing in these layouts.
  expect(r.losses.filter((l) => l.code === 'unmapped-cell')).toEqual([]);
}

const codes = (r: ImportResult) => r.losses.map((l) => `${l.code}@${l.where}`);

describe('属地管理 list with two-level headers and merged categories', () => {
  it('reads items, supporters over merged rows, and the county from the title', async () => {
    const f = await writeXlsx(join(tempDir(), '清单.xlsx'), [SHUDI]);
    const r = await importFiles([f]);
    expect(r.losses).toEqual([]);
    expect([...r.files.keys()].filter((f) => !f.startsWith('.resp/'))).toEqual(['resp.yaml', 'registry/departments.yaml', 'domains/自然资源.yaml', 'domains/生态环境.yaml']);
    // Each file names its schema, in a copy that travels with the repository.
    expect(r.files.get('domains/自然资源.yaml')).toMatch(/^# yaml-language-server: \$schema=\.\.\/\.resp\/schemas\/domain\.schema\.json\n/);
    expect(r.files.has('.resp/schemas/common.schema.json')).toBe(true);
    expect(parse(r.files.get('resp.yaml')!).jurisdiction).toEqual({ name: '示范县', level: '县' });
    const zr = itemsOf(r, 'domains/自然资源.yaml');
    expect(zr.map((i) => i.id)).toEqual(['ZR-001', 'ZR-002']);
    expect(zr[0]).toEqual({
      id: 'ZR-001',
      name: '违法占用耕地建房的查处',
      lead: { party: '县自然资源和规划局', duties: ['依法查处违法占用耕地建房行为。', '责令退还非法占用的土地。'] },
      support: [
        { party: '乡镇（街道）', duties: ['日常巡查，发现违法占地建房及时劝阻并报告。', '配合开展调查取证。'] },
        { party: '县公安局', duties: ['依法处置阻碍执法的违法行为。'] },
      ],
      basis: ['《中华人民共和国土地管理法》第七十七条'],
    });
    // Two titles in one basis cell are two citations; 备注 goes to notes.
    expect(zr[1].basis).toEqual(['《中华人民共和国矿产资源法》第六十四条', '《矿产资源开采登记管理办法》']);
    expect(zr[1].notes).toBe('每季度联合巡查一次');
    // The category merged over B8:B9 gives both items their domain.
    expect(itemsOf(r, 'domains/生态环境.yaml').map((i) => i.name)).toEqual(['秸秆露天焚烧的监督管理', '餐饮服务业油烟污染的查处']);
    // The source range of each item is written beside it.
    expect(r.files.get('domains/自然资源.yaml')).toContain('# 来源：清单.xlsx 属地管理!A5:I6\n  - id: ZR-001');
    // A short name resolves to the full name met elsewhere; the registry names it with the county.
    const deps = parse(r.files.get('registry/departments.yaml')!).departments;
    expect(deps[0]).toEqual({ name: '示范县自然资源和规划局', level: '县级', type: '行政机关', short: ['县自然资源和规划局', '县自然资源局'] });
    expect(deps.find((d: { name: string }) => d.name === '示范市生态环境局示范县分局')).toEqual({ name: '示范市生态环境局示范县分局', level: '市级派出', type: '派出机构' });
    await expectNothingSilentlyLost(f, r);
  });

  it('reports every oddity of a messy copy, each at its cell', async () => {
    const f = await writeXlsx(join(tempDir(), 'messy.xlsx'), [SHUDI_MESSY]);
    const r = await importFiles([f]);
    expect(codes(r).sort()).toEqual([
      'declared-total-mismatch@Sheet1!A1',
      'declared-total-mismatch@Sheet1!A12',
      'duplicate-item@Sheet1!A11:I11',
      'empty-name@Sheet1!A10:I10',
      'footnote@Sheet1!A13',
      'guessed-fill@Sheet1!B11',
      'guessed-fill@Sheet1!B5',
      'numbering-gap@Sheet1!A11',
      'numbering-gap@Sheet1!A9',
      'unknown-party@Sheet1!D9',
      'unmapped-column@Sheet1!I4',
      'unparsed-citation@Sheet1!H5',
    ]);
    const byCode = (c: string) => r.losses.find((l) => l.code === c)!;
    expect(byCode('unmapped-column').message).toBe('列“追责情形”无法对应到事项字段，该列 1 个单元格未导入；可用 --map 指定对应关系');
    expect(byCode('numbering-gap').message).toBe('序号不连续：2 之后是 4');
    expect(byCode('declared-total-mismatch').message).toContain('声明共 9 项，实际读到 4 项');
    const zr = itemsOf(r, 'domains/自然资源.yaml');
    // Line breaks inside a name, half-width punctuation and a full stop are tidied.
    expect(zr[0].name).toBe('违法占用耕地建房的查处');
    expect(zr[0].support).toEqual([{ party: '乡镇（街道）', duties: ['日常巡查，发现违法占地建房及时劝阻并报告。'] }]);
    // Article text pasted after the citation goes to the notes, not lost.
    expect(zr[0].basis).toEqual(['《中华人民共和国土地管理法》第七十七条']);
    expect(zr[0].notes).toMatch(/^《中华人民共和国土地管理法》第七十七条：“未经批准/);
    // The guessed category is used, and said so; a generic authority stays out of the registry.
    expect(zr.map((i) => i.name)).toEqual(['违法占用耕地建房的查处', '非法采矿的查处']);
    expect(r.files.get('registry/departments.yaml')).not.toContain('或相关行政主管部门');
    await expectNothingSilentlyLost(f, r);
  });
});

describe('乡镇履行职责事项清单 in three sheets', () => {
  it('reads 基本/配合/收回 with the township from the title and its offices', async () => {
    const f = await writeXlsx(join(tempDir(), '东湖镇.xlsx'), LVZHI);
    const r = await importFiles([f]);
    expect(r.losses).toEqual([]);
    expect(r.tables.map((t) => [t.sheet, t.kind, t.township, t.items])).toEqual([
      ['基本履职事项', '基本履职', '东湖镇', 2],
      ['配合履职事项', '配合履职', '东湖镇', 1],
      ['上级部门收回事项', '上级部门收回', '东湖镇', 1],
    ]);
    const items = itemsOf(r, 'townships/东湖镇.yaml');
    expect(items.map((i) => [i.id, i.list])).toEqual([
      ['T01-JB-001', '基本履职'], ['T01-JB-002', '基本履职'], ['T01-PH-001', '配合履职'], ['T01-SH-001', '上级部门收回'],
    ]);
    expect(items[0].lead).toEqual({ party: '东湖镇', office: '综合服务中心', duties: ['受理宅基地申请，组织联审，依法审核批准。'] });
    expect(items[0].support).toEqual([{ party: '县农业农村局', duties: ['指导宅基地审批管理。'] }]);
    expect(items[1].lead.duties).toEqual(['组织村党组织书记培训。', '开展履职情况考核。']);
    expect(items[2].lead).toEqual({ party: '县文化和旅游局', duties: ['对A级旅游景区旅游安全实施监督管理。'] });
    expect(items[2].support).toEqual([{ party: '东湖镇', office: '文化旅游发展服务中心', duties: ['节假日维护景区周边秩序', '发现游客超载及时报告。'] }]);
    expect(items[3].method).toBe('县住房和城乡建设局在县政务服务中心设立窗口直接受理和审批。');
    const tw = parse(r.files.get('registry/townships.yaml')!);
    expect(tw.townships).toEqual([{ name: '东湖镇', type: '镇', offices: [{ name: '综合服务中心' }, { name: '党建工作办公室' }, { name: '文化旅游发展服务中心' }] }]);
    await expectNothingSilentlyLost(f, r);
  });

  it('--township and --kind override what is detected', async () => {
    const f = await writeXlsx(join(tempDir(), 'x.xlsx'), [LVZHI[0]]);
    const r = await importFiles([f], { township: '西山乡', kind: '基本履职' });
    expect(itemsOf(r, 'townships/西山乡.yaml')[0].lead.party).toBe('西山乡');
  });
});

describe('职责边界 list with 主办/协办 and 模拟案例', () => {
  it('reads the lead and several supporters in one cell, and the case', async () => {
    const f = await writeXlsx(join(tempDir(), '边界.xlsx'), [BIANJIE]);
    const r = await importFiles([f]);
    expect(r.losses).toEqual([]);
    const [it0] = itemsOf(r, 'domains/职责边界.yaml');
    expect(it0.id).toBe('BJ-001');
    expect(it0.lead.party).toBe('县水利局');
    expect(it0.support!.map((s) => s.party)).toEqual(['县公安局', '县交通运输局']);
    expect(it0.case!.text).toMatch(/^群众举报某河段夜间有船只采砂/);
    expect(parse(r.files.get('domains/职责边界.yaml')!).list).toBe('职责边界');
    await expectNothingSilentlyLost(f, r);
  });
});

describe('a Word table with gridSpan and vMerge', () => {
  it('reads the two-level header, the merged lead department, the township from the title', async () => {
    const f = writeDocx(join(tempDir(), '配合事项清单.docx'));
    const r = await importFiles([f]);
    expect(codes(r)).toEqual(['footnote@表1 后文第1段']);
    const items = itemsOf(r, 'townships/胡乐镇.yaml');
    expect(items.map((i) => [i.name, i.lead.party])).toEqual([['校外培训机构的监督管理', '市教体局'], ['学生安全教育', '市教体局']]);
    expect(items[0].support).toEqual([{ party: '胡乐镇', duties: ['依托网格化管理体系开展日常巡查，发现违规培训及时报告。'] }]);
    // A policy document's paragraph number is not an article: the text goes to the notes.
    expect(items[0].basis).toEqual(['《中华人民共和国民办教育促进法》第六十二条', '《安徽省进一步减轻义务教育阶段学生作业负担和校外培训负担的实施方案》']);
    expect(items[0].notes).toBe('《安徽省进一步减轻义务教育阶段学生作业负担和校外培训负担的实施方案》：24.强化日常监管。');
    expect(r.files.get('townships/胡乐镇.yaml')).toContain('# 来源：配合事项清单.docx 表1 第3行');
    // 市 in a county-level city's list is the city itself (宁国市), at county level.
    expect(parse(r.files.get('registry/departments.yaml')!).departments).toEqual([{ name: '宁国市教体局', level: '县级', type: '行政机关', short: ['市教体局'] }]);
    await expectNothingSilentlyLost(f, r);
  });
});

describe('CSV', () => {
  it('reads a two-level header written without merges', async () => {
    const dir = tempDir();
    const f = join(dir, 'list.csv');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(f, '\ufeff序号,事项名称,主体责任,,配合责任,\n,,单位,职责,单位,职责\n1,违法建设的查处,县综合行政执法局,依法查处违法建设。,乡镇（街道）,发现违法建设及时劝阻并报告。\n');
    const r = await importFiles([f]);
    expect(r.losses).toEqual([]);
    const [item] = itemsOf(r, 'domains/属地管理.yaml');
    expect(item).toEqual({
      id: 'SD-001',
      name: '违法建设的查处',
      lead: { party: '县综合行政执法局', duties: ['依法查处违法建设。'] },
      support: [{ party: '乡镇（街道）', duties: ['发现违法建设及时劝阻并报告。'] }],
    });
    await expectNothingSilentlyLost(f, r);
  });

  it('reads a flat layout: units in their own column, 配合责任 as the township\'s duties', async () => {
    const f = join(tempDir(), 'flat.csv');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(f, '序号,事项名称,主体责任单位,主体责任,配合责任\n1,餐饮油烟扰民的查处,县综合行政执法局,依法查处油烟超标排放。,发现油烟扰民及时劝阻并报告。\n');
    const r = await importFiles([f]);
    expect(r.losses).toEqual([]);
    expect(itemsOf(r, 'domains/属地管理.yaml')[0]).toMatchObject({
      lead: { party: '县综合行政执法局', duties: ['依法查处油烟超标排放。'] },
      support: [{ party: '乡镇（街道）', duties: ['发现油烟扰民及时劝阻并报告。'] }],
    });
  });

  it('reads section headings as domains, the category column as sub-category, and an item continued on the next page as one', async () => {
    const f = await writeXlsx(join(tempDir(), 'pages.xlsx'), [{
      name: '属地管理事项',
      rows: [
        ['序号', '事项类别', '事项名称', '主体责任单位', '主体责任', '配合单位', '配合责任', '事项编号'],
        ['一、自然资源', null, null, null, null, null, null, null],
        [1, '土地管理', '非法占用土地的查处', '县自然资源局', '依法查处。', '乡镇（街道）', '巡查发现。', 'ZR-101'],
        [1, '土地管理', '非法占用土地的查处（续）', null, null, '县公安局', '处置阻碍执法。', 'ZR-101'],
        [2, '矿产管理', '非法采矿的查处', '县自然资源局', '依法查处。', '乡镇（街道）', '发现报告。', 'ZR-102'],
      ],
      merges: ['A2:H2'],
    }]);
    const r = await importFiles([f]);
    expect(r.losses).toEqual([]);
    const items = itemsOf(r, 'domains/自然资源.yaml');
    expect(items.map((i) => [i.id, i.name, i.category])).toEqual([['ZR-101', '非法占用土地的查处', '土地管理'], ['ZR-102', '非法采矿的查处', '矿产管理']]);
    expect(items[0].support!.map((x) => x.party)).toEqual(['乡镇（街道）', '县公安局']);
    await expectNothingSilentlyLost(f, r);
  });
});
