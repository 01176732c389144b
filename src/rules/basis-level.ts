import { both } from '../i18n.js';
import { defineRule } from './define-rule.js';
import { basisOwners, type BasisSite } from '../law/basis-sites.js';
import type { LawCatalogue } from '../law/catalogue.js';
import { classifyTitle } from '../law/classify.js';
import { administrativePowers, powerNames } from '../law/powers.js';
import type { Party, PowerType, SourceLevel } from '../model/types.js';
import { actorNames, ownActs } from './util/enforcement-acts.js';
import { DETENTION } from './util/detention.js';

/** How high each level of source stands (立法法第九十九条至第一百零二条); documents stand lowest. */
const RANK: Partial<Record<SourceLevel, number>> = { 宪法: 5, 法律: 4, 行政法规: 3, 地方性法规: 2, 自治条例和单行条例: 2, 部门规章: 1, 地方政府规章: 1 };
const LEVEL_NAMES: Record<number, { zh: string; en: string }> = {
  4: { zh: '法律', en: 'a law' },
  3: { zh: '行政法规', en: 'an administrative regulation' },
  2: { zh: '法规', en: 'a law or regulation' },
};

/** What an act needs of the source that creates it, and the provision that says so. */
interface Need {
  rank: number;
  zh: string;
  en: string;
  source: string;
}

const NEEDS: Record<string, Need> = {
  liberty: {
    rank: 4,
    zh: '限制人身自由的行政处罚和行政强制措施只能由法律设定（行政处罚法第十条第二款；行政强制法第十条第一款）',
    en: 'penalties and compulsory measures restricting personal liberty can only be created by a law (行政处罚法 art. 10(2); 行政强制法 art. 10(1))',
    source: '行政处罚法第十条第二款；行政强制法第十条第一款；立法法第十一条',
  },
  freezing: {
    rank: 4,
    zh: '冻结存款、汇款只能由法律设定（行政强制法第十条第一款、第二款）',
    en: 'freezing deposits and remittances can only be created by a law (行政强制法 art. 10(1), (2))',
    source: '行政强制法第十条第一款、第二款',
  },
  licence: {
    rank: 3,
    zh: '地方性法规不得设定吊销营业执照的行政处罚，规章更不能（行政处罚法第十二条第一款）',
    en: 'local regulations may not create the revocation of a business licence, still less rules (行政处罚法 art. 12(1))',
    source: '行政处罚法第十二条第一款',
  },
  penalty: {
    rank: 2,
    zh: '规章只能设定警告、通报批评或者一定数额罚款（行政处罚法第十三条第二款、第十四条第二款）',
    en: 'rules may only create warnings, circulated criticism or fines of a set amount (行政处罚法 art. 13(2), 14(2))',
    source: '行政处罚法第十三条第二款、第十四条第二款',
  },
  measure: {
    rank: 2,
    zh: '行政强制措施由法律、法规设定，规章不得设定（行政强制法第十条）',
    en: 'compulsory measures are created by laws and regulations, never by rules (行政强制法 art. 10)',
    source: '行政强制法第十条',
  },
};

/** Penalty kinds a rule may create on its own (行政处罚法第十三条、第十四条). */
const RULE_PENALTIES = new Set(['警告', '通报批评', '罚款']);

/** What an enforcement act found in a duty needs of its basis, if more than a rule. */
function needOf(term: string, cls: string, clause: string): Need | undefined {
  if (DETENTION.includes(term) || term === '限制人身自由') return NEEDS.liberty;
  if (cls === '强制措施') return term === '冻结' ? NEEDS.freezing : NEEDS.measure;
  if (cls !== '处罚种类' || RULE_PENALTIES.has(term)) return undefined;
  if (term === '吊销' && clause.slice(clause.indexOf(term)).includes('营业执照')) return NEEDS.licence;
  return NEEDS.penalty;
}

/** The own act in an item's duties that needs the highest source, with that need. */
function neediestAct(parties: Party[], actors: readonly string[]): { term: string; need: Need } | undefined {
  let best: { term: string; need: Need } | undefined;
  for (const p of parties) {
    for (const duty of p.duties) {
      if (typeof duty !== 'string') continue;
      for (const m of ownActs(duty, actors)) {
        const need = needOf(m.term, m.cls.class, m.clause);
        if (need && (!best || need.rank > best.need.rank)) best = { term: m.term, need };
      }
    }
  }
  return best;
}

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
    beyondLevel: {
      zh: '{power}事项“{name}”的职责含“{term}”，但依据中效力最高的是{level}（{cites}）：{law}',
      en: '{power} item "{name}" has the duty "{term}", but its highest basis is {level} ({cites}): {law}',
      hint: {
        zh: '补充设定该措施的{need}及条款；{level}只能在上位法规定的行为、种类和幅度内作出具体规定',
        en: 'add the {need} that creates it and its article; {level} can only give details within what the higher law sets',
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
      zh: '行政处罚、行政强制和行政许可只能由法律、法规（部分由规章）设定，规范性文件、政策文件不得设定（行政处罚法第十六条、行政强制法第十条、行政许可法第十七条）。一项处罚、强制或许可事项如果只能找到文件依据，说明这项权力没有合法来源，不能列入清单。各级依据能设定的种类也有限：规章只能设定警告、通报批评和一定数额罚款，不能设定行政强制措施；地方性法规不能设定吊销营业执照；限制人身自由和冻结只能由法律设定。职责中的处罚或措施超出依据中最高一级所能设定的，同样没有合法来源。党内法规可以作为党建事项的依据，但不是行政权力的依据。',
      en: 'Penalties, compulsory measures and licences can only be created by laws and regulations (some by rules); normative and policy documents cannot create them (行政处罚法 art. 16, 行政强制法 art. 10, 行政许可法 art. 17). If such an item can only point to documents, the power has no lawful source. Each level can create only some kinds: rules only warnings, circulated criticism and fines, and no compulsory measures; local regulations cannot revoke business licences; only laws can restrict liberty or freeze deposits. A penalty or measure in the duties beyond what the highest basis can create has no lawful source either. Party rules may ground party-building items, not administrative powers.',
    },
    bad: 'kind: domain\ndomain: 综合执法\nitems:\n  - id: ZF-101\n    name: 擅自在街道两侧堆放物料的处罚\n    power: 行政处罚\n    lead: {party: 县综合执法局, duties: [依法查处擅自堆放物料、搭建设施的行为]}\n    support:\n      - {party: 乡镇（街道）, duties: [日常巡查，发现后劝阻并报告]}\n    basis: [《示例县市容环境管理办法》（示政发〔2023〕5号）第十二条]\n',
    good: 'kind: domain\ndomain: 综合执法\nitems:\n  - id: ZF-101\n    name: 擅自在街道两侧堆放物料的处罚\n    power: 行政处罚\n    lead: {party: 县综合执法局, duties: [依法查处擅自堆放物料、搭建设施的行为]}\n    support:\n      - {party: 乡镇（街道）, duties: [日常巡查，发现后劝阻并报告]}\n    basis:\n      - 《城市市容和环境卫生管理条例》第三十六条第（二）项\n      - 《示例县市容环境管理办法》（示政发〔2023〕5号）第十二条\n',
    source: '行政处罚法第十条至第十六条；行政强制法第十条；行政许可法第十七条；国办发〔2018〕37号（行政规范性文件不得设定行政许可、行政处罚、行政强制）',
  },
  check(ctx) {
    const actors = actorNames(ctx.registry);
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
      // A penalty or measure the basis's level cannot create: judged only when every basis has a known level.
      if (restricted && levels.every((ls) => ls.length > 0)) {
        const top = Math.max(...levels.flat().map((l) => RANK[l] ?? 0));
        const act = top > 0 ? neediestAct(o.parties, actors) : undefined;
        if (act && act.need.rank > top) {
          const level = levels.flat().find((l) => (RANK[l] ?? 0) === top)!;
          const first = o.bases[0];
          const c = first.parsed.citations[0];
          const need = LEVEL_NAMES[act.need.rank];
          ctx.report(o.file, first.textPath, 'beyondLevel', {
            item: o.id,
            source: act.need.source,
            offset: c?.offset,
            length: c?.raw.length,
            args: {
              name: o.name,
              power: both((l) => powerNames([restricted], l)),
              term: act.term,
              level,
              cites: { zh: o.bases.map((b) => b.text).join('；'), en: o.bases.map((b) => b.text).join('; ') },
              law: { zh: act.need.zh, en: act.need.en },
              need: { zh: need.zh, en: need.en },
            },
          });
          continue;
        }
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
