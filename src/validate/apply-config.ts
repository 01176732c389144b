import type { Finding } from '../findings/types.js';
import type { Project } from '../load/project.js';

/** Apply the project's rule levels: `off` drops a rule's findings, a level replaces its default severity. */
export function applyConfig(findings: Finding[], project: Project): Finding[] {
  const levels = project.config.rules ?? {};
  const out: Finding[] = [];
  for (const f of findings) {
    const level = levels[f.rule];
    if (level === 'off') continue;
    out.push(level ? { ...f, severity: level } : f);
  }
  return out;
}
