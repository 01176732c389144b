import type { Msg } from './i18n.js';

/** Kinds of operational failure; all of them exit with code 2. Findings are never errors. */
export type FailureKind = 'usage' | 'io' | 'config' | 'git';

/** An operational failure (bad flag, unreadable path, broken git revision). Printed once by the CLI. */
export class RespError extends Error {
  constructor(
    readonly kind: FailureKind,
    readonly msg: Msg,
    readonly args: Record<string, unknown> = {},
  ) {
    super(msg.en.replace(/\{(\w+)\}/g, (w, k: string) => (k in args ? String(args[k]) : w)));
  }
}
