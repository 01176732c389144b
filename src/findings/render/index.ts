import { renderGithub } from './github.js';
import { renderGitlab } from './gitlab.js';
import { renderHuman } from './human.js';
import { renderJson } from './json.js';
import { renderJunit } from './junit.js';
import { renderSarif } from './sarif.js';
import type { Renderer } from './types.js';

import type { FindingFormat } from './formats.js';

export { FINDING_FORMATS, type FindingFormat } from './formats.js';

export const RENDERERS: Record<FindingFormat, Renderer> = {
  human: renderHuman,
  json: renderJson,
  sarif: renderSarif,
  github: renderGithub,
  junit: renderJunit,
  gitlab: renderGitlab,
};

export type { RenderContext, Renderer } from './types.js';
