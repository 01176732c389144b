/**
 * The change set: what changed between two revisions of the lists in force, as plain JSON-able data.
 * Renderers (human, json, md, xlsx) only read it. Stable within `version: 1`: fields are only added.
 */
import type { Item, ListKind } from '../model/types.js';

/** Where a revision was read from. */
export interface RevisionInfo {
  kind: 'git' | 'folder';
  /** As the user named it: `v1`, `HEAD~1`, a folder. */
  name: string;
  /** The full commit hash, for git revisions. */
  commit?: string;
  /** True for the working tree, compared when no new revision is named. */
  worktree?: boolean;
}

/**
 * Kinds of adjustment, as the adjustment procedure names them: 增加 add, 取消 remove, 调整 modify,
 * 移交 transfer (lead moves to another county department), 赋权 delegate (a power moves to
 * townships), 收回 recall (it moves back), 编号调整 renumber (same item, new id).
 */
export type ChangeType = 'add' | 'remove' | 'modify' | 'transfer' | 'delegate' | 'recall' | 'renumber';

/** Every change type, in the order reports list them. */
export const CHANGE_TYPES: readonly ChangeType[] = ['add', 'remove', 'delegate', 'recall', 'transfer', 'modify', 'renumber'];

/** One changed field of an item. */
export interface FieldChange {
  /**
   * `name`, `list`, `category`, `domain`, `power`, `method`, `notes`, `steps`, `manual`, `case`,
   * `lead.party`, `lead.duties`, `lead.office`, `support` (a party added or removed),
   * `support.party`, `support.duties`, `support.office`, `basis` (one citation), `delegation`.
   */
  field: string;
  op: 'add' | 'remove' | 'change';
  /** For support fields: the party concerned. */
  party?: string;
  before?: unknown;
  after?: unknown;
  /** True when this field alone needs legal review (lead, power, legal basis, delegation, list kind). */
  review: boolean;
}

/** An item as it appears in the change set: the item without its provenance and change note. */
export type ItemView = Omit<Item, 'change'> & { list: ListKind; domain: string };

/** One adjustment of one item, with every list (county or township) it reaches. */
export interface Change {
  /** The main kind of adjustment (the first of `types`). */
  type: ChangeType;
  /** Every kind that applies, most important first (e.g. modify and renumber). */
  types: ChangeType[];
  /** The item's id (in the new revision; the old one for removals). */
  id: string;
  /** The old id when the item was renumbered. */
  oldId?: string;
  name: string;
  domain: string;
  list: ListKind;
  /** Where the change was written: the county base (`county`) or a township's own file (`township`). */
  layer: 'county' | 'township';
  /** Townships whose list in force changes, sorted as in the township registry. */
  townships: string[];
  /** Field-level changes (empty for additions and removals: see `before` / `after`). */
  fields: FieldChange[];
  /** The removed item. */
  before?: ItemView;
  /** The added item. */
  after?: ItemView;
  /** True when the change needs legal review (需法制审核) by the justice bureau. */
  review: boolean;
  /**
   * From the new revision's `change` note, a township's adjustment, or its exclusion record; else (a removed
   * item, a change without a note) from the new revision's change log (changes.yaml, adjustments/*.yaml).
   */
  reason?: string;
  requestedBy?: string;
  document?: string;
  /** The date of the change-log entry the reason comes from. */
  date?: string;
  /** True when no reason was given for this change; the request cannot go without one. */
  missingReason: boolean;
  /** True when the item's `change` note is the same as in the old revision, so it explains an earlier change. */
  staleReason?: boolean;
  /** Where to look: the item in the new revision (the old one for removals). */
  at?: { revision: 'from' | 'to'; file: string; line: number };
}

/** A file of either revision that could not be read completely: the comparison may be incomplete. */
export interface RevisionProblem {
  revision: 'from' | 'to';
  file: string;
  line: number;
  column: number;
  rule: string;
  message: string;
}

/** Counts for the summary line and the JSON `summary`. */
export interface ChangeSummary {
  changes: number;
  /** Changes by main type; every type is present. */
  byType: Record<ChangeType, number>;
  needsReview: number;
  missingReasons: number;
  /** Townships whose lists in force change, in registry order. */
  townshipsAffected: string[];
  /** Townships in the new revision's registry. */
  townshipsTotal: number;
}

/** The outcome of `resp diff`. */
export interface ChangeSet {
  version: 1;
  from: RevisionInfo;
  to: RevisionInfo;
  /** The jurisdiction (county) name of the new revision. */
  jurisdiction: string;
  summary: ChangeSummary;
  changes: Change[];
  problems: RevisionProblem[];
}
