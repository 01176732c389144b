import type { Lang } from '../i18n.js';
import { tooLargeFile, type LoadedFile } from '../load/load-file.js';
import { finish } from '../validate/load.js';

/** A file over the size limit, not read: the same finding `loadFile` gives on disk. */
export function tooLarge(display: string, abs: string, size: number, limitMb: number, lang: Lang): LoadedFile {
  return finish(tooLargeFile(display, abs, size, limitMb), lang);
}
