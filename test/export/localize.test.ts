/** A township's list names the township where the county list says 乡镇（街道）, but never inside a quoted title. */
import { expect, it } from 'vitest';
import { localizer } from '../../src/export/index.js';

it('names the township in running text and leaves the titles of laws and documents as issued', () => {
  const l = localizer('东湖镇');
  expect(l('对乡镇（街道）报告的线索及时核查；本乡镇（街道）负责巡查')).toBe('对东湖镇报告的线索及时核查；本镇负责巡查');
  expect(l('《山东省赋予试点县（市、区）所辖乡镇（街道）行政执法权指导目录》（鲁政字〔2024〕35号）')).toBe('《山东省赋予试点县（市、区）所辖乡镇（街道）行政执法权指导目录》（鲁政字〔2024〕35号）');
  expect(l('依据《乡镇（街道）综合执法办法》，由乡镇（街道）实施')).toBe('依据《乡镇（街道）综合执法办法》，由东湖镇实施');
  expect(localizer('青禾街道')('本乡镇（街道）')).toBe('本街道');
});
