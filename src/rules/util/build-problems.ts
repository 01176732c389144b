import { compileProblems } from '../../compile/compile.js';
import type { BuildProblem, BuildProblemOf } from '../../compile/types.js';
import type { LoadedFile } from '../../load/load-file.js';
import type { TownshipFile } from '../../model/types.js';
import type { RuleContext } from '../types.js';

/**
 * The compile problems of one code, each with the township file it is in (compiled once per project
 * and cached): the rule of that code reports each with its own message and arguments.
 */
export function buildProblems<C extends BuildProblem['code']>(ctx: RuleContext<string>, code: C): { problem: BuildProblemOf<C>; file: LoadedFile<TownshipFile> }[] {
  const files = new Map(ctx.project.townshipFiles.map((f) => [f.source.path, f]));
  const out: { problem: BuildProblemOf<C>; file: LoadedFile<TownshipFile> }[] = [];
  for (const p of compileProblems(ctx.project, ctx.registry)) {
    const file = p.code === code ? files.get(p.file) : undefined;
    if (file) out.push({ problem: p as BuildProblemOf<C>, file });
  }
  return out;
}
