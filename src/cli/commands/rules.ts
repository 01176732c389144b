import { fmt, type Lang } from '../../i18n.js';
import { RespError } from '../../errors.js';
import { ALL_RULES, getRule } from '../../rules/index.js';
import type { Rule } from '../../rules/types.js';
import { EXIT } from '../exit-codes.js';
import { closest } from '../../util/text.js';

const H = {
  zh: { id: '编号', sev: '默认级别', cat: '类别', title: '说明', why: '为什么', bad: '错误示例', good: '正确示例', source: '依据', error: '错误', warning: '警告', info: '提示' },
  en: { id: 'id', sev: 'default', cat: 'category', title: 'title', why: 'Why', bad: 'Bad', good: 'Good', source: 'Source', error: 'error', warning: 'warning', info: 'info' },
};

/** `resp rules [id]`: the catalogue, or one rule's documentation. */
export async function rulesCommand(id: string | undefined, flags: { lang: Lang; format: 'human' | 'json' | 'md' }): Promise<number> {
  const h = H[flags.lang];
  if (!id) {
    if (flags.format === 'json') {
      process.stdout.write(JSON.stringify(ALL_RULES.map((r) => ({ id: r.id, category: r.category, severity: r.severity, title: r.title[flags.lang] })), null, 2) + '\n');
    } else {
      const w = Math.max(...ALL_RULES.map((r) => r.id.length));
      for (const r of ALL_RULES) process.stdout.write(`${r.id.padEnd(w)}  ${h[r.severity].padEnd(flags.lang === 'zh' ? 2 : 7)}  ${r.title[flags.lang]}\n`);
    }
    return EXIT.ok;
  }
  const rule = getRule(id);
  if (!rule) {
    const guess = closest(id, ALL_RULES.map((r) => r.id));
    throw new RespError('usage', { zh: '没有规则 {id}{guess}', en: 'no rule {id}{guess}' }, { id, guess: guess ? (flags.lang === 'zh' ? `，是否指 ${guess}？` : `; did you mean ${guess}?`) : '' });
  }
  process.stdout.write(flags.format === 'json' ? JSON.stringify(rule, null, 2) + '\n' : doc(rule, flags.lang));
  return EXIT.ok;
}

/** A rule's documentation as Markdown-like text (also used to render docs). */
export function doc(r: Rule, lang: Lang): string {
  const h = H[lang];
  return [
    `# ${r.id}: ${r.title[lang]}`,
    '',
    `${h.sev}: ${h[r.severity]}    ${h.cat}: ${r.category}`,
    '',
    `## ${h.why}`,
    r.docs.why[lang],
    '',
    `## ${h.source}`,
    r.docs.source,
    '',
    `## ${h.bad}`,
    '```yaml',
    r.docs.bad.trimEnd(),
    '```',
    '',
    `## ${h.good}`,
    '```yaml',
    r.docs.good.trimEnd(),
    '```',
    '',
    ...Object.entries(r.messages).map(([k, m]) => `- ${k}: ${fmt(m, lang)}`),
    '',
  ].join('\n');
}
