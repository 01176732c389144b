import { describe, expect, it } from 'vitest';
import { loadText } from '../../src/validate/load.js';
import { MINI, runCli, tempRepo } from '../helpers.js';

const load = (text: string) => loadText('domains/a.yaml', '/virtual/domains/a.yaml', text, { lang: 'zh' });

describe('YAML 1.2 scalars: what looks like a boolean, a number or a date stays what was written', () => {
  it('keeps no, yes, on, off as text', () => {
    const r = load('kind: domain\ndomain: 自然资源\nitems:\n  - id: A\n    name: no\n    notes: yes\n    category: off\n    lead: {party: on, duties: [y, n]}\n');
    const item = (r.data as any).items[0];
    expect([item.name, item.notes, item.category, item.lead.party, ...item.lead.duties]).toEqual(['no', 'yes', 'off', 'on', 'y', 'n']);
    expect(r.findings).toEqual([]);
  });

  it('keeps codes with leading zeros as text, digits and all', () => {
    const r = load('kind: domain\ndomain: 自然资源\nitems:\n  - id: 001\n    name: "甲"\n    lead: {party: 县自然资源局, duties: [巡查]}\n  - id: 010\n    name: 乙\n    lead: {party: 县自然资源局, duties: [巡查]}\n');
    expect((r.data as any).items.map((i: any) => i.id)).toEqual(['001', '010']);
  });

  it('keeps dates as text, so a date field is checked as written', () => {
    const r = load('kind: config\njurisdiction: {name: 青禾县}\nrevision: {effective: 2024-01-01, version: 2026.10}\n');
    expect((r.data as any).revision).toEqual({ effective: '2024-01-01', version: '2026.10' });
    expect(r.findings).toEqual([]);
  });

  it('reports a duplicate id written as 001 with its digits', async () => {
    const item = '  - id: 001\n    name: 甲\n    lead: {party: 县自然资源局, duties: [巡查]}\n';
    const dir = tempRepo({ ...MINI, 'domains/a.yaml': `kind: domain\ndomain: 自然资源\nitems:\n${item}${item.replace('甲', '乙')}` });
    const r = await runCli(['validate', '-f', 'json', 'domains/a.yaml'], dir);
    const [f] = JSON.parse(r.stdout).findings;
    expect([f.rule, f.line, f.column, f.message]).toEqual(['unique-id', 7, 9, '事项编号 001 已在 domains/a.yaml:4 使用']);
  });
});

describe('decimals', () => {
  it('keep their trailing zeros as text, and are still numbers where the schema wants one', async () => {
    const r = load('kind: config\njurisdiction: {name: 青禾县}\nlimits: {max_file_mb: 0.5}\nrevision: {version: 2026.10}\n');
    expect((r.data as any).revision.version).toBe('2026.10');
    expect((r.data as any).limits.max_file_mb).toBe(0.5);
    const dir = tempRepo({
      ...MINI,
      'resp.yaml': 'kind: config\njurisdiction: {name: 青禾县}\nlimits: {max_file_mb: 0.5}\n',
      'domains/big.yaml': `kind: domain\ndomain: 自然资源\nitems: []\n${'#'.repeat(600_000)}\n`,
    });
    const out = JSON.parse((await runCli(['validate', '-f', 'json'], dir)).stdout);
    expect(out.findings.map((f: any) => [f.rule, f.file, f.message])).toEqual([['file-too-large', 'domains/big.yaml', '文件过大（0.6 MB），超过上限 0.5 MB，未解析']]);
  });
});
