/**
 * A domain file of one revision loaded beside its other revision, which is loaded already. An edit
 * touches a few items of a file; an entry of `items` written exactly as an entry of the other side is
 * that side's item (the same text read in the same place), so only the entries that differ are parsed.
 * The result is what loadBuffer gives for the file; when the shortcut cannot be sure of that, it
 * declines and the caller loads the file whole.
 */
import { tooDeepAt } from '../load/depth.js';
import { fastParse } from '../load/fast-parse.js';
import { lineParse } from '../load/line-parse.js';
import { controlCharacters, type LoadedFile, type LoadOptions } from '../load/load-file.js';
import { SourceFile } from '../load/source-file.js';
import type { DomainFile } from '../model/types.js';
import { finish } from '../validate/load.js';

/** A text split at the entries of its top-level `items`, the last key of the file. */
interface Entries {
  /** Everything before the first entry (`items:` included). */
  head: string;
  /** The indentation of the entries' dashes. */
  indent: number;
  /** 1-based line of each entry's dash, and the entry's text up to the next one. */
  lines: number[];
  texts: string[];
}

/** True for a line (from `i` to `end`) that is blank or a comment. */
function blank(t: string, i: number, end: number): boolean {
  while (i < end && t.charCodeAt(i) === 0x20) i++;
  return i === end || t.charCodeAt(i) === 0x23 /* # */ || (t.charCodeAt(i) === 0x0d && i + 1 === end);
}

/** An entry's dash with its content on the line (`- x`) at `i`. */
const dashAt = (t: string, i: number): boolean => {
  if (t.charCodeAt(i) !== 0x2d || t.charCodeAt(i + 1) !== 0x20) return false;
  const c = t.charCodeAt(i + 2);
  return c === c && c !== 0x20 && c !== 0x23 && c !== 0x0d && c !== 0x0a;
};

/** The entries of `text`, or undefined when its shape is not the plain one the split is sure of. */
function entriesOf(text: string): Entries | undefined {
  // The top-level key `items:` alone on its line.
  let at = text.startsWith('items:') ? 0 : text.indexOf('\nitems:') + 1;
  if (at === 0 && !text.startsWith('items:')) return undefined;
  let end = text.indexOf('\n', at);
  if (end < 0 || !blank(text, at + 6, end)) return undefined;
  let line = text.slice(0, end).split('\n').length + 1;
  // The first entry, after blank and comment lines.
  at = end + 1;
  for (; at < text.length; at = end + 1, line++) {
    end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    if (!blank(text, at, end)) break;
  }
  let indent = 0;
  while (text.charCodeAt(at + indent) === 0x20) indent++;
  if (!dashAt(text, at + indent)) return undefined;
  const head = text.slice(0, at);
  const starts: number[] = [];
  const lines: number[] = [];
  for (; at < text.length; at = end + 1, line++) {
    end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    let n = 0;
    while (n <= indent && text.charCodeAt(at + n) === 0x20) n++;
    if (n > indent || blank(text, at, end)) continue;
    // At the dashes' indentation only an entry may start (with its content on the line); anything less
    // indented is another top-level key, which the split does not handle.
    if (n < indent || !dashAt(text, at + n)) return undefined;
    starts.push(at);
    lines.push(line);
  }
  // The text ends after the last line break, as split('\n') leaves it: the last entry keeps what follows.
  return { head, indent, lines, texts: starts.map((s, k) => text.slice(s, k + 1 < starts.length ? starts[k + 1] : text.length)) };
}

/**
 * `textB` loaded as loadBuffer would load it, using `a` (loaded from `textA`) for the entries written
 * alike; undefined when the shortcut does not apply. Both texts must be plain enough for a fast path
 * (each reads as `yaml` does, and nothing refers across entries), have the same text before their
 * items, and split as their parse records.
 */
export function loadBeside(display: string, abs: string, textB: string, a: LoadedFile, textA: string, opts: LoadOptions): LoadedFile | undefined {
  // `a` took a fast path, so every line of it is plain and nothing in it nests too deep; both are
  // properties of lines and entries, and the entries of b written otherwise are checked below as they
  // are parsed: b as a whole would take the fast path too.
  if (a.kind !== 'domain' || !a.data || !a.entryLines || !a.fast) return undefined;
  const items = (a.data as DomainFile).items as unknown[];
  if (!Array.isArray(items) || items.length !== a.entryLines.length) return undefined;
  const ea = entriesOf(textA);
  const eb = entriesOf(textB);
  if (!ea || !eb || ea.head !== eb.head || ea.indent !== eb.indent) return undefined;
  if (ea.lines.length !== items.length || ea.lines.some((l, i) => l !== a.entryLines![i])) return undefined;
  const same = new Map<string, unknown>();
  ea.texts.forEach((t, i) => {
    if (!same.has(t)) same.set(t, items[i]);
  });
  const used = new Set<unknown>();
  const out: unknown[] = [];
  for (const t of eb.texts) {
    let item = same.get(t);
    // An item object stands once in a file, as a parse gives it.
    if (item !== undefined && typeof item === 'object' && item !== null && used.has(item)) return undefined;
    if (item === undefined) {
      const mini = `items:\n${t}`;
      const parsed = lineParse(mini, false) ?? (tooDeepAt(mini) < 0 ? fastParse(mini, false) : undefined);
      const list = parsed && (parsed.data as { items?: unknown } | null)?.items;
      if (!Array.isArray(list) || list.length !== 1) return undefined;
      item = list[0];
    }
    used.add(item);
    out.push(item);
  }
  // As parseBuffer would have it: the data, the entries' lines, the text's own problems (control characters).
  const data = { ...(a.data as DomainFile), items: out } as DomainFile;
  return finish({ source: new SourceFile(display, abs, textB), kind: 'domain', data, entryLines: eb.lines, problems: controlCharacters(display, textB) }, opts.lang);
}
