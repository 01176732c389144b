import { both } from '../i18n.js';
import { defineRule } from './define-rule.js';
import { basisSites } from '../law/basis-sites.js';
import type { Citation, CiteProblem, CiteProblemCode } from '../law/cite.js';
import { articleText } from '../law/format.js';
import { parseNumeral } from '../law/numerals.js';

/**
 * A 款 written right after a title that cites no article (《土地管理法》第七十七款): the article's
 * number written with the wrong unit. Returns the title's citation and the number.
 */
function unitSlip(p: CiteProblem, citations: readonly Citation[], text: string): { title: string; n: number } | undefined {
  // Only 款 and 目: an item (项) right after a title is more often a missing article than a slip of the
  // unit; a 目 is numbered in Arabic digits under an item, so 第七十六目 after a title means 第七十六条.
  if (p.code !== 'paragraph-without-article' && p.code !== 'subitem-without-article') return undefined;
  const c = citations.find((x) => x.title && x.article === undefined && x.offset + x.raw.length <= p.offset && /^\s*$/.test(text.slice(x.offset + x.raw.length, p.offset)));
  const n = parseNumeral(p.raw.replace(/^第/, '').replace(/[款项目]$/, '').replace(/^[（(]|[）)]$/g, ''));
  return c?.title && n !== undefined ? { title: c.title, n } : undefined;
}

type CodeMessage =
  | 'unbalanced'
  | 'itemWithoutArticle'
  | 'paragraphWithoutArticle'
  | 'subitemWithoutArticle'
  | 'badNumeral'
  | 'missingTitle'
  | 'missingOrdinal'
  | 'repeatedOrdinal'
  | 'bracket'
  | 'misordered'
  | 'dashedRange'
  | 'missingUnit';

const BY_CODE: Record<CiteProblemCode, CodeMessage> = {
  'unbalanced-title': 'unbalanced',
  'item-without-article': 'itemWithoutArticle',
  'paragraph-without-article': 'paragraphWithoutArticle',
  'subitem-without-article': 'subitemWithoutArticle',
  'bad-numeral': 'badNumeral',
  'missing-title': 'missingTitle',
  'missing-ordinal': 'missingOrdinal',
  'repeated-ordinal': 'repeatedOrdinal',
  bracket: 'bracket',
  misordered: 'misordered',
  'dashed-range': 'dashedRange',
  'missing-unit': 'missingUnit',
};

/** Citations are well formed and name laws the catalogue can find. */
export default defineRule({
  id: 'citation-syntax',
  category: 'legal',
  severity: 'warning',
  title: { zh: '引文格式不规范', en: 'Malformed citation' },
  messages: {
    unbalanced: {
      zh: '书名号不成对：“{raw}”',
      en: 'unbalanced title marks: "{raw}"',
      hint: { zh: '每个法规名称用一对《》括起，例如《中华人民共和国土地管理法》第七十七条', en: 'enclose each title in one pair of 《》, e.g. 《中华人民共和国土地管理法》第七十七条' },
    },
    itemWithoutArticle: {
      zh: '“{raw}”只写了项，没有写是哪一条',
      en: '"{raw}" cites an item but no article',
      hint: { zh: '项从属于条、款（立法法第六十五条），写成 第X条第X款第（X）项', en: 'an item belongs to an article (立法法 Art. 65): write 第X条第X款第（X）项' },
    },
    paragraphWithoutArticle: {
      zh: '“{raw}”只写了款，没有写是哪一条',
      en: '"{raw}" cites a paragraph but no article',
      hint: { zh: '款从属于条（立法法第六十五条），写成 第X条第X款', en: 'a paragraph belongs to an article (立法法 Art. 65): write 第X条第X款' },
    },
    subitemWithoutArticle: {
      zh: '“{raw}”只写了目，没有写是哪一条',
      en: '"{raw}" cites a sub-item but no article',
      hint: { zh: '目从属于项（立法法第六十五条），写成 第X条第X款第（X）项第X目', en: 'a sub-item belongs to an item (立法法 Art. 65): write 第X条第X款第（X）项第X目' },
    },
    missingOrdinal: {
      zh: '“{raw}”前缺少“第”字',
      en: '"{raw}" lacks the 第 before its number',
      hint: { zh: '条、款的序号前写“第”，例如 第六十四条、第六十二条第四款', en: 'write 第 before the number of an article or paragraph, e.g. 第六十四条, 第六十二条第四款' },
    },
    repeatedOrdinal: {
      zh: '引文中“第”字重复：“{raw}”',
      en: 'the 第 is written twice: "{raw}"',
      hint: { zh: '删去多余的“第”，例如 第六十五条', en: 'drop the extra 第, e.g. 第六十五条' },
    },
    bracket: {
      zh: '“{raw}”中的括号写法不规范',
      en: 'the brackets in "{raw}" are malformed',
      hint: {
        zh: '只有项的序号加括号，且括号要成对（立法法第六十五条）：第（二）项；款不加括号：第一款',
        en: 'only an item number is bracketed, in a closed pair (立法法 Art. 65): 第（二）项; a paragraph has none: 第一款',
      },
    },
    misordered: {
      zh: '“{raw}”中款写在了项的后面',
      en: '"{raw}" puts the paragraph after the item',
      hint: { zh: '按条、款、项的顺序写：第X条第X款第（X）项', en: 'write article, paragraph, item in that order: 第X条第X款第（X）项' },
    },
    dashedRange: {
      zh: '“{raw}”的条文范围写法不规范',
      en: 'the range of articles in "{raw}" is malformed',
      hint: { zh: '写成 第X条至第Y条，或逐条列出：第X条、第Y条', en: 'write 第X条至第Y条, or list each article: 第X条、第Y条' },
    },
    missingUnit: {
      zh: '“{raw}”没有写单位（条、款、项）',
      en: '"{raw}" has no unit (条, 款 or 项)',
      hint: { zh: '在序号后写明单位，例如 第七十七条', en: 'write the unit after the number, e.g. 第七十七条' },
    },
    badNumeral: {
      zh: '“{raw}”中的序号无法识别',
      en: 'the number in "{raw}" cannot be read',
      hint: { zh: '条、款、项的序号用中文数字（第一百零三条）或阿拉伯数字（第103条）书写', en: 'write the number in Chinese (第一百零三条) or Arabic (第103条) numerals' },
    },
    missingTitle: {
      zh: '“{raw}”没有写明是哪部法律法规的条文',
      en: '"{raw}" does not say which law it belongs to',
      hint: { zh: '在条文前写明法规名称，例如《中华人民共和国安全生产法》第九条第二款', en: 'put the title first, e.g. 《中华人民共和国安全生产法》第九条第二款' },
    },
    unitSlip: {
      zh: '《{title}》后直接写了“{raw}”，没有写条：是否指{article}？',
      en: '《{title}》 is followed by "{raw}" and no article: did you mean {article}?',
      hint: {
        zh: '款从属于条（立法法第六十五条）：改为《{title}》{article}{moved}',
        en: 'a paragraph belongs to an article (立法法 Art. 65): write 《{title}》{article}{moved}',
      },
    },
    unknownTitle: {
      zh: '法规目录中没有《{title}》，是否指《{suggestion}》？',
      en: 'the law catalogue has no 《{title}》; did you mean 《{suggestion}》?',
      hint: {
        zh: '改用法规的正式名称或通用简称；如确为本地法规，在 registry/laws.yaml 中登记',
        en: 'use the official title or its usual short name; if it is a local law, register it in registry/laws.yaml',
      },
    },
  },
  docs: {
    why: {
      zh: '条、款、项的写法有统一规范（立法法第六十五条：条的序号用中文数字，款不编序号，项的序号用中文数字加括号）。引文写错名称或序号，审查人员就无法找到所依据的条文，比对新旧版本、检查条文数也都无从谈起。名称与目录中的法规只差一两个字的，多半是笔误。',
      en: 'Articles, paragraphs and items are cited in a fixed way (立法法 art. 65). A misspelt title or number leaves the reviewer unable to find the provision, and version and range checks cannot work. A title one or two characters away from a catalogued law is most likely a slip.',
    },
    bad: 'kind: domain\ndomain: 自然资源\nitems:\n  - id: ZR-102\n    name: 非法占用土地的查处\n    power: 行政处罚\n    lead: {party: 县自然资源局, duties: [依法立案查处非法占用土地行为]}\n    support:\n      - {party: 乡镇（街道）, duties: [日常巡查，发现后及时劝阻并报告]}\n    basis: [《土地法》第七十七条]\n',
    good: 'kind: domain\ndomain: 自然资源\nitems:\n  - id: ZR-102\n    name: 非法占用土地的查处\n    power: 行政处罚\n    lead: {party: 县自然资源局, duties: [依法立案查处非法占用土地行为]}\n    support:\n      - {party: 乡镇（街道）, duties: [日常巡查，发现后及时劝阻并报告]}\n    basis: [《土地管理法》第七十七条]\n',
    source: '立法法第六十五条；立法技术规范（试行）（一）（法工委发〔2009〕62号）',
  },
  check(ctx) {
    for (const site of basisSites(ctx.project)) {
      const { owner } = site;
      for (const p of site.parsed.problems) {
        const slip = unitSlip(p, site.parsed.citations, site.text);
        if (slip) {
          const law = ctx.laws.resolve(slip.title);
          const text = [owner.name, ...owner.parties.flatMap((x) => [x.party, ...x.duties])].join('\n');
          const m = law?.moved.find((x) => x.from === slip.n && (!x.keywords?.length || x.keywords.some((k) => text.includes(k))));
          ctx.report(owner.file, site.textPath, 'unitSlip', {
            item: owner.id,
            offset: p.offset,
            length: p.raw.length,
            args: {
              raw: p.raw,
              title: slip.title,
              article: both((l) => articleText({ article: slip.n }, l)),
              moved: {
                zh: m ? `；该条是${m.version ?? '修订前'}的序号，${law!.version ?? '修订'}后该内容（${m.topic ?? ''}）在${m.to}` : '',
                en: m ? `; that is the number of the ${m.version ?? 'earlier'} text, since the ${law!.version ?? 'latest'} revision this provision (${m.topic ?? ''}) is ${m.to}` : '',
              },
            },
          });
          continue;
        }
        ctx.report(owner.file, site.textPath, BY_CODE[p.code], { item: owner.id, offset: p.offset, length: p.raw.length, args: { raw: p.raw } });
      }
      for (const c of site.parsed.citations) {
        if (!c.title || ctx.laws.resolve(c.title)) continue;
        const suggestions = ctx.laws.suggest(c.title);
        if (!suggestions.length) continue;
        ctx.report(owner.file, site.textPath, 'unknownTitle', {
          item: owner.id,
          offset: c.offset,
          length: c.raw.length,
          args: { title: c.title, suggestion: { zh: suggestions.join('》或《'), en: suggestions.join('》 or 《') } },
        });
      }
    }
  },
});
