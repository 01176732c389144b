import type { Lang } from '../../i18n.js';
import { getRule } from '../../rules/index.js';
import type { Finding } from '../types.js';

/**
 * The law or policy a finding rests on, as every format shows it. Loader and schema findings speak for
 * themselves (their `source` names a schema, not a law); rule findings cite their legal source.
 */
export function legalSource(f: Finding): string | undefined {
  const category = getRule(f.rule)?.category ?? 'file';
  return f.source && category !== 'file' && category !== 'schema' ? f.source : undefined;
}

/** The word before the source: 依据 / basis. */
export const SOURCE_LABEL: Record<Lang, string> = { zh: '依据', en: 'basis' };

/** `依据：…` / `basis: …` for a finding with a legal source, else undefined. */
export function sourceLine(f: Finding, lang: Lang): string | undefined {
  const s = legalSource(f);
  return s && `${SOURCE_LABEL[lang]}${lang === 'zh' ? '：' : ': '}${s}`;
}

/**
 * One line for formats that show a single text per finding (SARIF, GitLab): the message, the hint in
 * brackets, then the legal source, so a reviewer sees the law without the human output.
 */
export function oneLine(f: Finding, lang: Lang): string {
  const base = f.hint ? `${f.message}（${f.hint}）` : f.message;
  const src = sourceLine(f, lang);
  return src ? `${base}${lang === 'zh' ? '；' : '; '}${src}` : base;
}
