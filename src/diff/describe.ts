import { fmt, type Lang } from '../i18n.js';
import type { Basis, Delegation, ManualEntry, Party, Step } from '../model/types.js';
import { fieldLabel, WORDS } from './labels.js';
import { clausesOnOneLine, undoubled } from '../util/text.js';
import type { Change, FieldChange, ItemView, RevisionInfo } from './types.js';

const sep = (lang: Lang) => (lang === 'zh' ? '；' : '; ');
const colon = (lang: Lang) => (lang === 'zh' ? '：' : ': ');

/** A citation as text: the citation, with the version cited. */
export function basisText(b: Basis): string {
  if (typeof b === 'string') return b;
  return b.version ? `${b.cite}（${b.version}）` : b.cite;
}

/** A party as text: `party（office）：duty；duty。`, never with doubled punctuation (。；). */
export function partyText(p: Party, lang: Lang): string {
  const who = p.office ? `${p.party}（${p.office}）` : p.party;
  if (!p.duties?.length) return who;
  return `${who}${colon(lang)}${lang === 'zh' ? clausesOnOneLine(p.duties) : undoubled(p.duties.join(sep(lang)))}`;
}

function delegationText(d: Delegation, lang: Lang): string {
  const parts = [d.route, d.in_name_of && (lang === 'zh' ? `以${d.in_name_of}名义` : `in the name of ${d.in_name_of}`), d.decided_by, d.document, d.date];
  return parts.filter(Boolean).join(lang === 'zh' ? '，' : ', ');
}

/** Any field value as one line of text. */
export function valueText(field: string, v: unknown, lang: Lang): string {
  if (v === undefined || v === null) return WORDS.none_[lang];
  if (field === 'basis') return basisText(v as Basis);
  if (field === 'delegation') return delegationText(v as Delegation, lang);
  if (field === 'support') return partyText(v as Party, lang);
  if (field === 'steps') return (v as Step[]).map((s) => s.title).join(' → ');
  if (field === 'manual') return (v as ManualEntry[]).map((m) => `${m.situation}→${m.party}`).join(sep(lang));
  if (field === 'case') return (v as { title?: string; text: string }).title ?? (v as { text: string }).text;
  if (Array.isArray(v)) return undoubled(v.map(String).join(sep(lang)));
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

// Entries of a list: an added or removed one is marked as such.
const LISTS = new Set(['basis', 'support', 'lead.duties', 'support.duties']);

/** The label of a field change: field, the party concerned, and 增加/删除 for list entries. */
export function changeLabel(f: FieldChange, lang: Lang): string {
  let label = fieldLabel(f.field, lang);
  if (f.party && f.field !== 'support') label += lang === 'zh' ? `（${f.party}）` : ` (${f.party})`;
  if (LISTS.has(f.field) && f.op !== 'change') {
    const w = (f.op === 'add' ? WORDS.added : WORDS.removed)[lang];
    label += lang === 'zh' ? `（${w}）` : ` (${w})`;
  }
  return label;
}

/** One side of a field change as a line `label：value`; undefined when that side has nothing. */
export function sideLine(f: FieldChange, side: 'before' | 'after', lang: Lang): string | undefined {
  const v = side === 'before' ? f.before : f.after;
  if (v === undefined) return undefined;
  return `${changeLabel(f, lang)}${colon(lang)}${valueText(f.field, v, lang)}`;
}

/** An added or removed item as lines: list, power, lead, support, basis, delegation. */
export function itemLines(it: ItemView, lang: Lang): string[] {
  const line = (field: string, text: string) => `${fieldLabel(field, lang)}${colon(lang)}${text}`;
  const out = [line('list', it.list)];
  if (it.power) out.push(line('power', valueText('power', it.power, lang)));
  out.push(`${lang === 'zh' ? '主体责任' : 'lead'}${colon(lang)}${partyText(it.lead, lang)}`);
  for (const p of it.support ?? []) out.push(`${lang === 'zh' ? '配合责任' : 'support'}${colon(lang)}${partyText(p, lang)}`);
  if (it.basis?.length) out.push(line('basis', it.basis.map(basisText).join(sep(lang))));
  if (it.delegation) out.push(line('delegation', delegationText(it.delegation, lang)));
  if (it.method) out.push(line('method', it.method));
  return out;
}

/** What a change was before and is after, as lines for the two columns of the request. */
export function beforeAfter(c: Change, lang: Lang): { before: string[]; after: string[] } {
  if (c.after) return { before: [], after: itemLines(c.after, lang) };
  if (c.before) return { before: itemLines(c.before, lang), after: [] };
  const before: string[] = [];
  const after: string[] = [];
  if (c.oldId) {
    before.push(`${fieldLabel('id', lang)}${colon(lang)}${c.oldId}`);
    after.push(`${fieldLabel('id', lang)}${colon(lang)}${c.id}`);
  }
  for (const f of c.fields) {
    const b = sideLine(f, 'before', lang);
    const a = sideLine(f, 'after', lang);
    if (b) before.push(b);
    if (a) after.push(a);
  }
  return { before, after };
}

/** Which lists a change reaches: the townships, all of them, or the county list only. */
export function scopeText(c: Change, total: number, lang: Lang): string {
  if (!c.townships.length) return WORDS.countyOnly[lang];
  if (c.townships.length === total && total > 1) return fmt(WORDS.allTownships, lang, { n: total });
  return c.townships.join(lang === 'zh' ? '、' : ', ');
}

/** A revision as the reports name it: `v1（1a2b3c4）` or the folder. */
export function revisionText(r: RevisionInfo, lang: Lang): string {
  if (r.kind === 'git') return r.commit ? `${r.name}${lang === 'zh' ? `（${r.commit.slice(0, 7)}）` : ` (${r.commit.slice(0, 7)})`}` : r.name;
  return r.worktree ? (r.name === '.' ? WORDS.worktree[lang] : `${WORDS.worktree[lang]}${lang === 'zh' ? `（${r.name}）` : ` (${r.name})`}`) : r.name;
}
