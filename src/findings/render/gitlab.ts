import { createHash } from 'node:crypto';
import { oneLine } from './source.js';
import type { Renderer } from './types.js';

/** GitLab's severities, from the least to the most serious: info, minor, major, critical, blocker. */
export const GITLAB_SEVERITY = { error: 'major', warning: 'minor', info: 'info' } as const;

/**
 * GitLab Code Quality report (a JSON array, `artifacts:reports:codequality`): one issue per finding,
 * its description with the hint and legal source. The fingerprint is a hash of what the finding is
 * about (rule, file, item, path in the document), not of its line nor its language, so an issue keeps
 * its fingerprint while lines above it move; findings alike in all of these are told apart by order.
 */
export const renderGitlab: Renderer = (findings, ctx) => {
  const seen = new Map<string, number>();
  const issues = findings.map((f) => {
    // Within an item, the path leaves out the item's index: an item added above does not change it.
    const path = f.path && f.item && typeof f.path[1] === 'number' ? [f.path[0], ...f.path.slice(2)] : f.path;
    const what = JSON.stringify([f.rule, f.file, f.item ?? '', path ?? (f.item ? [] : [f.line, f.column])]);
    const n = seen.get(what) ?? 0;
    seen.set(what, n + 1);
    return {
      description: oneLine(f, ctx.lang),
      check_name: f.rule,
      fingerprint: createHash('md5').update(n ? `${what}#${n}` : what).digest('hex'),
      severity: GITLAB_SEVERITY[f.severity],
      location: { path: f.file, lines: { begin: f.line } },
    };
  });
  return JSON.stringify(issues, null, 2) + '\n';
};
