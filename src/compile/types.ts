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

/** A problem met while compiling township files; becomes a finding of the matching rule. */
export interface BuildProblem {
  code: 'unknown-item' | 'exclusion-record' | 'noop-adjustment' | 'forbidden-field' | 'unknown-township';
  file: string;
  path: DocPath;
  township: string;
  item?: string;
  /** For forbidden-field: the field name; for exclusion-record: what is missing. */
  detail?: string;
}

/** The outcome of compiling a project. */
export interface BuildResult {
  county: CompiledList;
  townships: CompiledList[];
  problems: BuildProblem[];
}
