import type { Lang } from '../i18n.js';
import { compareFindings, type Finding } from '../findings/types.js';
import { discover } from '../load/discover.js';
import { loadProject, type Project } from '../load/project.js';
import { applyConfig } from './apply-config.js';
import { runRules } from './run-rules.js';

export interface ValidateOptions {
  lang: Lang;
  /** YYYY-MM-DD; deadlines and expiries are judged against it. */
  asOf: string;
  cwd: string;
}

export interface ValidateResult {
  findings: Finding[];
  /** Files the findings speak for (the user's selection). */
  files: number;
  /** Items in the selection. */
  items: number;
  project: Project;
}

/** Validate the repository files under `paths`: load, schema, rules, config. Throws RespError only for operational failures. */
export function validatePaths(paths: string[], opts: ValidateOptions): ValidateResult {
  const sel = discover(paths, opts.cwd);
  const project = loadProject(sel, opts.lang);
  const all = validateProject(project, opts);
  const findings = all.filter((f) => sel.scope.has(f.file));
  let items = 0;
  for (const f of project.files) {
    if (!sel.scope.has(f.source.path)) continue;
    const d = f.data as { items?: unknown[]; assignments?: unknown[] } | undefined;
    items += d?.items?.length ?? 0;
  }
  return { findings, files: sel.scope.size, items, project };
}

/** Validate an already loaded project; findings sorted by file, line, column. */
export function validateProject(project: Project, opts: { lang: Lang; asOf: string }): Finding[] {
  const raw = [...project.findings, ...runRules(project, opts)];
  return applyConfig(raw, project, opts).sort(compareFindings);
}

/** Today's date as YYYY-MM-DD in local time. */
export function today(): string {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}
