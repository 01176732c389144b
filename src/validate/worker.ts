/**
 * A worker thread of `resp validate`: loads the configuration and registries itself, then checks the
 * files the main thread sends, one message per file.
 */
import { workerData } from 'node:worker_threads';
import { serveTasks } from '../util/worker-pool.js';
import { checkFile, type FileTask } from './check-file.js';
import { makeContext } from './run-context.js';
import type { FoundFile } from '../load/discover.js';
import type { Lang } from '../i18n.js';
import type { StreamSetup } from '../compile/stream.js';
import { streamCompiler } from './stream-compiler.js';

// `yaml` reads process.env (LOG_TOKENS, LOG_STREAM) on every token, each read a call into C++. A worker's
// environment is its own copy, so turning it into a plain object stays inside this thread (about −19%).
process.env = { ...process.env };

/** What a worker needs to build its own context. */
export interface WorkerSetup {
  root: string;
  context: FoundFile[];
  lang: Lang;
  asOf: string;
  /** Compile the domain files asked for too (resp build): what the worker's StreamCompiler is made from. */
  lists?: StreamSetup;
}

const setup = workerData as WorkerSetup;
const { ctx } = makeContext(setup.root, setup.context, setup);

const compiler = setup.lists && streamCompiler(setup.lists, setup.lang);

// The county items township files name are known once the main thread has read those files.
serveTasks(
  (task: FileTask) => checkFile(ctx, task, compiler),
  (m: { refs: string[] }) => m.refs.forEach((id) => ctx.refs.add(id)),
  (r) => (r.lists ? [r.lists.bytes] : []),
);
