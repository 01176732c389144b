import { fmt, type Lang } from '../../i18n.js';
import { TYPE_LABELS, WORDS } from '../labels.js';
import { CHANGE_TYPES, type ChangeSummary } from '../types.js';

const MAX_NAMED = 10;

/** The summary in one line: counts by type, needing review, missing reasons, townships reached. */
export function summaryText(s: ChangeSummary, lang: Lang): string {
  const list = lang === 'zh' ? '，' : ', ';
  const types = CHANGE_TYPES.filter((t) => s.byType[t]).map((t) => `${TYPE_LABELS[t][lang]} ${s.byType[t]}`).join(list);
  const parts = [
    fmt(WORDS.summary, lang, { n: s.changes, types }),
    fmt(WORDS.summaryReview, lang, { n: s.needsReview }),
    fmt(WORDS.summaryMissing, lang, { n: s.missingReasons }),
  ];
  const n = s.townshipsAffected.length;
  let towns = fmt(WORDS.summaryTowns, lang, { n });
  // Name them when few; a province-sized list would drown the line.
  if (n > 1 && n === s.townshipsTotal) towns += lang === 'zh' ? '（全部）' : ' (all)';
  else if (n) {
    const names = s.townshipsAffected.slice(0, MAX_NAMED).join(lang === 'zh' ? '、' : ', ');
    towns += `${lang === 'zh' ? '：' : ': '}${names}${n > MAX_NAMED ? (lang === 'zh' ? '等' : ', …') : ''}`;
  }
  parts.push(towns);
  return parts.join(lang === 'zh' ? '；' : '; ');
}
