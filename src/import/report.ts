/**
 * The loss report of an import: every source cell that did not go into the repository as it stood, and
 * every guess made, as data. Each entry names its file and cell (属地管理!D12, or 表2 第3行第4列).
 */
import type { Lang, Msg } from '../i18n.js';
import { fmt } from '../i18n.js';

/** Kinds of loss or guess. */
export type LossCode =
  | 'unmapped-column'
  | 'unmapped-cell'
  | 'guessed-fill'
  | 'numbering-gap'
  | 'empty-name'
  | 'unknown-party'
  | 'unparsed-citation'
  | 'declared-total-mismatch'
  | 'duplicate-item'
  | 'invalid-id'
  | 'footnote'
  | 'no-table'
  | 'guessed-kind'
  | 'ledger-sheet';

export type LossSeverity = 'warning' | 'info';

/** One entry of the loss report. */
export interface Loss {
  code: LossCode;
  severity: LossSeverity;
  /** The source file as the user named it. */
  file: string;
  /** Sheet or table and cell or range: 属地管理!D12, 属地管理!D5:D40, 表2 第3行第4列. */
  where: string;
  message: string;
  /** The source text concerned (shortened), when there is one. */
  value?: string;
  /** Every source cell this entry accounts for (`sheet!A1` keys); what the invariant test counts. */
  cells: string[];
}

/** Messages of the loss codes; arguments in `{name}`. */
export const LOSS_MESSAGES: Record<LossCode, Msg> = {
  'unmapped-column': {
    zh: '列“{header}”无法对应到事项字段，该列 {count} 个单元格未导入；可用 --map 指定对应关系',
    en: 'column "{header}" maps to no item field; its {count} cells were not imported; state the mapping with --map',
  },
  'unmapped-cell': {
    zh: '表格外的内容未导入：{text}',
    en: 'text outside the table was not imported: {text}',
  },
  'guessed-fill': {
    zh: '“{field}”为空且不是合并单元格，按上一行推定为“{value}”，请核对',
    en: '"{field}" is blank and not merged; taken from the row above as "{value}": please check',
  },
  'numbering-gap': {
    zh: '序号不连续：{prev} 之后是 {next}',
    en: 'numbering gap: {next} follows {prev}',
  },
  'empty-name': {
    zh: '该行没有事项名称，未导入',
    en: 'the row has no item name and was not imported',
  },
  'unknown-party': {
    zh: '单位“{party}”不是具体单位名称，未写入部门名录，请改为具体部门{suggest}',
    en: 'party "{party}" is not the name of a unit; left out of the registry, please name the department{suggest}',
  },
  'unparsed-citation': {
    zh: '依据“{text}”未能识别为《名称》第X条的引用，已原样保留',
    en: 'basis "{text}" could not be read as a citation 《title》 article X; kept as written',
  },
  'declared-total-mismatch': {
    zh: '“{text}”声明共 {declared} 项，实际读到 {found} 项',
    en: '"{text}" declares {declared} items, {found} were read',
  },
  'duplicate-item': {
    zh: '事项“{name}”（{id}）与 {first} 重复，未再次导入',
    en: 'item "{name}" ({id}) repeats {first} and was not imported again',
  },
  'invalid-id': {
    zh: '编码“{code}”不能用作事项编号，已改用 {id}，原编码写入备注',
    en: 'code "{code}" cannot be an item id; {id} is used and the code kept in the notes',
  },
  footnote: {
    zh: '注释未导入清单：{text}',
    en: 'note not imported into the list: {text}',
  },
  'no-table': {
    zh: '没有找到可识别的表头（需要“事项名称”等列），未导入',
    en: 'no recognisable header row (a column such as 事项名称 is needed); nothing imported',
  },
  'guessed-kind': {
    zh: '无法从标题、工作表名或表头判断清单类别，按“{kind}”导入；可用 --kind 指定',
    en: 'the list kind could not be told from title, sheet or header; imported as {kind}; state it with --kind',
  },
  'ledger-sheet': {
    zh: '工作表“{sheet}”是 resp 导出的赋权事项台账，由清单和办件量生成，未导入；办件量登记在 delegations/usage-<年度>.yaml',
    en: 'sheet "{sheet}" is the delegation ledger resp exports, made from the lists and the usage files; not imported (usage goes into delegations/usage-<year>.yaml)',
  },
};

/** Severity of each code: a warning is a loss (exit code 1), info is a note. */
export const LOSS_SEVERITY: Record<LossCode, LossSeverity> = {
  'unmapped-column': 'warning',
  'unmapped-cell': 'warning',
  'guessed-fill': 'warning',
  'numbering-gap': 'warning',
  'empty-name': 'warning',
  'unknown-party': 'warning',
  'unparsed-citation': 'info',
  'declared-total-mismatch': 'warning',
  'duplicate-item': 'warning',
  'invalid-id': 'info',
  footnote: 'warning',
  'no-table': 'warning',
  'guessed-kind': 'warning',
  'ledger-sheet': 'info',
};

/** Text shortened for a message: one line, at most `n` characters. */
export function clip(s: string, n = 40): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > n ? `${one.slice(0, n - 1)}…` : one;
}

/** A loss entry with its message filled in the chosen language. */
export function makeLoss(
  lang: Lang,
  code: LossCode,
  file: string,
  where: string,
  cells: string[],
  args: Record<string, unknown> = {},
  value?: string,
): Loss {
  return {
    code,
    severity: LOSS_SEVERITY[code],
    file,
    where,
    message: fmt(LOSS_MESSAGES[code], lang, args),
    ...(value !== undefined ? { value: clip(value, 80) } : {}),
    cells,
  };
}
