/**
 * Whether a body or a document number is provincial (省、自治区、直辖市), in the forms lists use:
 * the full name (山东省人民政府, 广西壮族自治区人民政府, 北京市人民政府), the short one (山东省政府,
 * 北京市政府), the generic one (省政府, 省人民政府, 自治区人民政府, 直辖市人民政府), a joint issue with the
 * party committee (中共山东省委、山东省人民政府; 省委、省政府), and document numbers opening with the
 * province's abbreviation (鲁政字〔2024〕35号, 川办发[2020]85号, 京政发（2020）第9号).
 */
import vocabulary from '../data/vocabulary.json' with { type: 'json' };
import { normalize } from '../util/text.js';

const { provinces, documentKinds } = (vocabulary as unknown as { provincial: { provinces: [string, string][]; documentKinds: string[] } }).provincial;

const alt = (xs: string[]) => xs.map((x) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
/** A name without its 省/市/自治区 ending: 山东, 广西壮族, 北京 (and 广西 for 广西壮族自治区). */
const stems = provinces.flatMap(([name]) => {
  const stem = name.replace(/(省|市|自治区)$/, '');
  const short = stem.replace(/(壮族|回族|维吾尔)$/, '');
  return short !== stem ? [stem, short] : [stem];
});
const GOVERNMENT = '(人民)?政府';
const BODY = new RegExp(
  `^(?:(?:${alt(stems)})(?:省|自治区|市)?|省|自治区|直辖市)${GOVERNMENT}$`,
);
/** Any name ending in 省 or 自治区 (a province the table lacks, or an example's 示例省). */
const ANY_PROVINCE = new RegExp(`^[\\u4e00-\\u9fff]{2,10}?(?:省|自治区)${GOVERNMENT}$`);
const MUNICIPAL = new Set(provinces.filter(([n]) => n.endsWith('市')).map(([n]) => n.replace(/市$/, '')));
/** 山东市政府 is no province: a 市 ending is provincial only for the four municipalities. */
function cityEnding(name: string): boolean {
  const m = /^(.+?)市(人民)?政府$/.exec(name);
  return !!m && m[1] !== '直辖' && !MUNICIPAL.has(m[1]);
}
const KINDS = alt([...documentKinds].sort((a, b) => b.length - a.length));
const documentOf = (abbreviations: string[]) => new RegExp(`^(?:${alt(abbreviations)})(?:${KINDS})\\[\\d{4}\\]第?\\d+号$`);
const DOCUMENT = documentOf(provinces.map(([, a]) => a));
const byProvince = new Map(provinces.map(([n, a]) => [n, documentOf([a])]));
const ORDER = new RegExp(`^(?:${alt(stems)})(?:省|自治区|市)?人民政府令第?\\d+号$`);

/** Brackets of every width and shape as [ ], spaces and 《》 dropped. */
function squeeze(text: string): string {
  return normalize(text).replace(/\s+/g, '').replace(/[〔［【(（]/g, '[').replace(/[〕］】)）]/g, ']');
}

/** True when `name` is a provincial people's government, alone or as one of the joint issuers. */
export function isProvincialGovernment(name: string | undefined): boolean {
  if (!name) return false;
  // A document number written beside the body (山东省人民政府（鲁政字〔2024〕35号）) is dropped first.
  let text = squeeze(name);
  for (let prev = ''; prev !== text; ) [prev, text] = [text, text.replace(/\[[^[\]]*\]/g, '')];
  const parts = text.replace(/^中华人民共和国/, '').split(/[、,，;；和与及]|以及/).filter(Boolean);
  return parts.some((p) => (BODY.test(p) && !cityEnding(p)) || ANY_PROVINCE.test(p));
}

/**
 * True when `doc` is the number of a provincial government's (or its general office's) document or
 * order; of `province`'s only, when one is given (a county's 青政办发 is not Qinghai's under the Shandong profile).
 */
export function isProvincialDocument(doc: string | undefined, province?: string): boolean {
  if (!doc) return false;
  const d = squeeze(doc);
  const shape = (province && byProvince.get(province)) || DOCUMENT;
  return shape.test(d) || ORDER.test(d);
}
