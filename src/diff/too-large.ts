import { fmt, type Lang } from '../i18n.js';
import type { LoadedFile } from '../load/load-file.js';
import { LOAD_MESSAGES as M } from '../load/messages.js';
import { SourceFile } from '../load/source-file.js';

/** A file over the size limit, not read: the same finding `loadFile` gives on disk. */
export function tooLarge(display: string, abs: string, size: number, limitMb: number, lang: Lang): LoadedFile {
  return {
    source: new SourceFile(display, abs, ''),
    findings: [{
      rule: 'file-too-large', messageId: 'tooLarge', severity: 'error', file: display, line: 1, column: 1,
      message: fmt(M.tooLarge, lang, { size: (size / 1048576).toFixed(1), limit: limitMb }),
      hint: fmt(M.tooLargeHint, lang),
    }],
  };
}
