import type { LoadedFile } from '../load/load-file.js';
import type { Project } from '../load/project.js';
import type { Registry } from '../model/registry.js';
import type { DomainFile } from '../model/types.js';
import { baseItemsOf, TownshipList, townshipFilesOf, townshipsOf } from './compile.js';
import { listText, type ListText } from './serialize.js';
import type { CompiledItem } from './types.js';

/** Items of one list as text: `count` items, each written by ListText.body, joined by its `between`. */
export interface ListChunk {
  text: string;
  count: number;
}

/** What one domain file adds to each list it concerns (lists it adds nothing to are left out). */
export interface FileLists {
  county?: ListChunk;
  townships: [string, ListChunk][];
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

  file(f: LoadedFile<DomainFile>): FileLists {
    const county: string[] = [];
    const mine = new Map<string, string[]>();
    for (const it of baseItemsOf(f)) {
      if (this.county) county.push(this.text.body(it));
      for (const name of townshipsOf(it, this.registry, this.all)) {
        const own = this.lists.get(name)?.take(it);
        if (own) (mine.get(name) ?? mine.set(name, []).get(name)!).push(this.text.body(own));
      }
    }
    return { county: county.length ? this.chunk(county) : undefined, townships: [...mine].map(([name, texts]) => [name, this.chunk(texts)]) };
  }

  own(): [string, ListChunk][] {
    const out: [string, ListChunk][] = [];
    for (const [name, list] of this.lists) {
      const items: CompiledItem[] = list.own();
      if (items.length) out.push([name, this.chunk(items.map((it) => this.text.body(it)))]);
    }
    return out;
  }

  private chunk(texts: string[]): ListChunk {
    return { text: texts.join(this.text.between), count: texts.length };
  }
}
