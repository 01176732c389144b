import type { Msg } from '../i18n.js';
import type { DocPath, Finding, Severity } from '../findings/types.js';
import type { LoadedFile } from '../load/load-file.js';
import type { Project } from '../load/project.js';
import type { Registry } from '../model/registry.js';
import type { LawCatalogue } from '../law/catalogue.js';
import type { Profile, SourceSpec } from '../law/profiles.js';
import type { SourceFile } from '../load/source-file.js';
import type { Item } from '../model/types.js';

/** Fields of an item a project-scope rule may ask the project index for, besides id, name and list. */
export type ItemField = Exclude<keyof Item, 'id' | 'name' | 'list'>;

/** A file as the project index names it: where it is (located on demand), its kind, and its township. */
export interface IndexedFile {
  source: SourceFile;
  kind: 'domain' | 'township';
  /** The township a township file is for, as written. */
  township?: string;
}

/**
 * One item as a project-scope rule sees it: id, name, its list (the item's, else its file's), its file
 * and path there, and the fields its rule declared in `needs` (nothing else: reading another is a type
 * error, not an undefined).
 */
export type IndexedItem<N extends ItemField = never> = {
  readonly id: string;
  readonly name: string;
  readonly list: string;
  readonly file: IndexedFile;
  /** The item's path in its file, e.g. ['items', 3]. */
  readonly path: DocPath;
} & { readonly [K in N]?: Item[K] };

/**
 * Every schema-valid item of the domain and township files (county files first), for rules that look
 * across files. Built from whole files or from the small summaries cached for each file.
 */
export interface ProjectIndex<N extends ItemField = never> {
  /** The items in file order, made as they are walked: walk again rather than keep them (a national tree has six million). */
  items(): Iterable<IndexedItem<N>>;
}

/** Where a finding can be: a loaded file, or a file of the project index. */
export type ReportFile = Pick<LoadedFile, 'source'>;

/** A message of a rule, with an optional "what to do". */
export interface RuleMessage extends Msg {
  hint?: Msg;
  /**
   * Other hints of this message, by name, one of which a report may give instead of `hint` (did you
   * mean …? when a near name exists, the list of allowed values when none does).
   */
  hints?: Record<string, Msg>;
  /** A severity for this message only, when it differs from the rule's (a stale date among missing records). */
  severity?: Severity;
  /**
   * The provision that makes this message's finding a problem, when it is not the rule's: a text, or a
   * law plus one of the profile's documents ({doc: 'list'}: the list-making document of the profile).
   */
  source?: SourceSpec;
}

/** Documentation of a rule, printed by `resp rules <id>` and checked by the catalogue test. */
export interface RuleDocs {
  /** Why the rule exists, in a reviewer's words. */
  why: Msg;
  /** A YAML file that breaks the rule (a domain file unless it says `kind:` otherwise). */
  bad: string;
  /** The same file, fixed. */
  good: string;
  /** The law or policy it rests on, nationally (profiles may replace it, messages may be more precise). */
  source: string;
}

/** What the loading stage or a rule is about. */
export type RuleCategory = 'file' | 'schema' | 'legal' | 'policy' | 'consistency';

export interface Rule<Id extends string = string, N extends ItemField = ItemField> {
  id: string;
  category: RuleCategory;
  severity: Severity;
  title: Msg;
  docs: RuleDocs;
  messages: Record<Id, RuleMessage>;
  /** Loader codes have no check: the loader reports them. */
  check?: (ctx: RuleContext<Id, N>) => void;
  /**
   * What `check` must see. `file` (the default): one file at a time, with the registries, the law
   * catalogue and, for a township file, the county items it names; results can be cached per file
   * and computed in parallel. `project`: every file at once (ids and names unique across files);
   * such a rule reads `ctx.index` (each item's id, name, list, file and path, plus what it `needs`),
   * never `ctx.project`.
   */
  scope?: 'file' | 'project';
  /** Fields of items a project-scope rule reads from `ctx.index` besides id, name and list (kept in each file's summary). */
  needs?: readonly N[];
  /**
   * What the check reads besides the files: `asOf`, the day deadlines are judged against. A result that
   * read it is cached for that day only; a rule that reads it without saying so is a defect the runner
   * refuses.
   */
  reads?: readonly 'asOf'[];
}

export interface ReportOptions {
  item?: string;
  /** Point at this key of the mapping at the path. */
  keyOf?: string;
  /** The message's arguments: plain values, or zh/en pairs ({zh, en}) picked by the language of the run. */
  args?: Record<string, unknown>;
  /** Give this one of the message's `hints` instead of its `hint`. */
  hint?: string;
  /** Point at these characters of the string at the path (a citation inside a basis text), when the source shows them one for one. */
  offset?: number;
  length?: number;
  /** Other places the finding is about: the file and the path there (located like the finding). */
  related?: { file: ReportFile; path: DocPath }[];
  /** The provision this finding rests on, when it depends on what was found (the law an article moved in). */
  source?: SourceSpec;
  /** A severity for this finding only (the worse of two rules' when one finding stands for both). */
  severity?: Severity;
}

/**
 * What a rule sees: the whole project, a registry, the law catalogue, and `report`. It has no language:
 * a finding's text is made from the rule's messages in the run's language after the check, so an
 * argument that reads differently in Chinese and English is given as a pair, `{ zh: '…', en: '…' }`.
 */
export interface RuleContext<Id extends string = string, N extends ItemField = never> {
  /** The loaded project (file-scope rules; a project-scope rule reads `index`). */
  project: Project;
  /** The items across the project's files, for project-scope rules. */
  index: ProjectIndex<N>;
  /**
   * The repository's context files only (configuration, registries, laws, usage records), which every
   * run holds whole whatever its mode: what a project-scope rule may read besides the index.
   */
  context: Project;
  registry: Registry;
  /** The day deadlines and expiries are judged against (YYYY-MM-DD). */
  asOf: string;
  profile: string;
  /** The profile with the repository's own requirements: documents, admission parts, entrustable acts. */
  policy: Profile;
  /** Built-in laws plus the repository's `kind: laws` files, under the profile. */
  laws: LawCatalogue;
  report(file: ReportFile, path: DocPath, messageId: Id, opts?: ReportOptions): void;
}

export type { Finding };
