/** Exit codes of every command (documented in the README). */
export const EXIT = {
  /** No findings at or above --fail-on; no differences with --exit-code. */
  ok: 0,
  /** Findings at or above --fail-on; or differences (diff --exit-code / --fail-on review). */
  findings: 1,
  /** Usage error, unreadable input, broken git revision, or an internal failure. */
  failure: 2,
} as const;
