import { resolve } from 'node:path';
import { RespError } from '../../errors.js';
import type { Lang } from '../../i18n.js';
import { diffRevisions } from '../../diff/diff-projects.js';
import { DIFF_RENDERERS, type DiffFormat } from '../../diff/render/index.js';
import { loadRevisions } from '../../diff/load-revisions.js';
import { RevisionReader } from '../../diff/revision.js';
import type { ChangeSet } from '../../diff/types.js';
import { useColor } from '../color.js';
import { EXIT } from '../exit-codes.js';
import { emit, writeAtomic } from '../../io/write.js';
import { checkOutputFile } from '../outputs.js';

/** Flags of `resp diff`, as commander parses them. */
export interface DiffFlags {
  lang: Lang;
  format: DiffFormat;
  output?: string;
  exitCode?: boolean;
  failOn?: 'review' | 'change';
  /** -C: the folder whose git repository holds the revisions (default: the current folder). */
  repo?: string;
  color?: boolean;
}

/**
 * `resp diff <old> [new]`: compare two revisions (folders or git revisions; new defaults to the
 * working tree) and write the change set. Exit 1 only when asked: --exit-code / --fail-on.
 */
export async function diffCommand(oldRev: string, newRev: string | undefined, flags: DiffFlags): Promise<number> {
  if (flags.format === 'xlsx' && !flags.output) {
    throw new RespError('usage', { zh: '-f xlsx 需要用 -o 指定输出文件', en: '-f xlsx needs an output file: -o FILE' });
  }
  const cwd = process.cwd();
  const reader = new RevisionReader({ cwd, repoDir: resolve(cwd, flags.repo ?? '.'), lang: flags.lang });
  const [before, after] = [await reader.list(oldRev), await reader.list(newRev)];
  // Before any work: the request never replaces a source of either revision nor lands where it would be read as one.
  if (flags.output) checkOutputFile(flags.output, cwd, [before.root, after.root]);
  const [from, to] = await loadRevisions(before, after, flags.lang);
  const set = diffRevisions(from, to, flags.lang);

  if (flags.format === 'xlsx') {
    const { renderXlsx } = await import('../../diff/render/xlsx.js');
    // The 附件 label as the new revision's resp.yaml sets it (export.attachment), else 附件.
    writeAtomic(flags.output!, await renderXlsx(set, flags.lang, { attachment: to.project.config.export?.attachment }));
  } else {
    const color = flags.format === 'human' && !flags.output && useColor(flags.color);
    await emit(DIFF_RENDERERS[flags.format](set, { lang: flags.lang, color }), flags.output);
  }
  return exitCode(set, flags);
}

/**
 * 1 when --exit-code (or --fail-on change) and anything changed, or --fail-on review and a change needs
 * review; with either, also when a revision has problems (an unreadable file, a duplicate id): its
 * request would be incomplete.
 */
export function exitCode(set: ChangeSet, flags: Pick<DiffFlags, 'exitCode' | 'failOn'>): number {
  if ((flags.exitCode || flags.failOn) && set.problems.length) return EXIT.findings;
  if ((flags.exitCode || flags.failOn === 'change') && set.changes.length) return EXIT.findings;
  if (flags.failOn === 'review' && set.summary.needsReview) return EXIT.findings;
  return EXIT.ok;
}
