/**
 * A sheet of 100,000 rows imports without hanging and in memory that grows with the sheet, not with
 * its square; past the cell limit the reader refuses it before building anything.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { importFiles } from '../../src/import/index.js';
import { readSource } from '../../src/import/read/index.js';
import { tempDir } from './fixtures.js';

it('imports 100,000 rows in bounded time', { timeout: 120_000 }, async () => {
  const f = join(tempDir(), 'big.csv');
  const rows = ['序号,事项类别,事项名称,主体责任单位,主体责任,配合责任'];
  for (let i = 1; i <= 100_000; i++) rows.push(`${i},${['自然资源', '生态环境', '城乡建设'][i % 3]},第${i}号事项的监督管理,县自然资源和规划局,依法查处第${i}号违法行为。,发现第${i}号问题及时劝阻并报告。`);
  writeFileSync(f, `${rows.join('\n')}\n`);
  const started = Date.now();
  const r = await importFiles([f]);
  expect(Date.now() - started).toBeLessThan(90_000);
  expect(r.losses).toEqual([]);
  expect(r.assembled.items).toHaveLength(100_000);
  expect(r.assembled.items[99_999].item).toMatchObject({ id: 'ST-33334', name: '第100000号事项的监督管理' });
  await expect(readSource(f, { maxCells: 500_000 })).rejects.toMatchObject({ code: 'too-large' });
});
