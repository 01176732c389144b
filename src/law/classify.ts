/**
 * Guess the level of a source from its title alone, for titles the catalogue does not know. The
 * order follows the strength of the signals (立法法; 国办发〔2018〕37号 on 行政规范性文件): the order that
 * promulgated it (主席令, 国务院令, a ministry's or a government's 令), a 文号,
 * the 中国共产党 prefix, a document-type ending, the 中华人民共和国…法 form, then 条例 with or without a
 * place name. Anything else (…规定, …办法, …决定) is ambiguous and stays unknown.
 */
import type { SourceLevel } from '../model/types.js';
import { normalize } from '../util/text.js';

const DOC_NUMBER = /[〔\[]\d{4}[〕\]]\s*\d+\s*号/;
// The order that promulgated a text (立法法第二十八条、第四十七条、第七十七条、第九十六条): 主席令 a law, 国务院令 an
// administrative regulation, a ministry's or a government's 令 a rule. Written after the title as a note:
// 《…管理办法》（示例市人民政府令第8号）, 《…规定》（国家市场监督管理总局令第56号）.
const ORDERS: [RegExp, SourceLevel][] = [
  [/主席令/, '法律'],
  [/国务院令/, '行政法规'],
  [/(省|市|自治区|自治州|盟)人民政府令/, '地方政府规章'],
  [/(部|委员会|总局|署|局|银行)令/, '部门规章'],
];
const ORDER_NUMBER = /令第?\s*[0-9０-９一二三四五六七八九十百零〇]+\s*号/;
const DOC_ENDING = /(通知|意见|方案|纪要|批复|函|要点|计划|办法的通知)$/;
const PARTY = /^(中国共产党|中共中央(?!.*国务院))/;
const PARTY_ENDING = /(章程|条例|准则|规定|规则|办法|细则)$/;
const PROVINCE = /^.{2,8}?(省|自治区|特别行政区)/;
// A city name ends in 市, but 城市 and 都市 are ordinary words (城市市容和环境卫生管理条例).
const CITY = /^.{0,7}[^城都]市(?!场|容|政|民|区|级)/;
const TRAILING_NOTE = /\([^()]*\)$/;

/** True when a title starts with a province or city name (山东省…, 济南市…). */
export function hasPlacePrefix(title: string): boolean {
  return PROVINCE.test(title) || CITY.test(title);
}

/** The level a title suggests, or undefined when the title alone cannot tell. */
export function classifyTitle(title: string): SourceLevel | undefined {
  const full = normalize(title).replace(/^《|》$/g, '');
  if (ORDER_NUMBER.test(full)) {
    const hit = ORDERS.find(([re]) => re.test(full));
    if (hit) return hit[1];
  }
  if (DOC_NUMBER.test(full)) return '规范性文件';
  const t = full.replace(TRAILING_NOTE, '');
  if (t === '党章' || (PARTY.test(t) && PARTY_ENDING.test(t))) return '党内法规';
  if (DOC_ENDING.test(t)) return '规范性文件';
  if (/^中华人民共和国.+法$/.test(t) && !t.endsWith('办法')) return '法律';
  if (t.endsWith('条例') && !PARTY.test(t)) return hasPlacePrefix(t) ? '地方性法规' : '行政法规';
  if (t.endsWith('法') && !t.endsWith('办法') && !hasPlacePrefix(t)) return '法律';
  return undefined;
}
