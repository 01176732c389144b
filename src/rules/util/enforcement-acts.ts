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

/** Endings of the text before a term that make it done to someone by another body (对被吊销…的经营户). */
const PASSIVE = VOCABULARY.passive.patterns.map((p) => new RegExp(p));

/** Texts around a term that make it describe the duty's object or time, not the party's act (对关停企业开展回访). */
const ATTRIBUTIVE = VOCABULARY.attributive.patterns.map((p) => ({ before: new RegExp(p.before ? p.before : '(?:)$'), after: new RegExp(p.after) }));

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

/** Distinct duties remembered per map; a national run keeps no more than this. */
const MAX_REMEMBERED = 50_000;

const ENFORCEMENT_TERMS = VOCABULARY.enforcement.flatMap((c) => c.terms);

// Any enforcement term at all: most duties have none and need no closer look. One scan of the duty
// with tables of the characters that matter: those a term starts with, those that come second in a
// term, and whitespace, which normalize() removes and which could therefore join a term. The terms are
// Chinese words of two or more characters, so the other changes normalize() makes (full-width
// punctuation to ASCII) cannot make or break a match.
const FIRST = new Uint8Array(0x10000);
const SECOND = new Uint8Array(0x10000);
const SPACE = 0xff;
/** Terms by FIRST[their first character] - 1. */
const TERMS_BY_FIRST: string[][] = [];
for (const t of ENFORCEMENT_TERMS) {
  if (!/^[\u4e00-\u9fff]{2,}$/.test(t)) throw new Error(`enforcement term ${t} is not a Chinese word`);
  const c = t.charCodeAt(0);
  if (FIRST[c] === 0) FIRST[c] = TERMS_BY_FIRST.push([]);
  TERMS_BY_FIRST[FIRST[c] - 1].push(t);
  SECOND[t.charCodeAt(1)] = 1;
}
for (const ws of '\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff') FIRST[ws.charCodeAt(0)] = SPACE;

// Duty sentences recur across items (the same cooperation duty in many items): each is scanned once.
const scanned = new Map<string, boolean>();

function anyEnforcement(duty: string): boolean {
  let any = scanned.get(duty);
  if (any === undefined) {
    if (scanned.size >= MAX_REMEMBERED) scanned.clear();
    scanned.set(detach(duty), (any = scan(duty)));
  }
  return any;
}

function scan(duty: string): boolean {
  const n = duty.length - 1;
  for (let i = 0; i < n; i++) {
    const f = FIRST[duty.charCodeAt(i)];
    if (f === 0) continue;
    if (f === SPACE) return termIn(duty.replace(/\s+/g, ''));
    if (SECOND[duty.charCodeAt(i + 1)] === 1 && startsTerm(duty, i, f)) return true;
  }
  // The last character can neither start a term nor join two parts of one.
  return false;
}

/** Whether a text without whitespace contains an enforcement term. */
function termIn(text: string): boolean {
  for (let i = 0; i < text.length - 1; i++) {
    const f = FIRST[text.charCodeAt(i)];
    if (f !== 0 && f !== SPACE && SECOND[text.charCodeAt(i + 1)] === 1 && startsTerm(text, i, f)) return true;
  }
  return false;
}

function startsTerm(text: string, i: number, f: number): boolean {
  for (const t of TERMS_BY_FIRST[f - 1]) if (text.startsWith(t, i)) return true;
  return false;
}

const actorsOf = new WeakMap<Registry, string[]>();

/** Names of other bodies a duty may mention: the vocabulary's words and the registered departments' names, normalised (once per registry). */
export function actorNames(registry: Registry): string[] {
  let names = actorsOf.get(registry);
  if (!names) actorsOf.set(registry, (names = [...VOCABULARY.actors.words, ...registry.departments.flatMap((d) => [d.name, ...(d.short ?? [])]).map(normalize)]));
  return names;
}

const NONE: ActMatch[] = Object.freeze([]) as unknown as ActMatch[];

// Duties with enforcement terms recur too: each is analysed once per list of actors.
const analysed = new Map<string, ActMatch[]>();
let analysedFor: readonly string[] | undefined;

/**
 * Every enforcement term in a duty, each marked governed or not; `actors` from actorNames. The result
 * is shared between calls: do not change it.
 */
export function enforcementActs(duty: string, actors: readonly string[]): ActMatch[] {
  if (!anyEnforcement(duty)) return NONE;
  if (actors !== analysedFor) {
    analysed.clear();
    analysedFor = actors;
  }
  let acts = analysed.get(duty);
  if (!acts) {
    if (analysed.size >= MAX_REMEMBERED) analysed.clear();
    // A copy, so the clauses kept with the result do not keep the file's text alive.
    const own = detach(duty);
    analysed.set(own, (acts = analyse(own, actors)));
  }
  return acts;
}

function analyse(duty: string, actors: readonly string[]): ActMatch[] {
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
      const passive =
        PASSIVE.some((re) => re.test(clause.slice(0, s.start))) ||
        ATTRIBUTIVE.some((p) => p.before.test(clause.slice(0, s.start)) && p.after.test(clause.slice(s.end)));
      const governed = passive || VOCABULARY.governing.words.some((w) => governs(before, w)) || actors.some((w) => w && before.includes(w));
      out.push({ term: s.term, cls: s.cls, clause, governed });
    }
  }
  return out;
}

const ENUMERATED = new Set(VOCABULARY.governing.enumerated);

/**
 * Whether the governing word w, somewhere in the text before a term, governs it. A word that is a task
 * of its own in an enumeration (宣传, 报告) stops at the next 、: 巡查、宣传劝导、没收工具.
 */
function governs(before: string, w: string): boolean {
  const at = before.lastIndexOf(w);
  if (at < 0) return false;
  return !ENUMERATED.has(w) || !before.slice(at + w.length).includes('、');
}

/** Enforcement terms of a duty that are the party's own acts. */
export function ownActs(duty: string, actors: readonly string[]): ActMatch[] {
  const acts = enforcementActs(duty, actors);
  return acts.length ? acts.filter((m) => !m.governed) : acts;
}
