import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RespError } from '../../src/errors.js';
import { fmt } from '../../src/i18n.js';
import { createNew, PendingFile, withTempFile, writeAtomic, writeAtomicPieces } from '../../src/io/write.js';

const fresh = () => mkdtempSync(join(tmpdir(), 'resp-write-'));

/** The RespError a call throws (fails the test when it throws nothing, or something else). */
function refusal(f: () => unknown): RespError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(RespError);
    return e as RespError;
  }
  throw new Error('expected a RespError');
}

describe('writeAtomic', () => {
  it('creates missing folders and replaces a file whole, leaving no temporary file', () => {
    const dir = fresh();
    const file = join(dir, 'out', '清单.json');
    writeAtomic(file, 'first');
    writeAtomic(file, new TextEncoder().encode('second'));
    expect(readFileSync(file, 'utf8')).toBe('second');
    expect(readdirSync(join(dir, 'out'))).toEqual(['清单.json']);
  });

  it('writes pieces in blocks', () => {
    const dir = fresh();
    const file = join(dir, 'big.txt');
    const piece = 'x'.repeat(1000);
    writeAtomicPieces(file, Array.from({ length: 3000 }, () => piece));
    expect(readFileSync(file, 'utf8')).toBe(piece.repeat(3000));
    expect(readdirSync(dir)).toEqual(['big.txt']);
  });

  it('leaves the old file intact and no temporary file when the pieces fail half-way', () => {
    const dir = fresh();
    const file = join(dir, 'list.json');
    writeFileSync(file, 'old version');
    function* failing() {
      for (let i = 0; i < 2000; i++) yield 'y'.repeat(1000);
      throw new Error('disk on fire');
    }
    expect(() => writeAtomicPieces(file, failing())).toThrow('disk on fire');
    expect(readFileSync(file, 'utf8')).toBe('old version');
    expect(readdirSync(dir)).toEqual(['list.json']);
  });

  it('withTempFile: a failing writer leaves the old file and no temporary file', async () => {
    const dir = fresh();
    const file = join(dir, 'book.xlsx');
    writeFileSync(file, 'old version');
    await expect(withTempFile(file, async (tmp) => {
      writeFileSync(tmp, 'half');
      throw new Error('exceljs broke');
    })).rejects.toThrow('exceljs broke');
    expect(readFileSync(file, 'utf8')).toBe('old version');
    expect(readdirSync(dir)).toEqual(['book.xlsx']);
    await withTempFile(file, async (tmp) => writeFileSync(tmp, 'new'));
    expect(readFileSync(file, 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['book.xlsx']);
  });
});

describe('targets that are not regular files are refused, and nothing is written', () => {
  const cases: [string, (dir: string) => string, RegExp][] = [
    ['a directory', (dir) => (mkdirSync(join(dir, 'report.json')), join(dir, 'report.json')), /它是文件夹，不是普通文件/],
    ['a symbolic link', (dir) => {
      writeFileSync(join(dir, 'source.yaml'), 'kind: domain\n');
      symlinkSync(join(dir, 'source.yaml'), join(dir, 'link.yaml'));
      return join(dir, 'link.yaml');
    }, /它是符号链接，不是普通文件/],
    ['a dangling symbolic link', (dir) => (symlinkSync(join(dir, 'nowhere'), join(dir, 'dangling')), join(dir, 'dangling')), /符号链接/],
    ['a FIFO', (dir) => (execFileSync('mkfifo', [join(dir, 'pipe')]), join(dir, 'pipe')), /它是命名管道（FIFO），不是普通文件/],
  ];
  for (const [what, make, zh] of cases) {
    it(what, async () => {
      const dir = fresh();
      const target = make(dir);
      const before = readdirSync(dir).sort();
      for (const write of [
        () => writeAtomic(target, 'x'),
        () => writeAtomicPieces(target, ['x']),
        () => createNew(target, 'x'),
        () => createNew(target, 'x', { force: true }),
      ]) {
        const e = refusal(write);
        expect(e.kind).toBe('io');
        expect(fmt(e.msg, 'zh', e.args)).toMatch(zh);
        expect(fmt(e.msg, 'zh', e.args)).toContain(target);
        expect(fmt(e.msg, 'en', e.args)).toMatch(/not a regular file/);
      }
      await expect(withTempFile(target, async () => {})).rejects.toBeInstanceOf(RespError);
      expect(readdirSync(dir).sort()).toEqual(before);
      if (what === 'a symbolic link') {
        expect(lstatSync(target).isSymbolicLink()).toBe(true);
        expect(readFileSync(join(dir, 'source.yaml'), 'utf8')).toBe('kind: domain\n');
      }
    });
  }

  it('a socket', async () => {
    const dir = fresh();
    const path = join(dir, 'resp.sock');
    const server = createServer().listen(path);
    await once(server, 'listening');
    try {
      const e = refusal(() => writeAtomic(path, 'x'));
      expect(fmt(e.msg, 'en', e.args)).toBe(`cannot write ${path}: it is a socket, not a regular file; nothing was written`);
      expect(lstatSync(path).isSocket()).toBe(true);
    } finally {
      server.close();
    }
  });

  it('a target that becomes a symbolic link while the temporary file is written is not renamed over', async () => {
    const dir = fresh();
    writeFileSync(join(dir, 'source.yaml'), 'kind: domain\n');
    const target = join(dir, 'report.json');
    await expect(withTempFile(target, async (tmp) => {
      writeFileSync(tmp, 'report');
      symlinkSync(join(dir, 'source.yaml'), target);
    })).rejects.toThrow(/symbolic link/);
    expect(lstatSync(target).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'source.yaml'), 'utf8')).toBe('kind: domain\n');
    expect(readdirSync(dir).sort()).toEqual(['report.json', 'source.yaml']);
  });

  it('a device (/dev/null)', () => {
    const e = refusal(() => writeAtomic('/dev/null', 'x'));
    expect(fmt(e.msg, 'en', e.args)).toBe('cannot write /dev/null: it is a device, not a regular file; nothing was written');
  });
});

describe('write errors', () => {
  it('become a RespError naming the file, with no temporary file left', () => {
    const dir = fresh();
    writeFileSync(join(dir, 'plain'), 'a file, not a folder');
    const file = join(dir, 'plain', 'out.json');
    const e = refusal(() => writeAtomic(file, 'x'));
    expect(e.kind).toBe('io');
    expect(fmt(e.msg, 'zh', e.args)).toBe(`写入 ${file} 失败：路径中有一段不是文件夹`);
    expect(readdirSync(dir)).toEqual(['plain']);
  });
});

describe('createNew', () => {
  it('creates a file that does not exist', () => {
    const dir = fresh();
    const file = join(dir, 'sub', 'new.yaml');
    createNew(file, 'kind: domain\n');
    expect(readFileSync(file, 'utf8')).toBe('kind: domain\n');
    expect(readdirSync(join(dir, 'sub'))).toEqual(['new.yaml']);
  });

  it('refuses an existing file and leaves it byte-identical', () => {
    const dir = fresh();
    const file = join(dir, 'domains.yaml');
    const old = Buffer.from([0xef, 0xbb, 0xbf, 0x6b, 0x69, 0x6e, 0x64, 0x0d, 0x0a, 0xff]);
    writeFileSync(file, old);
    const e = refusal(() => createNew(file, 'new content'));
    expect(e.kind).toBe('io');
    expect(fmt(e.msg, 'zh', e.args)).toBe(`${file} 已存在，未覆盖（确需覆盖请加 --force）`);
    expect(readFileSync(file).equals(old)).toBe(true);
    expect(readdirSync(dir)).toEqual(['domains.yaml']);
  });

  it('with force, replaces an existing file', () => {
    const dir = fresh();
    const file = join(dir, 'domains.yaml');
    writeFileSync(file, 'old');
    createNew(file, 'new', { force: true });
    expect(readFileSync(file, 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['domains.yaml']);
    expect(existsSync(file)).toBe(true);
  });
});

describe('temporary files of processes that died', () => {
  /** The pid of a process that has ended. */
  const deadPid = () => {
    const r = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    return Number(r.stdout);
  };

  it('are removed at the next write into the folder; those of live processes and other files are kept', () => {
    const dir = fresh();
    const dead = deadPid();
    const stale = [`.清单.xlsx.${dead}.0123456789ab.tmp`, `.report.json.${dead}.a1b2c3d4e5f6.tmp`];
    const live = `.other.json.${process.pid}.ffffffffffff.tmp`;
    const mine = ['notes.tmp', `.hidden.${dead}.tmp`, 'keep.json'];
    for (const n of [...stale, live, ...mine]) writeFileSync(join(dir, n), 'x');
    writeAtomic(join(dir, 'report.json'), 'new');
    expect(readdirSync(dir).sort()).toEqual([live, ...mine, 'report.json'].sort());
  });

  it('name the process that writes them', async () => {
    const dir = fresh();
    let seen = '';
    await withTempFile(join(dir, 'book.xlsx'), async (tmp) => {
      seen = tmp;
      writeFileSync(tmp, 'x');
    });
    expect(seen).toMatch(new RegExp(`/\\.book\\.xlsx\\.${process.pid}\\.[0-9a-f]{12}\\.tmp$`));
  });
});

describe('PendingFile', () => {
  it('keeps its own copy of bytes it holds back: the buffer they were cut from may be reused or let go', () => {
    const dir = mkdtempSync(join(tmpdir(), 'resp-pending-'));
    const file = join(dir, 'list.json');
    const out = new PendingFile(file, 1 << 10);
    const shared = Buffer.from('东湖镇的事项，西山乡的事项');
    const first = Buffer.byteLength('东湖镇的事项');
    out.write(new Uint8Array(shared.buffer, shared.byteOffset, first));
    // The rest of the buffer is another list's; whoever owns it writes over it before this file is written.
    shared.fill(0x78);
    out.write('。');
    expect(existsSync(file)).toBe(false);
    out.commit();
    expect(readFileSync(file, 'utf8')).toBe('东湖镇的事项。');
    expect(readdirSync(dir)).toEqual(['list.json']);
  });
});
