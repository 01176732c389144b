import { both } from '../i18n.js';
import { defineRule } from './define-rule.js';
import { basisOwners, type BasisSite } from '../law/basis-sites.js';
import type { LawCatalogue } from '../law/catalogue.js';
import { classifyTitle } from '../law/classify.js';
import { administrativePowers, powerNames } from '../law/powers.js';
import type { PowerType, SourceLevel } from '../model/types.js';

/** Levels that can never create a penalty, a compulsory measure or a licence. */
const POLICY: readonly SourceLevel[] = ['规范性文件', '政策文件', '党内法规'];

/** The statute that forbids each power to rest on a normative document alone. */
const FORBIDS: Partial<Record<PowerType, { zh: string; en: string; source: string }>> = {
  行政处罚: { zh: '行政处罚法第十六条：法律、法规、规章以外的其他规范性文件不得设定行政处罚', en: '行政处罚法 art. 16: documents other than laws, regulations and rules may not create penalties', source: '行政处罚法第十六条' },
  行政强制: { zh: '行政强制法第十条：法律、法规以外的其他规范性文件不得设定行政强制措施', en: '行政强制法 art. 10: documents other than laws and regulations may not create compulsory measures', source: '行政强制法第十条第四款' },
  行政许可: { zh: '行政许可法第十七条：其他规范性文件一律不得设定行政许可', en: '行政许可法 art. 17: other normative documents may never create a licence', source: '行政许可法第十七条' },
};

/** A 行政处罚, 行政强制 or 行政许可 rests on more than documents; no administrative power rests on a party rule. */
export default defineRule({
  id: 'basis-level',
  category: 'legal',
  severity: 'error',
  title: { zh: '依据的效力层级不足', en: 'Basis of too low a level' },
  messages: {
    policyOnly: {
      zh: '{power}事项“{name}”的依据只有{levels}（{cites}），不能设定该权力。{law}',
      en: '{power} item "{name}" rests only on {levels} ({cites}), which cannot create it. {law}',
      hint: {
        zh: '补充设定该权力的法律、法规（或依法可以设定的规章）及条款；文件可以作为配套依据列在其后',
        en: 'add the law or regulation (or a rule where one may create it) and its article; documents may follow as supporting material',
      },
    },
    partyRule: {
      zh: '党内法规《{title}》被列为{power}事项“{name}”的依据；行政权力的依据是法律、法规、规章（立法法第二条）',
      en: 'the party rule 《{title}》 is cited as the basis of the {power} item "{name}"; administrative powers rest on laws, regulations and rules (立法法 Art. 2)',
      severity: 'warning',
      source: '立法法第二条（法律、行政法规、地方性法规、自治条例和单行条例、规章的制定）；行政处罚法第四条',
      hint: {
        zh: '党内法规规范党组织和党员，不是对公民、法人行使行政权力的依据；改引法律、法规或规章，党建事项不受此限',
        en: 'party rules bind party bodies and members, not citizens; cite a law, regulation or rule instead (party-building items are exempt)',
      },
    },
  },
  docs: {
    why: {
      zh: '行政处罚、行政强制和行政许可只能由法律、法规（部分由规章）设定，规范性文件、政策文件不得设定（行政处罚法第十六条、行政强制法第十条、行政许可法第十七条）。一项处罚、强制或许可事项如果只能找到文件依据，说明这项权力没有合法来源，不能列入清单。党内法规可以作为党建事项的依据，但不是行政权力的依据。',
      en: 'Penalties, compulsory measures and licences can only be created by laws and regulations (some by rules); normative and policy documents cannot create them (行政处罚法 art. 16, 行政强制法 art. 10, 行政许可法 art. 17). If such an item can only point to documents, the power has no lawful source. Party rules may ground party-building items, not administrative powers.',
    },
    bad: 'kind: domain\ndomain: 综合执法\nitems:\n  - id: ZF-101\n    name: 擅自在街道两侧堆放物料的处罚\n    power: 行政处罚\n    lead: {party: 县综合执法局, duties: [依法查处擅自堆放物料、搭建设施的行为]}\n    support:\n      - {party: 乡镇（街道）, duties: [日常巡查，发现后劝阻并报告]}\n    basis: [《示例县市容环境管理办法》（示政发〔2023〕5号）第十二条]\n',
    good: 'kind: domain\ndomain: 综合执法\nitems:\n  - id: ZF-101\n    name: 擅自在街道两侧堆放物料的处罚\n    power: 行政处罚\n    lead: {party: 县综合执法局, duties: [依法查处擅自堆放物料、搭建设施的行为]}\n    support:\n      - {party: 乡镇（街道）, duties: [日常巡查，发现后劝阻并报告]}\n    basis:\n      - 《城市市容和环境卫生管理条例》第三十六条第（二）项\n      - 《示例县市容环境管理办法》（示政发〔2023〕5号）第十二条\n',
    source: '行政处罚法第十六条；行政强制法第十条；行政许可法第十七条；国办发〔2018〕37号（行政规范性文件不得设定行政许可、行政处罚、行政强制）',
  },
  check(ctx) {
    for (const o of basisOwners(ctx.project)) {
      const admin = administrativePowers(o.powers);
      if (!admin.length || !o.bases.length) continue;
      const levels = o.bases.map((b) => siteLevels(b, ctx.laws));
      const restricted = admin.find((p) => FORBIDS[p]);
      if (restricted && levels.every((ls) => ls.length > 0 && ls.every((l) => POLICY.includes(l)))) {
        const first = o.bases[0];
        const c = first.parsed.citations[0];
        ctx.report(o.file, first.textPath, 'policyOnly', {
          item: o.id,
          source: `${FORBIDS[restricted]!.source}；国办发〔2018〕37号（行政规范性文件不得设定行政许可、行政处罚、行政强制）`,
          offset: c?.offset,
          length: c?.raw.length,
          args: {
            name: o.name,
            power: both((l) => powerNames([restricted], l)),
            levels: { zh: [...new Set(levels.flat())].join('、'), en: [...new Set(levels.flat())].join(', ') },
            cites: { zh: o.bases.map((b) => b.text).join('；'), en: o.bases.map((b) => b.text).join('; ') },
            law: FORBIDS[restricted]!,
          },
        });
        continue;
      }
      for (const b of o.bases) {
        for (const c of b.parsed.citations) {
          if (!c.title || ctx.laws.levelOf(c.title) !== '党内法规') continue;
          ctx.report(o.file, b.textPath, 'partyRule', {
            item: o.id,
            offset: c.offset,
            length: c.raw.length,
            args: { title: c.title, name: o.name, power: both((l) => powerNames(admin, l)) },
          });
        }
      }
    }
  },
});

/** The known levels of what one basis entry cites (none if any is unknown); a text without a title is judged as a whole. */
function siteLevels(b: BasisSite, laws: LawCatalogue): SourceLevel[] {
  const titled = b.parsed.citations.filter((c) => c.title);
  // A 文号 written after the title settles an ambiguous one: 《…管理办法》（示政发〔2023〕5号）.
  const levels = titled.length ? titled.map((c) => laws.levelOf(c.title!) ?? (c.note ? classifyTitle(c.note) : undefined)) : [classifyTitle(b.text)];
  return levels.every((l) => l !== undefined) ? (levels as SourceLevel[]) : [];
}
