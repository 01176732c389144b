import { defineRule } from './define-rule.js';
import { items, parties } from '../load/items.js';
import { assignments } from './util/assignments.js';
import { actorNames, ownActs } from './util/enforcement-acts.js';
import { DETENTION, isPolice, townshipDetentionIsEnforcement } from './util/detention.js';
import { isTownshipParty } from './util/township-party.js';
import type { DocPath } from '../findings/types.js';
import type { LoadedFile } from '../load/load-file.js';
import type { Party } from '../model/types.js';

/** Administrative detention written as the act of a body other than the police. */
export default defineRule({
  id: 'detention-by-police',
  category: 'legal',
  severity: 'error',
  title: { zh: '行政拘留只能由公安机关决定', en: 'Administrative detention by a body other than the police' },
  messages: {
    notPolice: {
      zh: '{party}的职责“{duty}”含“{term}”：限制人身自由的行政处罚权只能由公安机关和法律规定的其他机关行使（行政处罚法第十八条第三款）',
      en: 'duty "{duty}" of {party} contains "{term}": the power to restrict personal liberty as a penalty belongs to the police and the other organs a law names (行政处罚法 Art. 18(3))',
      hint: {
        zh: '删去该职责，改为“发现后及时移送公安机关依法处理”；行政拘留由公安机关决定',
        en: 'replace it with "hand the case to the police at once"; detention is decided by the police',
      },
    },
  },
  docs: {
    why: {
      zh: '行政拘留限制人身自由，只能由法律设定（立法法第十一条），也只能由公安机关和法律规定的其他机关决定（行政处罚法第十八条第三款）。县级部门、乡镇（街道）、综合执法机构都不能拘留，只能移送公安机关。“移送公安机关拘留”“配合公安机关”是配合，不在此列。',
      en: 'Detention restricts personal liberty: only a law can create it (立法法 Art. 11) and only the police and the other organs a law names can impose it (行政处罚法 Art. 18(3)). County departments, townships and comprehensive enforcement bodies cannot detain anyone; they hand the case to the police. "Hand over to the police for detention" is cooperation and passes.',
    },
    bad: 'kind: domain\ndomain: 综合执法\nitems:\n  - id: ZF-201\n    name: 阻碍执法人员依法执行职务的处理\n    power: 行政处罚\n    lead: {party: 县综合执法局, duties: [对阻碍执法的当事人依法予以行政拘留]}\n    basis: [《中华人民共和国治安管理处罚法》第五十条]\n',
    good: 'kind: domain\ndomain: 综合执法\nitems:\n  - id: ZF-201\n    name: 阻碍执法人员依法执行职务的处理\n    power: 行政处罚\n    lead: {party: 县综合执法局, duties: [固定现场证据，需要行政拘留的移送公安机关依法处理]}\n    basis: [《中华人民共和国治安管理处罚法》第五十条]\n',
    source: '行政处罚法第十八条第三款（限制人身自由的行政处罚权只能由公安机关和法律规定的其他机关行使）；立法法第十一条',
  },
  check(ctx) {
    const actors = actorNames(ctx.registry);
    // A township's detention goes to township-enforcement when the levels in resp.yaml rank it higher.
    const skipTownships = townshipDetentionIsEnforcement(ctx.project.config.rules);
    const look = (file: LoadedFile, id: string, party: Party, path: DocPath) => {
      // Almost no duty speaks of detention: the party is looked at only when one does.
      if (!party.duties.some((d) => typeof d === 'string' && d.includes('拘留')) || isPolice(ctx.registry, party.party)) return;
      if (skipTownships && isTownshipParty(ctx.registry, party.party)) return;
      party.duties.forEach((duty, k) => {
        if (typeof duty !== 'string' || !duty.includes('拘留')) return;
        const m = ownActs(duty, actors).find((a) => DETENTION.includes(a.term));
        if (m) ctx.report(file, [...path, 'duties', k], 'notPolice', { item: id, args: { party: party.party, duty, term: m.term } });
      });
    };
    for (const at of items(ctx.project)) for (const p of parties(at)) look(at.file, at.item.id, p.party, p.path);
    for (const at of assignments(ctx.project)) {
      const a = at.assignment;
      look(at.file, a.id, a.lead, [...at.path, 'lead']);
      (a.support ?? []).forEach((s, i) => look(at.file, a.id, s, [...at.path, 'support', i]));
    }
  },
});
