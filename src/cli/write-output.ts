import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { once } from 'node:events';
import { dirname, basename, join } from 'node:path';

/**
 * Write a file atomically: to a temporary name in the same folder, then rename. An interrupted
 * run leaves the old file intact and no partial file behind.
 */
export function writeAtomic(file: string, content: string | Uint8Array): void {
  replaceAtomically(file, (fd) => writeFileSync(fd, content));
}

/** Let `write` fill a temporary file beside `file`, then rename it into place; on failure nothing is left. */
function replaceAtomically(file: string, write: (fd: number) => void): void {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(tmp, 'w');
    write(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(tmp, file);
  } catch (e) {
    if (fd !== undefined) closeSync(fd);
    rmSync(tmp, { force: true });
    throw e;
  }
}

/** Where command output goes: stdout, or a file given by --output. */
export function emit(text: string, output?: string): void {
  if (output) writeAtomic(output, text);
  else process.stdout.write(text);
}

/** Pieces of text joined into blocks of about a megabyte (one write each). */
function* blocks(pieces: Iterable<string>): Generator<string> {
  let buf: string[] = [];
  let size = 0;
  for (const p of pieces) {
    buf.push(p);
    size += p.length;
    if (size >= 1 << 20) {
      yield buf.join('');
      buf = [];
      size = 0;
    }
  }
  if (buf.length) yield buf.join('');
}

/** Write text given in pieces (too large to be one string) atomically to a file. */
export function writeAtomicPieces(file: string, pieces: Iterable<string>): void {
  replaceAtomically(file, (fd) => {
    for (const b of blocks(pieces)) writeSync(fd, b);
  });
}

/**
 * Write text given in pieces to standard output, waiting while the reader catches up: standard output
 * may be a socket, where unwaited writes pile up in memory until the system refuses them (ENOBUFS).
 */
export async function emitPieces(pieces: Iterable<string>): Promise<void> {
  for (const b of blocks(pieces)) if (!process.stdout.write(b)) await once(process.stdout, 'drain');
}
