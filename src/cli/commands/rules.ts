import type { Lang } from '../../i18n.js';
import { RespError } from '../../errors.js';
import { ALL_RULES, getRule } from '../../rules/index.js';
import type { Rule, RuleCategory } from '../../rules/types.js';
import { loadProfile, PROFILE_IDS } from '../../law/profiles.js';
import { findingSource } from '../../validate/run-rules.js';
import { CATEGORIES, doc, RULE_WORDS as H } from '../../findings/render/rule-doc.js';
import { EXIT } from '../exit-codes.js';
import { closest } from '../../util/text.js';
import { print } from '../../io/write.js';

/** `resp rules [id]`: the catalogue, or one rule's documentation. */
export async function rulesCommand(id: string | undefined, flags: { lang: Lang; format: 'human' | 'json' | 'md' }): Promise<number> {
  if (!id) {
    await print(catalogue(flags.lang, flags.format));
    return EXIT.ok;
  }
  const rule = getRule(id);
  if (!rule) throw new RespError('usage', { zh: '没有规则 {id}{guess}', en: 'no rule {id}{guessEn}' }, { id, ...didYouMean(id) });
  const sources = sourcesByProfile(rule);
  await print(flags.format === 'json' ? JSON.stringify({ ...rule, sources }, null, 2) + '\n' : doc(rule, flags.lang) + sourcesText(rule, sources, flags.lang));
  return EXIT.ok;
}

/** Each message's source under each profile (profile → message id → source). */
function sourcesByProfile(rule: Rule): Record<string, Record<string, string | null>> {
  return Object.fromEntries(PROFILE_IDS.map((p) => [p, Object.fromEntries(Object.keys(rule.messages).map((id) => [id, findingSource(rule, id, loadProfile(p)) ?? null]))]));
}

/**
 * The sources section of `resp rules <id>`: one line per message when every profile cites the same,
 * else one line per profile. Findings whose source depends on what was found (the law an article moved
 * in, the class of an act) cite that instead.
 */
function sourcesText(rule: Rule, sources: Record<string, Record<string, string | null>>, lang: Lang): string {
  const out = ['', lang === 'zh' ? '## 各规则配置下的依据' : '## Sources by profile', ''];
  for (const id of Object.keys(rule.messages)) {
    const bySource = new Map<string, string[]>();
    for (const p of PROFILE_IDS) {
      const src = sources[p][id] ?? (lang === 'zh' ? '（无）' : '(none)');
      bySource.set(src, [...(bySource.get(src) ?? []), p]);
    }
    if (bySource.size === 1) out.push(`- \`${id}\`: ${[...bySource.keys()][0]}`);
    else {
      out.push(`- \`${id}\`:`);
      for (const [src, ps] of bySource) out.push(`  - ${ps.join(', ')}: ${src}`);
    }
  }
  out.push('', lang === 'zh' ? '依发现的问题而定的依据（条文移动所在的法律、执法行为的类别等）以问题中所列为准。' : 'Where the source depends on what was found (the law an article moved in, the class of an act), the finding names it.', '');
  return out.join('\n');
}

/** The closest rule ids to an unknown one, as a "did you mean" tail in both languages. */
function didYouMean(id: string): { guess: string; guessEn: string } {
  const ids = ALL_RULES.map((r) => r.id);
  const near = closest(id, ids);
  // Beyond typos, a word of the id (enforcement, waiver ...) still points at the right rules.
  const words = id.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length >= 3);
  const related = near ? [near] : ids.filter((x) => words.some((w) => x.includes(w))).slice(0, 3);
  if (related.length) return { guess: `，是否指 ${related.join('、')}？`, guessEn: `; did you mean ${related.join(', ')}?` };
  return { guess: '。resp rules 列出全部规则', guessEn: '. resp rules lists every rule' };
}

/** The rule list: grouped by category for people, a table for Markdown, an array for JSON. */
function catalogue(lang: Lang, format: 'human' | 'json' | 'md'): string {
  const h = H[lang];
  if (format === 'json') {
    return JSON.stringify(ALL_RULES.map((r) => ({ id: r.id, category: r.category, severity: r.severity, title: r.title[lang] })), null, 2) + '\n';
  }
  if (format === 'md') {
    const rows = ALL_RULES.map((r) => `| \`${r.id}\` | ${h[r.severity]} | ${CATEGORIES[r.category][lang]} | ${r.title[lang]} |`);
    return [`| ${h.id} | ${h.sev} | ${h.cat} | ${h.title} |`, '|---|---|---|---|', ...rows, ''].join('\n');
  }
  const w = Math.max(...ALL_RULES.map((r) => r.id.length));
  const out: string[] = [];
  for (const cat of Object.keys(CATEGORIES) as RuleCategory[]) {
    const rules = ALL_RULES.filter((r) => r.category === cat);
    if (!rules.length) continue;
    out.push(CATEGORIES[cat][lang]);
    for (const r of rules) out.push(`  ${r.id.padEnd(w)}  ${h[r.severity].padEnd(lang === 'zh' ? 2 : 7)}  ${r.title[lang]}`);
    out.push('');
  }
  out.push(h.more.replace('{n}', String(ALL_RULES.length)), '');
  return out.join('\n');
}
