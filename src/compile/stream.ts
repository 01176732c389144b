import type { LoadedFile } from '../load/load-file.js';
import type { Project } from '../load/project.js';
import type { Registry } from '../model/registry.js';
import type { DomainFile } from '../model/types.js';
import { baseItemsOf, TownshipList, townshipFilesOf, townshipsOf } from './compile.js';
import { listText, type ListText } from './serialize.js';
import type { CompiledItem } from './types.js';

/**
 * Items of one list as text: `count` items, each written by ListText.body, joined by its `between`;
 * as a string, or as its UTF-8 bytes (from a worker thread, see StreamCompiler.pack).
 */
export interface ListChunk {
  text: string | Uint8Array;
  count: number;
}

/** A chunk not yet joined: each item's text (see ListText.body). */
export interface ListParts {
  parts: string[];
}

/** What one domain file adds to each list it concerns (lists it adds nothing to are left out). */
export interface FileLists<C = ListChunk> {
  county?: C;
  townships: [string, C][];
}

/**
 * compile() for a repository too large to hold, one domain file at a time: `file` turns a domain file
 * into the text its items add to the county list and to each township's list; `own` gives the text of
 * the items township files add themselves. Fed the domain files in repository order, each list's chunks
 * joined are exactly its items as compile() gives them, serialized. Holds nothing between files, so the
 * files can be shared out among worker threads (each with its own StreamCompiler).
 */
export class StreamCompiler {
  private readonly all: string[];
  private readonly lists: Map<string, TownshipList>;
  private readonly text: ListText;

  constructor(
    project: Project,
    private readonly registry: Registry,
    format: 'json' | 'yaml',
    /** The townships whose lists are wanted (official names); undefined for every one. */
    townships: readonly string[] | undefined,
    private readonly county: boolean,
  ) {
    const files = townshipFilesOf(project, registry, []);
    this.all = registry.townships.map((t) => t.name);
    this.lists = new Map((townships ?? this.all).map((name) => [name, new TownshipList(name, files.get(name), registry)]));
    this.text = listText(format, {});
  }

  /** What any loaded file adds to the lists: a domain file's items; nothing for another file, or one that did not load. */
  loaded(f: LoadedFile): FileLists<ListParts> {
    return f.kind === 'domain' && f.data ? this.file(f as LoadedFile<DomainFile>) : { townships: [] };
  }

  /** The items' texts, not yet joined (join or pack joins them). */
  file(f: LoadedFile<DomainFile>): FileLists<ListParts> {
    const county: string[] = [];
    const mine = new Map<string, string[]>();
    for (const it of baseItemsOf(f)) {
      let text: string | undefined;
      const base = () => (text ??= this.text.body(it));
      if (this.county) county.push(base());
      for (const name of townshipsOf(it, this.registry, this.all)) {
        const list = this.lists.get(name);
        const own = list?.take(it);
        if (!own) continue;
        // Most items of a repository that names its townships reach a township unchanged: written once.
        (mine.get(name) ?? mine.set(name, []).get(name)!).push(list!.unchanged(it) ? base() : this.text.body(own));
      }
    }
    return { county: county.length ? { parts: county } : undefined, townships: [...mine].map(([name, parts]) => [name, { parts }]) };
  }

  own(): [string, ListChunk][] {
    const out: [string, ListChunk][] = [];
    for (const [name, list] of this.lists) {
      const items: CompiledItem[] = list.own();
      if (items.length) out.push([name, { text: items.map((it) => this.text.body(it)).join(this.text.between), count: items.length }]);
    }
    return out;
  }

  /** A file's chunks joined as text (on the thread that writes). */
  join(lists: FileLists<ListParts>): FileLists {
    const j = (c: ListParts): ListChunk => ({ text: c.parts.join(this.text.between), count: c.parts.length });
    return { county: lists.county && j(lists.county), townships: lists.townships.map(([name, c]) => [name, j(c)]) };
  }

  /**
   * A file's chunks as one buffer of UTF-8, what a worker thread hands over without a copy: the text is
   * encoded in the worker rather than on the thread that writes the files.
   */
  pack(lists: FileLists<ListParts>): PackedLists {
    const all: [string, ListParts][] = [...(lists.county ? [['', lists.county] as [string, ListParts]] : []), ...lists.townships];
    const between = this.text.between;
    const gap = Buffer.byteLength(between);
    let size = 0;
    for (const [, c] of all) {
      for (const p of c.parts) size += Buffer.byteLength(p);
      size += gap * (c.parts.length - 1);
    }
    const buf = Buffer.allocUnsafeSlow(size);
    const chunks: PackedLists['chunks'] = [];
    let at = 0;
    for (const [name, c] of all) {
      c.parts.forEach((p, i) => {
        if (i && gap) at += buf.write(between, at);
        at += buf.write(p, at);
      });
      chunks.push([name, at, c.parts.length]);
    }
    return { bytes: buf.buffer as ArrayBuffer, chunks };
  }
}

/**
 * What a worker thread needs to build its own StreamCompiler: the repository's files but its domain
 * files (configuration, registries, township files), and what to write.
 */
export interface StreamSetup {
  root: string;
  /** Every file but the domain files the thread is sent. */
  context: { display: string; abs: string }[];
  format: 'json' | 'yaml';
  /** The townships whose lists are wanted (official names); undefined for every one. */
  townships?: string[];
  county: boolean;
  maxFileMb: number;
}

/** A file's chunks packed by StreamCompiler.pack. */
export interface PackedLists {
  bytes: ArrayBuffer;
  /** [list ('' for the county), end offset in bytes, item count] per chunk, in order. */
  chunks: [string, number, number][];
}

export function unpackLists(p: PackedLists): FileLists {
  const out: FileLists = { townships: [] };
  let from = 0;
  for (const [name, to, count] of p.chunks) {
    const chunk = { text: new Uint8Array(p.bytes, from, to - from), count };
    if (name) out.townships.push([name, chunk]);
    else out.county = chunk;
    from = to;
  }
  return out;
}
