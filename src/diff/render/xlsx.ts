import type { Borders, Style, Workbook } from 'exceljs';
import type { Lang } from '../../i18n.js';
import { beforeAfter, scopeText } from '../describe.js';
import { TYPE_LABELS, WORDS } from '../labels.js';
import type { ChangeSet } from '../types.js';

/** Columns of the 动态调整申请表; the last two are left blank for the reviewers. */
export const REQUEST_COLUMNS = [
  { zh: '序号', en: 'No.', width: 6 },
  { zh: '调整类型', en: 'Type', width: 10 },
  { zh: '事项编号', en: 'Item id', width: 12 },
  { zh: '事项名称', en: 'Item', width: 24 },
  { zh: '所属领域', en: 'Domain', width: 10 },
  { zh: '调整前', en: 'Before', width: 40 },
  { zh: '调整后', en: 'After', width: 40 },
  { zh: '调整理由', en: 'Reason', width: 24 },
  { zh: '提出单位', en: 'Requested by', width: 14 },
  { zh: '是否需法制审核', en: 'Legal review', width: 10 },
  { zh: '编办审核意见', en: 'Staffing office opinion', width: 18 },
  { zh: '司法局审核意见', en: 'Justice bureau opinion', width: 18 },
] as const;

/** The title row: `<county>县乡“属地管理”事项清单动态调整申请表`. */
export function requestTitle(set: ChangeSet, lang: Lang): string {
  return lang === 'zh'
    ? `${set.jurisdiction}县乡“属地管理”事项清单动态调整申请表`
    : `${set.jurisdiction} county and township responsibility lists: adjustment request`;
}

// Fonts of official documents: 黑体 for headings, 仿宋_GB2312 for the body.
const thin = { style: 'thin' as const };
const BORDER: Partial<Borders> = { top: thin, left: thin, bottom: thin, right: thin };
const BODY: Partial<Style> = { font: { name: '仿宋_GB2312', size: 11 }, alignment: { wrapText: true, vertical: 'top' }, border: BORDER };
const CENTER: Partial<Style> = { ...BODY, alignment: { wrapText: true, vertical: 'middle', horizontal: 'center' } };
const HEAD: Partial<Style> = { font: { name: '黑体', size: 11 }, alignment: { wrapText: true, vertical: 'middle', horizontal: 'center' }, border: BORDER, fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7E6E6' } } };
const TITLE: Partial<Style> = { font: { name: '黑体', size: 16 }, alignment: { vertical: 'middle', horizontal: 'center', wrapText: true } };
const MISSING = { type: 'pattern' as const, pattern: 'solid' as const, fgColor: { argb: 'FFFFF2CC' } };
const CENTERED = new Set([0, 1, 2, 4, 9]);

/**
 * The adjustment request (动态调整申请表) as an xlsx workbook: a title row, a header row repeated on
 * every printed page, one row per change, A4 landscape fitted to the page width. exceljs is
 * imported only here, when a workbook is asked for.
 */
export async function renderXlsx(set: ChangeSet, lang: Lang): Promise<Buffer> {
  const mod = await import('exceljs');
  // exceljs is CommonJS: Node hands it over as `default`, while its types describe named exports.
  const ExcelJS = (mod as unknown as { default?: typeof mod }).default ?? mod;
  const wb: Workbook = new ExcelJS.Workbook();
  wb.creator = 'resp';
  const ws = wb.addWorksheet(lang === 'zh' ? '动态调整申请表' : 'Adjustment request', {
    views: [{ state: 'frozen', ySplit: 2 }],
    pageSetup: {
      paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '2:2',
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: lang === 'zh' ? '第 &P 页，共 &N 页' : 'Page &P of &N' },
  });
  ws.columns = REQUEST_COLUMNS.map((c) => ({ width: c.width }));

  ws.mergeCells(1, 1, 1, REQUEST_COLUMNS.length);
  const title = ws.getCell(1, 1);
  title.value = requestTitle(set, lang);
  title.style = TITLE;
  ws.getRow(1).height = 36;

  const head = ws.getRow(2);
  REQUEST_COLUMNS.forEach((c, i) => {
    const cell = head.getCell(i + 1);
    cell.value = c[lang];
    cell.style = HEAD;
  });
  head.height = 30;

  const total = set.summary.townshipsTotal;
  set.changes.forEach((c, i) => {
    const { before, after } = beforeAfter(c, lang);
    if (c.townships.length) after.push(`${WORDS.townships[lang]}${lang === 'zh' ? '：' : ': '}${scopeText(c, total, lang)}`);
    const reason = [c.reason, c.document && `${WORDS.document[lang]}${lang === 'zh' ? '：' : ': '}${c.document}`].filter(Boolean).join('\n');
    const values = [
      i + 1,
      c.types.map((t) => TYPE_LABELS[t][lang]).join(lang === 'zh' ? '、' : ', '),
      c.oldId ? `${c.oldId} → ${c.id}` : c.id,
      c.name,
      c.domain,
      before.join('\n') || null,
      after.join('\n') || null,
      reason || null,
      c.requestedBy ?? null,
      (c.review ? WORDS.yes : WORDS.no)[lang],
      // Left blank for the reviewers: 编办 and 司法局.
      null,
      null,
    ];
    const row = ws.getRow(i + 3);
    values.forEach((v, k) => {
      const cell = row.getCell(k + 1);
      // Strings stay strings: a value is never written as a formula.
      cell.value = v;
      cell.style = CENTERED.has(k) ? CENTER : BODY;
    });
    if (c.missingReason) row.getCell(8).fill = MISSING;
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
