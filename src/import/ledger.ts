/**
 * Where every non-empty source cell went: into the repository (`mapped`, with what it became) or into
 * the loss report. The importer writes both; the report and the invariant tests read them.
 */
import type { Lang } from '../i18n.js';
import { makeLoss, type Loss, type LossCode } from './report.js';

export class Ledger {
  /** Cell key (`sheet!A1`) → what it became (`domains/自然资源.yaml ZR-001 name`). */
  readonly mapped = new Map<string, string>();
  readonly losses: Loss[] = [];

  constructor(
    readonly lang: Lang,
    readonly file: string,
  ) {}

  map(key: string, to: string): void {
    if (!this.mapped.has(key)) this.mapped.set(key, to);
  }

  loss(code: LossCode, where: string, cells: string[], args: Record<string, unknown> = {}, value?: string): Loss {
    const l = makeLoss(this.lang, code, this.file, where, cells, args, value);
    this.losses.push(l);
    return l;
  }
}
