import { defineRule } from './define-rule.js';
import { closest } from '../util/text.js';
import { usageLines, type UsageAt } from './util/usage.js';

/** Each line of a usage file names a registered township and an item of the lists, once a year. */
export default defineRule({
  id: 'usage-reference',
  category: 'consistency',
  scope: 'project',
  severity: 'warning',
  title: { zh: '办件量记录对不上事项或乡镇', en: 'Usage line names an unknown item or township' },
  messages: {
    unknownItem: {
      zh: '办件量记录的事项编号 {item} 不在任何清单中',
      en: 'the usage line names item {item}, which no list holds',
      hint: {
        zh: '按清单中的事项编号登记（编号调整过的写新编号）；写错的编号使该事项的办件记不上，可能被误判为没有办件',
        en: 'use the item\'s id as the lists give it (the new id of a renumbered item); a wrong id leaves the item\'s cases uncounted, and it may look unused',
      },
    },
    unknownTownship: {
      zh: '办件量记录的乡镇（街道）“{township}”不在乡镇登记册中{guess}',
      en: 'the usage line names township "{township}", which is not in the township registry{guess}',
      hint: { zh: '写 registry/townships.yaml 中的名称或简称', en: 'use a name or short name from registry/townships.yaml' },
    },
    duplicate: {
      zh: '{year} 年 {township} 的 {item} 已在 {first} 登记过办件量',
      en: '{year}: {township}\'s cases of {item} are already recorded at {first}',
      hint: { zh: '同一年度、同一乡镇、同一事项只登记一行；两行的件数会相加', en: 'record one line per year, township and item; the counts of both lines are added up' },
    },
  },
  docs: {
    why: {
      zh: '办件量文件（kind: usage）按统计表逐行登记乡镇、事项编号和件数，赋权事项是否使用、台账中的逐年办件量都据此计算。编号或乡镇写错的行计不到任何事项上，真实有办件的事项反而显得没有使用；同一行登记两次则件数重复计算。',
      en: 'Usage files (kind: usage) record, line by line from the yearly statistics, a township, an item id and a count; whether a delegated power is used and the ledger\'s yearly figures come from them. A line with a wrong id or township counts for nothing, so an item that was used looks unused; a line recorded twice counts twice.',
    },
    bad: 'kind: usage\nyear: 2025\nusage:\n  - {township: 东胡镇, item: BASE-001, count: 4}\n  - {township: 西山乡, item: BASE-01, count: 2}\n',
    good: 'kind: usage\nyear: 2025\nusage:\n  - {township: 东湖镇, item: BASE-001, count: 4}\n  - {township: 西山乡, item: BASE-001, count: 2}\n',
    source: 'resp 清单模型：办件量按事项编号和登记的乡镇统计',
  },
  check(ctx) {
    let ids: Set<string> | undefined;
    const towns = ctx.registry.townships.map((t) => t.name);
    const seen = new Map<string, UsageAt>();
    for (const at of usageLines(ctx.context)) {
      const { entry, year, file, path } = at;
      if (!ids) {
        ids = new Set<string>();
        for (const it of ctx.index.items()) ids.add(it.id);
      }
      if (!ids.has(entry.item)) ctx.report(file, [...path, 'item'], 'unknownItem', { item: entry.item, args: { item: entry.item } });
      const r = ctx.registry.resolve(entry.township);
      if (r?.kind !== 'township') {
        const guess = closest(entry.township, towns);
        ctx.report(file, [...path, 'township'], 'unknownTownship', {
          item: entry.item,
          args: { township: entry.township, guess: guess ? { zh: `，是否想写“${guess}”？`, en: `; did you mean "${guess}"?` } : '' },
        });
        continue;
      }
      const key = `${year}\0${r.township.name}\0${entry.item}`;
      const first = seen.get(key);
      if (!first) {
        seen.set(key, at);
        continue;
      }
      const where = `${first.file.source.path}:${first.file.source.locate(first.path).line}`;
      ctx.report(file, path, 'duplicate', { item: entry.item, args: { year, township: r.township.name, item: entry.item, first: where }, related: [{ file: first.file, path: first.path }] });
    }
  },
});
