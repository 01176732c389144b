import { countBySeverity, type Finding, type Severity } from '../types.js';
import type { RenderContext, Renderer } from './types.js';
import { palette, type Palette } from '../../util/ansi.js';
import { displayWidth } from '../../util/width.js';
import { legalSource } from './source.js';

const WORDS = {
  zh: { error: '错误', warning: '警告', info: '提示', hint: '建议', source: '依据', clean: '✔ 未发现问题' },
  en: { error: 'error', warning: 'warning', info: 'info', hint: 'hint', source: 'basis', clean: '✔ no problems found' },
};

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The closing line's two halves: what was found, and how much was checked. */
const SUMMARY = {
  zh: {
    found: (n: number, c: Record<Severity, number>) => `✖ ${n} 个问题（${c.error} 个错误，${c.warning} 个警告，${c.info} 个提示）`,
    checked: (f: number, t: number) => `检查了 ${f} 个文件、${t} 个事项`,
  },
  en: {
    found: (n: number, c: Record<Severity, number>) =>
      `✖ ${count(n, 'problem')} (${count(c.error, 'error')}, ${count(c.warning, 'warning')}, ${count(c.info, 'info')})`,
    checked: (f: number, t: number) => `checked ${count(f, 'file')}, ${count(t, 'item')}`,
  },
};

/** The human format: `file:line:col  severity  rule  message`, a code frame, the hint and the legal source. */
export const renderHuman: Renderer = (findings, ctx) => {
  const c = palette(!!ctx.color);
  const w = WORDS[ctx.lang];
  const out: string[] = [];
  for (const f of findings) {
    const sev = f.severity === 'error' ? c.red(w.error) : f.severity === 'warning' ? c.yellow(w.warning) : c.blue(w.info);
    out.push(`${c.bold(`${visible(f.file)}:${f.line}:${f.column}`)}  ${sev}  ${c.dim(f.rule)}  ${visible(f.message)}`);
    const frame = codeFrame(f, ctx, c);
    if (frame) out.push(frame);
    if (f.hint) out.push(`  ${c.cyan(w.hint)}：${visible(f.hint)}`.replace('：', ctx.lang === 'zh' ? '：' : ': '));
    const source = legalSource(f);
    if (source) out.push(`  ${c.dim(`${w.source}${ctx.lang === 'zh' ? '：' : ': '}${source}`)}`);
    out.push('');
  }
  const sum = SUMMARY[ctx.lang];
  const sep = ctx.lang === 'zh' ? '，' : '; ';
  const checked = sum.checked(ctx.files, ctx.items);
  out.push(findings.length ? `${c.red(sum.found(findings.length, countBySeverity(findings)))}${sep}${checked}` : `${c.green(w.clean)}${sep}${checked}`);
  return out.join('\n') + '\n';
};

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000A-\u001F\u007F\u0080-\u009F]/g;

/**
 * Text with its control characters shown as symbols (␀ ␛ …): a list file must never be able to move the
 * cursor, clear or retitle the terminal of whoever reads the findings. One symbol per character, so
 * columns in a code frame stay where they were.
 */
export function visible(s: string): string {
  return s.replace(CONTROL, (ch) => {
    const code = ch.charCodeAt(0);
    return code === 0x7f ? '\u2421' : code < 0x20 ? String.fromCharCode(0x2400 + code) : '\ufffd';
  });
}

/** The characters of a line a code frame shows at most. */
const WINDOW = 160;

function codeFrame(f: Finding, ctx: RenderContext, c: Palette): string | undefined {
  const lines = ctx.sourceOf?.(f.file);
  // Files refused before decoding (too large, not UTF-8) have no text to show.
  if (!lines || f.line > lines.length || lines.every((l) => l === '')) return undefined;
  const from = Math.max(1, f.line - 1);
  const to = Math.min(lines.length, f.line + 1);
  const gutter = String(to).length;
  const rows: string[] = [];
  // A very long line (a minified file, a pasted article) is shown as a window around the column.
  const start = Math.max(0, f.column - 1 - WINDOW / 2);
  const cut = (line: string) => {
    const chars = [...line];
    if (chars.length <= WINDOW) return { text: line, shift: 0 };
    const s = Math.min(start, Math.max(0, chars.length - WINDOW));
    return { text: `${s > 0 ? '…' : ''}${chars.slice(s, s + WINDOW).join('')}${s + WINDOW < chars.length ? '…' : ''}`, shift: s - (s > 0 ? 1 : 0) };
  };
  for (let n = from; n <= to; n++) {
    const { text, shift } = cut(visible(lines[n - 1].replace(/\t/g, ' ')));
    const mark = n === f.line ? c.red('>') : ' ';
    rows.push(`  ${mark} ${c.dim(String(n).padStart(gutter))} | ${text}`);
    if (n === f.line) {
      const before = [...text].slice(0, f.column - 1 - shift).join('');
      const endCol = f.endLine === f.line && f.endColumn && f.endColumn > f.column ? f.endColumn : f.column + 1;
      const span = [...text].slice(f.column - 1 - shift, endCol - 1 - shift).join('') || ' ';
      rows.push(`    ${' '.repeat(gutter)} | ${' '.repeat(displayWidth(before))}${c.red('^'.repeat(Math.max(1, Math.min(displayWidth(span), 60))))}`);
    }
  }
  return rows.join('\n');
}
