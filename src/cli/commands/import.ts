import { relative, resolve } from 'node:path';
import type { Lang } from '../../i18n.js';
import { RespError } from '../../errors.js';
import { LIST_KINDS, type ListKind } from '../../model/types.js';
import { createNew, emit } from '../../io/write.js';
import { describeMap, importFiles, readColumnMap, writeRepository, ImportReadError, type ImportResult } from '../../import/index.js';
import { renderImportReport } from '../../import/render.js';
import { heldListFile } from '../../init/scaffold.js';
import { EXIT } from '../exit-codes.js';

export interface ImportFlags {
  lang: Lang;
  out?: string;
  force?: boolean;
  kind?: string;
  township?: string;
  map?: string;
  writeMap?: string;
  format: 'human' | 'json';
  dryRun?: boolean;
}

const MSG = {
  badKind: { zh: '--kind 应为以下之一：{kinds}', en: '--kind must be one of: {kinds}' },
  listHere: {
    zh: '当前文件夹 {dir} 已有清单文件（{file}），未写入任何文件；请用 --out 指定一个新文件夹',
    en: 'the current folder {dir} already holds list files ({file}); nothing was written; name a new folder with --out',
  },
};

/**
 * `resp import <file...>`: Excel, Word or CSV lists become a list repository, with a loss report.
 * Exit 0: imported with nothing lost; 1: imported, with losses reported; 2: unreadable input or a
 * target that would be overwritten (nothing written).
 */
export async function importCommand(files: string[], flags: ImportFlags): Promise<number> {
  if (flags.kind !== undefined && !(LIST_KINDS as readonly string[]).includes(flags.kind)) throw new RespError('usage', MSG.badKind, { kinds: LIST_KINDS.join('、') });
  const map = flags.map ? readColumnMap(flags.map) : undefined;
  const cwd = process.cwd();
  const dir = resolve(cwd, flags.out ?? '.');
  if (!flags.out && !flags.force && !flags.dryRun && !flags.writeMap) {
    const held = heldListFile(dir);
    if (held) throw new RespError('io', MSG.listHere, { dir: '.', file: held });
  }
  let result: ImportResult;
  try {
    result = await importFiles(files, {
      lang: flags.lang,
      ...(flags.kind ? { kind: flags.kind as ListKind } : {}),
      ...(flags.township ? { township: flags.township } : {}),
      ...(map ? { map } : {}),
    });
  } catch (e) {
    if (e instanceof ImportReadError) {
      process.stderr.write(`resp: ${e.text(flags.lang)}\n`);
      return EXIT.failure;
    }
    throw e;
  }
  let written: string[] = [];
  if (flags.writeMap) createNew(resolve(cwd, flags.writeMap), describeMap(result.tables), { force: !!flags.force });
  else if (!flags.dryRun) written = writeRepository(dir, result.files, { force: !!flags.force, display: flags.out ?? '.' }).map((f) => relative(cwd, f) || f);
  await emit(renderImportReport(result, { format: flags.format, lang: flags.lang, written, dir: relative(cwd, dir) || '.', ...(flags.writeMap ? { mapFile: flags.writeMap } : {}) }));
  return result.losses.some((l) => l.severity === 'warning') ? EXIT.findings : EXIT.ok;
}
