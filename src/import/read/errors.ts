import type { Msg } from '../../i18n.js';

/** Why a source file could not be read. The CLI prints the message (Chinese by default) and exits 2. */
export type ImportReadCode =
  | 'not-found'
  | 'unreadable'
  | 'pdf'
  | 'legacy-no-soffice'
  | 'legacy-convert-failed'
  | 'encrypted'
  | 'zip-bomb'
  | 'zip-unsupported'
  | 'corrupt'
  | 'doctype'
  | 'too-large'
  | 'timeout'
  | 'unknown-format'
  | 'empty';

function fill(template: string, args: Record<string, unknown>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in args ? String(args[key]) : whole));
}

/** A source file that cannot be imported; `msg` holds `{name}` templates filled from `args`. */
export class ImportReadError extends Error {
  constructor(
    readonly code: string,
    readonly msg: Msg,
    readonly args: Record<string, unknown> = {},
  ) {
    super(fill(msg.en, args));
    this.name = 'ImportReadError';
  }

  /** The message in one language with its placeholders filled. */
  text(lang: 'zh' | 'en' = 'zh'): string {
    return fill(this.msg[lang], this.args);
  }

  /** The same failure naming the file (readers below index.ts do not know the path the user gave). */
  withFile(file: string): ImportReadError {
    if (this.args.file !== undefined) return this;
    return new ImportReadError(this.code, this.msg, { ...this.args, file });
  }
}

/** Every message by code. A code may have variants (`too-large` for bytes and for cells). */
export const READ_MESSAGES = {
  'not-found': {
    zh: '找不到文件：{file}',
    en: 'File not found: {file}',
  },
  unreadable: {
    zh: '无法读取 {file}：{detail}',
    en: 'Cannot read {file}: {detail}',
  },
  'unreadable-dir': {
    zh: '{file} 是一个文件夹，请给出要导入的文件。',
    en: '{file} is a folder; give the file to import.',
  },
  'unreadable-denied': {
    zh: '没有读取 {file} 的权限。',
    en: 'No permission to read {file}.',
  },
  pdf: {
    zh: '{file} 是 PDF 文件，无法从中可靠地读出表格。请导入清单的原始 Excel（.xlsx）或 Word（.docx）文件。',
    en: '{file} is a PDF; tables cannot be read reliably from it. Import the original Excel (.xlsx) or Word (.docx) file instead.',
  },
  'legacy-no-soffice': {
    zh:
      '{file} 是旧版 {kind} 格式，读取它需要 LibreOffice（未找到 soffice 命令）。' +
      '请用 Excel 或 WPS 打开该文件，选择“文件 → 另存为”，保存类型选 {targetZh}，再导入另存的文件；或安装 LibreOffice 后重试。',
    en:
      '{file} is in the old {kind} format, which needs LibreOffice (no soffice command found). ' +
      'Open it in Excel or WPS, choose File → Save As, pick {targetEn} as the type and import the saved file; or install LibreOffice and retry.',
  },
  'legacy-convert-failed': {
    zh:
      'LibreOffice 未能转换 {file}（{detail}）。如果文件设有打开密码，请先取消密码；' +
      '也可以用 Excel 或 WPS 打开后“另存为”{targetZh} 再导入。',
    en:
      'LibreOffice could not convert {file} ({detail}). If the file has a password, remove it first; ' +
      'or open it in Excel or WPS, Save As {targetEn} and import that.',
  },
  encrypted: {
    zh: '{file} 设有密码（已加密），无法读取。请用 Excel 或 WPS 打开，取消密码（文件 → 信息 → 保护 → 用密码加密，清空密码）后保存，再导入。',
    en: '{file} is password-protected (encrypted). Open it in Excel or WPS, remove the password (File → Info → Protect → Encrypt with Password, clear it), save, and import again.',
  },
  'zip-bomb': {
    zh: '{file} 的压缩内容异常（{detail}），为安全起见拒绝读取。',
    en: '{file} has abnormal compressed content ({detail}); refused for safety.',
  },
  'zip-unsupported': {
    zh: '{file} 使用了不支持的压缩方式（{detail}）。请用 Excel 或 WPS 打开后重新保存，再导入。',
    en: '{file} uses an unsupported zip feature ({detail}). Open it in Excel or WPS, save it again, and import that.',
  },
  corrupt: {
    zh: '{file} 已损坏或不完整，无法读取（{detail}）。请确认文件能用 Excel/WPS/Word 正常打开，必要时重新保存后再导入。',
    en: '{file} is damaged or incomplete and cannot be read ({detail}). Check that it opens in Excel/WPS/Word; save it again if needed.',
  },
  doctype: {
    zh: '{file} 的 {part} 含有 DOCTYPE/ENTITY 声明，Office 软件从不写入这类内容，为安全起见拒绝读取。请用 Excel/WPS/Word 打开后重新保存再导入。',
    en: '{file}: {part} contains a DOCTYPE/ENTITY declaration, which Office never writes; refused for safety. Open and save the file again in Excel/WPS/Word.',
  },
  'too-large': {
    zh: '{file} 太大（{size}，上限 {limit}）。请只保留清单所在的表格后再导入。',
    en: '{file} is too large ({size}; the limit is {limit}). Keep only the sheet or table of the list and import again.',
  },
  'too-many-cells': {
    zh: '{file} 的单元格太多（{cells} 个，上限 {limit} 个）。请删除与清单无关的工作表或空白区域后再导入。',
    en: '{file} has too many cells ({cells}; the limit is {limit}). Delete sheets or blank areas unrelated to the list and import again.',
  },
  timeout: {
    zh: '读取 {file} 超时（超过 {seconds} 秒），已放弃。',
    en: 'Reading {file} took longer than {seconds} s; gave up.',
  },
  'unknown-format': {
    zh: '无法识别 {file} 的格式。可导入的格式：Excel（.xlsx，旧版 .xls/.et）、Word（.docx，旧版 .doc/.wps）、CSV。',
    en: 'The format of {file} is not recognised. Importable formats: Excel (.xlsx; old .xls/.et), Word (.docx; old .doc/.wps), CSV.',
  },
  'markup-format': {
    zh: '{file} 其实是网页或 XML 文本（常见于业务系统导出的“.xls”），不是真正的表格文件。请用 Excel 或 WPS 打开它，“另存为” Excel 工作簿（.xlsx）后再导入。',
    en: '{file} is actually HTML or XML text (common for “.xls” files exported by web systems), not a real spreadsheet. Open it in Excel or WPS, Save As an Excel workbook (.xlsx), and import that.',
  },
  empty: {
    zh: '{file} 中没有任何有内容的表格或工作表。',
    en: '{file} contains no table or sheet with any content.',
  },
} satisfies Record<string, Msg>;

export type ReadMessageKey = keyof typeof READ_MESSAGES;

/** The code each message variant reports. */
const CODE_OF: Partial<Record<ReadMessageKey, ImportReadCode>> = {
  'too-many-cells': 'too-large',
  'unreadable-dir': 'unreadable',
  'unreadable-denied': 'unreadable',
  'markup-format': 'unknown-format',
};

/** Make the failure of one message variant. */
export function readError(key: ReadMessageKey, args: Record<string, unknown> = {}): ImportReadError {
  const code = CODE_OF[key] ?? (key as ImportReadCode);
  return new ImportReadError(code, READ_MESSAGES[key], args);
}

/** A byte count for messages: 12.3 MB. */
export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} B`;
}
