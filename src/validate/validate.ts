import type { Lang } from '../i18n.js';
import { compareFindings, type Finding } from '../findings/types.js';
import { discover, discoverText } from '../load/discover.js';
import { DEFAULT_MAX_FILE_MB, type MemoryFile } from '../load/load-file.js';
import { configOf, maxFileMbOf, type Project } from '../load/project.js';
import { applyConfig } from './apply-config.js';
import { runRules } from './run-rules.js';
import { loadFile, loadProject } from './load.js';

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
  /** Their names as findings give them, sorted. */
  checked: string[];
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
  return { findings, files: sel.scope.size, checked: [...sel.scope].sort(), items, project };
}

/**
 * Text from standard input, to be checked as the file `file` (undefined: `<stdin>` in the working
 * directory) of the repository around that path.
 */
export interface TextInput {
  file: string | undefined;
  /** Reads the text, keeping at most `limit` bytes (see MemoryFile). */
  read(limit: number): Promise<MemoryFile>;
}

/** The findings of text given in memory, located at its file path; code frames come from that text. */
export async function validateText(input: TextInput, opts: ValidateOptions): Promise<ValidateResult & { sourceOf(file: string): string[] | undefined }> {
  const sel = discoverText(input.file, opts.cwd);
  // The size limit of the repository's configuration applies, as to its files; one byte more tells it was passed.
  const cfg = configOf(sel);
  const mb = cfg && cfg.abs !== sel.abs ? maxFileMbOf(loadFile(cfg.display, cfg.abs, { lang: opts.lang })) : DEFAULT_MAX_FILE_MB;
  const mem = await input.read(mb * 1024 * 1024 + 1);
  const project = loadProject(sel, opts.lang, new Map([[sel.abs, mem]]));
  const findings = validateProject(project, opts).filter((f) => sel.scope.has(f.file));
  const mine = project.files.find((f) => f.source.abs === sel.abs);
  const d = mine?.data as { items?: unknown[] } | undefined;
  return {
    findings,
    files: 1,
    checked: [...sel.scope],
    items: d?.items?.length ?? 0,
    project,
    sourceOf: (file) => project.files.find((f) => f.source.path === file)?.source.lines(),
  };
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
