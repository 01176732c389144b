/**
 * The one way resp writes files: every command, exporter, the validation cache and postbuild go
 * through here. A file is written to a temporary name beside it (unique per process and call), then
 * renamed over the target: an interrupted or failed write leaves the old file intact and no temporary
 * file behind. Targets that exist but are not regular files (folders, symbolic links, FIFOs, devices,
 * sockets) are refused before anything is written, and system write errors become a RespError that
 * names the file.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, linkSync, lstatSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, statfsSync, writeFileSync, writeSync, type Stats } from 'node:fs';
import { isMainThread } from 'node:worker_threads';
import { basename, dirname, join } from 'node:path';
import { RespError } from '../errors.js';
import type { Msg } from '../i18n.js';

/** Write `content` to `file` atomically (temporary file beside it, then rename). */
export function writeAtomic(file: string, content: string | Uint8Array): void {
  replaceAtomically(file, (fd) => writeFileSync(fd, content));
}

/** Write text given in pieces (too large to be one string) atomically to `file`. */
export function writeAtomicPieces(file: string, pieces: Iterable<string>): void {
  replaceAtomically(file, (fd) => {
    for (const b of blocks(pieces)) writeSync(fd, b);
  });
}

/**
 * Let `write` fill a temporary file (given by path, for writers such as exceljs that open it
 * themselves) beside `file`, then rename it into place. When `write` throws, the temporary file is
 * removed and an existing `file` is left as it was.
 */
export async function withTempFile(file: string, write: (tmp: string) => Promise<void>): Promise<void> {
  const tmp = prepare(file);
  let stalled: (() => void) | undefined;
  track(tmp);
  try {
    await new Promise<void>((done, fail) => {
      // A writer whose stream failed may never settle (exceljs on a full disk): when nothing is left to
      // run and it still has not, it never will; that is a failed write, not a silent exit.
      stalled = () => fail(stallError(tmp));
      process.once('beforeExit', stalled);
      write(tmp).then(done, fail);
    });
    renameOver(tmp, file);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw asWriteError(e, file);
  } finally {
    if (stalled) process.off('beforeExit', stalled);
    untrack(tmp);
  }
}

/**
 * A file written a little at a time and put in place at the end (resp build writes each township's list
 * as the county items come): text is kept until about `flushAt` characters are waiting, then appended to
 * a temporary file beside `file`; `commit` renames it over `file`, `abort` removes it. Many can be open at
 * once: no file stays open between writes.
 */
export class PendingFile {
  private readonly tmp: string;
  private buf: (string | Uint8Array)[] = [];
  private size = 0;
  private created = false;
  private done = false;

  /** `flushAt`: characters of text (or bytes) kept before they are written. */
  constructor(readonly file: string, private readonly flushAt = 1 << 16) {
    this.tmp = prepare(file);
    track(this.tmp);
  }

  write(text: string | Uint8Array): void {
    this.size += text.length;
    // Bytes kept until a later flush are copied when they are a view of a larger buffer: a few kilobytes
    // of one list would otherwise keep a whole file's lists alive (one buffer per domain file, shared
    // by every township list it adds to).
    const keep = this.size < this.flushAt && typeof text !== 'string' && text.byteLength < text.buffer.byteLength;
    this.buf.push(keep ? (text as Uint8Array).slice() : text);
    if (this.size >= this.flushAt) this.flush();
  }

  commit(): void {
    try {
      this.flush();
      if (!this.created) fill(this.tmp, () => {});
      renameOver(this.tmp, this.file);
    } catch (e) {
      this.abort();
      throw asWriteError(e, this.file);
    }
    this.done = true;
    untrack(this.tmp);
  }

  abort(): void {
    if (this.done) return;
    this.done = true;
    rmSync(this.tmp, { force: true });
    untrack(this.tmp);
  }

  private flush(): void {
    if (!this.size) return;
    const parts = this.buf;
    this.buf = [];
    this.size = 0;
    try {
      const fd = openSync(this.tmp, this.created ? 'a' : 'wx');
      this.created = true;
      try {
        // writeFileSync on a descriptor writes all of it (writeSync may write part).
        for (const p of parts) writeFileSync(fd, p);
      } finally {
        closeSync(fd);
      }
    } catch (e) {
      this.abort();
      throw asWriteError(e, this.file);
    }
  }
}

/** Why a write into `tmp` never finished: a full file system when it is one, else that it did not finish. */
function stallError(tmp: string): Error {
  let full = false;
  try {
    const fs = statfsSync(dirname(tmp));
    full = fs.bavail === 0 || fs.ffree === 0;
  } catch {
    // no answer: say what is known
  }
  return full
    ? Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', syscall: 'write' })
    : Object.assign(new Error('the write never completed'), { code: 'EIO', syscall: 'write' });
}

/**
 * Create `file` with `content`, refusing when it already exists (`resp import`, `resp init`: never
 * overwrite unless --force). With `force` it replaces the file as writeAtomic does. Either way a target
 * that is not a regular file is refused.
 */
export function createNew(file: string, content: string | Uint8Array, opts: { force?: boolean } = {}): void {
  if (opts.force) return writeAtomic(file, content);
  const tmp = prepare(file);
  if (exists(file)) throw alreadyExists(file);
  track(tmp);
  try {
    fill(tmp, (fd) => writeFileSync(fd, content));
    try {
      // A hard link fails when the target exists: the atomic no-overwrite rename of POSIX.
      linkSync(tmp, file);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException)?.code;
      if (code === 'EEXIST') throw alreadyExists(file);
      // File systems without hard links (some network and FAT file systems): check, then rename.
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS') throw e;
      if (exists(file)) throw alreadyExists(file);
      renameSync(tmp, file);
    }
  } catch (e) {
    throw asWriteError(e, file);
  } finally {
    rmSync(tmp, { force: true });
    untrack(tmp);
  }
}

/** Where command output goes: standard output (see print), or a file (written atomically) given by --output. */
export async function emit(text: string, output?: string): Promise<void> {
  if (output) writeAtomic(output, text);
  else await print(text);
}

/**
 * Write text given in pieces to standard output, each block waited for: standard output may be a
 * socket, where unwaited writes pile up in memory until the system refuses them (ENOBUFS). Once the
 * reader went away, the rest is not written.
 */
export async function emitPieces(pieces: Iterable<string>): Promise<void> {
  for (const b of blocks(pieces)) {
    if (stdoutClosed) return;
    await print(b);
  }
}

/** True once the reader of standard output went away (EPIPE): later output is dropped. */
let stdoutClosed = false;
/** Writes to standard output not yet handed to the system. */
const pending = new Set<Promise<void>>();
let guarded = false;

/**
 * Answer errors of standard output and standard error where they are written, never as an unhandled
 * 'error' event (a stack trace). The CLI calls it first; print and emit call it too.
 */
export function guardStdio(): void {
  if (guarded) return;
  guarded = true;
  process.stdout.on('error', () => {});
  process.stderr.on('error', () => {});
}

/**
 * The one way text goes to standard output. Resolves once the system took it; a reader that went
 * away (`resp … | head -1`) is not an error: what it wanted, it has, and later output is dropped. Any
 * other failure (a full disk behind `> file`) rejects with a RespError of one line. Callers that cannot
 * wait (commander's help) may ignore the promise: `drainStdout` reports its failure at the end.
 */
export function print(text: string): Promise<void> {
  guardStdio();
  if (stdoutClosed || !text) return Promise.resolve();
  const p = new Promise<void>((done, fail) => {
    process.stdout.write(text, (e) => {
      if (!e) return done();
      if ((e as NodeJS.ErrnoException).code === 'EPIPE') {
        stdoutClosed = true;
        return done();
      }
      fail(stdoutError(e));
    });
  });
  pending.add(p);
  const forget = () => pending.delete(p);
  p.then(forget, forget);
  return p;
}

/** Wait for every write to standard output; rejects with the first failure among them. */
export async function drainStdout(): Promise<void> {
  await Promise.all([...pending]);
}

/** A failed write to standard output as a RespError of one line. */
function stdoutError(e: Error): RespError {
  const code = (e as NodeJS.ErrnoException).code ?? '';
  const reason = REASONS[code];
  return Object.assign(
    new RespError('io', reason
      ? { zh: `写入标准输出失败：${reason.zh}`, en: `writing standard output failed: ${reason.en}` }
      : { zh: '写入标准输出失败：{reason}', en: 'writing standard output failed: {reason}' }, { reason: e.message }),
    { cause: e },
  );
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

/** Let `write` fill a temporary file beside `file`, then rename it into place; on failure nothing is left. */
function replaceAtomically(file: string, write: (fd: number) => void): void {
  const tmp = prepare(file);
  track(tmp);
  try {
    fill(tmp, write);
    renameOver(tmp, file);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw asWriteError(e, file);
  } finally {
    untrack(tmp);
  }
}

/** Temporary files being written now: removed when the process is interrupted (SIGINT, SIGTERM, SIGHUP). */
const writing = new Set<string>();
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
let trapped = false;

function track(tmp: string): void {
  writing.add(tmp);
  if (trapped || !isMainThread) return;
  trapped = true;
  for (const sig of SIGNALS) process.on(sig, onSignal);
}

const untrack = (tmp: string) => writing.delete(tmp);

/** Remove what is being written, then die of the signal as the process would have without resp's handler. */
function onSignal(sig: NodeJS.Signals): void {
  for (const tmp of writing) rmSync(tmp, { force: true });
  writing.clear();
  for (const s of SIGNALS) process.off(s, onSignal);
  process.kill(process.pid, sig);
}

/** The temporary names this writer gives: `.NAME.PID.HEX12.tmp`. */
const TEMP_NAME = /^\..+\.(\d+)\.[0-9a-f]{12}\.tmp$/;
/** Folders already cleared of stale temporary files by this process (once per folder, not per file). */
const cleared = new Set<string>();

/**
 * Remove the temporary files that processes which have ended left in `dir` (killed with SIGKILL, or by a
 * power cut): a name of this writer whose pid is no longer alive. A live pid (perhaps reused) is left alone.
 */
function clearStale(dir: string): void {
  if (cleared.has(dir)) return;
  cleared.add(dir);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const m = TEMP_NAME.exec(name);
    if (!m || alive(Number(m[1]))) continue;
    const p = join(dir, name);
    try {
      if (lstatSync(p).isFile()) rmSync(p, { force: true });
    } catch {
      // gone already, or not ours to remove
    }
  }
}

/** True when a process with this pid exists (signal 0 tests without sending anything). */
function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Rename the finished temporary file over `file`, looking again first: a target that became a link,
 * a FIFO or a device while the file was written (an exporter can take seconds) is still refused.
 */
function renameOver(tmp: string, file: string): void {
  refuseIrregular(file);
  renameSync(tmp, file);
}

/** Create the temporary file `tmp` (never an existing one) and let `write` fill it. */
function fill(tmp: string, write: (fd: number) => void): void {
  const fd = openSync(tmp, 'wx');
  try {
    write(fd);
  } finally {
    closeSync(fd);
  }
}

/** Refuse a target that is not a regular file, make its folder, and name a temporary file beside it. */
function prepare(file: string): string {
  refuseIrregular(file);
  try {
    mkdirSync(dirname(file), { recursive: true });
  } catch (e) {
    throw asWriteError(e, file);
  }
  clearStale(dirname(file));
  return join(dirname(file), `.${basename(file)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
}

/** What a target that is not a regular file is, in words. */
function whatIs(st: Stats): Msg {
  if (st.isDirectory()) return { zh: '文件夹', en: 'a directory' };
  if (st.isSymbolicLink()) return { zh: '符号链接', en: 'a symbolic link' };
  if (st.isFIFO()) return { zh: '命名管道（FIFO）', en: 'a FIFO (named pipe)' };
  if (st.isCharacterDevice() || st.isBlockDevice()) return { zh: '设备文件', en: 'a device' };
  if (st.isSocket()) return { zh: '套接字', en: 'a socket' };
  return { zh: '特殊文件', en: 'a special file' };
}

/** Throw when `file` exists and is not a regular file: nothing is written then. */
function refuseIrregular(file: string): void {
  const st = lstat(file);
  if (!st || st.isFile()) return;
  const what = whatIs(st);
  throw new RespError('io', {
    zh: `不能写入 {file}：它是${what.zh}，不是普通文件；未写入任何内容`,
    en: `cannot write {file}: it is ${what.en}, not a regular file; nothing was written`,
  }, { file });
}

function lstat(file: string): Stats | undefined {
  try {
    return lstatSync(file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException)?.code === 'ENOENT') return undefined;
    throw asWriteError(e, file);
  }
}

const exists = (file: string) => lstat(file) !== undefined;

const alreadyExists = (file: string) =>
  new RespError('io', {
    zh: '{file} 已存在，未覆盖（确需覆盖请加 --force）',
    en: '{file} already exists and was not overwritten (use --force to replace it)',
  }, { file });

const REASONS: Record<string, Msg> = {
  ENOSPC: { zh: '磁盘空间不足', en: 'no space left on the device' },
  EDQUOT: { zh: '超出磁盘配额', en: 'disk quota exceeded' },
  EACCES: { zh: '没有写入权限', en: 'permission denied' },
  EPERM: { zh: '没有写入权限', en: 'operation not permitted' },
  EROFS: { zh: '文件系统只读', en: 'read-only file system' },
  ENOTDIR: { zh: '路径中有一段不是文件夹', en: 'a part of the path is not a folder' },
  EISDIR: { zh: '目标是文件夹', en: 'the target is a directory' },
  ENAMETOOLONG: { zh: '文件名太长', en: 'file name too long' },
  EIO: { zh: '设备读写错误', en: 'input/output error' },
};

/**
 * A system error of writing (one with an errno code and a system call) as a RespError naming the file;
 * anything else (a RespError, an error thrown by the content's producer) is passed on unchanged.
 */
function asWriteError(e: unknown, file: string): unknown {
  const err = e as NodeJS.ErrnoException | undefined;
  if (e instanceof RespError || typeof err?.code !== 'string' || !/^E[A-Z0-9]+$/.test(err.code) || !err.syscall) return e;
  const reason = REASONS[err.code];
  const msg: Msg = reason
    ? { zh: `写入 {file} 失败：${reason.zh}`, en: `writing {file} failed: ${reason.en}` }
    : { zh: '写入 {file} 失败：{reason}', en: 'writing {file} failed: {reason}' };
  return Object.assign(new RespError('io', msg, { file, reason: err.message }), { cause: e });
}
