import type { PowerType } from '../model/types.js';

/** Powers of the 权责清单 that are administrative powers over citizens and organisations. */
export const ADMINISTRATIVE_POWERS: readonly PowerType[] = [
  '行政许可', '行政处罚', '行政强制', '行政征收', '行政给付', '行政检查', '行政确认', '行政奖励', '行政裁决', '其他行政权力',
];

/** The administrative powers among an item's powers. */
export function administrativePowers(powers: readonly PowerType[]): PowerType[] {
  return powers.filter((p) => ADMINISTRATIVE_POWERS.includes(p));
}

const EN: Record<string, string> = {
  行政许可: 'licensing', 行政处罚: 'penalty', 行政强制: 'compulsory measure', 行政征收: 'levy', 行政给付: 'benefit',
  行政检查: 'inspection', 行政确认: 'confirmation', 行政奖励: 'award', 行政裁决: 'adjudication', 其他行政权力: 'other administrative power',
};

/** Power names joined for a message in the run's language. */
export function powerNames(powers: readonly PowerType[], lang: 'zh' | 'en'): string {
  return lang === 'zh' ? powers.join('、') : powers.map((p) => EN[p] ?? p).join(', ');
}
