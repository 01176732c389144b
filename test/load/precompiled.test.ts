import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ValidateFunction } from 'ajv';
import { describe, expect, it } from 'vitest';
import { discover } from '../../src/load/discover.js';
import { loadProject } from '../../src/validate/load.js';
import { FILE_KINDS } from '../../src/model/types.js';
import { newAjv, PRECOMPILED, schemaFingerprint } from '../../src/validate/schema.js';
import { schemaPath } from '../../src/paths.js';

const built = FILE_KINDS.every((k) => existsSync(PRECOMPILED(k)));
const precompiled = (kind: string) => createRequire(import.meta.url)(PRECOMPILED(kind as (typeof FILE_KINDS)[number])) as { fingerprint: string; validator: ValidateFunction };

describe('validators compiled at build time', () => {
  it('exist after npm run build, one file per kind, made from the schemas of this checkout', () => {
    expect(built).toBe(true);
    for (const kind of FILE_KINDS) {
      const m = precompiled(kind);
      expect(m.fingerprint).toBe(schemaFingerprint());
      expect(typeof m.validator, kind).toBe('function');
    }
  });

  it('give the same verdicts and errors as validators compiled at run time, on every example file', () => {
    const ajv = newAjv();
    const project = loadProject(discover([join('examples', 'defects'), join('examples', 'county')], process.cwd()), 'zh');
    const compiled = new Map<string, ValidateFunction>();
    let compared = 0;
    for (const f of project.files) {
      if (!f.kind) continue;
      const raw = JSON.parse(JSON.stringify(f.data));
      if (!compiled.has(f.kind)) compiled.set(f.kind, ajv.compile(JSON.parse(readFileSync(schemaPath(`${f.kind}.schema.json`), 'utf8'))));
      const fresh = compiled.get(f.kind)!;
      const ahead = precompiled(f.kind).validator;
      const [x, y] = [structuredClone(raw), structuredClone(raw)];
      expect(ahead(x), f.source.path).toBe(fresh(y));
      expect(ahead.errors ?? null).toEqual(fresh.errors ?? null);
      expect(x).toEqual(y);
      compared++;
    }
    expect(compared).toBeGreaterThan(20);
  });
});

describe('the build identity', () => {
  it('is written by npm run build from the contents of the code, and names the build in the cache', async () => {
    const compiled = (await import(pathToFileURL(join(process.cwd(), 'dist', 'src', 'validate', 'cache-deps.js')).href)) as typeof import('../../src/validate/cache-deps.js');
    const id = JSON.parse(readFileSync(compiled.BUILD_ID(), 'utf8')) as { stamp: string };
    expect(id.stamp).toBe(compiled.contentStamp());
    // Modification times do not enter it: a fresh install of the same build reuses its cache.
    expect(compiled.buildStamp()).toBe(`build:${id.stamp}`);
  });
});
