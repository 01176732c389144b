import { spawn } from 'node:child_process';
import { accessSync, constants, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readError } from './errors.js';

/**
 * Old binary formats (xls, doc and WPS's et, wps) converted to xlsx/docx by LibreOffice, headless,
 * with a fresh profile, in a fresh temporary folder holding a copy of the file: nothing is written
 * next to the user's file, and a running LibreOffice of the user's is not disturbed.
 */

export type LegacyKind = 'xls' | 'doc' | 'wps' | 'et';

export const TARGET_OF: Record<LegacyKind, 'xlsx' | 'docx'> = { xls: 'xlsx', et: 'xlsx', doc: 'docx', wps: 'docx' };

/** What a message names the kind and the format to save it as. */
export function legacyArgs(kind: LegacyKind): { kind: string; targetZh: string; targetEn: string } {
  return TARGET_OF[kind] === 'xlsx'
    ? { kind: `.${kind}`, targetZh: 'Excel 工作簿（.xlsx）', targetEn: 'Excel Workbook (.xlsx)' }
    : { kind: `.${kind}`, targetZh: 'Word 文档（.docx）', targetEn: 'Word Document (.docx)' };
}

/**
 * The LibreOffice program: `sofficePath` when given (null: none, as if not installed), else
 * RESP_SOFFICE, else `soffice` or `libreoffice` on PATH, else the usual install places.
 */
export function findSoffice(sofficePath?: string | null): string | null {
  if (sofficePath === null) return null;
  if (sofficePath !== undefined) return sofficePath;
  const env = process.env.RESP_SOFFICE;
  if (env) return env;
  const win = process.platform === 'win32';
  const names = win ? ['soffice.exe', 'soffice.com'] : ['soffice', 'libreoffice'];
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    for (const n of names) {
      const p = join(dir, n);
      if (isExecutable(p)) return p;
    }
  }
  const known = win
    ? [
        join(process.env.ProgramFiles ?? 'C:\\Program Files', 'LibreOffice', 'program', 'soffice.exe'),
        join(process.env['ProgramFiles(x86)'] ?? 'C:\\Program Files (x86)', 'LibreOffice', 'program', 'soffice.exe'),
      ]
    : process.platform === 'darwin'
      ? ['/Applications/LibreOffice.app/Contents/MacOS/soffice']
      : [];
  return known.find(isExecutable) ?? null;
}

function isExecutable(p: string): boolean {
  try {
    accessSync(p, constants.X_OK);
    return existsSync(p);
  } catch {
    return false;
  }
}

/** The bytes of the converted file (xlsx or docx); throws `legacy-no-soffice` or `legacy-convert-failed`. */
export async function convertLegacy(
  bytes: Buffer,
  kind: LegacyKind,
  opts: { sofficePath?: string | null; timeoutMs: number },
): Promise<Buffer> {
  const soffice = findSoffice(opts.sofficePath);
  if (!soffice) throw readError('legacy-no-soffice', legacyArgs(kind));
  const target = TARGET_OF[kind];
  const work = mkdtempSync(join(tmpdir(), 'resp-import-'));
  try {
    const inDir = join(work, 'in');
    const outDir = join(work, 'out');
    const profile = join(work, 'profile');
    const input = join(inDir, `source.${kind}`);
    for (const d of [inDir, outDir, profile]) mkdirSync(d);
    writeFileSync(input, bytes);
    const args = [
      '--headless',
      '--norestore',
      '--nolockcheck',
      '--nodefault',
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      '--convert-to',
      target,
      '--outdir',
      outDir,
      input,
    ];
    const result = await run(soffice, args, opts.timeoutMs);
    const out = join(outDir, `source.${target}`);
    if (!existsSync(out)) {
      const said = (result.output.match(/Error[^\n]*/)?.[0] ?? result.output.trim().split('\n').pop() ?? '').slice(0, 200);
      throw readError('legacy-convert-failed', {
        ...legacyArgs(kind),
        detail: result.timedOut
          ? `over ${Math.round(opts.timeoutMs / 1000)} s`
          : result.error ?? (said || `exit code ${result.code}`),
      });
    }
    return readFileSync(out);
  } finally {
    rmSync(work, { recursive: true, force: true, maxRetries: 3 });
  }
}

interface RunResult {
  code: number | null;
  output: string;
  timedOut: boolean;
  error?: string;
}

/** Run a program, killing its whole process group after `ms`. */
function run(cmd: string, args: string[], ms: number): Promise<RunResult> {
  return new Promise((resolve) => {
    const win = process.platform === 'win32';
    let output = '';
    let timedOut = false;
    let child: ReturnType<typeof spawn>;
    try {
      child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], detached: !win, windowsHide: true });
    } catch (e) {
      resolve({ code: null, output: '', timedOut: false, error: (e as Error).message });
      return;
    }
    const keep = (b: Buffer) => {
      if (output.length < 8192) output += b.toString('utf8');
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    const kill = () => {
      try {
        if (!win && child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
        else child.kill('SIGKILL');
      } catch {
        // already gone
      }
    };
    const timer = setTimeout(() => {
      timedOut = true;
      kill();
    }, ms);
    child.on('error', (e) => {
      clearTimeout(timer);
      resolve({ code: null, output, timedOut, error: e.message });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output, timedOut });
    });
  });
}
