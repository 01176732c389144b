import { describe, expect, it } from 'vitest';
import { FINDING_FORMATS, RENDERERS } from '../../src/findings/render/index.js';
import { rendererOf } from '../../src/findings/render/load.js';

describe('the renderer of a format, loaded when a run writes that format', () => {
  it('is the renderer RENDERERS has for it, for every format validate accepts', async () => {
    for (const format of FINDING_FORMATS) expect(await rendererOf(format), format).toBe(RENDERERS[format]);
  });
});
