import { Chalk } from 'chalk';
import { fmt, type Lang } from '../../i18n.js';
import { changeLabel, itemLines, revisionText, scopeText, valueText } from '../describe.js';
import { fieldLabel, TYPE_LABELS, WORDS } from '../labels.js';
import type { Change, ChangeSet, ChangeType, FieldChange } from '../types.js';
import { summaryText } from './summary-text.js';
import type { DiffRenderer } from './types.js';

type Paint = InstanceType<typeof Chalk>;

const TYPE_COLOR: Record<ChangeType, 'green' | 'red' | 'magenta' | 'cyan' | 'gray'> = {
  add: 'green', remove: 'red', delegate: 'magenta', recall: 'magenta', transfer: 'magenta', modify: 'cyan', renumber: 'gray',
};

/** The human format: grouped by domain and item, each change with its fields, reason and townships; a summary last. */
export const renderHuman: DiffRenderer = (set, ctx) => {
  const c = new Chalk({ level: ctx.color ? 1 : 0 });
  const { lang } = ctx;
  const colon = lang === 'zh' ? '：' : ': ';
  const out: string[] = [c.bold(`${WORDS.title[lang]}${colon}${revisionText(set.from, lang)} → ${revisionText(set.to, lang)}`), ''];
  for (const side of ['from', 'to'] as const) {
    const ps = set.problems.filter((p) => p.revision === side);
    if (!ps.length) continue;
    out.push(c.yellow(fmt(WORDS.problems, lang, { side: (side === 'from' ? WORDS.sideFrom : WORDS.sideTo)[lang], n: ps.length })));
    for (const p of ps.slice(0, 10)) out.push(c.yellow(`  ${p.file}:${p.line}:${p.column}  ${p.message}`));
    if (ps.length > 10) out.push(c.yellow(`  …`));
    out.push('');
  }
  if (!set.changes.length) {
    // With problems, "no difference" would claim more than was compared.
    if (set.problems.length) out.push(c.yellow(lang === 'zh' ? '未列出调整：请先改正上面的问题，再重新比对' : 'no change listed: fix the problems above and compare again'));
    else out.push(c.green(`✔ ${WORDS.none[lang]}`));
    return out.join('\n') + '\n';
  }
  let domain: string | undefined;
  let item: string | undefined;
  for (const ch of set.changes) {
    if (ch.domain !== domain) {
      if (domain !== undefined) out.push('');
      domain = ch.domain;
      item = undefined;
      out.push(c.bold.underline(ch.domain));
    }
    if (ch.id !== item) {
      item = ch.id;
      out.push(`  ${c.bold(ch.id)}  ${ch.name}`);
    }
    out.push(...changeLines(ch, set.summary.townshipsTotal, lang, c));
  }
  out.push('', summaryText(set.summary, lang));
  return out.join('\n') + '\n';
};

function changeLines(ch: Change, total: number, lang: Lang, c: Paint): string[] {
  const colon = lang === 'zh' ? '：' : ': ';
  const dot = c.dim(' · ');
  const head = [ch.types.map((t) => c[TYPE_COLOR[t]](TYPE_LABELS[t][lang])).join('+')];
  if (ch.review) head.push(c.yellow.bold(WORDS.review[lang]));
  head.push(`${WORDS.reaches[lang]}${colon}${scopeText(ch, total, lang)}`);
  const out = [`    ${head.join(dot)}`];
  const pad = '      ';
  if (ch.oldId) out.push(`${pad}${fmt(WORDS.renumbered, lang, { old: ch.oldId, id: ch.id })}`);
  if (ch.after) for (const l of itemLines(ch.after, lang)) out.push(`${pad}${c.green('+')} ${l}`);
  if (ch.before) for (const l of itemLines(ch.before, lang)) out.push(`${pad}${c.red('-')} ${l}`);
  for (const f of ch.fields) out.push(`${pad}${fieldLine(f, lang, c)}`);
  const why: string[] = [];
  if (ch.reason) why.push(`${WORDS.reason[lang]}${colon}${ch.reason}`);
  if (ch.requestedBy) why.push(`${WORDS.requestedBy[lang]}${colon}${ch.requestedBy}`);
  if (ch.document) why.push(`${WORDS.document[lang]}${colon}${ch.document}`);
  if (ch.date) why.push(`${WORDS.date[lang]}${colon}${ch.date}`);
  if (why.length) out.push(`${pad}${c.dim(why.join(' · '))}`);
  if (ch.missingReason) {
    const msg = ch.type === 'remove' && ch.layer === 'county' ? WORDS.missingRemovalReason : WORDS.missingReason;
    out.push(`${pad}${c.yellow(`⚠ ${msg[lang]}${ch.staleReason ? WORDS.staleReason[lang] : ''}`)}`);
  }
  return out;
}

function fieldLine(f: FieldChange, lang: Lang, c: Paint): string {
  const colon = lang === 'zh' ? '：' : ': ';
  if (f.op === 'add') return `${c.green('+')} ${changeLabel(f, lang)}${colon}${valueText(f.field, f.after, lang)}`;
  if (f.op === 'remove') return `${c.red('-')} ${changeLabel(f, lang)}${colon}${valueText(f.field, f.before, lang)}`;
  const label = f.field === 'support.party' ? fieldLabel(f.field, lang) : changeLabel(f, lang);
  return `${c.cyan('~')} ${label}${colon}${c.red(valueText(f.field, f.before, lang))} → ${c.green(valueText(f.field, f.after, lang))}`;
}
