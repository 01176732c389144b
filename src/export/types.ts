import type { CompiledList } from '../compile/types.js';
import type { Finding } from '../findings/types.js';
import type { Party } from '../model/types.js';
import type { Ledger } from './ledger.js';

/** One document to export: a compiled list with what its printed form needs. */
export interface ExportDoc {
  list: CompiledList;
  /** The title printed on top (县乡“属地管理”… / …履行职责事项清单), with （征求意见稿） on a draft. */
  title: string;
  /** 版本、施行日期、批准文号 in one line; '' when the repository records no revision. */
  revision: string;
  /** The date written into file metadata (workbook properties, zip entries), so output is reproducible. */
  date: Date;
  /** True for the township itself, or the placeholder standing for each township. */
  isTownship: (p: Party) => boolean;
  /** Text as this list prints it: a township's list names the township where the text says 乡镇（街道）. */
  local?: (s: string) => string;
  /** The 附件 label printed at the top left of every list sheet (resp.yaml `export.attachment`); none when unset. */
  attachment?: string;
  /** A draft for consultation (征求意见稿): the open problems it is published with. */
  draft?: { problems: Finding[]; itemOf: (f: Finding) => string | undefined };
  /** The 赋权事项台账 of this list's townships, when it holds delegated powers. */
  ledger?: Ledger;
}

/** Writes one document in one format to `file`, atomically; returns the other files it wrote beside it, if any. */
export type Exporter = (doc: ExportDoc, file: string) => Promise<string[] | void>;
