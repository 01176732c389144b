/**
 * The project index of the project-scope rules: every schema-valid item of the domain and township
 * files as a record of id, name, list, file and path, plus the fields those rules declare in `needs`,
 * made from whole files (a loaded project) or from each file's cached summary.
 */
import type { LoadedFile } from '../load/load-file.js';
import type { Project } from '../load/project.js';
import { SourceFile } from '../load/source-file.js';
import type { Item, TownshipFile } from '../model/types.js';
import { RULES } from '../rules/index.js';
import type { IndexedFile, IndexedItem, ItemField, ProjectIndex } from '../rules/types.js';
import type { FileSummary } from './file-summary.js';
import { readText } from './read-text.js';

/** The item fields the project-scope rules need besides id, name and list: each file's summary keeps them. */
export const PROJECT_NEEDS: readonly ItemField[] = [...new Set(RULES.filter((r) => r.scope === 'project').flatMap((r) => r.needs ?? []))].sort();

/** A file the index is made of: loaded, or known by its summary. */
export type IndexSource = { loaded: LoadedFile } | { summary: FileSummary; display: string; abs: string };

const DEFAULT_LIST = { domain: '属地管理', township: '基本履职' } as const;

function kindOf(s: IndexSource): FileSummary['kind'] {
  return 'loaded' in s ? s.loaded.kind : s.summary.kind;
}

/** The items of one file, made as they are walked. */
function* itemsOf(s: IndexSource): Generator<IndexedItem<ItemField>> {
  if ('loaded' in s) {
    const f = s.loaded;
    if (!f.schemaOk || !f.data || (f.kind !== 'domain' && f.kind !== 'township')) return;
    const d = f.data as { items?: Item[]; list?: string; township?: string };
    const file: IndexedFile = { source: f.source, kind: f.kind, ...(f.kind === 'township' ? { township: (d as TownshipFile).township } : {}) };
    const fallback = f.kind === 'domain' ? (d.list ?? DEFAULT_LIST.domain) : DEFAULT_LIST.township;
    const items = d.items ?? [];
    for (let i = 0; i < items.length; i++) {
      if (f.badEntries?.has(i)) continue;
      const it = items[i];
      const rec: Record<string, unknown> = { id: it.id, name: it.name, list: it.list ?? fallback, file, path: ['items', i] };
      for (const k of PROJECT_NEEDS) if (it[k] !== undefined) rec[k] = it[k];
      yield rec as IndexedItem<ItemField>;
    }
    return;
  }
  const { summary: sm, display, abs } = s;
  if (!sm.schemaOk || !sm.ids || (sm.kind !== 'domain' && sm.kind !== 'township')) return;
  // Read from disk only if a finding needs a position in it.
  const file: IndexedFile = { source: new SourceFile(display, abs, () => readText(abs)), kind: sm.kind, ...(sm.kind === 'township' ? { township: sm.township } : {}) };
  const fallback = sm.kind === 'domain' ? (sm.list ?? DEFAULT_LIST.domain) : DEFAULT_LIST.township;
  const bad = new Set(sm.bad ?? []);
  for (let i = 0; i < sm.ids.length; i++) {
    if (bad.has(i)) continue;
    const rec: Record<string, unknown> = { id: sm.ids[i], name: sm.names![i], list: sm.lists![i] ?? fallback, file, path: ['items', i] };
    for (const k of PROJECT_NEEDS) {
      const v = sm.fields?.[k]?.[i];
      if (v !== undefined && v !== null) rec[k] = v;
    }
    yield rec as IndexedItem<ItemField>;
  }
}

/** The index of files given in order: the county's (domain files) first, then the townships', as the rules walk them. */
export function projectIndex(sources: readonly IndexSource[]): ProjectIndex<ItemField> {
  const ordered = [...sources.filter((s) => kindOf(s) === 'domain'), ...sources.filter((s) => kindOf(s) === 'township')];
  return {
    *items() {
      for (const s of ordered) yield* itemsOf(s);
    },
  };
}

/** The index of a loaded project. */
export function indexOfProject(project: Project): ProjectIndex<ItemField> {
  return projectIndex([...project.domains, ...project.townshipFiles].map((loaded) => ({ loaded })));
}
