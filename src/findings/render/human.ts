import { Chalk } from 'chalk';
import { countBySeverity, type Finding } from '../types.js';
import type { RenderContext, Renderer } from './types.js';
import { displayWidth } from '../../util/width.js';
import { getRule } from '../../rules/index.js';

const WORDS = {
  zh: { error: '错误', warning: '警告', info: '提示', hint: '建议', source: '依据', clean: '✔ 未发现问题', summary: '✖ {n} 个问题（{e} 个错误，{w} 个警告，{i} 个提示）', checked: '检查了 {f} 个文件、{t} 个事项' },
  en: { error: 'error', warning: 'warning', info: 'info', hint: 'hint', source: 'basis', clean: '✔ no problems found', summary: '✖ {n} problems ({e} errors, {w} warnings, {i} infos)', checked: 'checked {f} files, {t} items' },
};

/** The human format: `file:line:col  severity  rule  message`, a code frame, the hint and the legal source. */
export const renderHuman: Renderer = (findings, ctx) => {
  const c = new Chalk({ level: ctx.color ? 1 : 0 });
  const w = WORDS[ctx.lang];
  const out: string[] = [];
  for (const f of findings) {
    const sev = f.severity === 'error' ? c.red(w.error) : f.severity === 'warning' ? c.yellow(w.warning) : c.blue(w.info);
    out.push(`${c.bold(`${f.file}:${f.line}:${f.column}`)}  ${sev}  ${c.dim(f.rule)}  ${f.message}`);
    const frame = codeFrame(f, ctx, c);
    if (frame) out.push(frame);
    if (f.hint) out.push(`  ${c.cyan(w.hint)}：${f.hint}`.replace('：', ctx.lang === 'zh' ? '：' : ': '));
    if (f.source && !['file', 'schema'].includes(categoryOf(f))) out.push(`  ${c.dim(`${w.source}${ctx.lang === 'zh' ? '：' : ': '}${f.source}`)}`);
    out.push('');
  }
  const n = countBySeverity(findings);
  const fill = (s: string, a: Record<string, number>) => s.replace(/\{(\w)\}/g, (_, k: string) => String(a[k]));
  const checked = fill(w.checked, { f: ctx.files, t: ctx.items });
  out.push(
    findings.length
      ? `${c.red(fill(w.summary, { n: findings.length, e: n.error, w: n.warning, i: n.info }))}${ctx.lang === 'zh' ? '，' : '; '}${checked}`
      : `${c.green(w.clean)}${ctx.lang === 'zh' ? '，' : '; '}${checked}`,
  );
  return out.join('\n') + '\n';
};

// Loader and schema findings speak for themselves; rule findings also cite their legal source.
function categoryOf(f: Finding): string {
  return getRule(f.rule)?.category ?? 'file';
}

function codeFrame(f: Finding, ctx: RenderContext, c: InstanceType<typeof Chalk>): string | undefined {
  const lines = ctx.sourceOf?.(f.file);
  // Files refused before decoding (too large, not UTF-8) have no text to show.
  if (!lines || f.line > lines.length || lines.every((l) => l === '')) return undefined;
  const from = Math.max(1, f.line - 1);
  const to = Math.min(lines.length, f.line + 1);
  const gutter = String(to).length;
  const rows: string[] = [];
  for (let n = from; n <= to; n++) {
    const text = lines[n - 1].replace(/\t/g, ' ');
    const mark = n === f.line ? c.red('>') : ' ';
    rows.push(`  ${mark} ${c.dim(String(n).padStart(gutter))} | ${text}`);
    if (n === f.line) {
      const before = [...text].slice(0, f.column - 1).join('');
      const endCol = f.endLine === f.line && f.endColumn && f.endColumn > f.column ? f.endColumn : f.column + 1;
      const span = [...text].slice(f.column - 1, endCol - 1).join('') || ' ';
      rows.push(`    ${' '.repeat(gutter)} | ${' '.repeat(displayWidth(before))}${c.red('^'.repeat(Math.max(1, Math.min(displayWidth(span), 60))))}`);
    }
  }
  return rows.join('\n');
}
