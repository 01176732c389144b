import type { CompiledItem } from '../compile/types.js';
import { writeAtomic } from '../io/write.js';
import { tidy } from './cell-text.js';
import { tableColumns, type Column } from './columns.js';
import { PART_NAMES } from './labels.js';
import { sectionsOf, type NumberedItem } from './sections.js';
import type { ExportDoc, Exporter } from './types.js';
import { ledgerCells, ledgerHeaders, ledgerSubtitle, ledgerTitle } from './ledger.js';

const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** A table cell: pipes escaped, line breaks as <br>. */
function cell(v: string | number): string {
  return String(v).trim().replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n|\r/g, '<br>');
}

function table(headers: string[], rows: (string | number)[][]): string[] {
  return [`| ${headers.map(cell).join(' | ')} |`, `|${headers.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)];
}

/** A Mermaid node id from a step id: Mermaid ids take letters, digits and _, and words like `end` are reserved. */
const nodeId = (id: string) => `s_${id.replace(/[^A-Za-z0-9_]/g, '_')}`;
/**
 * Text inside a quoted Mermaid label, one line: the characters Mermaid would read otherwise as entity
 * codes (# first, then quotes, angle brackets, and the backtick that opens a Markdown string).
 */
const escapeLabel = (s: string) =>
  s.replace(/#/g, '#35;').replace(/"/g, '#quot;').replace(/</g, '#lt;').replace(/>/g, '#gt;').replace(/`/g, '#96;').replace(/\s*[\r\n]+\s*/g, ' ').trim();

/** Characters a line never starts with: it ends the line before instead. */
const CLOSING = /^[，。；：、！？）》」』”’,.;:!?)\]]$/;
/** Characters after which a line breaks best. */
const PAUSE = /^[，。；：、！？,.;:!?]$/;

/**
 * A node's text in lines of about `width` Chinese characters (Latin letters and digits count half): a
 * full line goes back to its last pause (，。；) when that leaves it at least half full, and closing
 * punctuation never starts a line.
 */
export function wrapLabel(text: string, width = 14): string[] {
  const chars = [...text.replace(/\s*[\r\n]+\s*/g, ' ').trim()];
  const w = (ch: string) => (/[\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\u3000-\u303f\u2018-\u201d]/.test(ch) ? 1 : 0.5);
  const lines: string[] = [];
  let cur: string[] = [];
  const size = (cs: string[]) => cs.reduce((n, ch) => n + w(ch), 0);
  chars.forEach((ch, i) => {
    cur.push(ch);
    const next = chars[i + 1];
    if (next === undefined || CLOSING.test(next) || size(cur) < width) return;
    // Full: break after the last pause if the line keeps half its width, else here.
    let at = cur.length;
    for (let k = cur.length - 1; k > 0; k--) {
      if (PAUSE.test(cur[k]) && !CLOSING.test(cur[k + 1] ?? '') && size(cur.slice(0, k + 1)) >= width / 2) {
        at = k + 1;
        break;
      }
    }
    lines.push(cur.slice(0, at).join(''));
    cur = cur.slice(at);
  });
  if (cur.length) lines.push(cur.join(''));
  return lines;
}

/** A node's label: who and which step on the first line, then what is done, wrapped, as <br/>-separated lines. */
function nodeLabel(s: { party?: string; title: string; action?: string }): string {
  const head = escapeLabel(s.party ? `${s.party}：${s.title}` : s.title);
  const action = s.action ? wrapLabel(s.action).map(escapeLabel).filter(Boolean) : [];
  return [head, ...action].join('<br/>');
}

/**
 * The 施工图 of an item as a Mermaid flowchart: a node per step with its party, title and action (wrapped);
 * edges to steps that do not exist are left out.
 */
export function mermaidOf(item: CompiledItem, local: (s: string) => string = (t) => t): string[] {
  const steps = item.steps ?? [];
  const ids = new Map<string, string>();
  for (const s of steps) {
    let id = nodeId(s.id);
    while ([...ids.values()].includes(id)) id += '_';
    ids.set(s.id, id);
  }
  const out = ['```mermaid', 'flowchart TD'];
  for (const s of steps) out.push(`  ${ids.get(s.id)}["${nodeLabel({ party: s.party && local(s.party), title: local(s.title), action: s.action && local(s.action) })}"]`);
  for (const s of steps) for (const n of s.next ?? []) if (ids.has(n)) out.push(`  ${ids.get(s.id)} --> ${ids.get(n)}`);
  out.push('```');
  return out;
}

function itemDetails(n: NumberedItem, level: string, doc: ExportDoc): string[] {
  const it = n.item;
  if (!it.steps?.length && !it.manual?.length) return [];
  // A township's document names the township where the county text says 乡镇（街道）.
  const local = (s: string) => tidy(doc.local ? doc.local(s) : s);
  const out = ['', `${level} ${n.no}. ${local(it.name)}`];
  if (it.steps?.length) out.push('', '施工图（工作流程）：', '', ...mermaidOf(it, local));
  if (it.manual?.length) {
    out.push('', '说明书：', '');
    out.push(...table(
      ['情形', '责任单位', '责任科室', '联系电话', '程序环节', '工作标准'],
      it.manual.map((m) => [m.situation, m.party, m.office ?? '', m.contact ?? '', (m.steps ?? []).map((s, i) => `${i + 1}.${s}`).join('\n'), m.standard ?? ''].map(local)),
    ));
  }
  return out;
}

/** The document as Markdown: title, revision, a table per domain, each item's 施工图 (Mermaid) and 说明书. */
export function renderMarkdown(doc: ExportDoc): string {
  const sections = sectionsOf(doc.list);
  const parts = doc.list.scope === 'township' || sections.length > 1;
  const h = (depth: number) => '#'.repeat(depth + (parts ? 1 : 0));
  const out = [`# ${doc.title}`];
  if (doc.revision) out.push('', doc.revision);
  sections.forEach((s, i) => {
    if (parts) out.push('', `## ${CN[i] ?? i + 1}、${PART_NAMES[s.kind]}`);
    const cols: Column[] = tableColumns(s.kind);
    if (!s.groups.length) out.push('', '（无）');
    for (const g of s.groups) {
      const text = (v: string | number) => (typeof v === 'number' ? v : tidy(doc.local ? doc.local(v) : v));
      const rows = g.items.map((n) => cols.map((c) => text(c.value({ item: n.item, no: n.no, isTownship: doc.isTownship }))));
      // 备注 only when some item of the table has one.
      const keep = cols.map((c, k) => c.header !== '备注' || rows.some((r) => String(r[k]).trim() !== ''));
      out.push('', `${h(2)} ${g.domain}`, '');
      out.push(...table(cols.filter((_, k) => keep[k]).map((c) => c.header.replace(/\n/g, '')), rows.map((r) => r.filter((_, k) => keep[k]))));
      for (const n of g.items) out.push(...itemDetails(n, h(3), doc));
    }
  });
  if (doc.ledger) {
    const l = doc.ledger;
    out.push('', `## ${ledgerTitle(doc.list)}`, '', ledgerSubtitle(l), '');
    out.push(...table(ledgerHeaders(l).map((h) => h.replace(/\n/g, '')), l.rows.map((r, i) => ledgerCells(l, r, i + 1).map((v) => (typeof v === 'number' ? v : tidy(doc.local ? doc.local(v) : v))))));
  }
  return out.join('\n') + '\n';
}

/** Write the Markdown document. */
export const writeMarkdown: Exporter = async (doc, file) => writeAtomic(file, renderMarkdown(doc));
