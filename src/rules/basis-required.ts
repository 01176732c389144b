import { both } from '../i18n.js';
import { defineRule } from './define-rule.js';
import { basisOwners } from '../law/basis-sites.js';
import { administrativePowers, powerNames } from '../law/powers.js';
import type { PowerType } from '../model/types.js';
import type { SourceSpec } from '../law/profiles.js';
import type { CiteProblemCode } from '../law/cite.js';

/** Problems of a citation that does point at an article, only badly (citation-syntax reports them). */
const BADLY_CITED = new Set<CiteProblemCode>(['paragraph-without-article', 'item-without-article', 'subitem-without-article', 'missing-title', 'bad-numeral', 'missing-unit']);

const ANNEX_ENTRY = /》[^《]*(附件|附表|目录)[一二三四五六七八九十\d]*\s*第[一二三四五六七八九十百零〇\d]+项/;

/** What requires a basis for each power, and that provision short for messages. */
const NEEDS: Partial<Record<PowerType, { source: string; zh: string; en: string }>> = {
  行政处罚: { source: '行政处罚法第四条、第三十八条第一款（行政处罚没有依据的无效）', zh: '行政处罚法第三十八条：行政处罚没有依据的无效', en: '行政处罚法 Art. 38: a penalty without basis is void' },
  行政强制: { source: '行政强制法第四条（行政强制的设定和实施应当依照法定的权限、范围、条件和程序）', zh: '行政强制法第四条：行政强制依照法定的权限、范围、条件和程序设定和实施', en: '行政强制法 Art. 4: compulsion follows the powers, scope, conditions and procedure set by law' },
  行政许可: { source: '行政许可法第四条（设定和实施行政许可，应当依照法定的权限、范围、条件和程序）', zh: '行政许可法第四条：行政许可依照法定的权限、范围、条件和程序设定和实施', en: '行政许可法 Art. 4: licensing follows the powers, scope, conditions and procedure set by law' },
};

/** The provision that asks this item for a basis: the statute of its first restricted power, with the profile's power-list document. */
function needOf(powers: PowerType[]): { spec: SourceSpec; zh: string; en: string } {
  const p = powers.find((x) => NEEDS[x]);
  const n = p ? NEEDS[p]! : undefined;
  return { spec: { law: n?.source ?? '中共中央关于全面推进依法治国若干重大问题的决定（行政机关不得法外设定权力）', doc: 'powers' }, zh: n ? `（${n.zh}）` : '', en: n ? ` (${n.en})` : '' };
}

/**
 * An item that exercises an administrative power names at least one legal basis down to the
 * article. Cooperation-only items (no power, 公共服务, 其他) are not asked for one: their duty rests
 * on the county department's power and on the list itself, and citations they do give are still
 * checked by the other basis rules.
 */
export default defineRule({
  id: 'basis-required',
  category: 'legal',
  severity: 'error',
  title: { zh: '行政权力事项缺少法律依据', en: 'Administrative power without a legal basis' },
  messages: {
    missing: {
      zh: '事项“{name}”属于{power}，但没有列出法律依据{law}',
      en: 'item "{name}" exercises an administrative power ({power}) but lists no legal basis{law}',
      hint: {
        zh: '在 basis 中写明设定该权力的法律、法规或规章及条款，例如《中华人民共和国土地管理法》第七十七条；找不到法定依据的权力不应列入清单',
        en: 'name the law, regulation or rule that creates the power, down to the article (e.g. 《中华人民共和国土地管理法》第七十七条); a power without a legal source does not belong in the list',
      },
    },
    noArticle: {
      zh: '事项“{name}”属于{power}，但依据只写了法规名称（{cite}），没有写到条{law}',
      en: 'item "{name}" exercises an administrative power ({power}), but its basis names only a title ({cite}) and no article{law}',
      hint: {
        zh: '写到条（必要时到款、项），例如《中华人民共和国土地管理法》第七十七条；只写名称，审查时无法核对权力的来源和范围',
        en: 'cite the article (and paragraph or item where needed); a bare title does not show where the power comes from',
      },
    },
  },
  docs: {
    why: {
      zh: '行政权力必须有法律依据：没有依据的行政处罚无效（行政处罚法第三十八条），权责清单逐项列明设定依据。依据写到条，司法审查才能核对权力由谁设定、归谁行使。只承担巡查、报告等配合职责的事项不要求依据：其责任来自县级部门的法定职权和经批准的清单本身；如果写了依据，仍按引文规则检查。',
      en: 'An administrative power needs a legal basis: a penalty without one is void (行政处罚法 art. 38), and power lists state the source of each power. Citing the article lets the legal review check who created the power and who may exercise it. Items that only cooperate (patrol, report) need no basis of their own: they rest on the county department\'s power and the approved list; citations they do give are still checked.',
    },
    bad: 'kind: domain\ndomain: 自然资源\nitems:\n  - id: ZR-101\n    name: 非法占用土地的查处\n    power: 行政处罚\n    lead: {party: 县自然资源局, duties: [依法立案查处非法占用土地行为]}\n    support:\n      - {party: 乡镇（街道）, duties: [日常巡查，发现后及时劝阻并报告]}\n',
    good: 'kind: domain\ndomain: 自然资源\nitems:\n  - id: ZR-101\n    name: 非法占用土地的查处\n    power: 行政处罚\n    lead: {party: 县自然资源局, duties: [依法立案查处非法占用土地行为]}\n    support:\n      - {party: 乡镇（街道）, duties: [日常巡查，发现后及时劝阻并报告]}\n    basis: [《中华人民共和国土地管理法》第七十七条]\n',
    source: '行政处罚法第四条、第三十八条第一款；行政许可法第四条；行政强制法第四条',
  },
  check(ctx) {
    for (const o of basisOwners(ctx.project)) {
      const admin = administrativePowers(o.powers);
      if (!admin.length) continue;
      const power = both((l) => powerNames(admin, l));
      const need = needOf(admin);
      const law = { law: { zh: need.zh, en: need.en } };
      if (!o.bases.length) {
        ctx.report(o.file, o.path, 'missing', { item: o.id, source: need.spec, args: { name: o.name, power, ...law } });
        continue;
      }
      // An entry of a decision's annex (《国务院对确需保留的行政审批项目设定行政许可的决定》附件第115项) is cited to the point, as an article is.
      const cited = o.bases.some((b) => b.parsed.citations.some((c) => c.title && c.article !== undefined) || ANNEX_ENTRY.test(b.text));
      if (cited) continue;
      // An article written with the wrong unit (第七十七款 for 第七十七条, 第七十六目), without the law it
      // belongs to (a bare 第七十八条) or with a number that cannot be read (第一百零2条), is cited, only
      // badly: citation-syntax says so.
      if (o.bases.some((b) => b.parsed.problems.some((p) => BADLY_CITED.has(p.code)))) continue;
      const site = o.bases.find((b) => b.parsed.citations.some((c) => c.title)) ?? o.bases[0];
      const c = site.parsed.citations.find((x) => x.title);
      ctx.report(o.file, site.textPath, 'noArticle', {
        item: o.id,
        offset: c?.offset,
        length: c?.raw.length,
        source: need.spec,
        args: { name: o.name, power, cite: c ? `《${c.title}》` : site.text, ...law },
      });
    }
  },
});
