import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { Lang } from '../../i18n.js';
import { RespError } from '../../errors.js';
import { compile } from '../../compile/compile.js';
import type { CompiledItem } from '../../compile/types.js';
import { FindIndex } from '../../find/index.js';
import { renderFind } from '../../find/render.js';
import { discover } from '../../load/discover.js';

import { Registry } from '../../model/registry.js';
import { emit } from '../../io/write.js';
import { EXIT } from '../exit-codes.js';
import { pickTownship } from './build.js';
import { loadProject } from '../../validate/load.js';

export interface FindFlags {
  lang: Lang;
  repo?: string;
  township?: string;
  limit?: string;
  format: 'human' | 'json';
  /** Reports from standard input, one a line. */
  stdin?: boolean;
}

const MSG = {
  empty: { zh: '请用平常的话描述要找的问题，例如 resp find "有人晚上在河里挖沙"', en: 'describe the problem in plain words, e.g. resp find "someone digs sand in the river at night"' },
  both: { zh: '--stdin 从标准输入读取问题，命令行上不能再写问题：{words}', en: '--stdin reads the reports from standard input; no report on the command line too: {words}' },
  limit: { zh: '-n 应为 1 到 50 的整数：{v}', en: '-n must be a whole number from 1 to 50: {v}' },
};

/**
 * A report as it is searched and shown: control characters (a terminal's escape sequences, a pasted
 * bell or NUL) become spaces, so the answer never replays them on the dispatcher's screen.
 */
function plain(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ').replace(/ {2,}/g, ' ').trim();
}

/**
 * `resp find <text>`: which items answer a problem told in plain words, best first. Exit 0 with a
 * confident answer, 1 when no item answers with confidence (a person should decide), 2 on usage errors.
 */
export async function findCommand(words: string[], flags: FindFlags): Promise<number> {
  const query = plain(words.join(' '));
  if (flags.stdin && query) throw new RespError('usage', MSG.both, { words: query });
  if (!flags.stdin && !query) throw new RespError('usage', MSG.empty);
  const limit = flags.limit === undefined ? 5 : Number(flags.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 50) throw new RespError('usage', MSG.limit, { v: flags.limit });
  const cwd = process.cwd();
  const project = loadProject(discover([resolve(cwd, flags.repo ?? '.')], cwd), flags.lang);
  const registry = Registry.fromProject(project);
  const result = compile(project, registry);
  const items = flags.township ? pickTownship(result, registry, flags.township).items : itemsInForce(result.county.items, result.townships.map((t) => t.items));
  const index = new FindIndex(items);
  if (!flags.stdin) {
    const answer = index.search(query, { limit });
    emit(renderFind(answer, flags.format, flags.lang, flags.township));
    return answer.confident ? EXIT.ok : EXIT.findings;
  }
  // One report a line, answered as it comes (a dispatch system can keep the pipe open): the index is
  // built once. Exit 0 when every report had a confident answer, 1 when any needs a person.
  let allConfident = true;
  let first = true;
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    const text = plain(line);
    if (!text) continue;
    const answer = index.search(text, { limit });
    allConfident &&= answer.confident;
    const out = renderFind(answer, flags.format, flags.lang, flags.township, flags.format === 'json' ? 'line' : 'block');
    emit(flags.format === 'json' || first ? out : `\n${out}`);
    first = false;
  }
  return allConfident ? EXIT.ok : EXIT.findings;
}

/** Without a township: the county's items and each township's own items, each id once. */
export function itemsInForce(county: CompiledItem[], townships: CompiledItem[][]): CompiledItem[] {
  const seen = new Set(county.map((i) => i.id));
  const out = [...county];
  for (const list of townships) for (const i of list) if (!seen.has(i.id)) (seen.add(i.id), out.push(i));
  return out;
}
