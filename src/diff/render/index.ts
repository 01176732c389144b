import { renderHuman } from './human.js';
import { renderJson } from './json.js';
import { renderMd } from './md.js';
import type { DiffRenderer } from './types.js';

/** Output formats of `resp diff` written as text; `xlsx` is a workbook (see `render/xlsx.ts`). */
export type DiffFormat = 'human' | 'json' | 'md' | 'xlsx';

/** Text renderers by format. */
export const DIFF_RENDERERS: Record<Exclude<DiffFormat, 'xlsx'>, DiffRenderer> = {
  human: renderHuman,
  json: renderJson,
  md: renderMd,
};
