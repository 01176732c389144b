import { closeSync, openSync, readSync } from 'node:fs';
import type { FileKind } from '../model/types.js';

/**
 * Kinds that every other file is checked against: loaded first, on the main thread. The use of
 * delegated items (usage) is among them: whether a delegated item was used is judged in its own file.
 */
export const CONTEXT_KINDS: readonly FileKind[] = ['config', 'departments', 'townships', 'laws', 'usage'];

const HEAD = 4096;
const KIND_LINE = /^kind:[ \t]*["']?([A-Za-z]+)["']?[ \t]*(?:#.*)?\r?$/m;

/**
 * The kind a file declares on a top-level line of its first 4 KB (`kind: domain`), without parsing
 * it; undefined when not found there. Used only to order the work: every file is loaded properly later.
 */
export function declaredKind(abs: string): string | undefined {
  return declaredKindOf(abs);
}

/** The kind a `kind:` line (or the head of a file) declares. */
export function declaredKindIn(text: string): string | undefined {
  return KIND_LINE.exec(text)?.[1];
}

/** The same, of a file on disk or of bytes in memory. */
export function declaredKindOf(file: string | Buffer): string | undefined {
  if (typeof file !== 'string') return declaredKindIn(file.subarray(0, HEAD).toString('utf8'));
  const abs = file;
  let fd: number | undefined;
  try {
    fd = openSync(abs, 'r');
    const buf = Buffer.alloc(HEAD);
    const n = readSync(fd, buf, 0, HEAD, 0);
    return declaredKindIn(buf.subarray(0, n).toString('utf8'));
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
