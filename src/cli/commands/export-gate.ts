/**
 * What `resp export` checks before it writes: a list with an error is never published as if it were
 * complete. Without --draft, errors stop the export (nothing written, the blocking items named); with
 * it, every item is written and the documents are marked 征求意见稿 with their open problems.
 */
import type { BuildResult } from '../../compile/types.js';
import { blockersOf, draftLists, itemOf, type DraftSource } from '../../export/draft.js';
import type { ExportDoc } from '../../export/types.js';
import type { Finding } from '../../findings/types.js';
import { renderHuman } from '../../findings/render/human.js';
import { fmt, type Lang } from '../../i18n.js';
import type { Selection } from '../../load/discover.js';
import { validateRepository } from '../../validate/repository.js';
import { today } from '../../validate/validate.js';
import { version } from '../../version.js';
import { useColor } from '../color.js';

/** Validate the whole repository and print its errors (and warnings, for a draft); returns every finding. */
export async function exportFindings(selection: Selection, lang: Lang, draft: boolean, asOf = today()): Promise<Finding[]> {
  const cwd = process.cwd();
  // Every file of the repository is reported on, not only the paths named (the lists come from all of them).
  const every = { ...selection, scope: new Set(selection.files.map((f) => f.display)) };
  const r = await validateRepository(selection.files.map((f) => f.abs), { lang, asOf, cwd, jobs: 0, selection: every });
  const shown = r.findings.filter((f) => f.severity === 'error' || (draft && f.severity === 'warning') || f.rule.startsWith('township-'));
  if (shown.length) {
    process.stderr.write(renderHuman(shown, { lang, color: useColor(), sourceOf: r.sourceOf, files: r.files, items: r.items, version: version() }));
  }
  return r.findings;
}

const M = {
  blocked: {
    zh: 'resp: 清单有错误，未导出任何文件（不发布不完整的清单）。有错误的事项：{items}{places}\n修正后重新导出；需要征求意见时，用 --draft 导出征求意见稿（含全部事项，并列出待解决问题）。\n',
    en: 'resp: the lists have errors; nothing was exported (an incomplete list is never published). Items with errors: {items}{places}\nFix them and export again, or use --draft for a draft for consultation (every item, with the open problems listed).\n',
  },
  places: { zh: '；其他错误位置：{places}', en: '; other errors at: {places}' },
};

/** The project as the gate needs it: its domain and township files as loaded. */
interface Loaded {
  domains: DraftSource[];
  townshipFiles: DraftSource[];
}

/**
 * Decide what may be exported. Returns undefined when errors block the export (after saying which
 * items); else the lists to write and, for a draft, what marks it.
 */
export function releaseOf(findings: Finding[], project: Loaded, result: BuildResult, lang: Lang, draft: boolean | undefined): { result: BuildResult; draft?: ExportDoc['draft'] } | undefined {
  const sources = [...project.domains, ...project.townshipFiles];
  const { errors, items, places } = blockersOf(findings, sources);
  if (!draft) {
    if (!errors.length) return { result };
    const list = (xs: string[]) => (xs.length > 20 ? `${xs.slice(0, 20).join('、')}……（共${xs.length}处）` : xs.join('、'));
    process.stderr.write(fmt(M.blocked, lang, { items: list(items) || '—', places: places.length ? fmt(M.places, lang, { places: list(places) }) : '' }));
    return undefined;
  }
  const problems = findings.filter((f) => f.severity !== 'info');
  return { result: draftLists(result, project.domains, project.townshipFiles), draft: { problems, itemOf: (f) => itemOf(f, sources) } };
}
