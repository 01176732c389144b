import { StreamCompiler, type StreamSetup } from '../compile/stream.js';
import type { Lang } from '../i18n.js';
import { Registry } from '../model/registry.js';
import { loadProject } from './load.js';

/**
 * A StreamCompiler of a worker thread's own, from the files `setup` names (see StreamSetup): for the
 * workers of build and of validation in a build. Apart from load.ts, so that a run that compiles
 * nothing does not load the compiler.
 */
export function streamCompiler(setup: StreamSetup, lang: Lang): StreamCompiler {
  const project = loadProject({ root: setup.root, hasConfig: true, files: setup.context, scope: new Set() }, lang);
  return new StreamCompiler(project, Registry.fromProject(project), setup.format, setup.townships, setup.county);
}
