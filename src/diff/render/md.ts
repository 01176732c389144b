import { fmt } from '../../i18n.js';
import { beforeAfter, revisionText, scopeText } from '../describe.js';
import { TYPE_LABELS, WORDS } from '../labels.js';
import { CHANGE_TYPES } from '../types.js';
import { summaryText } from './summary-text.js';
import type { DiffRenderer } from './types.js';

// A cell of a Markdown table: no pipes, no line breaks, no HTML from the data.
function cell(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}

const HEAD = {
  zh: ['序号', '调整类型', '事项编号', '事项名称', '所属领域', '涉及范围', '调整前', '调整后', '调整理由', '法制审核'],
  en: ['No.', 'type', 'id', 'name', 'domain', 'reaches', 'before', 'after', 'reason', 'legal review'],
};

/** The Markdown format, for a pull request: the summary, counts by type and one table row per change. */
export const renderMd: DiffRenderer = (set, { lang }) => {
  const out = [`## ${WORDS.title[lang]}${lang === 'zh' ? '：' : ': '}${revisionText(set.from, lang)} → ${revisionText(set.to, lang)}`, ''];
  const problems = set.problems.length;
  if (problems) out.push(`> ${fmt(WORDS.problems, lang, { side: `${WORDS.sideFrom[lang]}/${WORDS.sideTo[lang]}`, n: problems }).replace(/[:：]$/, '')}`, '');
  if (!set.changes.length) return [...out, WORDS.none[lang], ''].join('\n');
  out.push(summaryText(set.summary, lang), '');
  out.push(`| ${lang === 'zh' ? '调整类型' : 'type'} | ${lang === 'zh' ? '数量' : 'count'} |`, '|---|---:|');
  for (const t of CHANGE_TYPES) if (set.summary.byType[t]) out.push(`| ${TYPE_LABELS[t][lang]} | ${set.summary.byType[t]} |`);
  out.push('', `| ${HEAD[lang].join(' | ')} |`, `|${HEAD[lang].map(() => '---').join('|')}|`);
  set.changes.forEach((c, i) => {
    const { before, after } = beforeAfter(c, lang);
    let reason = c.reason ?? `⚠ ${lang === 'zh' ? '缺少理由' : 'missing'}`;
    if (c.requestedBy) reason += lang === 'zh' ? `\n（${c.requestedBy}）` : `\n(${c.requestedBy})`;
    const row = [
      String(i + 1),
      c.types.map((t) => TYPE_LABELS[t][lang]).join('、'),
      c.oldId ? `${c.oldId} → ${c.id}` : c.id,
      c.name,
      c.domain,
      scopeText(c, set.summary.townshipsTotal, lang),
      before.join('\n'),
      after.join('\n'),
      reason,
      c.review ? WORDS.review[lang] : '',
    ];
    out.push(`| ${row.map(cell).join(' | ')} |`);
  });
  return out.join('\n') + '\n';
};
