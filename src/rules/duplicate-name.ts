import { normalize } from '../util/text.js';
import { defineRule } from './define-rule.js';
import { firstOfEachId, items, type ItemAt } from './util/items.js';

/** Two items of one list carry the same name. */
export default defineRule({
  id: 'duplicate-name',
  category: 'consistency',
  scope: 'project',
  severity: 'warning',
  title: { zh: '同一清单中事项名称重复', en: 'Duplicate item name in one list' },
  messages: {
    duplicate: {
      zh: '{list}清单中已有同名事项“{name}”（{first}，编号 {firstId}）',
      en: 'the {list} list already has an item named "{name}" ({first}, id {firstId})',
      hint: { zh: '合并这两个事项，或改名以区分各自的情形', en: 'merge the two items, or rename them so each says which case it covers' },
    },
  },
  docs: {
    why: {
      zh: '同一清单里两个事项同名，读者无法判断该找哪一个，导出的正式文本会出现重复行，统计的事项总数也会虚增。名称比较时不区分全角半角和空格。',
      en: 'Two items of one list with the same name leave readers unsure which applies, duplicate rows in the published text and inflate the declared total. Names are compared ignoring width and spaces.',
    },
    bad: 'kind: domain\ndomain: 自然资源\nitems:\n  - id: ZR-001\n    name: 违法占用耕地的查处\n    power: 行政处罚\n    lead: {party: 县自然资源局, duties: [依法立案查处]}\n    basis: [《中华人民共和国土地管理法》第七十七条]\n  - id: ZR-002\n    name: 违法占用耕地的查处\n    power: 行政处罚\n    lead: {party: 县自然资源局, duties: [依法立案查处]}\n    basis: [《中华人民共和国土地管理法》第七十七条]\n',
    good: 'kind: domain\ndomain: 自然资源\nitems:\n  - id: ZR-001\n    name: 违法占用耕地的查处\n    power: 行政处罚\n    lead: {party: 县自然资源局, duties: [依法立案查处]}\n    basis: [《中华人民共和国土地管理法》第七十七条]\n  - id: ZR-002\n    name: 农村村民非法占用土地建住宅的查处\n    power: 行政处罚\n    lead: {party: 县综合执法局, duties: [依法立案查处]}\n    basis: [《中华人民共和国土地管理法》第七十八条]\n',
    source: 'resp 清单模型：同一清单内事项名称唯一',
  },
  check(ctx) {
    // Items by list scope (county, or one township's file), list kind and normalised name: nested maps,
    // so no key string is built per item.
    const seen = new Map<string, Map<string, Map<string, ItemAt>>>();
    const firsts = firstOfEachId(ctx.project);
    let file: ItemAt['file'] | undefined;
    let byList: Map<string, Map<string, ItemAt>> | undefined;
    for (const at of items(ctx.project)) {
      // An item pasted twice under the same id is one defect, reported by unique-id.
      if (firsts.get(at.item.id) !== at) continue;
      if (at.file !== file) {
        file = at.file;
        // County lists are one list per kind; each township file is its own list.
        const town = file.kind === 'township' ? (file.data as { township: string }).township : undefined;
        const scope = town === undefined ? 'county' : `township:${ctx.registry.township(town)?.name ?? normalize(town)}`;
        byList = seen.get(scope);
        if (!byList) seen.set(scope, (byList = new Map()));
      }
      let byName = byList!.get(at.list);
      if (!byName) byList!.set(at.list, (byName = new Map()));
      const name = normalize(at.item.name);
      const first = byName.get(name);
      if (first) {
        ctx.report(at.file, [...at.path, 'name'], 'duplicate', {
          item: at.item.id,
          args: { name: at.item.name, list: at.list, first: `${first.file.source.path}:${first.file.source.locate([...first.path, 'name']).line}`, firstId: first.item.id },
        });
      } else {
        byName.set(name, at);
      }
    }
  },
});
