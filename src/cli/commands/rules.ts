import type { Lang } from '../../i18n.js';
import { RespError } from '../../errors.js';
import { ALL_RULES, getRule } from '../../rules/index.js';
import type { RuleCategory } from '../../rules/types.js';
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
  await print(flags.format === 'json' ? JSON.stringify(rule, null, 2) + '\n' : doc(rule, flags.lang));
  return EXIT.ok;
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
