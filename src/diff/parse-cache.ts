import { createHash } from 'node:crypto';
import type { Lang } from '../i18n.js';
import { type LoadedFile } from '../load/load-file.js';
import { loadBuffer } from '../validate/load.js';

/** Git's object name of a file's bytes, so a file on disk and a blob of a revision compare by name. */
export function blobName(bytes: Buffer): string {
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

/**
 * Loaded files by path and content, shared by the two revisions of one comparison: a file that did
 * not change is parsed once (parsing is most of the cost of reading a revision).
 */
export class ParseCache {
  private readonly files = new Map<string, LoadedFile>();

  constructor(private readonly lang: Lang) {}

  /** The file at `display` with these bytes (git object name `blob`), loaded once per size limit. */
  get(display: string, abs: string, blob: string, limitMb: number, bytes: () => Buffer): LoadedFile {
    const key = `${limitMb}\0${display}\0${blob}`;
    let f = this.files.get(key);
    if (!f) {
      f = loadBuffer(display, abs, bytes(), { lang: this.lang, maxFileMb: limitMb });
      this.files.set(key, f);
    }
    return f;
  }

  /** True when the file with these bytes is already loaded. */
  has(display: string, blob: string, limitMb: number): boolean {
    return this.files.has(`${limitMb}\0${display}\0${blob}`);
  }
}
