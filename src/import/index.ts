/**
 * `importFiles`: Excel, Word and CSV lists become a list repository (files as text) with a loss
 * report. Reading (read/) → grids → tables and records (table.ts) → items (items.ts) → one repository
 * (assemble.ts) → YAML (emit.ts). Nothing is written here; see `writeRepository`.
 */
import { existsSync, lstatSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { RespError } from '../errors.js';
import { createNew } from '../io/write.js';
import { assemble, type Assembled, type ImportOptions, type TableInfo } from './assemble.js';
import { emitRepository } from './emit.js';
import { cellName, type SourceBook } from './grid.js';
import type { Ledger } from './ledger.js';
import { readSource } from './read/index.js';
import type { Loss } from './report.js';

export type { ImportOptions } from './assemble.js';
export type { Loss, LossCode } from './report.js';
export type { SourceBook, Grid } from './grid.js';
export { ImportReadError } from './read/errors.js';
export { readColumnMap, describeMap } from './map-file.js';

/** What an import makes. */
export interface ImportResult {
  /** Relative path → YAML text. */
  files: Map<string, string>;
  losses: Loss[];
  /** Per source file: cell key (`sheet!A1`) → what it became. */
  mapped: Map<string, Map<string, string>>;
  tables: TableInfo[];
  assembled: Assembled;
  books: { file: string; format: string; convertedFrom?: string; grids: number }[];
}

/** Import books already read (tests and other programs that have grids). */
export function importBooks(books: SourceBook[], opts: ImportOptions = {}): ImportResult {
  const a = assemble(books, opts);
  books.forEach((b, i) => sweep(b, a.ledgers[i]));
  return {
    files: emitRepository(a),
    losses: a.ledgers.flatMap((l) => l.losses),
    mapped: new Map(a.ledgers.map((l) => [l.file, l.mapped])),
    tables: a.tables,
    assembled: a,
    books: books.map((b) => ({ file: b.file, format: b.format, ...(b.convertedFrom ? { convertedFrom: b.convertedFrom } : {}), grids: b.grids.length })),
  };
}

/** Read the files and import them. Unreadable input throws ImportReadError (exit 2). */
export async function importFiles(files: string[], opts: ImportOptions = {}): Promise<ImportResult> {
  const books: SourceBook[] = [];
  for (const f of files) books.push(await readSource(f));
  return importBooks(books, opts);
}

/** Any non-empty cell neither mapped nor reported is reported, so that nothing is lost silently. */
function sweep(book: SourceBook, ledger: Ledger): void {
  const reported = new Set(ledger.losses.flatMap((l) => l.cells));
  for (const g of book.grids) {
    g.rows.forEach((row, r) =>
      row.forEach((text, c) => {
        if (!text.trim()) return;
        const key = `${g.name}!${cellName(g, r, c)}`;
        if (!ledger.mapped.has(key) && !reported.has(key)) ledger.loss('unmapped-cell', key, [key], { text: text.replace(/\s+/g, ' ').slice(0, 40) }, text);
      }),
    );
    (g.after ?? []).forEach((p, i) => {
      if (p.trim()) ledger.loss('footnote', `${g.name} 后文第${i + 1}段`, [`${g.name} 后文第${i + 1}段`], { text: p.replace(/\s+/g, ' ').slice(0, 60) }, p);
    });
  }
}

const WRITE_MSG = {
  exists: {
    zh: '{dir} 中已有文件，未写入任何文件：{files}。请换一个 --out 文件夹，或用 --force 覆盖',
    en: '{dir} already has files; nothing was written: {files}. Choose another --out folder, or --force to overwrite',
  },
  notDir: { zh: '{dir} 不是文件夹', en: '{dir} is not a folder' },
};

/**
 * Write the files under `dir`. Without `force`, nothing is written when any of them exists; each file
 * is written atomically, and on a failure the files this call created are removed again.
 */
export function writeRepository(dir: string, files: Map<string, string>, opts: { force?: boolean; display?: string } = {}): string[] {
  const shown = opts.display ?? dir;
  if (existsSync(dir) && !lstatSync(dir).isDirectory()) throw new RespError('io', WRITE_MSG.notDir, { dir: shown });
  const targets = [...files.keys()].map((rel) => join(dir, rel));
  if (!opts.force) {
    const there = [...files.keys()].filter((rel) => existsSync(join(dir, rel)));
    if (there.length) throw new RespError('io', WRITE_MSG.exists, { dir: shown, files: there.slice(0, 5).join('、') + (there.length > 5 ? ' …' : '') });
  }
  const created: string[] = [];
  try {
    mkdirSync(dir, { recursive: true });
    for (const [rel, text] of files) {
      const target = join(dir, rel);
      const existed = existsSync(target);
      createNew(target, text, { force: !!opts.force });
      if (!existed) created.push(target);
    }
  } catch (e) {
    for (const f of created) rmSync(f, { force: true });
    throw e;
  }
  return targets;
}
