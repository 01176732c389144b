import type { DocPath } from '../../findings/types.js';
import type { LoadedFile } from '../../load/load-file.js';
import type { Project } from '../../load/project.js';
import { usableUsage } from '../../load/usage.js';
import { townshipNameIn, UsageRecords } from '../../model/delegation-lifecycle.js';
import type { Registry } from '../../model/registry.js';
import type { UsageEntry, UsageFile } from '../../model/types.js';
import { memo } from '../../util/memo.js';

/** One line of a usage file with where it sits. */
export interface UsageAt {
  entry: UsageEntry;
  year: number;
  file: LoadedFile<UsageFile>;
  /** Path of the line in its file, e.g. ['usage', 3]. */
  path: DocPath;
}

/** Every schema-valid line of the usage files (a file whose year is wrong gives none), in file order. */
export function* usageLines(project: Project): Generator<UsageAt> {
  for (const f of project.usage ?? []) {
    if (!f.schemaOk || !f.data) continue;
    const list = f.data.usage;
    for (let i = 0; i < list.length; i++) {
      if (!f.badEntries?.has(i)) yield { entry: list[i], year: f.data.year, file: f, path: ['usage', i] };
    }
  }
}

const RECORDS = Symbol('usage-records');

/**
 * The use recorded in the project, townships by their registered names; made once per list of usage
 * files (every file's view of a project shares it).
 */
export function usageRecords(project: Project, registry: Registry): UsageRecords {
  const all = project.usage ?? [];
  return memo(all, RECORDS, () => new UsageRecords(usableUsage(all), townshipNameIn(registry)));
}
