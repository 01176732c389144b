/**
 * A find answer as a dispatcher reads it (human, Chinese by default) or a program does (JSON,
 * `version: 1`, best first).
 */
import { clausesOnOneLine } from '../util/text.js';
import type { Lang } from '../i18n.js';
import type { Party } from '../model/types.js';
import type { FindAnswer, FindResult } from './index.js';

const T = {
  sure: { zh: '把握较大', en: 'confident' },
  unsure: { zh: '没有把握：以下仅供参考，请人工判断由谁办理', en: 'not confident: for reference only; a person should decide who handles it' },
  none: { zh: '清单中没有找到对应事项，请转人工办理', en: 'no item of the lists answers this; pass it to a person' },
  lead: { zh: '主责', en: 'leads' },
  support: { zh: '配合', en: 'supports' },
  manual: { zh: '说明书', en: 'manual' },
};

/** Duties on one line, without doubled punctuation (。；). */
const joined = clausesOnOneLine;

function unit(p: Party): string {
  return p.office ? `${p.party}（${p.office}）` : p.party;
}

function resultJson(r: FindResult, i: number, confident: boolean) {
  const it = r.item;
  const party = (p: Party) => ({ party: p.party, ...(p.office ? { office: p.office } : {}), duties: p.duties });
  return {
    id: it.id,
    name: it.name,
    domain: it.domain,
    list: it.list,
    score: r.score,
    coverage: r.coverage,
    confident: confident && i === 0,
    lead: { ...party(it.lead), ...(r.manual?.party === it.lead.party && r.manual.contact ? { contact: r.manual.contact } : {}) },
    support: (it.support ?? []).map(party),
    ...(r.manual ? { manual: r.manual } : {}),
  };
}

/** An answer as text; JSON indented (`block`) or on one line (`line`, for one answer a line on --stdin). */
export function renderFind(a: FindAnswer, format: 'human' | 'json', lang: Lang, township?: string, shape: 'block' | 'line' = 'block'): string {
  if (format === 'json') {
    const json = { version: 1, query: a.query, ...(township ? { township } : {}), confident: a.confident, results: a.results.map((r, i) => resultJson(r, i, a.confident)) };
    return `${shape === 'line' ? JSON.stringify(json) : JSON.stringify(json, null, 2)}\n`;
  }
  const out: string[] = [`“${a.query}”${township ? `（${township}）` : ''}`];
  if (!a.results.length) return `${out[0]}\n${T.none[lang]}\n`;
  if (!a.confident) out.push(T.unsure[lang]);
  a.results.forEach((r, i) => {
    const it = r.item;
    out.push('');
    out.push(`${i + 1}. ${it.id}  ${it.name}（${it.domain}）${a.confident && i === 0 ? `  ${T.sure[lang]}` : ''}`);
    out.push(`   ${T.lead[lang]}：${unit(it.lead)} — ${joined(it.lead.duties)}`);
    for (const s of it.support ?? []) out.push(`   ${T.support[lang]}：${unit(s)} — ${joined(s.duties)}`);
    if (r.manual) {
      const m = r.manual;
      out.push(`   ${T.manual[lang]}：${m.situation} → ${m.party}${m.office ? `（${m.office}）` : ''}${m.contact ? `，${m.contact}` : ''}${m.standard ? `；${m.standard}` : ''}`);
    }
  });
  return `${out.join('\n')}\n`;
}
