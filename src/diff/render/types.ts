import type { Lang } from '../../i18n.js';
import type { ChangeSet } from '../types.js';

/** What a change-set renderer may use besides the change set. */
export interface DiffRenderContext {
  lang: Lang;
  color: boolean;
}

/** A text renderer of a change set (human, json, md). The workbook is written by `render/xlsx.ts`. */
export type DiffRenderer = (set: ChangeSet, ctx: DiffRenderContext) => string;
