/**
 * Source lists the import tests write themselves, in the layouts real counties publish: a 属地管理 list
 * with two-level headers and merged categories, a three-sheet 履职事项清单 with 承办机构, a 职责边界
 * list with 主办/协办 and 模拟案例, a Word table with gridSpan and vMerge; and messy variants.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { storedZip } from '../../src/import/read/zip.js';

const made: string[] = [];
/** A fresh folder, removed after the test. */
export function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'resp-import-'));
  made.push(d);
  return d;
}
afterEach(() => {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
});

type Row = (string | number | null)[];

/** A sheet: rows from A1, merges as 'A1:B2'. */
export interface SheetSpec {
  name: string;
  rows: Row[];
  merges?: string[];
}

export async function writeXlsx(file: string, sheets: SheetSpec[]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    s.rows.forEach((row, i) => {
      row.forEach((v, j) => {
        if (v !== null && v !== '') ws.getCell(i + 1, j + 1).value = v;
      });
    });
    for (const m of s.merges ?? []) ws.mergeCells(m);
  }
  await wb.xlsx.writeFile(file);
  return file;
}

/** 属地管理: title, declared total, two-level header (主体责任/配合责任 → 单位|职责), merged categories. */
export const SHUDI: SheetSpec = {
  name: '属地管理',
  rows: [
    ['示范县县乡“属地管理”事项主体责任和配合责任清单', null, null, null, null, null, null, null, null],
    ['（共4项）', null, null, null, null, null, null, null, null],
    ['序号', '事项类别', '事项名称', '主体责任', null, '配合责任', null, '法律依据', '备注'],
    [null, null, null, '单位', '职责', '单位', '职责', null, null],
    [1, '自然资源', '违法占用耕地建房的查处', '县自然资源和规划局', '1.依法查处违法占用耕地建房行为。\n2.责令退还非法占用的土地。', '乡镇（街道）', '1.日常巡查，发现违法占地建房及时劝阻并报告。\n2.配合开展调查取证。', '《中华人民共和国土地管理法》第七十七条', null],
    [null, null, null, null, null, '县公安局', '依法处置阻碍执法的违法行为。', null, null],
    [2, null, '非法采矿的查处', '县自然资源局', '依法查处无证采矿、越界采矿行为。', '乡镇（街道）', '发现非法采矿行为及时制止并报告县自然资源局。', '《中华人民共和国矿产资源法》第六十四条、《矿产资源开采登记管理办法》', '每季度联合巡查一次'],
    [3, '生态环境', '秸秆露天焚烧的监督管理', '示范市生态环境局示范县分局', '依法查处露天焚烧秸秆行为。', '乡镇（街道）', '网格员巡查，发现焚烧立即劝阻、扑灭并报告。', '《中华人民共和国大气污染防治法》第一百一十九条第一款', null],
    [4, null, '餐饮服务业油烟污染的查处', '县综合行政执法局', '依法查处餐饮服务业油烟超标排放行为。', '乡镇（街道）', '发现油烟扰民及时报告。', '《中华人民共和国大气污染防治法》第一百一十八条', null],
  ],
  merges: ['A1:I1', 'A2:I2', 'A3:A4', 'B3:B4', 'C3:C4', 'D3:E3', 'F3:G3', 'H3:H4', 'I3:I4', 'A5:A6', 'C5:C6', 'D5:D6', 'E5:E6', 'H5:H6', 'I5:I6', 'B5:B7', 'B8:B9'],
};

/** The same list, messy: blank categories not merged, a numbering gap, an empty name, an extra column, a repeated header, a 合计 row, a footnote, a wrong declared total, a duplicate. */
export const SHUDI_MESSY: SheetSpec = {
  name: 'Sheet1',
  rows: [
    ['示范县县乡“属地管理”事项主体责任和配合责任清单（共9项）', null, null, null, null, null, null, null, null],
    ['序号', '事项类别', '事项名称', '主体责任', null, '配合责任', null, '法律依据', '追责情形'],
    [null, null, null, '单位', '职责', '单位', '职责', null, null],
    [1, '自然资源', '违法占用耕地\n建房的查处', '县自然资源局', '依法查处违法占用耕地建房行为.', '乡镇(街道)', '日常巡查,发现违法占地建房及时劝阻并报告.', '《中华人民共和国土地管理法》第七十七条:“未经批准或者采取欺骗手段骗取批准，非法占用土地的，由县级以上人民政府自然资源主管部门责令退还非法占用的土地……”', '未履行巡查职责的依法追责'],
    [2, null, '非法采矿的查处', '县自然资源和规划局', '依法查处无证采矿行为。', '乡镇（街道）', '发现非法采矿行为及时制止并报告。', '矿产资源相关规定', null],
    [null, null, null, null, null, null, null, null, null],
    ['序号', '事项类别', '事项名称', '主体责任', null, '配合责任', null, '法律依据', '追责情形'],
    [null, null, null, '单位', '职责', '单位', '职责', null, null],
    [4, '生态环境', '秸秆露天焚烧的监督管理', '城市管理行政执法部门或相关行政主管部门', '依法查处露天焚烧秸秆行为。', '乡镇（街道）', '发现焚烧立即劝阻并报告。', '《中华人民共和国大气污染防治法》第一百一十九条', null],
    [5, null, null, '县综合行政执法局', '依法查处。', null, null, null, null],
    [6, null, '秸秆露天焚烧的监督管理', '城市管理行政执法部门或相关行政主管部门', '依法查处露天焚烧秸秆行为。', '乡镇（街道）', '发现焚烧立即劝阻并报告。', null, null],
    ['合计', null, '5项', null, null, null, null, null, null],
    ['注：本清单由县委编办负责解释。', null, null, null, null, null, null, null, null],
  ],
  merges: ['A1:I1', 'D2:E2', 'F2:G2', 'A2:A3', 'B2:B3', 'C2:C3', 'H2:H3', 'I2:I3', 'D7:E7', 'F7:G7', 'A7:A8', 'B7:B8', 'C7:C8', 'H7:H8', 'I7:I8', 'A13:I13'],
};

/** 东湖镇履行职责事项清单: three sheets, 承办机构, the township in the title. */
export const LVZHI: SheetSpec[] = [
  {
    name: '基本履职事项',
    rows: [
      ['东湖镇履行职责事项清单', null, null, null, null, null],
      ['一、基本履职事项（共2项）', null, null, null, null, null],
      ['序号', '事项名称', '具体内容', '承办机构', '依据', '备注'],
      [1, '农村村民住宅用地审核批准', '受理宅基地申请，组织联审，依法审核批准。', '综合服务中心', '《中华人民共和国土地管理法》第六十二条第四款', '县农业农村局：指导宅基地审批管理。'],
      [2, '村党组织书记队伍建设和管理', '1、组织村党组织书记培训。\n2、开展履职情况考核。', '党建工作办公室', '《中国共产党农村基层组织工作条例》', null],
    ],
    merges: ['A1:F1', 'A2:F2'],
  },
  {
    name: '配合履职事项',
    rows: [
      ['东湖镇履行职责事项清单', null, null, null, null, null],
      ['二、配合履职事项（共1项）', null, null, null, null, null],
      ['序号', '事项名称', '对应上级部门\n（主责）', '上级部门职责', '乡镇配合职责', '承办机构'],
      [1, '旅游景区旅游安全管理', '县文化和旅游局', '对A级旅游景区旅游安全实施监督管理。', '（1）节假日维护景区周边秩序；（2）发现游客超载及时报告。', '文化旅游发展服务中心'],
    ],
    merges: ['A1:F1', 'A2:F2'],
  },
  {
    name: '上级部门收回事项',
    rows: [
      ['东湖镇履行职责事项清单', null, null, null],
      ['三、上级部门收回事项（共1项）', null, null, null],
      ['序号', '事项名称', '承接部门', '工作方式'],
      [1, '建筑工程施工许可', '县住房和城乡建设局', '县住房和城乡建设局在县政务服务中心设立窗口直接受理和审批。'],
    ],
    merges: ['A1:D1', 'A2:D2'],
  },
];

/** 职责边界: 主办/协办 two-level, 模拟案例. */
export const BIANJIE: SheetSpec = {
  name: '职责边界清单',
  rows: [
    ['示范县部门职责边界清单', null, null, null, null, null],
    ['序号', '事项名称', '主办部门', null, '协办部门', null, '模拟案例'],
    [null, null, '单位', '职责', '单位', '职责', null],
    [1, '河道非法采砂的监管', '县水利局', '负责河道采砂许可和监督检查，查处非法采砂。', '县公安局、县交通运输局', '依法打击涉砂犯罪；查处非法运砂车辆。', '群众举报某河段夜间有船只采砂：县水利局接报后到场核查并立案，县公安局配合控制涉案人员。'],
  ],
  merges: ['A1:G1', 'A2:A3', 'B2:B3', 'C2:D2', 'E2:F2', 'G2:G3'],
};

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const p = (t: string) => `<w:p><w:r><w:t xml:space="preserve">${t}</w:t></w:r></w:p>`;
const tc = (t: string, props = '') => `<w:tc>${props ? `<w:tcPr>${props}</w:tcPr>` : ''}${t.split('\n').map(p).join('')}</w:tc>`;

/** A Word document: title paragraphs, a table with gridSpan and vMerge, a note after it. */
export function docxBody(): string {
  const rows = [
    `<w:tr>${tc('序号', '<w:vMerge w:val="restart"/>')}${tc('牵头部门', '<w:vMerge w:val="restart"/>')}${tc('事项名称', '<w:vMerge w:val="restart"/>')}${tc('实施依据', '<w:vMerge w:val="restart"/>')}${tc('职责边界划分', '<w:gridSpan w:val="2"/>')}</w:tr>`,
    `<w:tr>${tc('', '<w:vMerge/>')}${tc('', '<w:vMerge/>')}${tc('', '<w:vMerge/>')}${tc('', '<w:vMerge/>')}${tc('县级部门')}${tc('乡镇(街道)')}</w:tr>`,
    `<w:tr>${tc('1')}${tc('市教体局', '<w:vMerge w:val="restart"/>')}${tc('校外培训机构的监督管理')}${tc('1.《中华人民共和国民办教育促进法》第六十二条\n2.《安徽省进一步减轻义务教育阶段学生作业负担和校外培训负担的实施方案》:24.强化日常监管。')}${tc('负责校外培训机构审批和监管，查处违规培训行为。')}${tc('依托网格化管理体系开展日常巡查，发现违规培训及时报告。')}</w:tr>`,
    `<w:tr>${tc('2')}${tc('', '<w:vMerge/>')}${tc('学生安全教育')}${tc('《中华人民共和国未成年人保护法》')}${tc('组织开展学生安全教育。')}${tc('配合开展防溺水宣传。')}</w:tr>`,
  ];
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${p('宁国市胡乐镇配合事项清单')}${p('（共2项）')}<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>${rows.join('')}</w:tbl>${p('注：县级部门为牵头单位。')}</w:body></w:document>`;
}

/** A minimal .docx with the given body XML. */
export function writeDocx(file: string, documentXml = docxBody()): string {
  const ct = '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
  const rels = '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';
  writeFileSync(file, storedZip([
    { name: '[Content_Types].xml', data: Buffer.from(ct) },
    { name: '_rels/.rels', data: Buffer.from(rels) },
    { name: 'word/document.xml', data: Buffer.from(documentXml) },
  ]));
  return file;
}
