/**
 * The 附件 label (resp.yaml `export.attachment`): on every sheet of the county's and each township's
 * list workbook and on the request form; by default none on the lists and 附件 on the form; false: none.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { runCli, tempRepo } from '../helpers.js';
import { COUNTY } from './fixture.js';
import { readWorkbook } from './read-workbook.js';

const COUNTY_FILE = 'out/示例县县乡属地管理事项主体责任和配合责任清单.xlsx';
const DONGHU_FILE = 'out/townships/东湖镇履行职责事项清单.xlsx';

/** The fixture with `export:` added to resp.yaml. */
const withExport = (line: string) => ({ ...COUNTY, 'resp.yaml': `${COUNTY['resp.yaml']}${line}\n` });

/** Export the lists, and the request form of a one-word change between the repository and a copy. */
async function documents(files: Record<string, string>) {
  const dir = tempRepo(files);
  const r = await runCli(['export', '--xlsx'], dir);
  expect(r.code, r.stderr).toBe(0);
  const edited = { ...files, 'domains/emergency.yaml': files['domains/emergency.yaml'].replace('生产经营单位安全生产违法行为的查处', '生产经营单位安全生产违法行为查处') };
  const newer = tempRepo(edited);
  const out = join(tempRepo({}), 'request.xlsx');
  const d = await runCli(['diff', dir, newer, '-f', 'xlsx', '-o', out], dir);
  expect(d.code, d.stderr).toBe(0);
  return { county: await readWorkbook(join(dir, COUNTY_FILE)), donghu: await readWorkbook(join(dir, DONGHU_FILE)), request: await readWorkbook(out) };
}

describe('the 附件 label', () => {
  it('is printed as resp.yaml sets it on every list sheet, county and township, and on the request form', async () => {
    const { county, donghu, request } = await documents(withExport('export: {attachment: 附件2}'));
    for (const ws of [...county.worksheets, ...donghu.worksheets]) {
      expect(ws.getCell('A1').value, ws.name).toBe('附件2');
      expect(ws.getCell('A1').font?.name).toBe('黑体');
      expect(String(ws.getCell('A2').value), ws.name).toMatch(/清单$/);
      // The headers moved down with the title: they are still the rows printed on every page.
      const [top] = ws.pageSetup.printTitlesRow!.split(':').map(Number);
      expect(ws.getRow(top).getCell(1).value, ws.name).toBe('序号');
    }
    expect(county.getWorksheet('属地管理事项')!.pageSetup.printTitlesRow).toBe('4:5');
    expect(request.worksheets[0].getCell('A1').value).toBe('附件2');
    expect(request.worksheets[0].getCell('A2').value).toBe('示例县县乡“属地管理”事项清单动态调整申请表');
  });

  it('is off everywhere with false', async () => {
    const { county, request } = await documents(withExport('export: {attachment: false}'));
    expect(county.worksheets[0].getCell('A1').value).toBe('示例县县乡“属地管理”事项主体责任和配合责任清单');
    expect(request.worksheets[0].getCell('A1').value).toBeNull();
    expect(request.worksheets[0].getCell('A2').value).toBe('示例县县乡“属地管理”事项清单动态调整申请表');
  });

  it('is by default none on the lists and 附件 on the request form', async () => {
    const { county, donghu, request } = await documents(COUNTY);
    expect(county.worksheets[0].getCell('A1').value).toBe('示例县县乡“属地管理”事项主体责任和配合责任清单');
    expect(donghu.worksheets[0].getCell('A1').value).toBe('东湖镇履行职责事项清单');
    expect(county.worksheets[0].pageSetup.printTitlesRow).toBe('3:4');
    expect(request.worksheets[0].getCell('A1').value).toBe('附件');
  });

  it('is 附件 on the lists too with true, and text, true or false only: resp validate says so', async () => {
    const { county } = await documents(withExport('export: {attachment: true}'));
    expect(county.worksheets[0].getCell('A1').value).toBe('附件');
    const bad = tempRepo(withExport('export: {attachment: "", label: 附件}'));
    const b = await runCli(['validate', '--no-color'], bad);
    expect(b.code).toBe(1);
    expect(b.stdout + b.stderr).toMatch(/resp\.yaml:\d+:\d+ .*attachment/);
    expect(b.stdout + b.stderr).toMatch(/未知字段 label/);
  });
});
