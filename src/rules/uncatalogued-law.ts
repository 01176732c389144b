import { both } from '../i18n.js';
import { defineRule } from './define-rule.js';
import { basisSites } from '../law/basis-sites.js';
import { articleText } from '../law/format.js';

/** The levels whose article numbers the catalogue checks: a title of these not in it is said, not passed over. */
const CHECKED = new Set(['法律', '行政法规', '地方性法规', '部门规章', '地方政府规章']);

/**
 * A law, regulation or rule cited by article that the catalogue (built in, plus registry/laws.yaml) does
 * not hold: its article numbers, version and repeal could not be checked. Said once per title and file,
 * as information, so that silence from the legal rules means the citation was checked.
 */
export default defineRule({
  id: 'uncatalogued-law',
  category: 'legal',
  severity: 'info',
  title: { zh: '法规不在目录中，条文未核对', en: 'Law not in the catalogue: articles not checked' },
  messages: {
    notChecked: {
      zh: '《{title}》不在法规目录中，所引条文（{article}等）的条号、版本和是否废止都未核对',
      en: '《{title}》 is not in the law catalogue: the articles cited ({article} and others) were not checked for number, version or repeal',
      hint: {
        zh: '在 registry/laws.yaml 中登记该法规（级别、现行版本和施行日期、条文数），之后即按目录核对；不需要提示时在 resp.yaml 中把本规则设为 off',
        en: 'register it in registry/laws.yaml (level, version in force and its date, number of articles) to have it checked; set this rule to off in resp.yaml to silence it',
      },
    },
  },
  docs: {
    why: {
      zh: '法律规则只能核对目录中的法规：条号是否超出条文数、是否引用了修订前的条号、法规是否已废止。目录之外的法规不报错也不等于引用无误，因此逐一说明未核对，让“没有问题”只意味着核对过。',
      en: 'The legal rules can check only what the catalogue holds: article counts, renumbering, repeal. Silence about a law outside it would look like a clean check; this says it was not checked, so that silence means checked.',
    },
    bad: 'kind: domain\ndomain: 交通运输\nitems:\n  - id: JT-101\n    name: 农村公路路域环境的监督检查\n    power: 行政检查\n    lead: {party: 县交通运输局, duties: [依法监督检查]}\n    basis: [《示例省农村公路条例》第二十条]\n',
    good: 'kind: laws\nlaws:\n  - title: 示例省农村公路条例\n    level: 地方性法规\n    version: 2020修正\n    articles: 40\n',
    source: 'resp 法规目录：内置目录与 registry/laws.yaml',
  },
  check(ctx) {
    // Once per title and file: the first citation of each is pointed at.
    const said = new Map<unknown, Set<string>>();
    for (const site of basisSites(ctx.project)) {
      for (const c of site.parsed.citations) {
        if (!c.title || c.article === undefined || ctx.laws.resolve(c.title)) continue;
        if (!CHECKED.has(ctx.laws.levelOf(c.title) ?? '')) continue;
        // A title one slip away from a catalogued one is citation-syntax's did-you-mean.
        if (ctx.laws.suggest(c.title).length) continue;
        const file = site.owner.file;
        let titles = said.get(file);
        if (!titles) said.set(file, (titles = new Set()));
        if (titles.has(c.title)) continue;
        titles.add(c.title);
        ctx.report(file, site.textPath, 'notChecked', {
          item: site.owner.id,
          offset: c.offset,
          length: c.raw.length,
          args: { title: c.title, article: both((l) => articleText({ article: c.article }, l)) },
        });
      }
    }
  },
});
