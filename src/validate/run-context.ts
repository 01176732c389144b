import type { Lang } from '../i18n.js';
import { LawCatalogue } from '../law/catalogue.js';
import { CONFIG_NAME, type FoundFile } from '../load/discover.js';
import { DEFAULT_MAX_FILE_MB, type LoadedFile } from '../load/load-file.js';
import { assemble, maxFileMbOf, type Project } from '../load/project.js';
import { Registry } from '../model/registry.js';
import type { ConfigFile } from '../model/types.js';
import { loadFile } from './load.js';

/** What every file is checked against: the configuration, the registries and the law catalogue. */
export interface RunContext {
  /** The configuration and registry files, as a project holding only them. */
  project: Project;
  registry: Registry;
  laws: LawCatalogue;
  maxFileMb: number;
  lang: Lang;
  asOf: string;
  /** Ids of county items that township files exclude or adjust: their data travels to the township files' checks. */
  refs: Set<string>;
}

/** The repository's resp.yaml among the files, if any. */
export function configOf(root: string, files: FoundFile[]): FoundFile | undefined {
  return files.find((f) => f.abs.startsWith(root) && f.abs.slice(root.length).replace(/^[\\/]/, '') === CONFIG_NAME);
}

/**
 * Load the configuration and registry files and build the context. The configuration is read first,
 * so its size limit applies to the rest (as loadProject does).
 */
export function makeContext(
  root: string,
  files: FoundFile[],
  opts: { lang: Lang; asOf: string; refs?: Iterable<string> },
  load: (f: FoundFile, maxFileMb: number) => LoadedFile = (f, maxFileMb) => loadFile(f.display, f.abs, { lang: opts.lang, maxFileMb }),
): { ctx: RunContext; loaded: LoadedFile[] } {
  const cfg = configOf(root, files);
  let maxFileMb = DEFAULT_MAX_FILE_MB;
  let configFile: LoadedFile<ConfigFile> | undefined;
  if (cfg) {
    configFile = load(cfg, DEFAULT_MAX_FILE_MB) as LoadedFile<ConfigFile>;
    maxFileMb = maxFileMbOf(configFile);
  }
  const loaded = files.map((f) => (f === cfg && configFile ? configFile : load(f, maxFileMb)));
  const project = assemble(root, loaded, configFile);
  const profile = project.config.profile ?? 'national';
  return {
    ctx: {
      project,
      registry: Registry.fromProject(project),
      laws: LawCatalogue.fromProject(project, profile),
      maxFileMb,
      lang: opts.lang,
      asOf: opts.asOf,
      refs: new Set(opts.refs ?? []),
    },
    loaded,
  };
}

/** A project view: the context plus one file (and, for a township file, the county items it names). */
export function viewOf(ctx: RunContext, file: LoadedFile, county: LoadedFile[] = []): Project {
  const p = ctx.project;
  const is = (k: string) => (file.kind === k && file.data ? [file] : []);
  return {
    ...p,
    files: [file],
    domains: [...(county as Project['domains']), ...(is('domain') as Project['domains'])],
    townshipFiles: is('township') as Project['townshipFiles'],
    assignments: is('assignments') as Project['assignments'],
    departments: file.kind === 'departments' ? (is('departments') as Project['departments']) : p.departments,
    townships: file.kind === 'townships' ? (is('townships') as Project['townships']) : p.townships,
    laws: file.kind === 'laws' ? (is('laws') as Project['laws']) : p.laws,
    findings: [],
  };
}
