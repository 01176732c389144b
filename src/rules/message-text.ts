import { fmt, type Lang } from '../i18n.js';
import type { Severity } from '../findings/types.js';
import type { Rule } from './types.js';

/**
 * The text of one of a rule's messages in a language: what every finding's message and hint are made
 * of, whether a rule's check, the loader or the configuration reported it. A message id the rule does
 * not have is a defect of the program, not of the input, and throws.
 */
export function messageText(
  rule: Rule,
  messageId: string,
  lang: Lang,
  args: Record<string, unknown> = {},
  hintName?: string,
): { message: string; hint?: string; severity: Severity } {
  const m = rule.messages[messageId];
  if (!m) throw new Error(`rule ${rule.id} has no message ${messageId}`);
  const h = hintName === undefined ? m.hint : m.hints?.[hintName];
  if (hintName !== undefined && !h) throw new Error(`message ${rule.id}/${messageId} has no hint ${hintName}`);
  // A hint empty in this language (one written in Chinese only) is no hint.
  const hint = h ? fmt(h, lang, args) || undefined : undefined;
  return { message: fmt(m, lang, args), hint, severity: m.severity ?? rule.severity };
}
