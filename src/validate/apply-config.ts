import type { Lang } from '../i18n.js';
import type { Finding } from '../findings/types.js';
import { findingAt } from '../load/load-file.js';
import type { Project } from '../load/project.js';
import type { Waiver } from '../model/types.js';
import { getRule, ALL_RULES } from '../rules/index.js';
import type { Rule } from '../rules/types.js';
import { messageText } from '../rules/message-text.js';
import waiverExpired from '../rules/waiver-expired.js';
import waiverUnused from '../rules/waiver-unused.js';
import unknownRule from '../rules/unknown-rule.js';
import { closest } from '../util/text.js';
import { policyOf } from '../law/profiles.js';
import { findingSource } from './run-rules.js';

/** What applying the configuration needs besides the project: the day to judge expiry by, and the language of its findings. */
export interface ConfigOptions {
  /** YYYY-MM-DD: a waiver applies while its expiry date is on or after this day. */
  asOf: string;
  lang: Lang;
}

/**
 * Apply the project's configuration to raw findings: waivers suppress the findings of their rule on their
 * item until they expire (expired and unused waivers become findings themselves); then rule levels apply,
 * `off` dropping a rule's findings and a level replacing its severity.
 */
export function applyConfig(findings: Finding[], project: Project, opts: ConfigOptions): Finding[] {
  const waivers = waiversOf(project);
  const used = new Set<number>();
  const kept = findings.filter((f) => {
    if (f.item === undefined) return true;
    const w = waivers.find((x) => x.waiver.rule === f.rule && x.waiver.item === f.item && x.waiver.expires >= opts.asOf);
    if (w) used.add(w.index);
    return !w;
  });
  const source = project.configFile?.source;
  const policy = policyOf(project.config);
  if (source) {
    for (const { waiver, index } of waivers) {
      const path = ['waivers', index];
      const make = (rule: Rule, id: string, args: Record<string, unknown>) => {
        const text = messageText(rule, id, opts.lang, args);
        return findingAt(source, rule.id, path, text.message, {
          messageId: id,
          severity: text.severity,
          item: waiver.item,
          hint: text.hint,
          source: findingSource(rule, id, policy),
        });
      };
      if (waiver.expires < opts.asOf) kept.push(make(waiverExpired, 'expired', { ...waiver }));
      else if (!getRule(waiver.rule)) {
        const guess = closest(waiver.rule, ALL_RULES.map((r) => r.id));
        kept.push(make(waiverUnused, 'unknownRule', { rule: waiver.rule, guess: { zh: guess ? `，是否指 ${guess}？` : '', en: guess ? `; did you mean ${guess}?` : '' } }));
      } else if (!used.has(index)) kept.push(make(waiverUnused, 'unused', { ...waiver }));
    }
    // A level set for a rule that does not exist does nothing: say so where it is written.
    for (const id of Object.keys(project.config.rules ?? {})) {
      if (getRule(id)) continue;
      const guess = closest(id, ALL_RULES.map((r) => r.id));
      const text = messageText(unknownRule, 'unknown', opts.lang, { rule: id, guess: { zh: guess ? `（是否指 ${guess}？）` : '', en: guess ? ` (did you mean ${guess}?)` : '' } });
      kept.push(findingAt(source, unknownRule.id, ['rules'], text.message, { messageId: 'unknown', severity: text.severity, keyOf: id, hint: text.hint, source: findingSource(unknownRule, 'unknown', policy) }));
    }
  }
  const levels = project.config.rules ?? {};
  const out: Finding[] = [];
  for (const f of kept) {
    const level = levels[f.rule];
    if (level === 'off') continue;
    // A finding a rule raised above its own level stands for another rule too (an unregistered old name is
    // also an unregistered party): the rule computed that level from the configuration, so it stays.
    const rule = getRule(f.rule);
    const raised = !!rule && SEVERITY_ORDER[f.severity] > SEVERITY_ORDER[rule.severity];
    out.push(level && !raised ? { ...f, severity: level } : f);
  }
  return out;
}

const SEVERITY_ORDER: Record<string, number> = { info: 0, warning: 1, error: 2 };

/** The schema-valid waivers of the configuration, with their index in resp.yaml. */
function waiversOf(project: Project): { waiver: Waiver; index: number }[] {
  const bad = project.configFile?.badEntries;
  return (project.config.waivers ?? []).map((waiver, index) => ({ waiver, index })).filter((w) => !bad?.has(w.index));
}
