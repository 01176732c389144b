/** How serious a finding is. `--fail-on` compares against this order. */
export type Severity = 'error' | 'warning' | 'info';

/** A configured severity: a rule may also be switched off. */
export type RuleLevel = Severity | 'off';

/** A JSON path into a YAML document: keys and sequence indexes. */
export type DocPath = (string | number)[];

/**
 * One problem found in the input: a value, never an exception.
 * Rules report a path; the loader turns it into line and column (1-based).
 */
export interface Finding {
  /** Rule id (`unique-id`) or loader code (`yaml-syntax`, `schema`, ...). */
  rule: string;
  /**
   * Which of the rule's messages (`notFound`, `moved` …; for schema findings the keyword's, `enum`,
   * `required` …): stable while the wording changes, so tests and programs match on it.
   */
  messageId?: string;
  severity: Severity;
  /** One line, in the run's language, without colour. */
  message: string;
  /** File as the user named it, relative to the working directory, with forward slashes. */
  file: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  /** Where in the document, when the finding concerns a value. */
  path?: DocPath;
  /** The item id the finding is about, if any (waivers match on it). */
  item?: string;
  /** What to do about it. */
  hint?: string;
  /** Why: the law or policy the rule rests on. */
  source?: string;
  /**
   * Other places the finding is about (the first item holding a duplicated id): shown by SARIF as
   * relatedLocations, and what a cached finding depends on besides its own file.
   */
  related?: RelatedLocation[];
}

/** A place a finding names besides its own. */
export interface RelatedLocation {
  file: string;
  line: number;
  column: number;
}

const ORDER: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/** True when `s` is at least as serious as `threshold`. */
export function atLeast(s: Severity, threshold: Severity): boolean {
  return ORDER[s] >= ORDER[threshold];
}

/** Stable order for output: file, line, column, rule. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
    a.line - b.line ||
    a.column - b.column ||
    (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0)
  );
}

/** Counts by severity, for summaries. */
export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const c: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) c[f.severity]++;
  return c;
}
