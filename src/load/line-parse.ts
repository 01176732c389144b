import type { FastParsed } from './fast-parse.js';
import { plainValue } from './scalars.js';

/**
 * The quickest path of loading: a reader of its own for the block YAML that lists are written in,
 * one line at a time. It reads a mapping at the top; block mappings and sequences (`- key: value`
 * entries included); plain scalars on one line (resolved as scalars.ts resolves them), quoted scalars
 * that close on their line, flow collections of scalars on one line; comments and blank lines.
 * Anything else makes it decline, and the caller goes on to fast-parse.ts and `yaml`: block scalars
 * (`|`, `>`), plain scalars over several lines, nested or multi-line flow collections, quoted keys,
 * anchors, aliases, tags, directives, document markers, tabs, backslashes, carriage returns, control
 * and other characters the parsers may treat apart, duplicate keys, keys that are not plain text,
 * values that start with an indicator, and nesting deeper than MAX_LEVELS.
 * test/perf/line-parse.test.ts checks that whatever it reads `yaml` reads the same, without problems.
 *
 * What it accepts holds no control character (the caller need not look for them) and nests far less
 * deep than depth.ts refuses.
 */

/**
 * Characters that send a text elsewhere: tabs, backslashes, CR, C0/C1 controls, BOM, line separators,
 * non-characters, and surrogates that are not half of a pair (a character beyond the basic plane, such as
 * a rare place-name character, is a pair and is text). Anchors, aliases and tags start with `&`, `*` and
 * `!`, which are declined where a node starts; elsewhere, as in a comment `# 来源：表!A4:I5`, they are text.
 */
// eslint-disable-next-line no-control-regex
const ELSEWHERE = /[\u0000-\u0009\u000B-\u001F\\\u007F-\u009F\u2028\u2029\uD800-\uDFFF\uFEFF\uFFFE\uFFFF]/g;

/** True when `text` holds a character that sends it elsewhere (one native scan when it holds no surrogate). */
function elsewhere(text: string): boolean {
  ELSEWHERE.lastIndex = 0;
  for (let m = ELSEWHERE.exec(text); m; m = ELSEWHERE.exec(text)) {
    const i = m.index;
    const c = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    // A high surrogate followed by a low one: one character; go on after it.
    if (c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) ELSEWHERE.lastIndex = i + 2;
    else return true;
  }
  return false;
}

/** Levels of block nesting read here; lists use about six (depth.ts refuses beyond 100). */
const MAX_LEVELS = 40;

const SP = 0x20, HASH = 0x23, DASH = 0x2d, COLON = 0x3a, COMMA = 0x2c, DQ = 0x22, SQ = 0x27, LB = 0x5b, RB = 0x5d, LC = 0x7b, RC = 0x7d;

/** Characters that end a plain scalar or key in a flow collection here, or send the text elsewhere (line end included). */
const FLOW_STOP = new Uint8Array(65536);
for (const c of ':#,[]{}\'"\n') FLOW_STOP[c.charCodeAt(0)] = 1;

/** Characters a plain scalar may not start with in this reader (YAML indicators, and `-`). */
const INDICATOR = new Uint8Array(128);
for (const c of '-?:,[]{}#&*!|>\'"%@`') INDICATOR[c.charCodeAt(0)] = 1;
const indicator = (c: number) => c < 128 && INDICATOR[c] === 1;

/** Thrown inside the reader when the text is not one it reads; caught in lineParse. */
const DECLINE = Symbol('decline');

/** Parse `text` if this reader reads it; undefined means: use the next path. `lines`: record entry lines. */
export function lineParse(text: string, lines = true): FastParsed | undefined {
  if (elsewhere(text)) return undefined;
  const r = new Reader(text, lines);
  try {
    if (r.indent !== 0) return undefined;
    const data = r.mapping(0, 1);
    if (!r.atEnd()) return undefined;
    return { data, entryLines: r.entryLines };
  } catch (e) {
    if (e === DECLINE) return undefined;
    throw e;
  }
}

/** Keys already checked: the same few keys come back on every entry. */
const keyOk = new Map<string, boolean>();

class Reader {
  /** The current line: offset of its first content character, that character's column (0-based; -1 at the end), its end, its number. */
  i = 0;
  indent = -1;
  end = 0;
  line = 0;
  private next = 0;
  private nextLine = 1;
  readonly entryLines = new Map<string, number[]>();
  /** Entry lines of the last top-level list read (a block sequence at the second level, or a flow sequence). */
  private seqLines: number[] = [];

  constructor(
    private readonly t: string,
    private readonly record: boolean,
  ) {
    this.advance();
  }

  /** Move to the next line with content (not blank, not a comment). */
  advance(): void {
    const t = this.t;
    const n = t.length;
    let s = this.next;
    let line = this.nextLine;
    while (s < n) {
      let e = t.indexOf('\n', s);
      if (e < 0) e = n;
      let i = s;
      while (i < e && t.charCodeAt(i) === SP) i++;
      if (i < e && t.charCodeAt(i) !== HASH) {
        this.i = i;
        this.indent = i - s;
        this.end = e;
        this.line = line;
        this.next = e + 1;
        this.nextLine = line + 1;
        return;
      }
      s = e + 1;
      line++;
    }
    this.i = this.end = n;
    this.indent = -1;
  }

  /** True when no line with content is left. */
  atEnd(): boolean {
    return this.indent === -1;
  }

  /** A sequence entry's dash at `i`: `-` then a space or the end of the line. */
  private dash(i: number): boolean {
    return this.t.charCodeAt(i) === DASH && (i + 1 === this.end || this.t.charCodeAt(i + 1) === SP);
  }

  /** The block starting at the current line (more indented than its parent). */
  private block(level: number): unknown {
    return this.dash(this.i) ? this.sequence(this.indent, level) : this.mapping(this.indent, level);
  }

  /** A block mapping whose keys stand at column `m`, starting at the current line. */
  mapping(m: number, level: number): Record<string, unknown> {
    if (level > MAX_LEVELS) throw DECLINE;
    const t = this.t;
    const out: Record<string, unknown> = {};
    while (this.indent === m) {
      const i = this.i;
      const e = this.end;
      const colon = this.keyEnd(i, e);
      if (colon < 0) throw DECLINE;
      const key = t.slice(i, colon);
      let ok = keyOk.get(key);
      if (ok === undefined) {
        if (keyOk.size > 10_000) keyOk.clear();
        // Kept as a string of its own: a slice of the text would keep the whole text alive with it.
        keyOk.set(JSON.parse(JSON.stringify(key)) as string, (ok = plainKey(key)));
      }
      if (!ok || Object.prototype.hasOwnProperty.call(out, key)) throw DECLINE;
      let v = colon + 1;
      while (v < e && t.charCodeAt(v) === SP) v++;
      let value: unknown;
      if (v === e || t.charCodeAt(v) === HASH) {
        this.advance();
        if (this.indent > m) value = this.block(level + 1);
        else if (this.indent === m && this.dash(this.i)) value = this.sequence(m, level + 1);
        else value = null;
      } else {
        value = this.inline(v, e);
        // A flow sequence holds scalars only: no entry of it starts a collection.
        if (level === 1 && Array.isArray(value)) this.seqLines = value.map(() => 0);
        this.advance();
      }
      if (this.indent > m) throw DECLINE;
      out[key] = value;
      if (level === 1 && this.record && Array.isArray(value)) this.entryLines.set(key, this.seqLines);
    }
    return out;
  }

  /** A block sequence whose dashes stand at column `d`, starting at the current line. */
  private sequence(d: number, level: number): unknown[] {
    if (level > MAX_LEVELS) throw DECLINE;
    const t = this.t;
    const out: unknown[] = [];
    const lines: number[] | undefined = level === 2 && this.record ? (this.seqLines = []) : undefined;
    while (this.indent === d && this.dash(this.i)) {
      const e = this.end;
      let c = this.i + 1;
      while (c < e && t.charCodeAt(c) === SP) c++;
      let value: unknown;
      let line = this.line;
      if (c === e || t.charCodeAt(c) === HASH) {
        this.advance();
        line = this.line;
        value = this.indent > d ? this.block(level + 1) : null;
      } else if (this.dash(c)) {
        throw DECLINE;
      } else if (this.keyEnd(c, e) >= 0) {
        // `- key: value`: a mapping whose keys stand at the column of this first one.
        this.indent += c - this.i;
        this.i = c;
        value = this.mapping(this.indent, level + 1);
      } else {
        value = this.inline(c, e);
        this.advance();
      }
      if (this.indent > d) throw DECLINE;
      out.push(value);
      lines?.push(value !== null && typeof value === 'object' ? line : 0);
    }
    return out;
  }

  /**
   * Where the key of a `key: value` line starting at `i` ends: its `:` (followed by a space or the
   * line's end, before any comment), or -1 when the line holds no key.
   */
  private keyEnd(i: number, e: number): number {
    const t = this.t;
    if (indicator(t.charCodeAt(i))) return -1;
    // Lines are short: a loop over the line, where a search for a character could run on to the end of the text.
    for (let j = i + 1; j < e; j++) {
      const c = t.charCodeAt(j);
      if (c === COLON) {
        // `yaml` (strict) refuses an implicit key whose `:` stands more than 1024 characters after its
        // start, which it counts from the line break before the indentation when the line above ends
        // in an empty value: keys whose `:` stands that far into the line are left to it.
        if (j + 1 === e || t.charCodeAt(j + 1) === SP) return j - (this.i - this.indent) > 1000 ? -1 : j;
      } else if (c === HASH && t.charCodeAt(j - 1) === SP) return -1;
    }
    return -1;
  }

  /** A value on its line, from `v` (not a space, not a comment) to the line's end `e`. */
  private inline(v: number, e: number): unknown {
    const t = this.t;
    const c = t.charCodeAt(v);
    if (c === DQ || c === SQ) {
      const s = this.quoted(v, e);
      this.after(this.q, e);
      return s;
    }
    if (c === LB || c === LC) return this.flow(v, e);
    if (indicator(c)) throw DECLINE;
    // A plain scalar: up to a comment, without a `: ` (a mapping where none may start) or a `:` at its end.
    let stop = e;
    for (let j = v + 1; j < e; j++) {
      const k = t.charCodeAt(j);
      if (k === COLON) {
        if (j + 1 === e || t.charCodeAt(j + 1) === SP) throw DECLINE;
      } else if (k === HASH && t.charCodeAt(j - 1) === SP) {
        stop = j - 1;
        break;
      }
    }
    while (t.charCodeAt(stop - 1) === SP) stop--;
    return plainValue(t.slice(v, stop));
  }

  /** Where the last quoted scalar read ended (after its closing quote). */
  private q = 0;

  /** A quoted scalar starting at `v` and closing before `e`. */
  private quoted(v: number, e: number): string {
    const t = this.t;
    if (t.charCodeAt(v) === DQ) {
      // No backslash in the text: nothing is escaped.
      const q = t.indexOf('"', v + 1);
      if (q < 0 || q >= e) throw DECLINE;
      this.q = q + 1;
      return t.slice(v + 1, q);
    }
    let q = t.indexOf("'", v + 1);
    let doubled = false;
    while (q >= 0 && q < e && t.charCodeAt(q + 1) === SQ) {
      doubled = true;
      q = t.indexOf("'", q + 2);
    }
    if (q < 0 || q >= e) throw DECLINE;
    this.q = q + 1;
    const s = t.slice(v + 1, q);
    return doubled ? s.replaceAll("''", "'") : s;
  }

  /**
   * A flow sequence or mapping closing on its line, of scalars only: `[a, 'b', 3]`, `{k: v, n: 1}`.
   * Plain scalars in it hold none of `:#,[]{}` and no quote; no empty entry, no comma before the end.
   */
  private flow(v: number, e: number): unknown[] | Record<string, unknown> {
    const t = this.t;
    const seq = t.charCodeAt(v) === LB;
    const close = seq ? RB : RC;
    const list: unknown[] = [];
    const map: Record<string, unknown> = {};
    let p = v + 1;
    while (t.charCodeAt(p) === SP) p++;
    if (t.charCodeAt(p) === close) {
      this.after(p + 1, e);
      return seq ? list : map;
    }
    for (;;) {
      let key = '';
      if (!seq) {
        const k = p;
        while (p < e && !FLOW_STOP[t.charCodeAt(p)]) p++;
        if (t.charCodeAt(p) !== COLON || t.charCodeAt(p + 1) !== SP) throw DECLINE;
        key = t.slice(k, p);
        if (indicator(t.charCodeAt(k)) || !plainKey(key) || Object.prototype.hasOwnProperty.call(map, key)) throw DECLINE;
        p += 2;
        while (t.charCodeAt(p) === SP) p++;
      }
      let value: unknown;
      const c = t.charCodeAt(p);
      if (c === DQ || c === SQ) {
        value = this.quoted(p, e);
        p = this.q;
        while (t.charCodeAt(p) === SP) p++;
      } else {
        if (indicator(c)) throw DECLINE;
        const start = p;
        while (p < e && !FLOW_STOP[t.charCodeAt(p)]) p++;
        let stop = p;
        while (t.charCodeAt(stop - 1) === SP) stop--;
        if (stop === start) throw DECLINE;
        value = plainValue(t.slice(start, stop));
      }
      if (seq) list.push(value);
      else map[key] = value;
      const sep = t.charCodeAt(p);
      if (sep === close) break;
      if (sep !== COMMA) throw DECLINE;
      p++;
      while (t.charCodeAt(p) === SP) p++;
      if (t.charCodeAt(p) === close) throw DECLINE;
    }
    this.after(p + 1, e);
    return seq ? list : map;
  }

  /** After a quoted scalar or `[]`: nothing but spaces and a comment that a space sets apart. */
  private after(p: number, e: number): void {
    const t = this.t;
    if (p === e) return;
    if (t.charCodeAt(p) !== SP) throw DECLINE;
    while (p < e && t.charCodeAt(p) === SP) p++;
    if (p < e && t.charCodeAt(p) !== HASH) throw DECLINE;
  }
}

/** A key this reader takes as it is written: plain text that no parser reads as another value or a special key. */
function plainKey(key: string): boolean {
  // A line starting with `... ` ends the document (`yaml` then reads the rest as a second one).
  if (key === '__proto__' || key === '<<' || key.endsWith(' ') || key.startsWith('...')) return false;
  if (/[#:,[\]{}'"]/.test(key)) return false;
  return typeof plainValue(key) === 'string';
}
