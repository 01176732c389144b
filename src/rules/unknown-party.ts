import { defineRule } from './define-rule.js';
import { items, parties } from '../load/items.js';
import { several } from './util/lead-parts.js';
import { outdatedName } from './util/renamed-departments.js';

/** Words that name no particular body (有关部门, 相关单位, 各有关单位). */
const VAGUE = /^(各)?(有关|相关|其他|其它)?(职能)?(部门|单位|机构|方面)(等)?$/;

/** Every party named in an item is in the registry. */
export default defineRule({
  id: 'unknown-party',
  category: 'consistency',
  severity: 'error',
  title: { zh: '单位未登记', en: 'Party not in the registry' },
  messages: {
    unknown: {
      zh: '单位“{name}”不在部门和乡镇登记册中',
      en: 'party "{name}" is not in the department or township registry',
      hint: { zh: '改用登记册中的名称，或先在 registry/ 中登记该单位', en: 'use a registered name, or register the party under registry/ first' },
      source: { doc: 'list' },
    },
    vague: {
      zh: '“{name}”不是具体单位：主体责任和配合责任要落到具体部门',
      en: '"{name}" is no particular body: lead and supporting duties rest with named departments',
      hint: { zh: '写明承担该职责的部门（登记册中的名称），多个部门分别列出各自的职责', en: 'name the department (as registered) that bears the duty; list several separately, each with its own duties' },
      source: { doc: 'list' },
    },
    unknownSuggest: {
      zh: '单位“{name}”不在登记册中，是否指“{suggestion}”？',
      en: 'party "{name}" is not in the registry; did you mean "{suggestion}"?',
      hint: { zh: '改用登记册中的名称', en: 'use the registered name' },
      source: { doc: 'list' },
    },
  },
  docs: {
    why: {
      zh: '责任要落到具体单位。名称写错或写了未登记的单位，清单就无法对应到承担责任的机关，也无法检查其执法主体资格。机构改革前的旧名由 outdated-department-name 报告，主体责任写了两个单位由 single-lead 报告，本规则对同一名称不再重复报告。',
      en: 'Each duty must rest with a real body. A misspelt or unregistered name cannot be traced to the organ responsible, nor checked for its capacity to enforce.',
    },
    bad: 'kind: domain\ndomain: 自然资源\nitems:\n  - id: ZR-001\n    name: 违法占用耕地的查处\n    lead: {party: 县自然资源部, duties: [依法查处]}\n',
    good: 'kind: domain\ndomain: 自然资源\nitems:\n  - id: ZR-001\n    name: 违法占用耕地的查处\n    lead: {party: 县自然资源局, duties: [依法查处]}\n',
    source: '清单编制文件：主体责任和配合责任落到具体单位（全国：中共中央办公厅、国务院办公厅《关于全面建立乡镇（街道）履行职责事项清单的意见》；各省见 profile）',
  },
  check(ctx) {
    // Left to the more specific rule only while that rule runs.
    const levels = ctx.project.config.rules ?? {};
    const outdatedOn = levels['outdated-department-name'] !== 'off';
    const singleLeadOn = levels['single-lead'] !== 'off';
    for (const at of items(ctx.project)) {
      for (const p of parties(at)) {
        const name = p.party.party;
        if (ctx.registry.resolve(name) || ctx.registry.formerOf(name)) continue;
        // One finding per problem: a pre-reform name is outdated-department-name's, a lead naming two bodies single-lead's.
        if ((outdatedOn && outdatedName(ctx.registry, name)) || (singleLeadOn && p.role === 'lead' && several(ctx.registry, name))) continue;
        if (VAGUE.test(name.trim())) {
          ctx.report(at.file, [...p.path, 'party'], 'vague', { item: at.item.id, args: { name } });
          continue;
        }
        const suggestion = ctx.registry.suggest(name);
        ctx.report(at.file, [...p.path, 'party'], suggestion ? 'unknownSuggest' : 'unknown', { item: at.item.id, args: { name, suggestion } });
      }
    }
  },
});
