import type { FindingFormat } from './formats.js';
import type { Renderer } from './types.js';

/**
 * The renderer of one format, imported when asked for: a run loads only the formats it writes (the
 * SARIF renderer, for one, brings every rule's documentation along). RENDERERS (index.ts) has them all.
 */
export async function rendererOf(format: FindingFormat): Promise<Renderer> {
  switch (format) {
    case 'human':
      return (await import('./human.js')).renderHuman;
    case 'json':
      return (await import('./json.js')).renderJson;
    case 'sarif':
      return (await import('./sarif.js')).renderSarif;
    case 'github':
      return (await import('./github.js')).renderGithub;
    case 'junit':
      return (await import('./junit.js')).renderJunit;
    case 'gitlab':
      return (await import('./gitlab.js')).renderGitlab;
  }
}
