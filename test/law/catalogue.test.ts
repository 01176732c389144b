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
    // An implementing regulation is its own entry, never the law it implements.
    expect(cat.resolve('土地管理法实施条例')?.title).toBe('中华人民共和国土地管理法实施条例');
    expect(cat.resolve('矿产资源法实施细则')).toBeUndefined();
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
    for (const t of ['国家安全法', '测绘法', '职业病防治法', '矿产资源法实施细则', '森林法实施细则', '山东省实施〈中华人民共和国土地管理法〉办法', '传染病防治法', '反不正当竞争法', '长江保护法']) {
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

describe('catalogue shape', () => {
  type Entry = {
    title: string;
    short?: string[];
    level: string;
    issuer?: string;
    version?: string;
    effective?: string;
    articles?: number;
    source?: string;
    moved?: { from: string; to: string }[];
    repealed?: { date: string; by: string; note?: string };
  };
  const entries = (laws as { laws: Entry[] }).laws;
  const LEVELS = ['宪法', '法律', '行政法规', '地方性法规', '自治条例和单行条例', '部门规章', '地方政府规章', '规范性文件', '党内法规', '政策文件'];
  // Every catalogued law, local ones included (each switched on by its own profile).
  const all = LawCatalogue.builtin('national');
  for (const p of PROFILE_IDS) for (const l of LawCatalogue.builtin(p).laws) if (!all.resolve(l.title)) all.add({ ...l, moved: [], township_powers: [] }, true);

  it('gives every entry a level, issuer, dated version, effective date and source, and every law in force its article count', () => {
    expect(entries.length).toBeGreaterThanOrEqual(140);
    for (const l of entries) {
      expect(LEVELS, l.title).toContain(l.level);
      expect(l.issuer, l.title).toBeTruthy();
      expect(versionYear(l.version), l.title).toBeGreaterThan(1900);
      expect(l.effective, l.title).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(l.source, l.title).toBeTruthy();
      // The text of some repealed laws is no longer published: their count may be missing, never wrong.
      if (!l.repealed || l.articles !== undefined) {
        expect(Number.isInteger(l.articles) && l.articles! > 0, `${l.title} articles`).toBe(true);
      }
      for (const m of l.moved ?? []) expect(articleOf(m.to)!, `${l.title} ${m.to}`).toBeLessThanOrEqual(l.articles!);
    }
  });

  it('gives every name, title or short, to one entry only, and resolves each to it', () => {
    const owner = new Map<string, string>();
    for (const l of entries) {
      for (const name of new Set([l.title, ...(l.short ?? [])].map(titleKey))) {
        expect(owner.get(name), `${name} is a name of both ${owner.get(name)} and ${l.title}`).toBeUndefined();
        owner.set(name, l.title);
      }
      for (const name of [l.title, ...(l.short ?? [])]) expect(all.resolve(name)?.title, name).toBe(l.title);
    }
  });

  it('covers each domain county and township lists draw on', () => {
    const DOMAINS: Record<string, string[]> = {
      土地: ['土地管理法', '土地管理法实施条例', '基本农田保护条例', '矿产资源法'],
      规划: ['城乡规划法', '村庄和集镇规划建设管理条例', '历史文化名城名镇名村保护条例'],
      林草: ['森林法', '森林法实施条例', '草原法', '野生动物保护法', '森林防火条例'],
      水利: ['水法', '防洪法', '水土保持法', '河道管理条例', '防汛条例'],
      生态环境: ['环境保护法', '大气污染防治法', '水污染防治法', '固体废物污染环境防治法', '土壤污染防治法', '噪声污染防治法', '环境影响评价法'],
      安全生产: ['安全生产法', '危险化学品安全管理条例', '特种设备安全法', '烟花爆竹安全管理条例'],
      消防: ['消防法'],
      市场监管: ['食品安全法', '食品安全法实施条例', '产品质量法', '农产品质量安全法', '广告法', '价格法', '市场主体登记管理条例', '无证无照经营查处办法'],
      教育: ['义务教育法', '教育法', '民办教育促进法'],
      卫生健康: ['基本医疗卫生与健康促进法', '医师法', '精神卫生法'],
      民政: ['殡葬管理条例', '社会救助暂行办法', '村民委员会组织法', '城市居民委员会组织法'],
      农业农村: ['农业法', '种子法', '农药管理条例', '动物防疫法', '畜牧法', '渔业法', '农村土地承包法', '农民专业合作社法'],
      交通运输: ['道路交通安全法', '公路法', '公路安全保护条例'],
      城市管理: ['城市市容和环境卫生管理条例', '物业管理条例', '城镇排水与污水处理条例'],
      文化旅游: ['旅游法', '文物保护法', '娱乐场所管理条例'],
      粮食: ['粮食安全保障法', '粮食流通管理条例'],
      宗教: ['宗教事务条例'],
      应急: ['突发事件应对法', '自然灾害救助条例', '地质灾害防治条例'],
      统计: ['统计法', '统计法实施条例'],
      信访: ['信访工作条例'],
      行政法: ['行政许可法', '行政强制法', '行政复议法', '行政诉讼法', '治安管理处罚法', '人民调解法'],
    };
    for (const [domain, names] of Object.entries(DOMAINS)) {
      const missing = names.filter((n) => !all.resolve(n));
      expect(missing, domain).toEqual([]);
    }
  });

  it('names for each repealed law a successor that is itself catalogued and in force', () => {
    const repealed = entries.filter((l) => l.repealed);
    expect(repealed.map((l) => titleKey(l.title))).toEqual(expect.arrayContaining(['食品卫生法', '城市规划法', '物权法', '合同法', '民法通则', '执业医师法', '环境噪声污染防治法']));
    for (const l of repealed) {
      const by = all.resolve(l.repealed!.by);
      expect(by, `${l.title} → ${l.repealed!.by}`).toBeDefined();
      expect(by!.repealed, `${l.title} → ${by!.title}`).toBeUndefined();
      expect(l.repealed!.date, l.title).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(l.repealed!.date > l.effective!, l.title).toBe(true);
    }
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
