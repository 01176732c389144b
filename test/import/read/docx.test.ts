import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSource } from '../../../src/import/read/index.js';
import { decodeText, readDocxXml } from '../../../src/import/read/docx.js';
import { docx, p, tc, tempDir } from './fixtures.js';

const TITLE = '青禾县县乡“属地管理”事项主体责任和配合责任清单';
const V_RESTART = '<w:vMerge w:val="restart"/>';
const V_CONTINUE = '<w:vMerge/>';
const span = (n: number) => `<w:gridSpan w:val="${n}"/>`;
const grid = (n: number) => `<w:tblGrid>${'<w:gridCol w:w="1000"/>'.repeat(n)}</w:tblGrid>`;
const tr = (cells: string, trPr = '') => `<w:tr>${trPr ? `<w:trPr>${trPr}</w:trPr>` : ''}${cells}</w:tr>`;

const BODY =
  p(TITLE) +
  p('（共45项）') +
  '<w:p/>' + // a blank paragraph is not a title
  `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>${grid(5)}` +
  // A header row Word repeats on each page, and a two-level header.
  tr(
    tc(p('序号'), V_RESTART) + tc(p('事项名称'), V_RESTART) + tc(p('配合责任'), span(2)) + tc(p('备注'), V_RESTART),
    '<w:tblHeader/>',
  ) +
  tr(tc('', V_CONTINUE) + tc('', '<w:vMerge w:val="continue"/>') + tc(p('单位')) + tc(p('职责')) + tc('', V_CONTINUE)) +
  // Two paragraphs, a line break, a tab (not the tab stop of w:tabs), entities, deleted and inserted text.
  tr(
    tc(p('1')) +
      tc(
        '<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="420"/></w:tabs></w:pPr>' +
          '<w:r><w:t>违法建设</w:t></w:r><w:del w:id="1" w:author="a"><w:r><w:delText>删去的</w:delText></w:r></w:del>' +
          '<w:ins w:id="2" w:author="a"><w:r><w:t>治理</w:t></w:r></w:ins></w:p>' +
          '<w:p><w:r><w:t>A&amp;B</w:t><w:tab/><w:t>&#x4E00;&#20108;</w:t><w:br/><w:t>&lt;三&gt;</w:t></w:r></w:p>',
      ) +
      tc(p('县住建局'), V_RESTART) +
      tc(p('负责统筹')) +
      tc(p('')),
  ) +
  // gridBefore skips the first column; the unit merges down from the row above.
  tr(tc(p('农村危房改造')) + tc('', V_CONTINUE) + tc(p('配合巡查')) + tc(p('见附件')), '<w:gridBefore w:val="1"/>') +
  // gridAfter leaves the last columns out; a field's code is not text, its result is.
  tr(
    tc(p('3')) +
      tc(
        '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>' +
          '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>扬尘</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>' +
          '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing/></mc:Choice><mc:Fallback><w:pict><w:t>重复</w:t></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>',
      ) +
      tc(p('x'), span(2)),
    '<w:gridAfter w:val="1"/>',
  ) +
  '</w:tbl>' +
  p('注：以上事项按年度调整。') +
  // A second table, with a nested table in one cell.
  `<w:tbl>${grid(2)}` +
  tr(tc(p('甲')) + tc(p('外') + `<w:tbl>${grid(1)}${tr(tc(p('内一')))}${tr(tc(p('内二')))}</w:tbl>` + '<w:p/>')) +
  '</w:tbl>' +
  // An empty table: no grid, and its preceding paragraphs stay with the next table.
  p('空表之前') +
  `<w:tbl>${grid(1)}${tr(tc(''))}</w:tbl>` +
  `<w:tbl>${grid(1)}${tr(tc(p('丙')))}</w:tbl>` +
  p('注：本清单由县委编办负责解释。') +
  p('（完）');

let t: ReturnType<typeof tempDir>;
let file: string;

beforeAll(() => {
  t = tempDir();
  file = t.file('清单.docx', docx(BODY));
});
afterAll(() => t.done());

describe('readSource on a docx', () => {
  it('reads each table with content as a grid named by its place in the document', async () => {
    const book = await readSource(file);
    expect(book.format).toBe('docx');
    expect(book.grids.map((g) => g.name)).toEqual(['表1', '表2', '表4']);
    expect(book.grids.every((g) => g.addressing === 'table')).toBe(true);
  });

  it('places cells on the grid columns, text only in the first cell of a merge', async () => {
    const [g] = (await readSource(file)).grids;
    expect(g.rows).toEqual([
      ['序号', '事项名称', '配合责任', '', '备注'],
      ['', '', '单位', '职责', ''],
      ['1', '违法建设治理\nA&B\t一二\n<三>', '县住建局', '负责统筹', ''],
      ['', '农村危房改造', '', '配合巡查', '见附件'],
      ['3', '扬尘', 'x', '', ''],
    ]);
  });

  it('gives horizontal and vertical merges', async () => {
    const [g] = (await readSource(file)).grids;
    const key = (m: { top: number; left: number; bottom: number; right: number }) => `${m.top},${m.left},${m.bottom},${m.right}`;
    expect(g.merges.map(key).sort()).toEqual(['0,0,1,0', '0,1,1,1', '0,2,0,3', '0,4,1,4', '2,2,3,2', '4,2,4,3']);
  });

  it('keeps the paragraphs before each table and after the last', async () => {
    const grids = (await readSource(file)).grids;
    expect(grids[0].before).toEqual([TITLE, '（共45项）']);
    expect(grids[1].before).toEqual(['注：以上事项按年度调整。']);
    expect(grids[2].before).toEqual(['空表之前']);
    expect(grids[2].after).toEqual(['注：本清单由县委编办负责解释。', '（完）']);
    expect(grids[0].after).toBeUndefined();
  });

  it('flattens a nested table into its cell', async () => {
    const g = (await readSource(file)).grids[1];
    expect(g.rows).toEqual([['甲', '外\n内一\n内二\n']]);
  });

  it('refuses more cells than maxCells', async () => {
    await expect(readSource(file, { maxCells: 10 })).rejects.toMatchObject({ code: 'too-large' });
  });

  it('reads a document with no table as empty', async () => {
    const f = t.file('无表.docx', docx(p('只有标题')));
    await expect(readSource(f)).rejects.toMatchObject({ code: 'empty' });
  });
});

describe('the document scanner', () => {
  it('follows the namespace, not the prefix', () => {
    const xml =
      '<x:document xmlns:x="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><x:body>' +
      '<x:tbl><x:tr><x:tc><x:p><x:r><x:t>格</x:t></x:r></x:p></x:tc></x:tr></x:tbl></x:body></x:document>';
    expect(readDocxXml(xml, 100)[0].rows).toEqual([['格']]);
  });

  it('drops rows deleted with tracked changes', () => {
    const xml =
      '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:tbl>' +
      tr(tc(p('留'))) +
      tr(tc(p('删')), '<w:del w:id="3" w:author="a" w:date="2024-01-01T00:00:00Z"/>') +
      '</w:tbl></w:body></w:document>';
    expect(readDocxXml(xml, 100)[0].rows).toEqual([['留']]);
  });

  it('refuses a DOCTYPE and malformed XML', () => {
    expect(() => readDocxXml('<!DOCTYPE x><w:document/>', 10)).toThrow(expect.objectContaining({ code: 'doctype' }));
    expect(() => readDocxXml('<w:document><w:body><w:tbl>', 10)).toThrow(expect.objectContaining({ code: 'corrupt' }));
  });

  it('decodes only predefined entities and character references', () => {
    expect(decodeText('&lt;&gt;&amp;&quot;&apos;&#65;&#x42;&nbsp;&#xD800;')).toBe('<>&"\'AB&nbsp;&#xD800;');
  });
});
