import { fmt, type Lang } from '../../i18n.js';
import { TYPE_LABELS, WORDS } from '../labels.js';
import { CHANGE_TYPES, type ChangeSummary } from '../types.js';

/** The summary in one line: counts by type, needing review, missing reasons, townships reached. */
export function summaryText(s: ChangeSummary, lang: Lang): string {
  const list = lang === 'zh' ? '，' : ', ';
  const types = CHANGE_TYPES.filter((t) => s.byType[t]).map((t) => `${TYPE_LABELS[t][lang]} ${s.byType[t]}`).join(list);
  const parts = [
    fmt(WORDS.summary, lang, { n: s.changes, types }),
    fmt(WORDS.summaryReview, lang, { n: s.needsReview }),
    fmt(WORDS.summaryMissing, lang, { n: s.missingReasons }),
  ];
  let towns = fmt(WORDS.summaryTowns, lang, { n: s.townshipsAffected.length });
  if (s.townshipsAffected.length) towns += `${lang === 'zh' ? '：' : ': '}${s.townshipsAffected.join(lang === 'zh' ? '、' : ', ')}`;
  parts.push(towns);
  return parts.join(lang === 'zh' ? '；' : '; ');
}
