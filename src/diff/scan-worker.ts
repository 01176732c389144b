/**
 * A worker thread of `resp diff`: scans pairs of domain files (see scan-domain.ts), one message per
 * pair. The ids township files name arrive first.
 */
import { workerData } from 'node:worker_threads';
import { serveTasks } from '../util/worker-pool.js';
import type { Lang } from '../i18n.js';
import { scanPair, type ScanContext, type ScanTask } from './scan-domain.js';

// `yaml` reads process.env on every token; a plain copy keeps those reads inside this thread.
process.env = { ...process.env };

const ctx: ScanContext = { lang: (workerData as { lang: Lang }).lang, refs: new Set() };

serveTasks((task: ScanTask) => scanPair(ctx, task), (m: { refs: string[] }) => m.refs.forEach((id) => ctx.refs.add(id)));
