/**
 * A worker thread of `resp build --out` (and of a streamed `resp export`): loads the repository's other
 * files (configuration, registries, township files) itself, then turns each domain file the main thread
 * names into its lists' text (StreamCompiler.file), one message per file. It lives with the commands:
 * it loads files as validate does (schema included) and compiles them, two stages compile may not reach.
 */
import { workerData } from 'node:worker_threads';
import type { Lang } from '../i18n.js';
import type { FoundFile } from '../load/discover.js';
import { loadFile } from '../validate/load.js';
import { streamCompiler } from '../validate/stream-compiler.js';
import { serveTasks } from '../util/worker-pool.js';
import type { PackedLists, StreamSetup } from '../compile/stream.js';

// See validate/worker.ts: `yaml` reads process.env on every token.
process.env = { ...process.env };

const setup = workerData as StreamSetup & { lang: Lang };
const compiler = streamCompiler(setup, setup.lang);

serveTasks(
  (task: FoundFile): PackedLists => compiler.pack(compiler.loaded(loadFile(task.display, task.abs, { lang: setup.lang, maxFileMb: setup.maxFileMb }))),
  () => {},
  (packed) => [packed.bytes],
);
