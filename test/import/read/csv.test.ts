import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSource } from '../../../src/import/read/index.js';
import { readCsv } from '../../../src/import/read/csv.js';
import { tempDir } from './fixtures.js';

/** GBK bytes (Node cannot encode GBK): 事项名称, 主体责任, 县住建局. */
const GBK = {
  事项名称: Buffer.from('cac2cfeec3fbb3c6', 'hex'),
  主体责任: Buffer.from('d6f7cce5d4f0c8ce', 'hex'),
  县住建局: Buffer.from('cfd8d7a1bda8bed6', 'hex'),
};

let t: ReturnType<typeof tempDir>;
beforeAll(() => {
  t = tempDir();
});
afterAll(() => t.done());

describe('readSource on a CSV', () => {
  it('reads UTF-8 with a BOM, quoted commas, doubled quotes and line breaks inside quotes', async () => {
    const text = '\ufeff序号,事项名称,主体责任\r\n1,"违法建设治理，含""两违""","县住建局\r\n乡镇"\r\n2,秸秆禁烧\r\n';
    const f = t.file('属地管理清单.csv', text);
    const book = await readSource(f);
    expect(book.format).toBe('csv');
    expect(book.grids).toEqual([
      {
        name: '属地管理清单',
        addressing: 'a1',
        rows: [
          ['序号', '事项名称', '主体责任'],
          ['1', '违法建设治理，含"两违"', '县住建局\r\n乡镇'],
          ['2', '秸秆禁烧', ''],
        ],
        merges: [],
      },
    ]);
  });

  it('reads GBK', async () => {
    const bytes = Buffer.concat([
      GBK.事项名称,
      Buffer.from(','),
      GBK.主体责任,
      Buffer.from('\n"'),
      GBK.事项名称,
      Buffer.from('\n2"'),
      Buffer.from(','),
      GBK.县住建局,
      Buffer.from('\n'),
    ]);
    const f = t.file('gbk.csv', bytes);
    expect((await readSource(f)).grids[0].rows).toEqual([
      ['事项名称', '主体责任'],
      ['事项名称\n2', '县住建局'],
    ]);
  });

  it('reads UTF-16 tab-separated text (Excel’s Unicode text)', async () => {
    const f = t.file('unicode.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('序号\t事项\n1\t治理\n', 'utf16le')]));
    expect((await readSource(f)).grids[0].rows).toEqual([
      ['序号', '事项'],
      ['1', '治理'],
    ]);
  });

  it('refuses a blank file and an HTML page saved as .xls', async () => {
    await expect(readSource(t.file('blank.csv', '\r\n\r\n'))).rejects.toMatchObject({ code: 'empty' });
    await expect(readSource(t.file('zero.csv', ''))).rejects.toMatchObject({ code: 'empty' });
    await expect(readSource(t.file('page.xls', '<html><body><table><tr><td>1</td></tr></table></body></html>'))).rejects.toMatchObject({
      code: 'unknown-format',
    });
  });
});

describe('the CSV parser', () => {
  const rows = (text: string, max = 100) => readCsv(text, 'x.csv', max).rows;

  it('handles LF, CR, a last line without a line break and ragged rows', () => {
    expect(rows('a,b\nc\rd,e,f')).toEqual([
      ['a', 'b', ''],
      ['c', '', ''],
      ['d', 'e', 'f'],
    ]);
  });

  it('keeps empty fields and blank lines inside the data', () => {
    expect(rows(',,\n\nx,,')).toEqual([
      ['', '', ''],
      ['', '', ''],
      ['x', '', ''],
    ]);
  });

  it('is lenient with stray quotes, as Excel is', () => {
    expect(rows('a"b,"c"d,"e\nf')).toEqual([['a"b', 'cd', 'e\nf']]);
  });

  it('refuses more cells than maxCells', () => {
    expect(() => rows('a,b\nc,d\ne,f', 5)).toThrow(expect.objectContaining({ code: 'too-large' }));
  });
});
