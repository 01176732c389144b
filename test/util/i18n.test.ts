import { describe, expect, it } from 'vitest';
import { both, fmt } from '../../src/i18n.js';

describe('fmt', () => {
  const msg = { zh: '{party}的职责含执法行为（{cls}）', en: 'the duty of {party} holds an enforcement act ({cls})' };
  const args = { party: '东湖镇', cls: { zh: '行政处罚', en: 'administrative penalty' } };

  it('fills a zh/en pair argument with the text of the language it renders in, a plain one as it is', () => {
    expect(fmt(msg, 'zh', args)).toBe('东湖镇的职责含执法行为（行政处罚）');
    expect(fmt(msg, 'en', args)).toBe('the duty of 东湖镇 holds an enforcement act (administrative penalty)');
  });

  it('leaves a placeholder without an argument as it is', () => {
    expect(fmt(msg, 'en', { party: '东湖镇' })).toBe('the duty of 东湖镇 holds an enforcement act ({cls})');
  });

  it('makes a pair by writing a text in each language', () => {
    expect(both((l) => (l === 'zh' ? '、' : ', '))).toEqual({ zh: '、', en: ', ' });
  });
});
