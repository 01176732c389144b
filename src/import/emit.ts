/**
 * The assembled repository as YAML files: resp.yaml, registries, one domain file per domain and one
 * file per township. Every item carries a comment naming its source cells, so a reviewer can go back
 * to the original. Text only; writing is the caller's.
 */
import type { Department, Item, Office, Party, Township } from '../model/types.js';
import type { Assembled, PlacedItem } from './assemble.js';
import { modeline, schemaFiles, yamlText as yaml } from '../init/scaffold.js';
import { freshPaths } from '../util/fresh-paths.js';

/** An item's fields in the model's order. */
function ordered(it: Item): Record<string, unknown> {
  const keys: (keyof Item)[] = ['id', 'name', 'list', 'category', 'power', 'lead', 'support', 'basis', 'delegation', 'method', 'steps', 'manual', 'case', 'keywords', 'examples', 'notes', 'change'];
  const out: Record<string, unknown> = {};
  for (const k of keys) if (it[k] !== undefined) out[k] = it[k];
  out.lead = party(it.lead);
  if (it.support) out.support = it.support.map(party);
  return out;
}

/** A party's fields in the order the examples write them: party, office, duties. */
function party(p: Party): Party {
  return { party: p.party, ...(p.office ? { office: p.office } : {}), duties: p.duties };
}

/** The items of one file, each behind its source comment, as a block sequence under `items:`. */
function itemsBlock(items: PlacedItem[], stripList: boolean): string {
  return items
    .map((p) => {
      const it = ordered(p.item);
      if (stripList) delete it.list;
      const body = yaml([it]).replace(/\n$/, '').split('\n').map((l) => `  ${l}`).join('\n');
      return `  # 来源：${p.source.replace(/\n/g, ' ')}\n${body}\n`;
    })
    .join('\n');
}

/** A file name for a domain or township: characters a file system refuses are replaced. */
export function fileName(s: string): string {
  return s.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').replace(/^\.+/, '_').trim().slice(0, 80) || '_';
}

/**
 * Every file of the repository: relative path → text. Each file starts with the editor's schema line,
 * pointing at the copy of the schemas in .resp/schemas/ that is written with them (as `resp init` does).
 */
export function emitRepository(a: Assembled): Map<string, string> {
  const files = new Map<string, string>();
  files.set('resp.yaml', modeline('config', 0) + yaml(a.config));

  if (a.departments.length) {
    const deps: Department[] = a.departments;
    files.set('registry/departments.yaml', modeline('departments', 1) + '# 由 resp import 根据清单中出现的单位生成；层级（level）和类型（type）按名称推断，请逐项核对。\n' + yaml({ kind: 'departments', departments: deps }));
  }
  if (a.townships.length) {
    const tw: { kind: 'townships'; offices?: Office[]; townships: Township[] } = { kind: 'townships', ...(a.commonOffices.length ? { offices: a.commonOffices } : {}), townships: a.townships };
    files.set('registry/townships.yaml', modeline('townships', 1) + '# 由 resp import 生成：乡镇（街道）及其承办机构；类型（镇/乡/街道）按名称推断。\n' + yaml(tw));
  }

  const byDomain = new Map<string, PlacedItem[]>();
  const byTownship = new Map<string, PlacedItem[]>();
  for (const p of a.items) {
    if (p.township) (byTownship.get(p.township) ?? byTownship.set(p.township, []).get(p.township)!).push(p);
    else (byDomain.get(p.domain!) ?? byDomain.set(p.domain!, []).get(p.domain!)!).push(p);
  }
  const unique = freshPaths(fileName, '.yaml');
  for (const [domain, items] of byDomain) {
    const lists = new Set(items.map((p) => p.item.list ?? '属地管理'));
    const one = lists.size === 1 ? [...lists][0] : undefined;
    const title = a.titles.get(domain);
    const head = yaml({ kind: 'domain', domain, ...(title ? { title } : {}), ...(one && one !== '属地管理' ? { list: one } : {}) });
    files.set(unique('domains', domain), `${modeline('domain', 1)}${head}items:\n${itemsBlock(items, one !== undefined)}`);
  }
  for (const [township, items] of byTownship) {
    files.set(unique('townships', township), `${modeline('township', 1)}${yaml({ kind: 'township', township })}items:\n${itemsBlock(items, false)}`);
  }
  for (const [p, text] of schemaFiles()) files.set(p, text);
  return files;
}
