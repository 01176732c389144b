import { undoubled } from '../../util/text.js';
import type { Borders, Style, Workbook } from 'exceljs';
import type { Lang } from '../../i18n.js';
import { beforeAfter, scopeText } from '../describe.js';
import { TYPE_LABELS, WORDS } from '../labels.js';
import type { ChangeSet } from '../types.js';
import { lineCount, writtenWidth } from '../../util/measure.js';

/**
 * Columns of the 动态调整申请表; the last two are left blank for the reviewers. Widths (Excel units) add
 * up so that fitting A4 landscape keeps the 11 pt body at 10 pt or more.
 */
export const REQUEST_COLUMNS = [
  { zh: '序号', en: 'No.', width: 5 },
  { zh: '调整\n类型', en: 'Type', width: 8 },
  { zh: '事项编号', en: 'Item id', width: 10 },
  { zh: '事项名称', en: 'Item', width: 16 },
  { zh: '所属\n领域', en: 'Domain', width: 8 },
  { zh: '调整前', en: 'Before', width: 25 },
  { zh: '调整后', en: 'After', width: 25 },
  { zh: '调整理由', en: 'Reason', width: 16 },
  { zh: '提出单位', en: 'Requested by', width: 10 },
  // Headers wider than their column have line breaks of their own, so that none breaks inside a word.
  { zh: '是否需\n法制审核', en: 'Legal\nreview', width: 9 },
  { zh: '编办\n审核意见', en: 'Staffing office opinion', width: 10 },
  { zh: '司法局\n审核意见', en: 'Justice bureau opinion', width: 10 },
] as const;

/** The title row: `<county>县乡“属地管理”事项清单动态调整申请表`. */
export function requestTitle(set: ChangeSet, lang: Lang): string {
  return lang === 'zh'
    ? `${set.jurisdiction}县乡“属地管理”事项清单动态调整申请表`
    : `${set.jurisdiction} county and township responsibility lists: adjustment request`;
}

// Fonts of official documents: 方正小标宋简体 for the title, 黑体 for headings, 仿宋_GB2312 for the body.
const CJK = { charset: 134 } as const;
const BODY_PT = 11;
const LINE_PT = 16;
const thin = { style: 'thin' as const };
const BORDER: Partial<Borders> = { top: thin, left: thin, bottom: thin, right: thin };
const font = (name: string, size: number) => ({ name, size, ...CJK });
// Style objects are built per cell: exceljs shares a style object between the cells given it, so a fill
// set on one cell would colour every cell of that style.
const body = (center: boolean): Partial<Style> => ({
  font: font('仿宋_GB2312', BODY_PT),
  alignment: center ? { wrapText: true, vertical: 'middle', horizontal: 'center' } : { wrapText: true, vertical: 'middle' },
  border: { ...BORDER },
});
const HEAD = (): Partial<Style> => ({ font: font('黑体', 11), alignment: { wrapText: true, vertical: 'middle', horizontal: 'center' }, border: { ...BORDER }, fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7E6E6' } } });
const MISSING = { type: 'pattern' as const, pattern: 'solid' as const, fgColor: { argb: 'FFFFF2CC' } };
const CENTERED = new Set([0, 1, 2, 4, 8, 9]);
/** Punctuation doubled where clauses were joined (。；) is printed once. */
const tidy = undoubled;

const WORDS_ZH = {
  attachment: '附件',
  block: ['填报单位（盖章）：', '填报日期：', '联系人：', '联系电话：'],
  sign: ['编办审核意见：', '司法局审核意见：'],
  seal: '（盖章）',
  date: '年　　月　　日',
  missing: '黄色底纹：调整理由待填写',
  problems: '注意：{side}有 {n} 个问题使部分内容无法读取，本表可能不完整，请改正后重新生成：',
  sides: { from: '原版本', to: '新版本' },
};
const WORDS_EN = {
  attachment: 'Attachment',
  block: ['Submitted by (seal): ', 'Date: ', 'Contact: ', 'Telephone: '],
  sign: ['Staffing office opinion: ', 'Justice bureau opinion: '],
  seal: '(seal)',
  date: 'Date:',
  missing: 'Shaded: reason still to be given',
  problems: 'Note: the {side} revision has {n} problem(s) that kept parts of it from being read; this request may be incomplete. Fix them and generate it again:',
  sides: { from: 'old', to: 'new' },
};

/**
 * The adjustment request (动态调整申请表) as an xlsx workbook, as a form to fill in and sign: 附件
 * label, title, the submitter block, a header row repeated on every printed page, one row per change
 * (as tall as its wrapped text), and the two reviewers' opinions with date and seal space at the end.
 * A4 landscape fitted to the page width. exceljs is imported only here, when a workbook is asked for.
 */
export interface RequestOptions {
  /** The 附件 label (resp.yaml `export.attachment`): text, false for none; unset or true: 附件. */
  attachment?: string | boolean;
}

export async function renderXlsx(set: ChangeSet, lang: Lang, opts: RequestOptions = {}): Promise<Buffer> {
  const mod = await import('exceljs');
  // exceljs is CommonJS: Node hands it over as `default`, while its types describe named exports.
  const ExcelJS = (mod as unknown as { default?: typeof mod }).default ?? mod;
  const w = lang === 'zh' ? WORDS_ZH : WORDS_EN;
  const n = REQUEST_COLUMNS.length;
  const wb: Workbook = new ExcelJS.Workbook();
  wb.creator = 'resp';
  const ws = wb.addWorksheet(lang === 'zh' ? '动态调整申请表' : 'Adjustment request', {
    views: [{ state: 'frozen', ySplit: 4 }],
    pageSetup: {
      paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '4:4',
      horizontalCentered: true, firstPageNumber: 1,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: lang === 'zh' ? '&C第 &P 页，共 &N 页' : '&CPage &P of &N' },
  });
  ws.columns = REQUEST_COLUMNS.map((c) => ({ width: writtenWidth(c.width) }));
  const merge = (row: number, from: number, to: number) => to > from && ws.mergeCells(row, from, row, to);

  const label = ws.getCell(1, 1);
  // Row 1 stays (the rows below are numbered from it): without a label it is an empty strip.
  const attachment = opts.attachment === undefined || opts.attachment === true ? w.attachment : opts.attachment;
  label.value = attachment || null;
  label.style = { font: font('黑体', 14), alignment: { vertical: 'middle' } };
  merge(1, 1, 3);
  ws.getRow(1).height = attachment ? 24 : 8;

  const title = ws.getCell(2, 1);
  title.value = requestTitle(set, lang);
  title.style = { font: font('方正小标宋简体', 18), alignment: { vertical: 'middle', horizontal: 'center', wrapText: true } };
  merge(2, 1, n);
  ws.getRow(2).height = 40;

  // 填报单位 | 填报日期 | 联系人 | 联系电话, each with room to write after it.
  const spans = [[1, 4], [5, 6], [7, 8], [9, 12]];
  spans.forEach(([from, to], i) => {
    const c = ws.getCell(3, from);
    c.value = w.block[i];
    c.style = { font: font('仿宋_GB2312', 12), alignment: { vertical: 'middle' } };
    merge(3, from, to);
  });
  ws.getRow(3).height = 28;

  const head = ws.getRow(4);
  REQUEST_COLUMNS.forEach((c, i) => {
    const cell = head.getCell(i + 1);
    cell.value = c[lang];
    cell.style = HEAD();
  });
  head.height = Math.max(...REQUEST_COLUMNS.map((c) => lineCount(c[lang], c.width, 11))) * LINE_PT + 8;

  let r = 5;
  // Problems of a revision come first, where no reader can miss them: the request may be incomplete.
  for (const side of ['from', 'to'] as const) {
    const ps = set.problems.filter((p) => p.revision === side);
    if (!ps.length) continue;
    const text = [w.problems.replace('{side}', w.sides[side]).replace('{n}', String(ps.length)), ...ps.slice(0, 20).map((p) => `${p.file}:${p.line}:${p.column}  ${p.message}`), ...(ps.length > 20 ? ['…'] : [])].join('\n');
    const cell = ws.getCell(r, 1);
    cell.value = text;
    cell.style = { font: { ...font('仿宋_GB2312', 11), color: { argb: 'FFC00000' } }, alignment: { vertical: 'top', wrapText: true }, border: { ...BORDER } };
    merge(r, 1, n);
    ws.getRow(r).height = text.split('\n').length * LINE_PT + 8;
    r++;
  }
  const total = set.summary.townshipsTotal;
  set.changes.forEach((c, i) => {
    const { before, after } = beforeAfter(c, lang);
    if (c.townships.length) after.push(`${WORDS.townships[lang]}${lang === 'zh' ? '：' : ': '}${scopeText(c, total, lang)}`);
    const colon = lang === 'zh' ? '：' : ': ';
    const reason = [c.reason, c.document && `${WORDS.document[lang]}${colon}${c.document}`, c.date && `${WORDS.date[lang]}${colon}${c.date}`].filter(Boolean).join('\n');
    const values = [
      i + 1,
      c.types.map((t) => TYPE_LABELS[t][lang]).join(lang === 'zh' ? '、' : ', '),
      c.oldId ? `${c.oldId} → ${c.id}` : c.id,
      c.name,
      c.domain,
      tidy(before.join('\n')) || null,
      tidy(after.join('\n')) || null,
      reason || null,
      c.requestedBy ?? null,
      (c.review ? WORDS.yes : WORDS.no)[lang],
      // Left blank for the reviewers: 编办 and 司法局.
      null,
      null,
    ];
    const row = ws.getRow(r++);
    values.forEach((v, k) => {
      const cell = row.getCell(k + 1);
      // Strings stay strings: a value is never written as a formula.
      cell.value = v;
      cell.style = body(CENTERED.has(k));
    });
    // Only the reason cell of a change without one is shaded, for the person filling in.
    if (c.missingReason) row.getCell(8).fill = MISSING;
    const lines = Math.max(1, ...values.map((v, k) => (v === null ? 1 : lineCount(String(v), REQUEST_COLUMNS[k].width, BODY_PT))));
    row.height = lines * LINE_PT + 8;
  });

  // The reviewers sign at the end: opinion, seal and date, side by side.
  const sign = ws.getRow(r);
  [[1, 6], [7, 12]].forEach(([from, to], i) => {
    const cell = sign.getCell(from);
    cell.value = `${w.sign[i]}\n\n\n\n${' '.repeat(40)}${w.seal}\n${' '.repeat(40)}${w.date}`;
    for (let k = from; k <= to; k++) sign.getCell(k).style = { font: font('仿宋_GB2312', 12), alignment: { vertical: 'top', wrapText: true }, border: { ...BORDER } };
    merge(r, from, to);
  });
  sign.height = 130;
  if (set.changes.some((c) => c.missingReason)) {
    const note = ws.getCell(r + 1, 1);
    note.value = w.missing;
    note.style = { font: font('仿宋_GB2312', 10) };
    merge(r + 1, 1, n);
  }
  ws.pageSetup.printArea = `A1:L${ws.rowCount}`;
  return Buffer.from(await wb.xlsx.writeBuffer());
}
