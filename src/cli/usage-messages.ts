import type { Lang } from '../i18n.js';

/**
 * The command-line parser's own error messages (unknown option, missing argument ...) in Chinese: the
 * parser writes them in English, and resp speaks Chinese by default. With --lang en they stay as they
 * are; lines not listed here are left as they are too.
 */
const ZH: [RegExp, string][] = [
  [/^error: unknown option '(?<a>.+)'$/, '错误：没有选项 {a}'],
  [/^error: unknown command '(?<a>.+)'$/, '错误：没有命令 {a}'],
  [/^error: missing required argument '(?<a>.+)'$/, '错误：缺少参数 {a}'],
  [/^error: option '(?<a>.+)' argument missing$/, '错误：选项 {a} 需要一个值'],
  [/^error: required option '(?<a>.+)' not specified$/, '错误：必须指定选项 {a}'],
  [/^error: option '(?<a>.+)' argument '(?<b>.*)' is invalid\. Allowed choices are (?<c>.+)\.$/, '错误：选项 {a} 的值 {b} 无效，可选：{c}'],
  [/^error: option '(?<a>.+)' argument '(?<b>.*)' is invalid\.(?<c>.*)$/, '错误：选项 {a} 的值 {b} 无效。{c}'],
  [/^error: too many arguments for '(?<a>.+)'\. Expected (?<b>\d+) arguments? but got (?<c>\d+)\.$/, '错误：{a} 的参数过多：应为 {b} 个，实际 {c} 个'],
  [/^error: too many arguments\. Expected (?<b>\d+) arguments? but got (?<c>\d+)\.$/, '错误：参数过多：应为 {b} 个，实际 {c} 个'],
  [/^\(Did you mean one of (?<a>.+)\?\)$/, '（是否想写以下之一：{a}？）'],
  [/^\(Did you mean (?<a>.+)\?\)$/, '（是否想写 {a}？）'],
];

/** A parser error message in `lang`. */
export function usageMessage(text: string, lang: Lang): string {
  if (lang === 'en') return text;
  return text
    .split('\n')
    .map((line) => {
      for (const [re, zh] of ZH) {
        const m = re.exec(line);
        if (m) return zh.replace(/\{(\w)\}/g, (_, k: string) => m.groups?.[k] ?? '');
      }
      return line;
    })
    .join('\n');
}
