import { discover } from '../src/load/discover.js';
import { loadProject } from '../src/validate/load.js';
import { validateProject } from '../src/validate/validate.js';
import type { Finding } from '../src/findings/types.js';
import type { Lang } from '../src/i18n.js';
import { MINI, tempRepo } from './helpers.js';

export interface CheckOptions {
  lang?: Lang;
  asOf?: string;
  /** Replace the mini repository's files (e.g. a different resp.yaml). */
  base?: Record<string, string>;
}

/**
 * Validate the mini repository plus `files` (path → YAML text) and return the findings of one
 * rule (or all findings when `rule` is '*'), as compact tuples for exact assertions.
 */
export function check(rule: string, files: Record<string, string>, opts: CheckOptions = {}): Finding[] {
  const dir = tempRepo({ ...(opts.base ?? MINI), ...files });
  const sel = discover([], dir);
  const project = loadProject(sel, opts.lang ?? 'zh');
  const all = validateProject(project, { lang: opts.lang ?? 'zh', asOf: opts.asOf ?? '2026-11-23' });
  return rule === '*' ? all : all.filter((f) => f.rule === rule);
}

/** [rule, file, line, column] of each finding: the shape most rule tests assert. */
export function where(findings: Finding[]): [string, string, number, number][] {
  return findings.map((f) => [f.rule, f.file, f.line, f.column]);
}
