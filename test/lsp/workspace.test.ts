/** Which repository an open file belongs to, and what a check of a file outside any repository says. */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repositoryRoot, Workspaces } from '../../src/lsp/workspace.js';
import { MINI, tempRepo } from '../helpers.js';

describe('the repository of an open file', () => {
  it('is the folder of resp.yaml above it, else a folder whose registry/ holds registries', () => {
    const dir = tempRepo(MINI);
    expect(repositoryRoot(join(dir, 'domains/base.yaml'))).toEqual({ root: dir, hasConfig: true });
    const { 'resp.yaml': _, ...noConfig } = MINI;
    const bare = tempRepo(noConfig);
    expect(repositoryRoot(join(bare, 'domains/base.yaml'))).toEqual({ root: bare, hasConfig: false });
  });

  it('is none for a folder named registry/ that holds no registry', () => {
    const dir = mkdtempSync(join(tmpdir(), 'resp-lsp-none-'));
    mkdirSync(join(dir, 'registry'));
    writeFileSync(join(dir, 'registry/docker.yaml'), 'services: {}\n');
    writeFileSync(join(dir, 'compose.yaml'), 'services: {}\n');
    expect(repositoryRoot(join(dir, 'compose.yaml'))).toBeUndefined();
    const r = new Workspaces('en').check(join(dir, 'compose.yaml'), 'services: {}\n', () => undefined);
    expect(r.root).toBeUndefined();
    expect(r.findings.map((f) => f.rule)).toEqual(['no-repository', 'unknown-kind']);
  });

  it('without resp.yaml, the registries still count', () => {
    const { 'resp.yaml': _, ...noConfig } = MINI;
    const bare = tempRepo(noConfig);
    const text = MINI['domains/base.yaml'].replace('县自然资源局', '县自然资原局');
    const r = new Workspaces('zh').check(join(bare, 'domains/base.yaml'), text, () => undefined);
    expect(r.findings.filter((f) => f.rule === 'unknown-party').map((f) => f.message)).toEqual(['单位“县自然资原局”不在登记册中，是否指“县自然资源局”？']);
  });
});
