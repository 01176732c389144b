import { normalize } from '../util/text.js';
import { defineRule } from './define-rule.js';
import type { IndexedFile, IndexedItem } from './types.js';
import { duplicateIds } from './util/index-ids.js';

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
    const twice = duplicateIds(ctx.index);
    // Items in list order with the key of their list (county lists are one list per kind; each township
    // file is its own list) and their normalised name. An item pasted twice under the same id is one
    // defect, reported by unique-id: only the first item of an id counts.
    function* named(): Generator<{ at: IndexedItem; list: string; name: string }> {
      const firstOfTwice = new Set<string>();
      let file: IndexedFile | undefined;
      let scope = '';
      const keys = new Map<string, string>();
      for (const at of ctx.index.items()) {
        if (twice.has(at.id)) {
          if (firstOfTwice.has(at.id)) continue;
          firstOfTwice.add(at.id);
        }
        if (at.file !== file) {
          file = at.file;
          const town = file.kind === 'township' ? file.township : undefined;
          const next = town === undefined ? 'county' : `township:${ctx.registry.township(town)?.name ?? normalize(town)}`;
          if (next !== scope) keys.clear();
          scope = next;
        }
        let list = keys.get(at.list);
        if (list === undefined) keys.set(at.list, (list = `${scope}\0${at.list}`));
        yield { at, list, name: normalize(at.name) };
      }
    }
    // First the names held twice in a list (sets of names only: a national tree has six million), then
    // the first item of each such name, and every later one is reported.
    const seen = new Map<string, Set<string>>();
    const held = new Map<string, Set<string>>();
    for (const { list, name } of named()) {
      let names = seen.get(list);
      if (!names) seen.set(list, (names = new Set()));
      if (!names.has(name)) {
        names.add(name);
        continue;
      }
      let again = held.get(list);
      if (!again) held.set(list, (again = new Set()));
      again.add(name);
    }
    seen.clear();
    if (!held.size) return;
    const firsts = new Map<string, IndexedItem>();
    for (const { at, list, name } of named()) {
      if (!held.get(list)?.has(name)) continue;
      const key = `${list}\0${name}`;
      const first = firsts.get(key);
      if (!first) {
        firsts.set(key, at);
        continue;
      }
      ctx.report(at.file, [...at.path, 'name'], 'duplicate', {
        item: at.id,
        args: { name: at.name, list: at.list, first: `${first.file.source.path}:${first.file.source.locate([...first.path, 'name']).line}`, firstId: first.id },
        related: [{ file: first.file, path: [...first.path, 'name'] }],
      });
    }
  },
});
