/**
 * Findings as the editor shows them: diagnostics with ranges, quick fixes where the finding implies a
 * replacement, and the rule's documentation on hover.
 */
import type { Diagnostic, Range } from 'vscode-languageserver/node.js';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, Severity } from '../findings/types.js';
import type { Lang } from '../i18n.js';
import { parseBasis } from '../law/cite.js';
import { getRule } from '../rules/index.js';
import type { Rule } from '../rules/types.js';
import { outdatedName } from '../rules/util/renamed-departments.js';
import type { Repo } from './workspace.js';

/** LSP DiagnosticSeverity: Error 1, Warning 2, Information 3. */
const SEVERITY: Record<Severity, 1 | 2 | 3> = { error: 1, warning: 2, info: 3 };

/** A replacement of a diagnostic's range. */
export interface Fix {
  title: string;
  newText: string;
}

/** What a diagnostic carries for code actions and hover. */
export interface DiagnosticData {
  fixes?: Fix[];
  hint?: string;
  basis?: string;
}

/** The text of one line, without its line break. */
function lineText(d: TextDocument, line: number): string {
  return d.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).replace(/\r?\n$/, '');
}

/** The range of a finding: its span, or from its column to the end of the token on its line. */
export function rangeOf(f: Finding, d: TextDocument): Range {
  const last = Math.max(0, d.lineCount - 1);
  const line = Math.min(Math.max(0, f.line - 1), last);
  const text = lineText(d, line);
  const character = Math.min(Math.max(0, f.column - 1), text.length);
  if (f.endLine !== undefined && f.endColumn !== undefined && (f.endLine > f.line || f.endColumn > f.column)) {
    const endLine = Math.min(Math.max(line, f.endLine - 1), last);
    const endChar = Math.max(0, Math.min(f.endColumn - 1, lineText(d, endLine).length));
    if (endLine > line || endChar > character) return { start: { line, character }, end: { line: endLine, character: endChar } };
  }
  // No span: to the end of the line's content (at least one character, when there is one).
  const end = Math.max(text.trimEnd().length, Math.min(character + 1, text.length));
  return { start: { line, character }, end: { line, character: end } };
}

/** The finding as a diagnostic, with the quick fixes it implies. */
export function toDiagnostic(f: Finding, d: TextDocument, lang: Lang, repo: Repo | undefined): Diagnostic {
  const range = rangeOf(f, d);
  const fixes = repo ? fixesFor(f, d.getText(range), repo, lang) : [];
  const data: DiagnosticData = { ...(fixes.length ? { fixes } : {}), ...(f.hint ? { hint: f.hint } : {}), ...(f.source ? { basis: f.source } : {}) };
  return {
    range,
    severity: SEVERITY[f.severity],
    source: 'resp',
    code: f.rule,
    message: f.hint ? `${f.message}\n→ ${f.hint}` : f.message,
    data,
  };
}

/** A scalar as written (plain, single- or double-quoted): its value and how to write a new one the same way. */
function unquote(raw: string): { value: string; wrap: (s: string) => string } {
  const m = /^(["'])(.*)\1$/s.exec(raw);
  if (!m) return { value: raw.trim(), wrap: (s) => s };
  const q = m[1];
  return { value: m[2], wrap: (s) => (q === '"' ? JSON.stringify(s) : `'${s.replace(/'/g, "''")}'`) };
}

/**
 * Replacements a finding implies, worked out from the text it points at and the repository's registries
 * and law catalogue: the registered name a misspelt party is closest to, the current name of a renamed
 * department, the current number of a moved article.
 */
export function fixesFor(f: Finding, text: string, repo: Repo, lang: Lang): Fix[] {
  const zh = lang === 'zh';
  const registry = repo.ctx.registry;
  const { value, wrap } = unquote(text);
  const replaceWith = (name: string | undefined): Fix[] =>
    name && name !== value && value !== '' ? [{ title: zh ? `改为“${name}”` : `Replace with "${name}"`, newText: wrap(name) }] : [];
  switch (f.rule) {
    case 'unknown-party':
      return replaceWith(registry.suggest(value));
    case 'outdated-department-name':
      return replaceWith(registry.formerOf(value)?.name ?? outdatedName(registry, value)?.suggestion);
    case 'moved-article': {
      let out = text;
      const titles: string[] = [];
      // From the last citation back, so earlier offsets stay right.
      for (const c of [...parseBasis(text).citations].reverse()) {
        if (!c.title || c.article === undefined) continue;
        const m = repo.ctx.laws.resolve(c.title)?.moved.find((x) => x.from === c.article);
        if (!m || !c.raw.includes(m.fromText) || (c.paragraph !== undefined && /款/.test(m.to))) continue;
        const now = c.raw.replace(m.fromText, m.to);
        out = out.slice(0, c.offset) + now + out.slice(c.offset + c.raw.length);
        titles.unshift(now);
      }
      return out !== text ? [{ title: zh ? `改引现行条文：${titles.join('、')}` : `Cite the article in force: ${titles.join(', ')}`, newText: out }] : [];
    }
    default:
      return [];
  }
}

/** A rule's documentation as Markdown (what `resp rules <id>` prints). */
export type RuleDoc = (rule: Rule, lang: Lang) => string;

/** Hover text for the diagnostics under the cursor: message, what to do, basis, and the rule's documentation. */
export function hoverText(diags: Diagnostic[], lang: Lang, doc: RuleDoc): string {
  const zh = lang === 'zh';
  const parts: string[] = [];
  const seen = new Set<string>();
  for (const d of diags) {
    const data = (d.data ?? {}) as DiagnosticData;
    const id = String(d.code ?? '');
    const first = d.message.split('\n')[0];
    parts.push(`**${first}** \`${id}\``);
    if (data.hint) parts.push(`${zh ? '怎么改' : 'What to do'}：${data.hint}`);
    if (data.basis) parts.push(`${zh ? '依据' : 'Basis'}：${data.basis}`);
    const rule = getRule(id);
    if (rule && !seen.has(id)) {
      seen.add(id);
      // The headings of `resp rules <id>` one level down, under the message.
      parts.push('---', doc(rule, lang).replace(/^(#+) /gm, '#$1 ').trimEnd());
    }
  }
  return parts.join('\n\n');
}
