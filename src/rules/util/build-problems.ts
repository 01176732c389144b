import { compileProblems } from '../../compile/compile.js';
import type { BuildProblem } from '../../compile/types.js';
import type { RuleContext } from '../types.js';

/** Report the compile problems of one code through a rule's context (found once per project and cached). */
export function reportBuildProblems<Id extends string>(
  ctx: RuleContext<Id>,
  code: BuildProblem['code'],
  messageId: Id,
  args: (p: BuildProblem) => Record<string, unknown> = () => ({}),
): void {
  const files = new Map(ctx.project.townshipFiles.map((f) => [f.source.path, f]));
  for (const p of compileProblems(ctx.project, ctx.registry)) {
    if (p.code !== code) continue;
    const file = files.get(p.file);
    if (file) ctx.report(file, p.path, messageId, { item: p.item, args: { township: p.township, item: p.item, detail: p.detail, ...args(p) } });
  }
}
