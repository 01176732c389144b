/**
 * A worker thread of `resp validate`: loads the configuration and registries itself, then checks the
 * files the main thread sends, one message per file.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { checkFile, type FileTask } from './check-file.js';
import { makeContext } from './run-context.js';
import type { FoundFile } from '../load/discover.js';
import type { Lang } from '../i18n.js';

// `yaml` reads process.env (LOG_TOKENS, LOG_STREAM) on every token, each read a call into C++. A worker's
// environment is its own copy, so turning it into a plain object stays inside this thread (about −19%).
process.env = { ...process.env };

/** What a worker needs to build its own context. */
export interface WorkerSetup {
  root: string;
  context: FoundFile[];
  lang: Lang;
  asOf: string;
}

const setup = workerData as WorkerSetup;
const { ctx } = makeContext(setup.root, setup.context, setup);

parentPort!.on('message', (m: { id: number; task: FileTask } | { refs: string[] }) => {
  // The county items township files name are known once the main thread has read those files.
  if ('refs' in m) return void m.refs.forEach((id) => ctx.refs.add(id));
  try {
    parentPort!.postMessage({ id: m.id, result: checkFile(ctx, m.task) });
  } catch (e) {
    parentPort!.postMessage({ id: m.id, error: (e as Error)?.stack ?? String(e) });
  }
});
