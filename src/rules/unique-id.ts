import { defineRule } from './define-rule.js';
import type { IndexedItem } from './types.js';
import { duplicateIds } from './util/index-ids.js';

/** Item ids are unique across the repository: the diff, waivers and exports key on them. */
export default defineRule({
  id: 'unique-id',
  category: 'consistency',
  scope: 'project',
  severity: 'error',
  title: { zh: '事项编号重复', en: 'Duplicate item id' },
  messages: {
    duplicate: {
      zh: '事项编号 {id} 已在 {first} 使用',
      en: 'item id {id} is already used at {first}',
      hint: { zh: '给其中一个事项换一个未用过的编号；已发布的编号不要改动', en: 'give one of the items an unused id; keep ids that were already published' },
    },
  },
  docs: {
    why: {
      zh: '编号是事项的身份：比对两个版本、登记豁免、生成调整申请都按编号匹配。两个事项同号，就无法分清调整的是哪一个。',
      en: 'The id is an item\'s identity: revisions, waivers and adjustment requests all match on it. Two items with one id cannot be told apart.',
    },
    bad: 'kind: domain\ndomain: 自然资源\nitems:\n  - id: ZR-001\n    name: 违法占用耕地的查处\n    lead: {party: 县自然资源局, duties: [依法查处]}\n  - id: ZR-001\n    name: 违法采矿的查处\n    lead: {party: 县自然资源局, duties: [依法查处]}\n',
    good: 'kind: domain\ndomain: 自然资源\nitems:\n  - id: ZR-001\n    name: 违法占用耕地的查处\n    lead: {party: 县自然资源局, duties: [依法查处]}\n  - id: ZR-002\n    name: 违法采矿的查处\n    lead: {party: 县自然资源局, duties: [依法查处]}\n',
    source: 'resp 清单模型：编号稳定、唯一',
  },
  check(ctx) {
    // Ids are collected once; the first item of an id is looked for only when the id is held twice.
    const twice = duplicateIds(ctx.index);
    if (!twice.size) return;
    const firsts = new Map<string, IndexedItem>();
    for (const at of ctx.index.items()) {
      const id = at.id;
      if (!twice.has(id)) continue;
      const first = firsts.get(id);
      if (!first) {
        firsts.set(id, at);
        continue;
      }
      // A position costs a parse of its file: located only for a duplicate.
      const where = `${first.file.source.path}:${first.file.source.locate([...first.path, 'id']).line}`;
      ctx.report(at.file, [...at.path, 'id'], 'duplicate', { item: id, args: { id, first: where }, related: [{ file: first.file, path: [...first.path, 'id'] }] });
    }
  },
});
