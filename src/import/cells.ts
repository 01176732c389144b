/**
 * Reading the text of one cell: widths and spaces tidied, numbered lines split into duties, several
 * parties in one cell split, a unit with its office, and "单位：职责" cells. Pure functions of text.
 */

const CJK = /[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef《》“”‘’、]/;

/** Half-width punctuation written between Chinese text becomes full-width; stray spaces go. */
export function tidy(s: string): string {
  if (!UNTIDY.test(s)) return s;
  const lines = s.replace(/\r\n?/g, '\n').split('\n').map((l) => tidyLine(l));
  return lines.filter((l) => l !== '').join('\n').trim();
}

const WIDE: Record<string, string> = { ',': '，', ';': '；', ':': '：', '(': '（', ')': '）', '!': '！', '?': '？' };

// Characters tidyLine may change; a line without any is already tidy (most lines of a clean list).
// eslint-disable-next-line no-control-regex
const UNTIDY = /[\u0000-\u001F \u00a0\u3000,;:()!?.]/;

function tidyLine(line: string): string {
  if (!UNTIDY.test(line)) return line;
  // eslint-disable-next-line no-control-regex
  let l = line.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '').replace(/[\t \u00a0\u3000]+/g, ' ').trim();
  // A space between two Chinese characters is a wrap artefact, not a word break.
  l = l.replace(/(?<=[^\x00-\x7f]) (?=[^\x00-\x7f])/g, '');
  let out = '';
  for (let i = 0; i < l.length; i++) {
    const c = l[i];
    // A half-width full stop ending a Chinese sentence (not 1.5, not a numbering mark) is a 。.
    const w = c === '.' && CJK.test(l[i - 1] ?? '') && !/[0-9A-Za-z]/.test(l[i + 1] ?? '') ? '。' : WIDE[c];
    if (w === '。') out += w;
    else if (w && (CJK.test(l[i - 1] ?? '') || CJK.test(l[i + 1] ?? '') || (c === ')' && out.includes('（')))) {
      out += w;
      // A space after the punctuation is not needed once it is full-width.
      if (l[i + 1] === ' ') i++;
    } else out += c;
  }
  return out.replace(/ ?([，；：（）！？]) ?/g, '$1');
}

/** Text on one line: line breaks inside a name or a short value are wrap artefacts. */
export function oneLine(s: string): string {
  return tidy(s).replace(/\n+/g, '');
}

// Numbering at the start of a line: 1. 1、 1． （1） (1) ① 一、, not followed by a digit (1.5 米 is no number).
const MARK = /^\s*(?:(\d{1,2})\s*[.．、](?!\d)|[（(](\d{1,2})[）)]|([①-⑳])|([一二三四五六七八九十]{1,3})、)\s*/;
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
const SENTENCE_END = /[。；;！!？?：:]$/;

/** The number a numbering mark stands for, or undefined when the line has none. */
function markNumber(line: string): { n: number; len: number } | undefined {
  const m = MARK.exec(line);
  if (!m) return undefined;
  const n = m[1] ?? m[2] ? Number(m[1] ?? m[2]) : m[3] ? CIRCLED.indexOf(m[3]) + 1 : '一二三四五六七八九十'.indexOf(m[4][0]) + 1;
  return { n, len: m[0].length };
}

/**
 * Split a cell into its numbered entries (duties, bases). Numbered lines start entries; lines that
 * continue a sentence cut by a wrap are joined; without numbering, each finished sentence on its own
 * line is an entry. Numbering in the middle of a line (…；2.…) splits too.
 */
export function splitNumbered(s: string): string[] {
  const text = tidy(s).replace(/([。；;])\s*(?=(?:\d{1,2}[.．、](?!\d)|[（(]\d{1,2}[）)]|[①-⑳]))/g, '$1\n');
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  if (!lines.length) return [];
  const numbered = lines.some((l) => markNumber(l)?.n === 1);
  const out: string[] = [];
  for (const line of lines) {
    const mark = numbered ? markNumber(line) : undefined;
    const body = mark ? line.slice(mark.len) : line;
    if (!out.length || mark || (!numbered && SENTENCE_END.test(out[out.length - 1]))) out.push(body);
    else out[out.length - 1] += body;
  }
  return out.map((d) => d.trim().replace(/[；;，,、]+$/, '')).filter(Boolean);
}

/** Words that end the name of a unit (a department, an office, a township, a village). */
const UNIT_END = /(局|委|办|办公室|中心|队|站|所|院|镇|乡|街道|政府|部门|委员会|分局|公司|部|会|处|科|股|馆|社区|村|单位|机关|组|厅|署|台|行|集团|学校|医院|法院|检察院|武装部|供销社|联合会|协会|管委会|办事处)$/;

/** True when `s` reads as the name of one unit (its last bracket group, like （街道）, aside). */
export function isUnitName(s: string): boolean {
  if (isGenericUnit(s)) return false;
  const bare = s.replace(/[（(][^（）()]*[）)]$/, '');
  return s.length <= 40 && UNIT_END.test(bare.length >= 2 ? bare : s) && !/[，。；：]/.test(s);
}

/** A description of an authority instead of its name: 县级人民政府建设行政主管部门, 有关部门, …或相关行政主管部门. */
export function isGenericUnit(s: string): boolean {
  return /或|相关|有关|主管部门$|职能部门|行政部门$|人民政府.*部门$|等部门$/.test(s);
}

/**
 * Split a cell naming several parties: 、，,；; / and line breaks always; 和 及 与 only when each side
 * names a unit (住房和城乡建设局 is one department, 县公安局和县交通运输局 two).
 */
export function splitParties(s: string): string[] {
  const parts = tidy(s).split(/[、，,；;／/\n]+/).map((p) => p.trim()).filter(Boolean);
  const out: string[] = [];
  for (const p of parts) {
    const pieces = p.split(/[和及与]/);
    if (pieces.length > 1 && pieces.every((x) => x.length >= 2 && isUnitName(x))) out.push(...pieces);
    else out.push(p.replace(/等$/, ''));
  }
  return out;
}

/** A unit cell: the party, and the office on a line of its own in brackets (乡镇（街道）⏎（城乡建设办公室）). */
export function unitCell(s: string): { party: string; office?: string } {
  const lines = tidy(s).split('\n').map((l) => l.trim()).filter(Boolean);
  const last = lines[lines.length - 1] ?? '';
  const m = /^[（(](.+)[）)]$/.exec(last);
  if (lines.length >= 2 && m) return { party: lines.slice(0, -1).join(''), office: m[1] };
  return { party: lines.join('') };
}

/** One party with its duties as read from a "单位：职责" cell. */
export interface UnitDuties {
  party: string;
  office?: string;
  duties: string[];
}

/**
 * A cell holding units with their duties ("县农业农村局：指导…⏎县自然资源和规划局：⏎1.…⏎2.…"): each
 * line that starts with a unit name and a colon opens a party. Text before the first such line is
 * returned as `rest`.
 */
export function unitDutiesCell(s: string): { parties: UnitDuties[]; rest: string } {
  const lines = tidy(s).split('\n');
  const parties: UnitDuties[] = [];
  const rest: string[] = [];
  let cur: { head: string; body: string[] } | undefined;
  const flush = () => {
    if (!cur) return;
    const m = /^(.+?)[（(]([^（）()]+)[）)]$/.exec(cur.head);
    // 单位（办公室）: the bracket is the office when the whole is no unit name, or when it names an office.
    const unit = m && (!isUnitName(cur.head) || /[（(].+(办公室|中心|所|站|办|队|科|股)[）)]$/.test(cur.head)) ? { party: m[1], office: m[2] } : { party: cur.head };
    parties.push({ ...unit, duties: splitNumbered(cur.body.join('\n')) });
    cur = undefined;
  };
  for (const line of lines) {
    const m = /^([^：:]{2,40})[：:](.*)$/.exec(line.trim());
    const head = m?.[1].trim();
    if (m && head && (isUnitName(head) || isUnitName(head.replace(/[（(][^（）()]+[）)]$/, '')))) {
      flush();
      cur = { head, body: m[2].trim() ? [m[2].trim()] : [] };
    } else if (cur) cur.body.push(line);
    else rest.push(line);
  }
  flush();
  return { parties, rest: rest.join('\n').trim() };
}

/** An integer written in a 序号 cell (1, 1.0, ' 12 '), or undefined. */
export function serialNumber(s: string): number | undefined {
  const m = /^\s*(\d{1,6})(?:\.0+)?\s*$/.exec(s);
  return m ? Number(m[1]) : undefined;
}

/** A declared total in a title or a note: （共45项）, 共计45项, 合计：45项. */
export function declaredTotal(s: string): number | undefined {
  const m = /(?:共|共计|合计|总计)[：:\s]*(\d{1,6})\s*(?:项|条|个事项)/.exec(s);
  return m ? Number(m[1]) : undefined;
}
