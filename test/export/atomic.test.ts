import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CompiledItem } from '../../src/compile/types.js';
import { EXPORTERS, type ExportDoc } from '../../src/export/index.js';

const item = (id: string, list: CompiledItem['list']): CompiledItem => ({
  id, name: `事项${id}`, list, domain: '应急管理',
  lead: { party: '县应急局', duties: ['依法查处'] },
  support: [{ party: '乡镇（街道）', duties: ['巡查报告'] }],
  origin: { file: 'domains/x.yaml', line: 1, layer: 'county' },
});

/** A document whose second sheet fails half-way: reading one item's name throws. */
function failingDoc(): ExportDoc {
  const bad = item('BJ-001', '职责边界');
  Object.defineProperty(bad, 'name', { get: () => { throw new Error('disk on fire'); } });
  return {
    list: { scope: 'county', name: '示例县', items: [item('YJ-001', '属地管理'), item('YJ-002', '属地管理'), bad] },
    title: '示例县县乡“属地管理”事项主体责任和配合责任清单', revision: '', date: new Date('2026-01-01T00:00:00Z'),
    isTownship: (p) => p.party === '乡镇（街道）',
  };
}

describe('an interrupted export', () => {
  for (const format of ['xlsx', 'md', 'csv', 'json'] as const) {
    it(`${format}: leaves the old file intact and no temporary file behind`, async () => {
      const dir = mkdtempSync(join(tmpdir(), 'resp-atomic-'));
      const file = join(dir, `清单.${format}`);
      writeFileSync(file, 'old version');
      const doc = failingDoc();
      if (format === 'json') Object.assign(doc.list.items[2], { toJSON: () => { throw new Error('disk on fire'); } });
      await expect(EXPORTERS[format](doc, file)).rejects.toThrow('disk on fire');
      expect(readFileSync(file, 'utf8')).toBe('old version');
      expect(readdirSync(dir)).toEqual([`清单.${format}`]);
    });
  }

  it('xlsx: a good document replaces the old file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'resp-atomic-'));
    const file = join(dir, '清单.xlsx');
    writeFileSync(file, 'old version');
    const doc = failingDoc();
    doc.list.items.pop();
    await EXPORTERS.xlsx(doc, file);
    expect(readFileSync(file).subarray(0, 2).toString()).toBe('PK');
    expect(readdirSync(dir)).toEqual(['清单.xlsx']);
  });
});
