import { describe, expect, it } from 'vitest';
import { LawCatalogue, articleOf, titleKey, versionYear } from '../../src/law/catalogue.js';
import { classifyTitle } from '../../src/law/classify.js';
import { loadProfile, PROFILE_IDS } from '../../src/law/profiles.js';
import laws from '../../src/data/laws.json' with { type: 'json' };

describe('LawCatalogue', () => {
  const cat = LawCatalogue.builtin('national');

  it('resolves full titles, short names, the optional 中华人民共和国 prefix and full-width text', () => {
    for (const t of ['中华人民共和国土地管理法', '土地管理法', '《土地管理法》', '土地管理法（2019修正）', ' 土地 管理法 ']) {
      expect(cat.resolve(t)?.title, t).toBe('中华人民共和国土地管理法');
    }
    expect(cat.resolve('河道管理条例')?.title).toBe('中华人民共和国河道管理条例');
    expect(cat.resolve('土地管理法实施条例')).toBeUndefined();
  });

  it('knows level, version, article count and moved articles', () => {
    const aq = cat.resolve('安全生产法')!;
    expect([aq.level, aq.version, aq.effective, aq.articles]).toEqual(['法律', '2021修正', '2021-09-01', 119]);
    expect(aq.moved.find((m) => m.from === 8)).toMatchObject({ to: '第九条第二款', version: '2014修正' });
    expect(cat.resolve('村庄和集镇规划建设管理条例')).toMatchObject({ level: '行政法规', document: '国务院令第116号', articles: 48 });
  });

  it('suggests the law a near title was meant to be', () => {
    expect(cat.suggest('土地法')).toEqual(['土地管理法']);
    expect(cat.suggest('中华人民共和国消防安全法')).toEqual(['消防法']);
    expect(cat.suggest('森林发')).toEqual(['森林法']);
    expect(cat.suggest('安全法')).toEqual(['安全生产法', '食品安全法']);
  });

  it('makes no suggestion for real laws outside the catalogue or for instruments derived from a catalogued law', () => {
    for (const t of ['畜牧法', '国家安全法', '土壤污染防治法', '土地管理法实施条例', '山东省实施〈中华人民共和国土地管理法〉办法', '治安管理处罚法', '水土保持法']) {
      expect(cat.suggest(t), t).toEqual([]);
    }
  });

  it('switches local laws on by profile', () => {
    expect(cat.resolve('山东省乡镇人民政府工作条例')).toBeUndefined();
    expect(LawCatalogue.builtin('shandong').resolve('山东省乡镇人民政府工作条例')?.level).toBe('地方性法规');
  });

  it('falls back to the title for the level of unknown sources', () => {
    expect(cat.levelOf('中国共产党农村基层组织工作条例')).toBe('党内法规');
    expect(cat.levelOf('中华人民共和国土地管理法')).toBe('法律');
  });
});

describe('classifyTitle', () => {
  it('classifies by 文号, party prefix, document ending, 中华人民共和国…法 and 条例 with or without a place', () => {
    expect(
      [
        '示例县关于开展市容环境集中整治的通知',
        '关于明晰县乡职责规范“属地管理”的若干意见（试行）',
        '某文件（鲁编办发〔2019〕4号）',
        '中国共产党农村基层组织工作条例',
        '中共中央办公厅 国务院办公厅关于进一步减负的意见',
        '中华人民共和国畜牧法',
        '城市供水条例',
        '城市市容和环境卫生管理条例',
        '山东省安全生产条例',
        '济南市城市市容管理条例',
        '示例县市容环境管理办法',
        '国务院关于第三批取消中央指定地方实施行政许可事项的决定',
      ].map(classifyTitle),
    ).toEqual(['规范性文件', '规范性文件', '规范性文件', '党内法规', '规范性文件', '法律', '行政法规', '行政法规', '地方性法规', '地方性法规', undefined, undefined]);
  });

  it('classifies by the order that promulgated a text, written as the note after a title', () => {
    expect(
      ['示例市人民政府令第8号', '山东省人民政府令第311号', '国家市场监督管理总局令第56号', '建设部令第139号', '1993年6月国务院令第116号', '中华人民共和国主席令第二十四号', '示例市人民政府关于加强市容管理的通知'].map(classifyTitle),
    ).toEqual(['地方政府规章', '地方政府规章', '部门规章', '部门规章', '行政法规', '法律', '规范性文件']);
  });
});

describe('catalogue data', () => {
  it('has the laws lists cite most, each with a source, and only well-formed moves', () => {
    const data = laws as { laws: { title: string; level: string; version: string; effective: string; source: string; articles?: number; moved?: { from: string; keywords?: string[] }[] }[] };
    expect(data.laws.length).toBeGreaterThanOrEqual(35);
    for (const l of data.laws) {
      expect(l.source, l.title).toBeTruthy();
      // A date that could not be checked is left out, and the source says so.
      if (l.effective === undefined) expect(l.source, l.title).toMatch(/施行日期.*未能核对/);
      else expect(l.effective, l.title).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(versionYear(l.version), l.title).toBeGreaterThan(1900);
      for (const m of l.moved ?? []) {
        expect(articleOf(m.from), `${l.title} ${m.from}`).toBeGreaterThan(0);
        expect(m.keywords?.length, `${l.title} ${m.from}`).toBeGreaterThan(0);
      }
    }
    expect(new Set(data.laws.map((l) => titleKey(l.title))).size).toBe(data.laws.length);
  });
});

describe('profiles', () => {
  it('has national and four provinces; shandong inherits and adds its local law and thresholds', () => {
    expect(PROFILE_IDS).toEqual(['national', 'shandong', 'hubei', 'sichuan', 'zhejiang']);
    const sd = loadProfile('shandong');
    expect(sd.laws).toEqual(['山东省乡镇人民政府工作条例']);
    expect(sd.thresholds.township_rating_weight_departments).toBe(0.3);
    expect(loadProfile('nowhere').id).toBe('national');
  });
});
