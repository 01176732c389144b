import type { Finding } from '../findings/types.js';
import type { FoundFile } from '../load/discover.js';
import { cacheKey, type ResultCache } from './cache-store.js';
import { projectIndex } from './project-index.js';
import { summaryOf, type Known } from './known.js';
import { runRules } from './run-rules.js';
import type { RunContext } from './run-context.js';

/** What the project-scope rules found, as cached: the findings, and the day when a rule read it. */
interface Across {
  findings: Finding[];
  asOf?: string;
}

/**
 * Run the project-scope rules (ids and names unique across files) on the files' summaries. With the
 * cache, the findings are reused while no file's summary changed and the files they point into are the
 * same: an edit that keeps ids and names needs no summaries at all.
 */
export function acrossFiles(
  files: FoundFile[],
  known: Map<FoundFile, Known>,
  ctx: RunContext,
  opts: { lang: RunContext['lang']; asOf: string },
  cached?: { cache: ResultCache; deps: string; hashOf: (f: FoundFile) => string },
): Finding[] {
  const byDisplay = new Map(files.map((f) => [f.display, f]));
  const key = cached && cacheKey('project', cached.deps, ...files.map((f) => `${f.display}:${known.get(f)!.sum}`));
  if (key) {
    const hit = cached!.cache.derivedValue('project', key, (d) => (byDisplay.has(d) ? cached!.hashOf(byDisplay.get(d)!) : undefined)) as Across | undefined;
    if (hit && (hit.asOf === undefined || hit.asOf === opts.asOf)) return hit.findings;
  }
  const sources = files.flatMap((f) => {
    const summary = summaryOf(known.get(f)!, cached?.cache);
    return summary ? [{ summary, display: f.display, abs: f.abs }] : [];
  });
  let usesAsOf = false;
  const index = projectIndex(sources);
  const findings = runRules(ctx.project, { lang: opts.lang, asOf: opts.asOf, scope: 'project', registry: ctx.registry, laws: ctx.laws, index, onAsOf: () => (usesAsOf = true) });
  if (key) {
    // The findings hold lines of the files they are in, and of the files they name as related places.
    const located: Record<string, string> = {};
    for (const f of findings) {
      for (const name of [f.file, ...(f.related ?? []).map((r) => r.file)]) {
        const file = byDisplay.get(name);
        if (file) located[name] = cached!.hashOf(file);
      }
    }
    cached!.cache.putDerived('project', { key, value: { findings, asOf: usesAsOf ? opts.asOf : undefined } satisfies Across, located });
  }
  return findings;
}
