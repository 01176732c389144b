import type { DocPath } from '../findings/types.js';
import type { Item, ListKind } from '../model/types.js';

/** Which layer a value came from. */
export type Layer = 'county' | 'township';

/** Where a value of a compiled list was written. */
export interface Provenance {
  file: string;
  line: number;
  layer: Layer;
}

/** An item of a compiled list: the item in force, with its list, domain and provenance. */
export interface CompiledItem extends Item {
  list: ListKind;
  /** The domain (领域) it is published under. */
  domain: string;
  /** Where the item itself is defined. */
  origin: Provenance;
  /** Fields set by a township adjustment, with where that was written. */
  adjusted?: Record<string, Provenance>;
}

/** A list in force: the county-wide list, or one township's. */
export interface CompiledList {
  scope: 'county' | 'township';
  /** The county's or the township's name. */
  name: string;
  items: CompiledItem[];
}

/** Where a problem of a township file is: the file, the path in it, and the township it is for. */
interface ProblemPlace {
  file: string;
  path: DocPath;
  township: string;
}

/**
 * A problem met while compiling township files, as data without text: the rule of the same name
 * (src/rules/township-<code>.ts, unknown-township.ts) turns it into a finding with its own message.
 */
export type BuildProblem =
  /** The file names a township the registry does not hold. */
  | (ProblemPlace & { code: 'unknown-township' })
  /** An exclusion or adjustment names a county item that does not exist or does not concern the township. */
  | (ProblemPlace & { code: 'unknown-item'; item: string })
  /** An exclusion lacks its reason, its approval, or both. */
  | (ProblemPlace & { code: 'exclusion-record'; item: string; missing: ('reason' | 'approval')[] })
  /** An adjustment sets only values the item already has. */
  | (ProblemPlace & { code: 'noop-adjustment'; item: string })
  /** An adjustment sets a field a township may not set. */
  | (ProblemPlace & { code: 'forbidden-field'; item: string; field: string });

/** The problems of one code. */
export type BuildProblemOf<C extends BuildProblem['code']> = Extract<BuildProblem, { code: C }>;

/** The outcome of compiling a project. */
export interface BuildResult {
  county: CompiledList;
  townships: CompiledList[];
  problems: BuildProblem[];
}
