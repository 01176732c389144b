import { renderGithub } from './github.js';
import { renderHuman } from './human.js';
import { renderJson } from './json.js';
import { renderJunit } from './junit.js';
import { renderSarif } from './sarif.js';
import type { Renderer } from './types.js';

/** Output formats of `resp validate --format`. */
export const FINDING_FORMATS = ['human', 'json', 'sarif', 'github', 'junit'] as const;
export type FindingFormat = (typeof FINDING_FORMATS)[number];

export const RENDERERS: Record<FindingFormat, Renderer> = {
  human: renderHuman,
  json: renderJson,
  sarif: renderSarif,
  github: renderGithub,
  junit: renderJunit,
};

export type { RenderContext, Renderer } from './types.js';
