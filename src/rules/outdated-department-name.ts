import type { DocPath } from '../findings/types.js';
import type { LoadedFile } from '../load/load-file.js';
import { defineRule } from './define-rule.js';
import type { RuleContext } from './types.js';
import { assignments } from './util/assignments.js';
import { items, parties } from './util/items.js';
import { outdatedName } from './util/renamed-departments.js';

interface NameAt {
  file: LoadedFile;
  path: DocPath;
  name: string;
  id: string;
}

/** Every place a department is named: parties, flow-chart steps, manual entries, entrusting organs, applicants. */
function* namesAt(ctx: RuleContext<string>): Generator<NameAt> {
  for (const at of items(ctx.project)) {
    const id = at.item.id;
    for (const p of parties(at)) yield { file: at.file, path: [...p.path, 'party'], name: p.party.party, id };
    for (const [i, s] of (at.item.steps ?? []).entries()) if (s.party) yield { file: at.file, path: [...at.path, 'steps', i, 'party'], name: s.party, id };
    for (const [i, m] of (at.item.manual ?? []).entries()) yield { file: at.file, path: [...at.path, 'manual', i, 'party'], name: m.party, id };
    const by = at.item.delegation?.entrusted_by;
    if (by) yield { file: at.file, path: [...at.path, 'delegation', 'entrusted_by'], name: by, id };
  }
  for (const at of assignments(ctx.project)) {
    const a = at.assignment;
    yield { file: at.file, path: [...at.path, 'applicant'], name: a.applicant, id: a.id };
    yield { file: at.file, path: [...at.path, 'lead', 'party'], name: a.lead.party, id: a.id };
    for (const [i, s] of (a.support ?? []).entries()) yield { file: at.file, path: [...at.path, 'support', i, 'party'], name: s.party, id: a.id };
  }
}

/** A department named by its pre-reform name. */
export default defineRule({
  id: 'outdated-department-name',
  category: 'consistency',
  severity: 'warning',
  title: { zh: '使用机构改革前的部门名称', en: 'Department named by its pre-reform name' },
  messages: {
    former: {
      zh: '“{name}”是机构改革前的名称，现为“{current}”',
      en: '"{name}" is a pre-reform name; the department is now "{current}"',
      hint: { zh: '改写为登记名称“{current}”或其登记的简称', en: 'write the registered name "{current}" or one of its registered short names' },
    },
    renamed: {
      zh: '“{name}”是机构改革前的名称，现为{current}{noteZh}',
      en: '"{name}" is a pre-reform name; it is now {current}{noteEn}',
      hint: { zh: '改写为“{suggestion}”，并在 registry/departments.yaml 的 former 中登记旧名', en: 'write "{suggestion}" and record the old name under former in registry/departments.yaml' },
    },
    local: {
      zh: '“{name}”可能是机构改革前的名称，各地多改为{current}',
      en: '"{name}" may be a pre-reform name; most places now use {current}',
      hint: {
        zh: '核对本地机构改革方案：已更名的改写为现名称；仍用此名的，在 registry/departments.yaml 中登记',
        en: 'check the local reform plan: write the current name if it changed; if this name is still in use, register it in registry/departments.yaml',
      },
    },
  },
  docs: {
    why: {
      zh: '2018年国务院机构改革和随后的县级机构改革撤并、更名了一批部门（安监局并入应急管理局，国土资源局改为自然资源局，工商、质监、食药监合并为市场监督管理局等）。清单沿用旧名，责任就落不到现存的单位上，法律条文中的主管部门也对不上。',
      en: 'The 2018 State Council reform and the county reforms after it merged and renamed many departments (安监局 into 应急管理局, 国土资源局 into 自然资源局, 工商/质监/食药监 into 市场监督管理局 ...). A list that keeps the old name points at a body that no longer exists and no longer matches the competent department the statutes name.',
    },
    bad: 'kind: domain\ndomain: 应急管理\nitems:\n  - id: YJ-001\n    name: 生产经营单位安全生产违法行为的查处\n    power: 行政处罚\n    lead: {party: 县安监局, duties: [依法查处]}\n    basis: [《中华人民共和国安全生产法》第一百零一条]\n',
    good: 'kind: domain\ndomain: 应急管理\nitems:\n  - id: YJ-001\n    name: 生产经营单位安全生产违法行为的查处\n    power: 行政处罚\n    lead: {party: 县应急管理局, duties: [依法查处]}\n    basis: [《中华人民共和国安全生产法》第一百零一条]\n',
    source: '《国务院机构改革方案》（2018年）；各地县级机构改革方案',
  },
  check(ctx) {
    for (const at of namesAt(ctx)) {
      const now = ctx.registry.formerOf(at.name);
      if (now) {
        ctx.report(at.file, at.path, 'former', { item: at.id, args: { name: at.name, current: now.name } });
        continue;
      }
      const hit = outdatedName(ctx.registry, at.name);
      if (!hit) continue;
      const current = hit.rename.current.map((c) => `“${c}”`).join(ctx.lang === 'zh' ? '或' : ' or ');
      const note = hit.rename.note;
      ctx.report(at.file, at.path, hit.rename.local ? 'local' : 'renamed', {
        item: at.id,
        args: { name: at.name, current, suggestion: hit.suggestion, noteZh: note ? `（${note.zh}）` : '', noteEn: note ? ` (${note.en})` : '' },
      });
    }
  },
});
