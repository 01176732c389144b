import type { DocPath } from '../findings/types.js';
import type { LoadedFile } from '../load/load-file.js';
import type { Registry } from '../model/registry.js';
import type { Department } from '../model/types.js';
import { defineRule } from './define-rule.js';
import { assignments } from './util/assignments.js';
import { items, parties } from '../load/items.js';
import { outdatedName, RENAMES, type OutdatedName } from './util/renamed-departments.js';
import type { Severity } from '../findings/types.js';
import unknownParty from './unknown-party.js';

const ORDER: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/** Pre-reform names written inside a duty (及时报告县环保局): a county-level prefix, a few characters, a former ending. */
const IN_TEXT = new RegExp(
  `(?:县|市|区|旗)[\\u4e00-\\u9fff]{0,6}?(?:${[...new Set(RENAMES.flatMap((r) => r.former))].sort((a, b) => b.length - a.length).join('|')})`,
  'g',
);
/** The last characters of the former names: a duty without any of them names none (most duties). */
const ENDINGS = new RegExp(`[${[...new Set(RENAMES.flatMap((r) => r.former.map((f) => f[f.length - 1])))].join('')}]`);

/** The pre-reform names a duty mentions, with where they are. */
function namesIn(duty: string): { name: string; offset: number }[] {
  if (!ENDINGS.test(duty)) return [];
  return [...duty.matchAll(IN_TEXT)].map((m) => ({ name: m[0], offset: m.index! }));
}

/** What is wrong with a name, worked out once per distinct name. */
type Verdict = { former: Department } | { renamed: OutdatedName } | undefined;

const VERDICT = Symbol('outdated department name');

function verdictOf(registry: Registry, name: string): Verdict {
  return registry.derived(VERDICT, name, (): Verdict => {
    const now = registry.formerOf(name);
    if (now) return { former: now };
    const hit = outdatedName(registry, name);
    return hit ? { renamed: hit } : undefined;
  });
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
      zh: '“{name}”是机构改革前的名称，现为{current}{note}',
      en: '"{name}" is a pre-reform name; it is now {current}{note}',
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
    // An unregistered old name in a party is also an unregistered party: unknown-party leaves it to this rule,
    // which reports it once at the worse of the two rules' levels.
    const levels = ctx.project.config.rules ?? {};
    const own = (levels['outdated-department-name'] ?? 'warning') as Severity | 'off';
    const other = (levels['unknown-party'] ?? unknownParty.severity) as Severity | 'off';
    // Raised only above the rule's own default: applying the configuration keeps a raised finding as it is.
    const base = own === 'off' ? 'warning' : own;
    const partyLevel: Severity | undefined = own === 'off' || other === 'off' || ORDER[other] <= ORDER[base] || ORDER[other] <= ORDER.warning ? undefined : other;
    const report = (file: LoadedFile, id: string, name: string, path: DocPath, isParty = false, offset?: number) => {
      const v = verdictOf(ctx.registry, name)!;
      const span = offset === undefined ? {} : { offset, length: name.length };
      if ('former' in v) {
        ctx.report(file, path, 'former', { item: id, ...span, args: { name, current: v.former.name } });
        return;
      }
      const hit = v.renamed;
      const names = hit.rename.current.map((c) => `“${c}”`);
      const current = { zh: names.join('或'), en: names.join(' or ') };
      const note = hit.rename.note;
      ctx.report(file, path, hit.rename.local ? 'local' : 'renamed', {
        item: id,
        ...span,
        ...(isParty && partyLevel ? { severity: partyLevel } : {}),
        args: { name, current, suggestion: hit.suggestion, note: { zh: note ? `（${note.zh}）` : '', en: note ? ` (${note.en})` : '' } },
      });
    };
    // Every place a department is named: parties, flow-chart steps, manual entries, entrusting organs,
    // applicants. Almost no name is outdated: a path is built only for one that is.
    const bad = (name: string | undefined): name is string => !!name && verdictOf(ctx.registry, name) !== undefined;
    for (const at of items(ctx.project)) {
      const { file, item } = at;
      for (const p of parties(at)) {
        if (bad(p.party.party)) report(file, item.id, p.party.party, [...p.path, 'party'], true);
        const duties = p.party.duties;
        for (let k = 0; k < duties.length; k++) {
          if (typeof duties[k] !== 'string') continue;
          for (const m of namesIn(duties[k])) if (bad(m.name)) report(file, item.id, m.name, [...p.path, 'duties', k], false, m.offset);
        }
      }
      const steps = item.steps ?? [];
      for (let i = 0; i < steps.length; i++) if (bad(steps[i].party)) report(file, item.id, steps[i].party!, [...at.path, 'steps', i, 'party']);
      const manual = item.manual ?? [];
      for (let i = 0; i < manual.length; i++) if (bad(manual[i].party)) report(file, item.id, manual[i].party, [...at.path, 'manual', i, 'party']);
      const by = item.delegation?.entrusted_by;
      if (bad(by)) report(file, item.id, by, [...at.path, 'delegation', 'entrusted_by']);
    }
    for (const at of assignments(ctx.project)) {
      const a = at.assignment;
      if (bad(a.applicant)) report(at.file, a.id, a.applicant, [...at.path, 'applicant']);
      if (bad(a.lead.party)) report(at.file, a.id, a.lead.party, [...at.path, 'lead', 'party']);
      const support = a.support ?? [];
      for (let i = 0; i < support.length; i++) if (bad(support[i].party)) report(at.file, a.id, support[i].party, [...at.path, 'support', i, 'party']);
    }
  },
});
