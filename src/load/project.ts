import type { Lang } from '../i18n.js';
import type { Finding } from '../findings/types.js';
import type {
  AssignmentsFile, ChangesFile, ConfigFile, DepartmentsFile, DomainFile, LawsFile, TownshipFile, TownshipsFile, UsageFile,
} from '../model/types.js';
import { CONFIG_NAME, type Selection } from './discover.js';
import { DEFAULT_MAX_FILE_MB, loadFile, loadMemory, type LoadedFile, type MemoryFile } from './load-file.js';

/** A loaded list repository: every file by kind, plus the findings of loading them. */
export interface Project {
  root: string;
  config: ConfigFile;
  configFile?: LoadedFile<ConfigFile>;
  files: LoadedFile[];
  domains: LoadedFile<DomainFile>[];
  townshipFiles: LoadedFile<TownshipFile>[];
  departments: LoadedFile<DepartmentsFile>[];
  townships: LoadedFile<TownshipsFile>[];
  laws: LoadedFile<LawsFile>[];
  assignments: LoadedFile<AssignmentsFile>[];
  /** Change logs: why items were changed or removed (read by resp diff). */
  changes: LoadedFile<ChangesFile>[];
  /** How often townships used delegated items, by year (kind: usage). */
  usage: LoadedFile<UsageFile>[];
  /** Findings of reading, parsing and schema checking. */
  findings: Finding[];
}

/** The config used when a repository has none. */
export const DEFAULT_CONFIG: ConfigFile = { kind: 'config', jurisdiction: { name: '' }, profile: 'national' };

/** The size limit (MB) a loaded configuration file sets, or the default. */
export function maxFileMbOf(config: LoadedFile | undefined): number {
  const lim = (config?.data as ConfigFile | undefined)?.limits?.max_file_mb;
  return config?.schemaOk && typeof lim === 'number' ? lim : DEFAULT_MAX_FILE_MB;
}

/**
 * Load every file of a selection. The config is read first so its limits apply to the rest. A file
 * in `memory` (by absolute path: text from standard input) is loaded from there instead of the disk.
 */
export function loadProject(sel: Selection, lang: Lang, memory?: ReadonlyMap<string, MemoryFile>): Project {
  const load = (f: Selection['files'][number], maxFileMb?: number) => {
    const mem = memory?.get(f.abs);
    return mem ? loadMemory(f.display, f.abs, mem, { lang, maxFileMb }) : loadFile(f.display, f.abs, { lang, maxFileMb });
  };
  const cfgFound = configOf(sel);
  let maxFileMb = DEFAULT_MAX_FILE_MB;
  let configFile: LoadedFile<ConfigFile> | undefined;
  if (cfgFound) {
    configFile = load(cfgFound) as LoadedFile<ConfigFile>;
    maxFileMb = maxFileMbOf(configFile);
  }
  const files: LoadedFile[] = [];
  for (const f of sel.files) {
    files.push(f === cfgFound && configFile ? configFile : load(f, maxFileMb));
  }
  return assemble(sel.root, files, configFile);
}

/** A selection loaded but for its domain files (see loadProjectLazily). */
export interface LazyProject {
  project: Project;
  /** The files loaded (all but the domain files left for later). */
  context: Selection['files'];
  /** The domain files in selection order: found files still to be loaded, or loaded already. */
  domains: (Selection['files'][number] | LoadedFile<DomainFile>)[];
  maxFileMb: number;
}

/**
 * Load a selection whose domain files are too many to hold: every other file now (as loadProject
 * does); the domain files are left to be loaded one at a time, in selection order. `isDomain` tells a
 * domain file before it is read (a domain file it misses is loaded now and still comes in its place).
 */
export function loadProjectLazily(sel: Selection, lang: Lang, isDomain: (f: Selection['files'][number]) => boolean): LazyProject {
  const cfg = configOf(sel);
  const later = new Set(sel.files.filter((f) => f !== cfg && isDomain(f)));
  const context = sel.files.filter((f) => !later.has(f));
  const project = loadProject({ ...sel, files: context }, lang);
  const loaded = new Map(project.files.map((f, i) => [context[i], f]));
  const domains: LazyProject['domains'] = [];
  for (const f of sel.files) {
    if (later.has(f)) domains.push(f);
    else if (loaded.get(f)?.kind === 'domain' && loaded.get(f)!.data) domains.push(loaded.get(f) as LoadedFile<DomainFile>);
  }
  return { project, context, domains, maxFileMb: maxFileMbOf(project.configFile) };
}

/** The repository's configuration file among a selection's files, if any. */
export function configOf(sel: Selection): Selection['files'][number] | undefined {
  return sel.files.find((f) => f.display.endsWith(CONFIG_NAME) && f.abs.startsWith(sel.root) && f.abs.slice(sel.root.length).replace(/^[\\/]/, '') === CONFIG_NAME);
}

/** Sort loaded files into a project. Also used for files read from a git revision. */
export function assemble(root: string, files: LoadedFile[], configFile?: LoadedFile<ConfigFile>): Project {
  const of = <T>(kind: string) => files.filter((f) => f.kind === kind && f.data) as unknown as LoadedFile<T & any>[];
  const cfg = configFile ?? (of<ConfigFile>('config')[0] as LoadedFile<ConfigFile> | undefined);
  return {
    root,
    config: cfg?.data && cfg.schemaOk ? { ...DEFAULT_CONFIG, ...cfg.data } : DEFAULT_CONFIG,
    configFile: cfg,
    files,
    domains: of<DomainFile>('domain'),
    townshipFiles: of<TownshipFile>('township'),
    departments: of<DepartmentsFile>('departments'),
    townships: of<TownshipsFile>('townships'),
    laws: of<LawsFile>('laws'),
    assignments: of<AssignmentsFile>('assignments'),
    changes: of<ChangesFile>('changes'),
    usage: of<UsageFile>('usage'),
    findings: files.flatMap((f) => f.findings),
  };
}
