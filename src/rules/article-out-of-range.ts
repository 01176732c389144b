import { both } from '../i18n.js';
import { defineRule } from './define-rule.js';
import { basisSites } from '../law/basis-sites.js';
import { articleText } from '../law/format.js';
import { citesOlderVersion } from '../law/version.js';

/** A cited article exists in the version of the law in force. */
export default defineRule({
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
  },
  docs: {
    why: {
      zh: '引用的条文在现行文本中不存在，多半是条号写错，或者沿用了修订前的编号。这样的依据无法核对，清单公布后也会被当作无据之权。',
      en: 'An article beyond the end of the law is a wrong number or a number from before a revision. Such a basis cannot be checked, and once published the power looks groundless.',
    },
    bad: 'kind: domain\ndomain: 应急管理\nitems:\n  - id: YJ-101\n    name: 生产经营单位未采取措施消除事故隐患的处罚\n    power: 行政处罚\n    lead: {party: 县应急局, duties: [依法查处]}\n    support:\n      - {party: 乡镇（街道）, duties: [日常巡查，发现事故隐患及时报告]}\n    basis: [《中华人民共和国安全生产法》第一百二十二条]\n',
    good: 'kind: domain\ndomain: 应急管理\nitems:\n  - id: YJ-101\n    name: 生产经营单位未采取措施消除事故隐患的处罚\n    power: 行政处罚\n    lead: {party: 县应急局, duties: [依法查处]}\n    support:\n      - {party: 乡镇（街道）, duties: [日常巡查，发现事故隐患及时报告]}\n    basis: [《中华人民共和国安全生产法》第一百零二条]\n',
    source: '立法法第六十五条；法规现行文本（内置法律目录的条文数）',
  },
  check(ctx) {
    for (const site of basisSites(ctx.project)) {
      for (const c of site.parsed.citations) {
        if (!c.title || c.article === undefined) continue;
        const law = ctx.laws.resolve(c.title);
        if (!law?.articles || c.article <= law.articles || citesOlderVersion(site, law)) continue;
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
