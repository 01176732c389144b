import { readFileSync } from 'node:fs';
import { entriesOf, locateInEntry, parseEntry } from './locate-in-entry.js';
import { parseYaml, locatePath, type ParsedYaml, type Span } from './parse-yaml.js';
import type { DocPath } from '../findings/types.js';

/**
 * One YAML file of a list repository. Keeps its text for code frames; keeps its parsed Document only
 * until released, and parses again on demand when a late finding needs a position.
 */
export class SourceFile {
  private parsed: ParsedYaml | undefined;
  private body: string | undefined;
  private readonly read: (() => string) | undefined;

  constructor(
    /** Path as shown to the user: relative to the working directory, with forward slashes. */
    readonly path: string,
    /** Absolute path on disk (or a virtual name for text not read from disk). */
    readonly abs: string,
    /** Decoded text, without a BOM; or how to get it when first needed (a file known from a cache). */
    text: string | (() => string),
  ) {
    if (typeof text === 'string') this.body = text;
    else this.read = text;
  }

  /** Decoded text, without a BOM. */
  get text(): string {
    return (this.body ??= this.read!());
  }

  /** Parse (once) and return the parse result. */
  parse(): ParsedYaml {
    this.parsed ??= parseYaml(this.text);
    return this.parsed;
  }

  /** Drop the parsed Document to free memory; `locate` parses again if it must. */
  release(): void {
    this.parsed = undefined;
  }

  private lineArray: string[] | undefined;
  private readonly entryLists = new Map<string, ReturnType<typeof entriesOf>>();
  private readonly entryParses = new Map<string, ReturnType<typeof parseEntry>>();

  /**
   * Where a scalar inside an entry of a top-level list is, from that entry alone; undefined when the
   * whole file must be parsed (see locate-in-entry.ts).
   */
  private locateInEntry(path: DocPath, keyOf: string | undefined): Span | undefined {
    if (this.parsed || typeof path[0] !== 'string' || typeof path[1] !== 'number' || path.length < (keyOf === undefined ? 3 : 2)) return undefined;
    const key = path[0];
    const lines = (this.lineArray ??= this.text.split('\n'));
    if (!this.entryLists.has(key)) this.entryLists.set(key, entriesOf(lines, key));
    const entries = this.entryLists.get(key);
    if (!entries) return undefined;
    return locateInEntry(lines, entries, path, keyOf, (i, text) => {
      const k = `${key}\0${i}`;
      if (!this.entryParses.has(k)) this.entryParses.set(k, parseEntry(text));
      return this.entryParses.get(k);
    });
  }

  /** Line and column of a document path (closest existing ancestor when missing). */
  locate(path: DocPath, keyOf?: string): Span {
    let span = this.locateInEntry(path, keyOf);
    if (!span) {
      const p = this.parse();
      span = locatePath(p.doc, p.lineCounter, path, keyOf);
    }
    return span;
  }

  /** Lines of the source, for code frames. */
  lines(): string[] {
    return this.text.split(/\r?\n/);
  }

  /** Read a file from disk without any check (checks are done by `loadFile`). */
  static readRaw(abs: string): Buffer {
    return readFileSync(abs);
  }
}
