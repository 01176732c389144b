import type { Registry } from '../../model/registry.js';
import { detach } from '../../util/detach.js';
import { normalize } from '../../util/text.js';
import { VOCABULARY, type ActClass } from './vocabulary.js';

/** An enforcement term found in a duty. */
export interface ActMatch {
  term: string;
  cls: ActClass;
  /** The clause it was found in. */
  clause: string;
  /** True when a cooperation word or another body governs it: the act is someone else's. */
  governed: boolean;
}

/** Phrases naming another body while the township itself acts (受…委托, 以…名义). */
const ACTING = VOCABULARY.acting.patterns.map((p) => new RegExp(p, 'g'));

interface Span {
  start: number;
  end: number;
  term: string;
  cls?: ActClass;
}

/** Split a duty into clauses at the punctuation that ends one (commas, semicolons, full stops, colons). */
export function clauses(text: string): string[] {
  return normalize(text)
    .split(/[,，。;；:：!！?？\n]/)
    .filter((c) => c.length > 0);
}

function occurrences(clause: string, term: string, cls?: ActClass): Span[] {
  const out: Span[] = [];
  for (let i = clause.indexOf(term); i >= 0; i = clause.indexOf(term, i + 1)) out.push({ start: i, end: i + term.length, term, cls });
  return out;
}

/** Longest terms first, cooperation before enforcement on ties; keep those that do not overlap a kept one. */
function pick(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => b.end - b.start - (a.end - a.start) || Number(!!a.cls) - Number(!!b.cls) || a.start - b.start);
  const kept: Span[] = [];
  for (const s of sorted) if (!kept.some((k) => s.start < k.end && k.start < s.end)) kept.push(s);
  return kept.sort((a, b) => a.start - b.start);
}

/** Any enforcement term at all: most duties have none and need no closer look. */
const ANY_ENFORCEMENT = new RegExp(VOCABULARY.enforcement.flatMap((c) => c.terms).join('|'));

const actorsOf = new WeakMap<Registry, string[]>();

// Duty sentences recur across items (the same cooperation duty in many items); each is tested once.
const tested = new Map<string, boolean>();

function anyEnforcement(duty: string): boolean {
  let any = tested.get(duty);
  if (any === undefined) {
    if (tested.size >= 50_000) tested.clear();
    tested.set(detach(duty), (any = ANY_ENFORCEMENT.test(normalize(duty))));
  }
  return any;
}

/** Names of other bodies a duty may mention: the vocabulary's words and the registered departments' names, normalised (once per registry). */
export function actorNames(registry: Registry): string[] {
  let names = actorsOf.get(registry);
  if (!names) actorsOf.set(registry, (names = [...VOCABULARY.actors.words, ...registry.departments.flatMap((d) => [d.name, ...(d.short ?? [])]).map(normalize)]));
  return names;
}

/** Every enforcement term in a duty, each marked governed or not; `actors` from actorNames. */
export function enforcementActs(duty: string, actors: readonly string[]): ActMatch[] {
  if (!anyEnforcement(duty)) return [];
  const out: ActMatch[] = [];
  for (const clause of clauses(duty)) {
    const spans: Span[] = [];
    for (const cls of VOCABULARY.enforcement) for (const t of cls.terms) spans.push(...occurrences(clause, t, cls));
    for (const t of VOCABULARY.cooperation.terms) spans.push(...occurrences(clause, t));
    const kept = pick(spans);
    for (const s of kept) {
      if (!s.cls) continue;
      // Blank out enforcement terms before this one, so 通知 inside 整改通知书 governs nothing.
      let before = clause.slice(0, s.start);
      for (const k of kept) if (k.cls && k.end <= s.start) before = before.slice(0, k.start) + ' '.repeat(k.end - k.start) + before.slice(k.end);
      for (const re of ACTING) before = before.replace(re, (m) => ' '.repeat(m.length));
      const governed = VOCABULARY.governing.words.some((w) => before.includes(w)) || actors.some((w) => w && before.includes(w));
      out.push({ term: s.term, cls: s.cls, clause, governed });
    }
  }
  return out;
}

/** Enforcement terms of a duty that are the party's own acts. */
export function ownActs(duty: string, actors: readonly string[]): ActMatch[] {
  return enforcementActs(duty, actors).filter((m) => !m.governed);
}
