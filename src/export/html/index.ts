/**
 * `resp export --html`: the lists in force as a static site that works from file:// and any static host,
 * with no server and no network. index.html (search box, links by domain and by township), one page per
 * domain, per township and per item, one style sheet, and the search: search-index.js (the FindIndex of
 * the items in force as plain data, assigned to a global since a file:// page cannot fetch JSON) and
 * search.js (src/find/score.ts's own functions as text, so the page ranks exactly as `resp find`). Both
 * come from the caller (src/find pageSearch, wired by the export command): this part never ranks.
 * Every file is written atomically; the same lists give the same bytes.
 */
import { join } from 'node:path';
import type { BuildResult, CompiledItem } from '../../compile/types.js';
import { writeAtomic } from '../../io/write.js';
import { freshPaths } from '../../util/fresh-paths.js';
import type { Registry } from '../../model/registry.js';
import type { Exclusion, Party, TownshipFile } from '../../model/types.js';
import { localizer } from '../document.js';
import { titleOf } from '../labels.js';
import { searchPage, type SiteDoc, type SiteSearch } from './browser.js';
import { fileName, jsValue } from './escape.js';
import { domainPage, homePage, itemPage, townshipPage, unit, type Layout } from './pages.js';
import { CSS } from './style.js';

/** The search of the page, as src/find pageSearch makes it. */
export interface SiteSearchInput {
  /** The items in force, as `resp find` searches them: one page each; an item's number is its position. */
  items: CompiledItem[];
  /** The find index of those items as plain data (absent when split by county). */
  index?: unknown;
  /** The scoring's source text: defines scoreQuery, bestSituation, pieces and indexFromJson. */
  scorer: string;
  /**
   * A repository of several counties: each county's items and their index, written to a file of its
   * own (search/<n>.js) that the page loads when that county is asked; `index` is then absent.
   */
  shards?: { label: string; items: CompiledItem[]; index: unknown }[];
}

export interface SiteInput {
  result: BuildResult;
  registry: Registry;
  /** For what each township's file excludes, and why. */
  project: { townshipFiles: { data?: TownshipFile }[] };
  search: SiteSearchInput;
  /** 版本、施行日期… (revisionLine), or ''. */
  revision: string;
  /** A draft for consultation: titles say so. */
  draft?: boolean;
}

/** The site's files: path relative to its folder → content, in a fixed order. */
export function renderSite(input: SiteInput): Map<string, string> {
  const { result, registry } = input;
  const county = result.county;
  const draft = !!input.draft;
  const layout: Layout = { site: `${county.name}责任清单${draft ? '（征求意见稿）' : ''}`, revision: input.revision };
  const items = input.search.items;
  const files = new Map<string, string>();

  // File names: ids are safe as they are (the schema allows letters, digits, _ . -); names are made safe
  // and kept apart when two come out the same.
  const unique = freshPaths(fileName, '.html');
  const itemPath = (id: string) => `item/${id}.html`;
  const owner = new Map<string, string>();
  for (const t of result.townships) for (const it of t.items) if (it.origin.layer === 'township') owner.set(it.id, t.name);

  const domains = new Map<string, CompiledItem[]>();
  for (const it of items) {
    const list = domains.get(it.domain) ?? [];
    if (!domains.has(it.domain)) domains.set(it.domain, list);
    list.push(it);
  }
  const domainPaths = new Map([...domains.keys()].map((d) => [d, unique('domain', d)]));
  const townshipPaths = new Map(result.townships.map((t) => [t.name, unique('township', t.name)]));

  // What each township's file excludes (compiled lists no longer hold those items).
  const exclusions = new Map<string, Exclusion[]>();
  for (const f of input.project.townshipFiles) {
    const t = f.data && registry.township(f.data.township);
    if (t && f.data?.exclude) exclusions.set(t.name, [...(exclusions.get(t.name) ?? []), ...f.data.exclude]);
  }
  const countyIds = new Map(county.items.map((it) => [it.id, it]));

  files.set('index.html', homePage(layout, {
    county: county.name,
    title: titleOf(county, draft),
    domains: [...domains].map(([d, list]) => ({ label: d, path: domainPaths.get(d)!, count: list.length })),
    townships: result.townships.map((t) => ({ label: t.name, path: townshipPaths.get(t.name)!, count: t.items.length })),
    ...(input.search.shards ? { shards: input.search.shards.map((x) => x.label) } : {}),
  }));
  files.set('style.css', CSS);
  if (input.search.shards) {
    // search-index.js then only lists the counties; each county's index is its own file.
    const list = input.search.shards.map((x, i) => ({ label: x.label, file: `search/${i}.js` }));
    files.set('search-index.js', `/* resp export --html：各县检索数据的文件 / the search data file of each county, written by resp */\nwindow.RESP_SEARCH_SHARDS = ${jsValue(list)};\n`);
    input.search.shards.forEach((x, i) => files.set(`search/${i}.js`, searchIndexScript(x, itemPath, i)));
  } else files.set('search-index.js', searchIndexScript(input.search, itemPath));
  files.set('search.js', searchScript(input.search.scorer));

  for (const [d, list] of domains) {
    files.set(domainPaths.get(d)!, domainPage(layout, { domain: d, items: list.map((item) => ({ item, path: itemPath(item.id), ...(owner.has(item.id) ? { township: owner.get(item.id) } : {}) })) }));
  }
  for (const t of result.townships) {
    const reg = registry.township(t.name);
    files.set(townshipPaths.get(t.name)!, townshipPage(layout, {
      list: t,
      title: titleOf(t, draft),
      offices: reg ? registry.officesOf(reg) : [],
      pathOf: itemPath,
      exclusions: (exclusions.get(t.name) ?? []).map((exclusion) => ({ exclusion, ...(countyIds.has(exclusion.item) ? { name: countyIds.get(exclusion.item)!.name } : {}) })),
      local: localizer(t.name),
    }));
  }
  for (const item of items) {
    const own = owner.get(item.id);
    const adjustedIn: { name: string; path: string; fields: string[] }[] = [];
    const excludedIn: { name: string; path: string; reason?: string }[] = [];
    if (!own) {
      for (const t of result.townships) {
        const there = t.items.find((x) => x.id === item.id);
        if (there?.adjusted) adjustedIn.push({ name: t.name, path: townshipPaths.get(t.name)!, fields: Object.keys(there.adjusted) });
        const ex = (exclusions.get(t.name) ?? []).find((x) => x.item === item.id);
        if (ex) excludedIn.push({ name: t.name, path: townshipPaths.get(t.name)!, ...(ex.reason ? { reason: ex.reason } : {}) });
      }
    }
    files.set(itemPath(item.id), itemPage(layout, {
      item,
      domainPath: domainPaths.get(item.domain)!,
      ...(own ? { township: { name: own, path: townshipPaths.get(own)! } } : {}),
      adjustedIn,
      excludedIn,
    }));
  }
  return files;
}

/** search-index.js (or one county's search/<n>.js): the index of the items in force, and what a result shows of each. */
function searchIndexScript(search: { items: CompiledItem[]; index?: unknown }, itemPath: (id: string) => string, shard?: number): string {
  const answer = (m: { party: string; office?: string; contact?: string }) => `${unit(m as Party)}${m.contact ? `，${m.contact}` : ''}`;
  const docs: SiteDoc[] = search.items.map((it) => ({
    id: it.id,
    name: it.name,
    domain: it.domain,
    href: itemPath(it.id),
    lead: unit(it.lead),
    support: (it.support ?? []).map(unit),
    manual: (it.manual ?? []).map((m) => ({ situation: m.situation, answer: answer(m) })),
  }));
  const site: SiteSearch = { version: 1, index: search.index, docs };
  if (shard !== undefined) return `/* resp export --html：一个县的检索数据 / one county's search data, written by resp */\n(window.RESP_SHARDS = window.RESP_SHARDS || {})[${shard}] = ${jsValue(site)};\n`;
  return `/* resp export --html：检索数据，由 resp 生成 / search data written by resp */\nwindow.RESP_SEARCH = ${jsValue(site)};\n`;
}

/** search.js: the scoring of `resp find` (src/find/score.ts, as this build runs it) and the search box. */
export function searchScript(scorer: string): string {
  return `/* resp export --html：检索，与 resp find 的排序相同（src/find/score.ts） / search, ranked as resp find ranks */
(function () {
'use strict';
${scorer}
const searchPage = ${searchPage.toString()};
searchPage({ scoreQuery, bestSituation, pieces, indexFromJson }, window.RESP_SEARCH, document, window.RESP_SEARCH_SHARDS);
})();
`;
}

/** Write the site into `dir` (index.html at its top); returns the paths written, relative to `dir`. */
export function writeSite(input: SiteInput, dir: string): string[] {
  const files = renderSite(input);
  for (const [path, content] of files) writeAtomic(join(dir, ...path.split('/')), content);
  return [...files.keys()];
}
