import { compile } from '../compile/compile.js';
import type { CompiledItem, CompiledList } from '../compile/types.js';
import { Registry, TOWNSHIP_PLACEHOLDERS } from '../model/registry.js';
import { stable, viewOf } from './canonical.js';
import { classify, needsReview, type Registries } from './classify.js';
import { diffLists, type ItemPair } from './diff-lists.js';
import { fieldChanges, type PartyKeyOf } from './field-changes.js';
import { mapParties, partyKey } from './parties.js';
import { ChangeLog, itemReason, TownshipRecords, townshipReason, type Reason } from './reasons.js';
import type { Revision } from './revision.js';
import { summarize } from './summarize.js';
import type { Change, ChangeSet, ChangeType, FieldChange, RevisionProblem } from './types.js';
import { fmt, type Lang } from '../i18n.js';
import type { Project } from '../load/project.js';

/** A change being built, with what township lists need to tell whether it reaches them. */
interface Draft {
  change: Change;
  pair: ItemPair;
  townships: Set<string>;
}

/**
 * Compare the lists in force of two revisions: the county list and every township's. A change to
 * the county base is one change listing the townships it reaches; what a township changed in its
 * own file (exclusions, adjustments, its own items) is a change of that township.
 */
export function diffRevisions(from: Revision, to: Revision, lang: Lang = 'zh'): ChangeSet {
  // Without its configuration or registries a revision's lists cannot be told (every township would
  // seem gone): no change is listed, only the problems.
  const blind = [...unreadRegistries(from.project, 'from', lang), ...unreadRegistries(to.project, 'to', lang)];
  if (blind.length) {
    return {
      version: 1,
      from: from.info,
      to: to.info,
      jurisdiction: to.project.config.jurisdiction.name || from.project.config.jurisdiction.name,
      summary: summarize([], 0, new Map()),
      changes: [],
      problems: [...problems(from, 'from'), ...problems(to, 'to'), ...blind],
    };
  }
  const A = compile(from.project);
  const B = compile(to.project);
  // Items of a file one revision could not read are not removed or added: the file is listed as a problem.
  const unreadFrom = unread(from.project);
  const unreadTo = unread(to.project);
  const unseen = (pair: ItemPair): boolean => {
    if (pair.before && !pair.after) return unreadTo.has(unreadFrom.rel(pair.before.origin.file), pair.before.id);
    if (pair.after && !pair.before) return unreadFrom.has(unreadTo.rel(pair.after.origin.file), pair.after.id);
    return false;
  };
  const reg: Registries = { before: Registry.fromProject(from.project), after: Registry.fromProject(to.project) };
  const records = { before: new TownshipRecords(from.project, reg.before), after: new TownshipRecords(to.project, reg.after) };
  const log = new ChangeLog(from.project, to.project);
  const keys = (self?: string): [PartyKeyOf, PartyKeyOf] => [(n) => partyKey(n, reg.before, self), (n) => partyKey(n, reg.after, self)];

  // The county base.
  const [cKeyA, cKeyB] = keys();
  const county = new Map<string, Draft>();
  for (const pair of diffLists(A.county.items, B.county.items, { keyA: cKeyA, keyB: cKeyB })) {
    if (unseen(pair)) continue;
    const fields = pair.before && pair.after ? fieldChanges(pair.before, pair.after, cKeyA, cKeyB) : [];
    const types = classify(pair.before, pair.after, fields, reg);
    const draft: Draft = { change: build(pair, fields, types, 'county', log.complete(itemReason(pair.before, pair.after), pair.after?.id, pair.before?.id)), pair, townships: new Set() };
    // Reached from a township list by the id on either side.
    if (pair.after) county.set(`+${pair.after.id}`, draft);
    if (pair.before) county.set(`-${pair.before.id}`, draft);
  }
  const changedBase = new Set([...county.keys()].map((k) => k.slice(1)));

  // Each township's list in force.
  const lists = townshipLists(A.townships, B.townships);
  const own = new Map<string, Draft>();
  for (const [t, la, lb] of lists) {
    const [keyA, keyB] = keys(t);
    const pairs = diffLists(la, lb, {
      keyA, keyB,
      // A county item nobody changed, not adjusted by the township on either side, is the same.
      knownSame: (a, b) => a.origin.layer === 'county' && b.origin.layer === 'county' && !a.adjusted && !b.adjusted && !changedBase.has(a.id),
    });
    for (const pair of pairs) {
      if (unseen(pair)) continue;
      const a = pair.before;
      const b = pair.after;
      const fields = a && b ? fieldChanges(a, b, keyA, keyB) : [];
      const fromBase = (b ?? a)!.origin.layer === 'county';
      const base = fromBase ? (b && county.get(`+${b.id}`)) ?? (a && county.get(`-${a.id}`)) : undefined;
      let rest = fields;
      let renumbered = Boolean(a && b && a.id !== b.id);
      if (base) {
        if (a && b) {
          const covered = sigsOf(base.change.fields, ...keys(t));
          rest = fields.filter((f) => !covered.has(sig(f, keyA, keyB)));
          const sameMove = base.pair.before?.id === a.id && base.pair.after?.id === b.id;
          const reached = rest.length < fields.length || (renumbered && sameMove);
          if (sameMove) renumbered = false;
          if (reached) base.townships.add(t);
          if (!rest.length && !renumbered) continue;
        } else {
          // The item entered or left this list through the county change, unless the township's exclusions changed.
          const id = (b ?? a)!.id;
          if (records.before.excludes(t, id) === records.after.excludes(t, id)) {
            base.townships.add(t);
            continue;
          }
        }
      }
      const sub = a && b ? { before: renumbered ? a : { ...a, id: b.id }, after: b } : pair;
      const types = classify(sub.before, sub.after, rest, reg);
      if (!types.length) continue;
      const reason = log.complete(fromBase ? townshipReason(t, (b ?? a)!.id, !b, records.before, records.after) : itemReason(a, b, t), b?.id, a?.id);
      const change = build(pair, rest, types, 'township', reason, t);
      if (!renumbered) delete change.oldId;
      // The same change in several townships is one change listing them.
      const why = [reason.reason, reason.document, reason.date, reason.missing, reason.requestedBy === t ? '' : reason.requestedBy];
      const key = stable([change.types, change.id, change.oldId, change.fields.map((f) => sig(f, keyA, keyB)), why, !a ? contentOf(b!, keyB) : '']);
      const hit = own.get(key);
      if (hit) hit.townships.add(t);
      else own.set(key, { change, pair, townships: new Set([t]) });
    }
  }

  const order = townshipOrder(lists.map(([t]) => t));
  const drafts = [...new Set(county.values()), ...own.values()];
  const changes = drafts.map((d) => finish(d, order)).sort(changeOrder(A.county, B.county));
  return {
    version: 1,
    from: from.info,
    to: to.info,
    jurisdiction: to.project.config.jurisdiction.name || from.project.config.jurisdiction.name,
    summary: summarize(changes, B.townships.length, order),
    changes,
    problems: [...problems(from, 'from'), ...problems(to, 'to'), ...duplicateIds(A.county.items, 'from', lang), ...duplicateIds(B.county.items, 'to', lang)],
  };
}

/**
 * What a revision could not read: list files it has no usable data of, and files with errors, whose
 * items may have been left out (an item with a schema error is). An item missing from such a file
 * whose id still stands in the file's text was not read, not removed.
 */
function unread(project: Project): { rel: (display: string) => string; has: (rel: string, id: string) => boolean } {
  const paths = new Set<string>();
  const withErrors = new Map<string, () => string>();
  const relOf = new Map<string, string>();
  const erring = new Set(project.findings.filter((f) => f.severity === 'error').map((f) => f.file));
  for (const f of project.files) {
    const abs = f.source.abs;
    const rel = abs.startsWith(project.root) ? abs.slice(project.root.length).replace(/^[\\/]+/, '') : f.source.path;
    relOf.set(f.source.path, rel);
    if (f.kind !== undefined && f.kind !== 'domain' && f.kind !== 'township') continue;
    if (!f.data || !f.schemaOk) paths.add(rel);
    else if (f.badEntries?.size || erring.has(f.source.path)) withErrors.set(rel, () => f.source.text);
  }
  return {
    rel: (display) => relOf.get(display) ?? display,
    has: (rel, id) => paths.has(rel) || (withErrors.get(rel)?.().includes(id) ?? false),
  };
}

const BLIND = {
  zh: '{file} 无法读取：没有配置或登记册就无法确定现行清单，未列出任何调整；请先改正该文件',
  en: '{file} cannot be read: without the configuration or registries the lists in force cannot be told, so no change is listed; fix the file first',
};

/** Configuration and registry files a revision could not read, as problems that stop the comparison. */
function unreadRegistries(project: Project, side: 'from' | 'to', lang: Lang): RevisionProblem[] {
  const out: RevisionProblem[] = [];
  for (const f of project.files) {
    const rel = f.source.path.replace(/\\/g, '/');
    const registry = f.kind === 'config' || f.kind === 'departments' || f.kind === 'townships' || f.kind === 'laws' || (f.kind === undefined && (/(^|\/)registry\//.test(rel) || /(^|\/)resp\.yaml$/.test(rel)));
    if (registry && (!f.data || !f.schemaOk)) out.push({ revision: side, file: f.source.path, line: 1, column: 1, rule: 'diff-blocked', message: fmt(BLIND, lang, { file: f.source.path }) });
  }
  return out;
}

const DUPLICATE = {
  zh: '事项编号 {id} 在本版本中出现 {n} 次：比对按编号进行，该编号的比对结果不可靠，请先改正',
  en: 'item id {id} occurs {n} times in this revision: the comparison matches by id, so its result for this id cannot be relied on; fix it first',
};

/** Ids held by more than one item of a revision's county list: a problem of that revision. */
function duplicateIds(items: CompiledItem[], side: 'from' | 'to', lang: Lang): RevisionProblem[] {
  const byId = new Map<string, CompiledItem[]>();
  for (const it of items) (byId.get(it.id) ?? byId.set(it.id, []).get(it.id)!).push(it);
  const out: RevisionProblem[] = [];
  for (const [id, all] of byId) {
    if (all.length < 2) continue;
    const at = all[1].origin;
    out.push({ revision: side, file: at.file, line: at.line, column: 1, rule: 'unique-id', message: fmt(DUPLICATE, lang, { id, n: all.length }) });
  }
  return out;
}

function build(pair: ItemPair, fields: FieldChange[], types: ChangeType[], layer: Change['layer'], reason: Reason, township?: string): Change {
  const a = pair.before;
  const b = pair.after;
  const item = (b ?? a)!;
  const change: Change = {
    type: types[0],
    types,
    id: item.id,
    oldId: a && b && a.id !== b.id ? a.id : undefined,
    name: item.name,
    domain: item.domain,
    list: item.list,
    layer,
    townships: township ? [township] : [],
    fields,
    before: b ? undefined : viewOf(a!),
    after: a ? undefined : viewOf(b!),
    review: needsReview(types, fields),
    reason: reason.reason,
    requestedBy: reason.requestedBy,
    document: reason.document,
    date: reason.date,
    missingReason: reason.missing,
    staleReason: reason.stale,
    at: b ? at(b, 'to', fields) : { revision: 'from', file: a!.origin.file, line: a!.origin.line },
  };
  for (const k of Object.keys(change) as (keyof Change)[]) if (change[k] === undefined) delete change[k];
  return change;
}

// An adjusted field points at the township's adjustment; anything else at the item.
function at(b: CompiledItem, revision: 'to', fields: FieldChange[]): Change['at'] {
  const adjusted = b.adjusted && fields.map((f) => b.adjusted![f.field.replace(/^(lead|support)\./, '')]).find(Boolean);
  const p = adjusted ?? b.origin;
  return { revision, file: p.file, line: p.line };
}

const PLACEHOLDER = TOWNSHIP_PLACEHOLDERS[0];

// With several townships, the township's own name in its fields reads as the placeholder.
function finish(d: Draft, order: Map<string, number>): Change {
  const townships = [...d.townships].sort((x, y) => (order.get(x) ?? 0) - (order.get(y) ?? 0));
  const c = { ...d.change, townships };
  if (c.layer === 'township' && townships.length > 1) {
    const self = d.change.townships[0];
    if (c.requestedBy === self) c.requestedBy = townships.join('、');
    const rename = (v: unknown): unknown => mapParties(v, (n) => (n === self ? PLACEHOLDER : n));
    c.fields = c.fields.map((f) => ({ ...f, party: f.party === self ? PLACEHOLDER : f.party, before: rename(f.before), after: rename(f.after) }));
  }
  return c;
}

/** A field change as comparable text, with parties replaced by who they are. */
function sig(f: FieldChange, keyA: PartyKeyOf, keyB: PartyKeyOf): string {
  const map = (v: unknown, key: PartyKeyOf): unknown => (typeof v === 'string' && /\.party$/.test(f.field) ? key(v) : mapParties(v, key));
  return stable([f.field, f.op, f.party === undefined ? null : keyB(f.party), map(f.before, keyA), map(f.after, keyB)]);
}

function sigsOf(fields: FieldChange[], keyA: PartyKeyOf, keyB: PartyKeyOf): Set<string> {
  return new Set(fields.map((f) => sig(f, keyA, keyB)));
}

// An added township item, with parties as who they are: equal in two townships means one change.
function contentOf(b: CompiledItem, key: PartyKeyOf): string {
  return stable(mapParties(viewOf(b), key));
}

/** Township lists of both revisions side by side, in the new registry's order, then townships that left it. */
function townshipLists(a: CompiledList[], b: CompiledList[]): [string, CompiledItem[], CompiledItem[]][] {
  const old = new Map(a.map((l) => [l.name, l.items]));
  const out: [string, CompiledItem[], CompiledItem[]][] = b.map((l) => [l.name, old.get(l.name) ?? [], l.items]);
  const seen = new Set(b.map((l) => l.name));
  for (const l of a) if (!seen.has(l.name)) out.push([l.name, l.items, []]);
  return out;
}

function townshipOrder(names: string[]): Map<string, number> {
  return new Map(names.map((n, i) => [n, i]));
}

// Domains in the order the lists show them, then ids in natural order (ZR-2 before ZR-10).
function changeOrder(a: CompiledList, b: CompiledList): (x: Change, y: Change) => number {
  const domains = new Map<string, number>();
  for (const it of [...b.items, ...a.items]) if (!domains.has(it.domain)) domains.set(it.domain, domains.size);
  const d = (c: Change) => domains.get(c.domain) ?? domains.size;
  return (x, y) =>
    d(x) - d(y) ||
    x.domain.localeCompare(y.domain, 'zh') ||
    x.id.localeCompare(y.id, 'zh', { numeric: true }) ||
    (x.layer === y.layer ? 0 : x.layer === 'county' ? -1 : 1) ||
    x.townships.join().localeCompare(y.townships.join(), 'zh');
}

function problems(rev: Revision, side: 'from' | 'to'): RevisionProblem[] {
  return rev.project.findings
    .filter((f) => f.severity === 'error')
    .map((f) => ({ revision: side, file: f.file, line: f.line, column: f.column, rule: f.rule, message: f.message }));
}
