/** Where the benchmark corpora live, and generating them when missing (never inside the repository). */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generate, generateSpec, type CorpusStats } from './gen/generate.js';
import { EXPORT_SPEC, type SizeName } from './gen/sizes.js';

/** A size of the benchmark, or the export corpus. */
export type Target = SizeName | 'export' | 'import';

/** The default corpus folder for a seed: under the system's temporary folder. */
export function defaultCorpusRoot(seed: number): string {
  return join(tmpdir(), `resp-bench-${seed}`);
}

/** The corpus of a size, generated unless an earlier run with the same seed left it complete. */
export function ensureCorpus(root: string, target: Target, seed: number): CorpusStats {
  const dir = join(root, target);
  const stamp = join(dir, 'corpus.json');
  if (existsSync(stamp)) {
    const s = JSON.parse(readFileSync(stamp, 'utf8')) as CorpusStats & { seed: number; clean?: boolean };
    // The export corpus is generated without planted defects (earlier runs planted them: regenerate).
    if (s.seed === seed && !!s.clean === (target === 'export')) return s;
  }
  rmSync(dir, { recursive: true, force: true });
  const stats = target === 'export' ? generateSpec(EXPORT_SPEC, dir, seed, 'export') : generate(target as SizeName, dir, seed);
  writeFileSync(stamp, JSON.stringify({ ...stats, seed, clean: target === 'export' }));
  return stats;
}
