import type { DocPath } from '../../findings/types.js';
import type { LoadedFile } from '../../load/load-file.js';
import type { Project } from '../../load/project.js';
import type { Assignment } from '../../model/types.js';

/** An assignment (交办事项) with where it sits. */
export interface AssignmentAt {
  assignment: Assignment;
  file: LoadedFile;
  /** Path of the assignment in its file, e.g. ['assignments', 0]. */
  path: DocPath;
}

/** Every schema-valid assignment, in file order. */
export function* assignments(project: Project): Generator<AssignmentAt> {
  for (const f of project.assignments) {
    if (!f.schemaOk) continue;
    const list = f.data!.assignments;
    for (let i = 0; i < list.length; i++) {
      if (!f.badEntries?.has(i)) yield { assignment: list[i], file: f, path: ['assignments', i] };
    }
  }
}
