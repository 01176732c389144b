/**
 * A worker thread of `resp diff`: scans pairs of domain files (see scan-domain.ts), one message per
 * pair. The ids township files name arrive first.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Lang } from '../i18n.js';
import { scanPair, type ScanContext, type ScanTask } from './scan-domain.js';

// `yaml` reads process.env on every token; a plain copy keeps those reads inside this thread.
process.env = { ...process.env };

const ctx: ScanContext = { lang: (workerData as { lang: Lang }).lang, refs: new Set() };

parentPort!.on('message', (m: { id: number; task: ScanTask } | { refs: string[] }) => {
  if ('refs' in m) return void m.refs.forEach((id) => ctx.refs.add(id));
  try {
    parentPort!.postMessage({ id: m.id, result: scanPair(ctx, m.task) });
  } catch (e) {
    parentPort!.postMessage({ id: m.id, error: (e as Error)?.stack ?? String(e) });
  }
});
