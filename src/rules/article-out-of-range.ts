import { both } from '../i18n.js';
import { defineRule } from './define-rule.js';
import { basisSites, type BasisSite } from '../law/basis-sites.js';
import type { LawInfo } from '../law/catalogue.js';
import type { Citation } from '../law/cite.js';
import { articleText } from '../law/format.js';
import { citesOlderVersion } from '../law/version.js';
import { toChinese } from '../law/numerals.js';
import { articleParts } from './util/article-parts.js';

/** A cited article, and the paragraph and item it names, exist in the version of the law in force. */
const rule = defineRule({
  id: 'article-out-of-range',
  category: 'legal',
  severity: 'error',
  title: { zh: '引用的条文不存在', en: 'Cited article does not exist' },
  messages: {
    outOfRange: {
      zh: '《{title}》现行文本（{version}）共{count}条，没有{article}',
      en: '《{title}》 as in force ({version}) has {count} articles; there is no {article}',
      hint: {
        zh: '对照现行文本核对条号；如确实引用旧版本，把依据写成 {cite: …, version: …} 并按现行文本改正条号',
        en: 'check the number against the text in force; if an old version is meant, write {cite: …, version: …} and correct the number to the current text',
      },
    },
    paragraphOutOfRange: {
      zh: '《{title}》{article}只有{count}款，没有{cited}',
      en: '《{title}》 {article} has {count} paragraph(s); there is no {cited}',
      hint: {
        zh: '对照现行文本核对款号：款不编序号，按自然段计数（立法法第六十五条）；常见的是把项写成了款',
        en: 'check the paragraph against the text in force: paragraphs are unnumbered and counted as they stand (立法法 Art. 65); an item written as a paragraph is the usual slip',
      },
    },
    itemOutOfRange: {
      zh: '《{title}》{where}{items}，没有{cited}',
      en: '《{title}》 {where} {items}; there is no {cited}',
      hint: {
        zh: '对照现行文本核对项号；项从属于条、款，写成 第X条第X款第（X）项（立法法第六十五条）',
        en: 'check the item against the text in force; items belong to an article and paragraph: 第X条第X款第（X）项 (立法法 Art. 65)',
      },
    },
  },
  docs: {
    why: {
      zh: '引用的条文在现行文本中不存在，多半是条号写错，或者沿用了修订前的编号；条存在而款、项超出该条的款数、项数的，也指向不存在的规定。这样的依据无法核对，清单公布后也会被当作无据之权。',
      en: 'An article beyond the end of the law is a wrong number or a number from before a revision; a paragraph or item beyond those of an existing article points at nothing either. Such a basis cannot be checked, and once published the power looks groundless.',
    },
    bad: 'kind: domain\ndomain: 应急管理\nitems:\n  - id: YJ-101\n    name: 生产经营单位未采取措施消除事故隐患的处罚\n    power: 行政处罚\n    lead: {party: 县应急局, duties: [依法查处]}\n    support:\n      - {party: 乡镇（街道）, duties: [日常巡查，发现事故隐患及时报告]}\n    basis: [《中华人民共和国安全生产法》第一百二十二条]\n',
    good: 'kind: domain\ndomain: 应急管理\nitems:\n  - id: YJ-101\n    name: 生产经营单位未采取措施消除事故隐患的处罚\n    power: 行政处罚\n    lead: {party: 县应急局, duties: [依法查处]}\n    support:\n      - {party: 乡镇（街道）, duties: [日常巡查，发现事故隐患及时报告]}\n    basis: [《中华人民共和国安全生产法》第一百零二条]\n',
    source: '立法法第六十五条；法规现行文本（内置法律目录的条文数，各条的款数、项数）',
  },
  check(ctx) {
    for (const site of basisSites(ctx.project)) {
      for (const c of site.parsed.citations) {
        if (!c.title || c.article === undefined) continue;
        const law = ctx.laws.resolve(c.title);
        if (!law?.articles || citesOlderVersion(site, law)) continue;
        if (c.article <= law.articles) {
          if (c.paragraph !== undefined || c.item !== undefined) checkParts(ctx, site, c, law);
          continue;
        }
        ctx.report(site.owner.file, site.textPath, 'outOfRange', {
          item: site.owner.id,
          source: `《${law.title}》（${law.version ?? ''}）现行文本，共${law.articles}条`,
          offset: c.offset,
          length: c.raw.length,
          args: { title: c.title, version: law.version ?? '', count: law.articles, article: both((l) => articleText({ article: c.article }, l)) },
        });
      }
    }
  },
});

type Ctx = Parameters<NonNullable<(typeof rule)['check']>>[0];

/** The paragraph and item a citation names exist in its article (when the law's structure is known). */
function checkParts(ctx: Ctx, site: BasisSite, c: Citation, law: LawInfo): void {
  const parts = articleParts(law, c.article!);
  if (!parts) return;
  const n = parts.paragraphs.length;
  const source = `《${law.title}》（${law.version ?? ''}）现行文本（${parts.file}）`;
  const at = { item: site.owner.id, source, offset: c.offset, length: c.raw.length };
  if (c.paragraph !== undefined && c.paragraph > n) {
    ctx.report(site.owner.file, site.textPath, 'paragraphOutOfRange', {
      ...at,
      args: { title: c.title, article: both((l) => articleText({ article: c.article }, l)), count: n, cited: { zh: `第${toChinese(c.paragraph)}款`, en: `para. ${c.paragraph}` } },
    });
    return;
  }
  if (c.item === undefined) return;
  // Without a paragraph, the item may belong to any paragraph that has items.
  const items = c.paragraph !== undefined ? parts.paragraphs[c.paragraph - 1] : Math.max(...parts.paragraphs);
  if (c.item <= items) return;
  const where = both((l) => articleText({ article: c.article, paragraph: c.paragraph !== undefined && n > 1 ? c.paragraph : undefined }, l));
  ctx.report(site.owner.file, site.textPath, 'itemOutOfRange', {
    ...at,
    args: {
      title: c.title,
      where,
      items: { zh: items ? `只有${items}项` : '没有项', en: items ? `has ${items} item(s)` : 'has no items' },
      cited: { zh: `第（${toChinese(c.item)}）项`, en: `item ${c.item}` },
    },
  });
}

export default rule;
