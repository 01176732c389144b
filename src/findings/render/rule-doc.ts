import type { Lang } from '../../i18n.js';
import type { Rule, RuleCategory } from '../../rules/types.js';

/**
 * A rule's documentation in words: `resp rules <id>` prints it, and SARIF carries it as each rule's
 * help, so a reviewer in a code-scanning view reads the same text with its legal source.
 */
export const RULE_WORDS = {
  zh: {
    sev: '默认级别', cat: '类别', why: '为什么', bad: '错误示例', good: '正确示例', source: '依据', messages: '提示信息',
    error: '错误', warning: '警告', info: '提示', id: '编号', title: '说明',
    more: '共 {n} 条。resp rules <编号> 查看一条规则的说明；在 resp.yaml 的 rules 中可把级别改为 off / info / warning / error。',
    config: '级别可在 resp.yaml 中调整：rules: {{id}: off}',
  },
  en: {
    sev: 'default', cat: 'category', why: 'Why', bad: 'Bad', good: 'Good', source: 'Source', messages: 'Messages',
    error: 'error', warning: 'warning', info: 'info', id: 'id', title: 'title',
    more: '{n} rules. resp rules <id> shows one rule; set a level (off / info / warning / error) under rules in resp.yaml.',
    config: 'Change its level in resp.yaml: rules: {{id}: off}',
  },
};

export const CATEGORIES: Record<RuleCategory, { zh: string; en: string }> = {
  file: { zh: '文件', en: 'Files' },
  schema: { zh: '结构', en: 'Structure' },
  legal: { zh: '法律依据与执法主体', en: 'Legal basis and enforcement subjects' },
  policy: { zh: '政策规则', en: 'Policy' },
  consistency: { zh: '一致性', en: 'Consistency' },
};

/** A rule's documentation as Markdown: title, why, source, examples, messages with their hints. */
export function doc(r: Rule, lang: Lang): string {
  const h = RULE_WORDS[lang];
  const messages = Object.entries(r.messages).flatMap(([k, m]) => [
    `- \`${k}\`${m.severity && m.severity !== r.severity ? ` (${h[m.severity]})` : ''}: ${m[lang]}`,
    ...(m.hint ? [`  → ${m.hint[lang]}`] : []),
  ]);
  return [
    `# ${r.id}: ${r.title[lang]}`,
    '',
    `${h.sev}: ${h[r.severity]}    ${h.cat}: ${CATEGORIES[r.category][lang]}`,
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
    ...(messages.length ? [`## ${h.messages}`, ...messages, ''] : []),
    h.config.replace('{id}', r.id),
    '',
  ].join('\n');
}

/** A rule's help as plain text: why it exists, and the law or policy it rests on. */
export function helpText(r: Rule, lang: Lang): string {
  const h = RULE_WORDS[lang];
  return `${r.docs.why[lang]}\n\n${h.source}${lang === 'zh' ? '：' : ': '}${r.docs.source}`;
}
