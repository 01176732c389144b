import type { Lang } from '../../i18n.js';
import type { Finding, Severity } from '../types.js';

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
  /** The files checked, by the names findings give them (JUnit lists each, clean ones as passing tests). */
  checked?: readonly string[];
  /** The lowest severity that fails the run (--fail-on; default error): JUnit counts only these as failures. */
  failOn?: Severity;
  /** Where to read about the tool (package.json `homepage`), for SARIF's informationUri. */
  homepage?: string;
}

/** A renderer turns findings into the text of one output format. */
export type Renderer = (findings: readonly Finding[], ctx: RenderContext) => string;
