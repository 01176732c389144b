import type { Lang } from '../../i18n.js';
import type { Finding } from '../types.js';

/** What a renderer may use besides the findings. */
export interface RenderContext {
  lang: Lang;
  color: boolean;
  /** Source text by file, for code frames. */
  sourceOf?: (file: string) => string[] | undefined;
  /** Files and items checked, for the summary line. */
  files: number;
  items: number;
  /** The tool version, for machine formats. */
  version: string;
}

/** A renderer turns findings into the text of one output format. */
export type Renderer = (findings: readonly Finding[], ctx: RenderContext) => string;
