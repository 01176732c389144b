import type { DocPath } from '../findings/types.js';
import type { LoadedFile } from '../load/load-file.js';
import type { Registry } from '../model/registry.js';
import type { Party } from '../model/types.js';
import { normalize } from '../util/text.js';
import { defineRule } from './define-rule.js';
import { assignments } from './util/assignments.js';
import { items } from '../load/items.js';
import { several } from './util/lead-parts.js';

function identity(r: Registry, name: string): string {
  const ref = r.resolve(name);
  if (ref?.kind === 'department') return ref.department.name;
  if (ref?.kind === 'township') return ref.township.name;
  if (ref?.kind === 'placeholder') return '乡镇（街道）';
  return r.formerOf(name)?.name ?? normalize(name);
}

/** Exactly one lead: a lead string naming several bodies, or a lead also listed as a supporter, is reported. */
export default defineRule({
  id: 'single-lead',
  category: 'policy',
  severity: 'error',
  title: { zh: '主体责任单位不唯一', en: 'More than one lead' },
  messages: {
    several: {
      zh: '主体责任写了{count}个单位（{parts}）：一个事项只能有一个牵头单位，请选定一个作为主体责任，其余移入配合责任',
      en: 'the lead names {count} bodies ({parts}): an item has one lead; pick one and move the others to support',
      hint: {
        zh: '把 lead.party 改为其中一个单位（如“{first}”），其余单位列入 support 并写明各自的配合职责',
        en: 'set lead.party to one of them (e.g. "{first}") and list the others under support with their own duties',
      },
      source: { doc: 'list' },
    },
    alsoSupport: {
      zh: '“{name}”既是主体责任单位，又列为配合责任单位',
      en: '"{name}" is the lead and also listed as a supporter',
      hint: { zh: '把它在配合责任中的职责并入主体责任，删去这一条配合责任', en: 'merge its supporting duties into the lead\'s and remove this supporter' },
      source: { doc: 'list' },
    },
  },
  docs: {
    why: {
      zh: '主体责任要落到一个单位：写了两个牵头单位，出了问题就会互相推诿，清单也无法据此问责。其他单位承担配合责任，各写各的职责。同一单位既牵头又配合，说明职责没有分清。',
      en: 'The lead responsibility must rest with one body: two leads blame each other and cannot be held to account. Other bodies support, each with its own duties. A body that both leads and supports shows the duties were not sorted out.',
    },
    bad: 'kind: domain\ndomain: 自然资源\nitems:\n  - id: ZR-001\n    name: 违法占用耕地的查处\n    power: 行政处罚\n    lead: {party: 县自然资源局、县综合执法局, duties: [依法立案查处]}\n    basis: [《中华人民共和国土地管理法》第七十七条]\n',
    good: 'kind: domain\ndomain: 自然资源\nitems:\n  - id: ZR-001\n    name: 违法占用耕地的查处\n    power: 行政处罚\n    lead: {party: 县自然资源局, duties: [依法立案查处]}\n    support:\n      - {party: 县综合执法局, duties: [配合开展联合执法]}\n    basis: [《中华人民共和国土地管理法》第七十七条]\n',
    source: '清单编制文件：逐项明确主体责任和配合责任（全国：中共中央办公厅、国务院办公厅《关于全面建立乡镇（街道）履行职责事项清单的意见》；各省见 profile）',
  },
  check(ctx) {
    const r = ctx.registry;
    const check = (file: LoadedFile, path: DocPath, id: string, lead: Party, support: Party[]) => {
      const parts = several(r, lead.party);
      if (parts) ctx.report(file, [...path, 'lead', 'party'], 'several', { item: id, args: { parts: { zh: parts.join('、'), en: parts.join(', ') }, count: parts.length, first: parts[0] } });
      const me = identity(r, lead.party);
      support.forEach((s, i) => {
        if (identity(r, s.party) === me) ctx.report(file, [...path, 'support', i, 'party'], 'alsoSupport', { item: id, args: { name: s.party } });
      });
    };
    for (const at of items(ctx.project)) check(at.file, at.path, at.item.id, at.item.lead, at.item.support ?? []);
    for (const at of assignments(ctx.project)) check(at.file, at.path, at.assignment.id, at.assignment.lead, at.assignment.support ?? []);
  },
});
