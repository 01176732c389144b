import type { Finding } from '../findings/types.js';
import type {
  AssignmentsFile, ChangesFile, ConfigFile, DepartmentsFile, DomainFile, LawsFile, TownshipFile, TownshipsFile, UsageFile,
} from '../model/types.js';
import { CONFIG_NAME, type Selection } from './discover.js';
import { DEFAULT_MAX_FILE_MB, type LoadedFile } from './load-file.js';

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
