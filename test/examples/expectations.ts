import { existsSync, readFileSync } from 'node:fs';

/** One finding a defect file declares: rule id at line and column. */
export interface Expectation {
  rule: string;
  line: number;
  column: number;
}

/** `rule@column` entries of a trailing `# expect:` comment, for the line it sits on. */
const TRAILING = /#\s*expect:\s*(.+)$/;
/** `# expect-at line:column rule`, anywhere in the file. */
const AT = /#\s*expect-at\s+(\d+):(\d+)\s+([a-z0-9-]+)/g;
/** A line of a sidecar `<file>.expect`: `line:column rule`. */
const SIDECAR = /^(\d+):(\d+)\s+([a-z0-9-]+)$/;

/** Parse the expectations written as comments in a file's text. */
export function parseComments(text: string): Expectation[] {
  const out: Expectation[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    const trailing = TRAILING.exec(line);
    if (trailing) {
      for (const entry of trailing[1].split(/,\s*/)) {
        const m = /^([a-z0-9-]+)@(\d+)$/.exec(entry.trim());
        if (!m) throw new Error(`malformed expectation "${entry}" on line ${i + 1}`);
        out.push({ rule: m[1], line: i + 1, column: Number(m[2]) });
      }
    }
    for (const m of line.matchAll(AT)) out.push({ rule: m[3], line: Number(m[1]), column: Number(m[2]) });
  });
  return out;
}

/** Parse a sidecar file; blank lines and `#` lines are ignored. */
export function parseSidecar(text: string): Expectation[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => {
      const m = SIDECAR.exec(l);
      if (!m) throw new Error(`malformed sidecar line "${l}"`);
      return { rule: m[3], line: Number(m[1]), column: Number(m[2]) };
    });
}

/**
 * The findings a defect file declares: from its sidecar `<file>.expect` when there is one (files that
 * cannot carry comments, such as a GBK file), else from its comments.
 */
export function expectationsOf(abs: string): Expectation[] {
  const sidecar = `${abs}.expect`;
  if (existsSync(sidecar)) return parseSidecar(readFileSync(sidecar, 'utf8'));
  return parseComments(readFileSync(abs, 'utf8'));
}

/** Canonical, sortable form of an expectation or a finding, for multiset comparison. */
export function key(e: Expectation): string {
  return `${e.line}:${e.column} ${e.rule}`;
}
