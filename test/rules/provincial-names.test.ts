import { describe, expect, it } from 'vitest';
import { isProvincialDocument, isProvincialGovernment } from '../../src/law/issuers.js';
import { check, where } from '../rule-tester.js';
import { delegatedItem } from './delegation-fixture.js';
import { MINI } from '../helpers.js';

const RULE = 'delegation-record';

const item = delegatedItem;

const REST = ['date: 2024-03-01', 'published: {date: 2024-03-05, where: 省政府公报}', 'transition: {from: 2024-04-01, to: 2024-12-31}', 'evaluated: 2026-03-01'];
const handOver = (by: string | undefined, doc: string) => item('route: 交由', 'in_name_of: 乡镇', ...(by ? [`decided_by: ${by}`] : []), `document: ${doc}`, ...REST);

describe('provincial bodies and document numbers as written', () => {
  it('accepts a provincial government in full, short and generic forms, and joint issues with the party committee', () => {
    for (const by of ['省政府', '省人民政府', '山东省政府', '山东省人民政府', '自治区人民政府', '广西壮族自治区人民政府', '直辖市人民政府', '北京市人民政府', '重庆市政府', '中共山东省委、山东省人民政府', '省委、省政府', '山东省 人民政府', '山东省人民政府（鲁政字〔2024〕35号）']) {
      expect(check(RULE, { 'domains/a.yaml': handOver(by, '鲁政字〔2024〕35号') }), by).toEqual([]);
    }
  });

  it('refuses a city, a county, a provincial department and a general office as the deciding body of 交由', () => {
    for (const by of ['示例市人民政府', '市政府', '山东市政府', '示例县人民政府', '山东省人民政府办公厅', '山东省自然资源厅']) {
      const f = check(RULE, { 'domains/a.yaml': handOver(by, '鲁政字〔2024〕35号') });
      expect(where(f), by).toEqual([[RULE, 'domains/a.yaml', 13, 19]]);
    }
    const f = check(RULE, { 'domains/a.yaml': handOver('示例县人民政府', '鲁政字〔2024〕35号') });
    expect(f[0].hint).toBe('核对赋权决定的制定机关（行政处罚法第二十四条第一款）；县级作出的只能是委托');
    expect(f[0].source).toBe('行政处罚法第二十四条第一款（省、自治区、直辖市决定交由乡镇、街道行使，决定应当公布，定期组织评估）');
  });

  it('takes a provincial document number in its usual shapes as naming the deciding body', () => {
    for (const doc of ['鲁政字〔2024〕35号', '鲁政字[2024]35号', '鲁政字（2024）35号', '鲁政字【2024】第35号', '川办发〔2020〕85号', '京政发〔2020〕9号', '浙政办发〔2021〕51号', '山东省人民政府令第311号']) {
      expect(check(RULE, { 'domains/a.yaml': handOver(undefined, doc) }), doc).toEqual([]);
    }
    const f = check(RULE, { 'domains/a.yaml': handOver(undefined, '示政字〔2024〕8号') });
    expect(f.map((x) => x.message)).toEqual(['以“交由”方式赋权，赋权记录缺少决定机关（decided_by）']);
  });

  it('under a province\'s profile only that province\'s numbers count; the source adds the province\'s delegation document', () => {
    const shandong = { ...MINI, 'resp.yaml': MINI['resp.yaml'].replace('profile: national', 'profile: shandong') };
    expect(check(RULE, { 'domains/a.yaml': handOver(undefined, '鲁政字〔2024〕35号') }, { base: shandong })).toEqual([]);
    const f = check(RULE, { 'domains/a.yaml': item('route: 交由', 'in_name_of: 乡镇', 'document: 川办发〔2020〕85号') }, { base: shandong });
    expect(f.map((x) => x.message)).toEqual(['以“交由”方式赋权，赋权记录缺少决定机关（decided_by）、决定日期（date）、公布情况（published）、最近评估日期（evaluated）、过渡期（transition）']);
    expect(f[0].source).toBe('行政处罚法第二十四条第一款（省、自治区、直辖市决定交由乡镇、街道行使，决定应当公布，定期组织评估）；鲁政字〔2024〕35号《山东省赋予试点县（市、区）所辖乡镇（街道）行政执法权指导目录》');
  });

  it('reads names and numbers directly', () => {
    expect(isProvincialGovernment('内蒙古自治区人民政府')).toBe(true);
    expect(isProvincialGovernment('国务院')).toBe(false);
    expect(isProvincialGovernment('示例省人民政府')).toBe(true);
    expect(isProvincialDocument('青政办发〔2026〕3号', '山东省')).toBe(false);
    expect(isProvincialDocument('鲁编办发〔2019〕4号')).toBe(false);
    expect(isProvincialDocument('粤府〔2020〕12号')).toBe(true);
  });
});
