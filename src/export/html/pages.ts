/**
 * The pages of the site as HTML text: every text of the lists goes through esc(), every link through
 * href(). Pages name no date and no time, so the same lists give the same bytes.
 */
import { clausesOnOneLine } from '../../util/text.js';
import type { CompiledItem, CompiledList } from '../../compile/types.js';
import type { Basis, Delegation, Exclusion, Office, Party, Step } from '../../model/types.js';
import { PART_NAMES } from '../labels.js';
import { sectionsOf } from '../sections.js';
import { esc, href, paragraphs } from './escape.js';

/** Where a page lies: '' for index.html, '../' for the pages in a folder. */
type Root = '' | '../';

export interface Crumb {
  label: string;
  /** Path from the site's root; none for the page itself. */
  path?: string;
}

export interface Layout {
  /** The site's name (青禾县责任清单). */
  site: string;
  /** 版本、施行日期…, or ''. */
  revision: string;
}

/** A whole page: landmarks (banner, navigation, main, contentinfo), a skip link, the style sheet. */
export function page(l: Layout, root: Root, title: string, crumbs: Crumb[], body: string, scripts: string[] = []): string {
  const trail = crumbs.length
    ? `<nav class="crumbs" aria-label="当前位置"><ol>${crumbs.map((c, i) => `<li>${c.path ? `<a href="${root}${href(c.path)}">${esc(c.label)}</a>` : `<span aria-current="page">${esc(c.label)}</span>`}</li>`).join('')}</ol></nav>`
    : '';
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title === l.site ? title : `${title} - ${l.site}`)}</title>
<link rel="stylesheet" href="${root}style.css">
${scripts.map((s) => `<script src="${root}${href(s)}" defer></script>`).join('\n')}
</head>
<body>
<a class="skip" href="#main">跳到正文</a>
<header class="site"><div class="wrap"><a href="${root}index.html">${esc(l.site)}</a></div></header>
<div class="wrap">
${trail}
<main id="main" tabindex="-1">
${body}
</main>
<footer>${l.revision ? `<p>${esc(l.revision)}</p>` : ''}<p class="generator">本站由 resp 根据现行清单生成，可离线打开。</p></footer>
</div>
</body>
</html>
`;
}

/** 单位（承办机构）. */
export function unit(p: Party): string {
  return p.office ? `${p.party}（${p.office}）` : p.party;
}

/** Duties without the final punctuation doubled when they are joined. */
const joined = clausesOnOneLine;

const powerText = (p: CompiledItem['power']) => (Array.isArray(p) ? p.join('、') : (p ?? ''));

/** A link to an entry of the site, with its text. */
export interface Link {
  label: string;
  path: string;
  count: number;
}

export interface HomeInput {
  county: string;
  title: string;
  /** The counties whose search indexes load one at a time (a repository of several counties). */
  shards?: string[];
  domains: Link[];
  townships: Link[];
}

/** index.html: the search box, then the lists by domain and by township. */
export function homePage(l: Layout, h: HomeInput): string {
  const grid = (links: Link[], what: string) =>
    `<ul class="grid">${links.map((x) => `<li><a href="${href(x.path)}">${esc(x.label)}<br><span class="count">${x.count} 项${what}</span></a></li>`).join('')}</ul>`;
  const body = `<h1>${esc(l.site)}</h1>
<p class="subtitle">${esc(h.title)}</p>
<section class="search" role="search" aria-labelledby="find-title">
<h2 id="find-title">遇到问题找谁办</h2>
<form id="find" action="index.html" method="get">
${h.shards ? `<label for="county">所在县（市、区）</label>
<select id="county" name="county">${h.shards.map((c, i) => `<option value="${i}">${esc(c || h.county)}</option>`).join('')}</select>
` : ''}<label for="q">用平常的话说说遇到了什么问题</label>
<div class="row"><input id="q" name="q" type="search" autocomplete="off" placeholder="例如：村里有人烧秸秆" aria-describedby="find-hint"><button type="submit">查找</button></div>
<p id="find-hint" class="hint">按清单中的事项名称、群众常用说法、说明书和职责查找主责单位和配合单位；没有把握时会提示请人工判断。</p>
</form>
<noscript><p class="unsure">查找需要启用 JavaScript；也可以按下面的领域或乡镇（街道）查看。</p></noscript>
<div id="results" aria-live="polite"></div>
</section>
<nav class="browse" aria-labelledby="by-domain">
<h2 id="by-domain">按领域查看</h2>
${grid(h.domains, '')}
<h2 id="by-township">按乡镇（街道）查看</h2>
${grid(h.townships, '')}
</nav>`;
  return page(l, '', l.site, [], body, ['search-index.js', 'search.js']);
}

/** One entry of a list of items: name and link, id, tags, lead; `extra` adds lines. */
function itemEntry(root: Root, it: CompiledItem, path: string, tags: string[], extra = ''): string {
  return `<li id="item-${esc(it.id)}"><p><a class="name" href="${root}${href(path)}">${esc(it.name)}</a> <span class="meta">${esc(it.id)}</span>${tags.map((t) => `<span class="tag">${esc(t)}</span>`).join('')}</p>
<p><span class="label">主责：</span>${esc(unit(it.lead))}</p>${extra}</li>`;
}

export interface DomainInput {
  domain: string;
  items: { item: CompiledItem; path: string; township?: string }[];
}

/** A domain's page: its items in force, the county's and those of a township's own list. */
export function domainPage(l: Layout, d: DomainInput): string {
  const body = `<h1>${esc(d.domain)}</h1>
<p class="subtitle">共 ${d.items.length} 项</p>
<ul class="items">
${d.items.map(({ item, path, township }) => itemEntry('../', item, path, [item.list, ...(item.category && item.category !== d.domain ? [item.category] : []), ...(township ? [`${township}清单`] : [])])).join('\n')}
</ul>`;
  return page(l, '../', d.domain, [{ label: '首页', path: 'index.html' }, { label: d.domain }], body);
}

const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

export interface TownshipInput {
  list: CompiledList;
  title: string;
  offices: Office[];
  pathOf: (id: string) => string;
  exclusions: { exclusion: Exclusion; name?: string }[];
  /** Text as the township's list prints it (乡镇（街道） → its name). */
  local: (s: string) => string;
}

/** A township's page: its offices, its list in force by part and domain, what does not apply to it. */
export function townshipPage(l: Layout, t: TownshipInput): string {
  const name = t.list.name;
  const own = /街道$/.test(name) ? '本街道' : /乡$/.test(name) ? '本乡' : '本镇';
  const loc = (s: string) => esc(t.local(s));
  const offices = t.offices.length
    ? `<ul class="offices">\n${t.offices.map((o) => `<li><span class="label">${esc(o.name)}</span>${o.short?.length ? `（${esc(o.short.join('、'))}）` : ''}${o.phone ? ` <span class="meta">电话 <a href="tel:${esc(o.phone)}">${esc(o.phone)}</a></span>` : ''}</li>`).join('\n')}\n</ul>`
    : '<p>（未登记）</p>';
  const parts = sectionsOf(t.list).map((s, i) => {
    const groups = s.groups.map((g) => {
      const entries = g.items.map(({ item }) => {
        const tags = [...(item.origin.layer === 'township' ? [`${own}清单`] : []), ...(item.adjusted ? [`${own}调整`] : [])];
        const mine = [item.lead, ...(item.support ?? [])].filter((p) => p.party === name);
        const extra = mine
          .map((p) => `\n<p><span class="label">${p === item.lead ? `${own}主责` : `${own}配合`}${p.office ? `（${esc(p.office)}）` : ''}：</span>${loc(joined(p.duties))}</p>`)
          .join('');
        return itemEntry('../', item, t.pathOf(item.id), tags, extra);
      });
      return `<h3>${esc(g.domain)}</h3>\n<ul class="items">\n${entries.join('\n')}\n</ul>`;
    });
    return `<h2 id="part-${i + 1}">${CN[i] ?? i + 1}、${esc(PART_NAMES[s.kind])}</h2>\n${groups.length ? groups.join('\n') : '<p>（无）</p>'}`;
  });
  const contents = [
    ['offices', '承办机构'],
    ...sectionsOf(t.list).map((s, i) => [`part-${i + 1}`, `${CN[i] ?? i + 1}、${PART_NAMES[s.kind]}`]),
    ...(t.exclusions.length ? [['excluded', `不适用${own}的县级事项`]] : []),
  ];
  const toc = `<nav class="toc" aria-label="本页目录"><ul>${contents.map(([id, label]) => `<li><a href="#${id}">${esc(label)}</a></li>`).join('')}</ul></nav>`;
  const excluded = t.exclusions.length
    ? `<h2 id="excluded">不适用${own}的县级事项</h2>\n<ul class="items">\n${t.exclusions
        .map(({ exclusion: x, name: n }) => `<li><p><a class="name" href="../${href(t.pathOf(x.item))}">${esc(n ?? x.item)}</a> <span class="meta">${esc(x.item)}</span></p>${x.reason ? `<p><span class="label">理由：</span>${esc(x.reason)}</p>` : ''}${x.approval ? `<p><span class="label">批准：</span>${esc(x.approval)}</p>` : ''}</li>`)
        .join('\n')}\n</ul>`
    : '';
  const body = `<h1>${esc(name)}</h1>
<p class="subtitle">${esc(t.title)}（共 ${t.list.items.length} 项）</p>
${toc}
<h2 id="offices">承办机构</h2>
${offices}
${parts.join('\n')}
${excluded}`;
  return page(l, '../', name, [{ label: '首页', path: 'index.html' }, { label: name }], body);
}

function basisText(b: Basis): string {
  if (typeof b === 'string') return b;
  return [b.cite, b.version && `（${b.version}）`, b.note && `：${b.note}`].filter(Boolean).join('');
}

function delegationFacts(d: Delegation): [string, string][] {
  const range = (r?: { from?: string; to?: string }) => (r ? [r.from, r.to].filter(Boolean).join(' 至 ') : '');
  return [
    ['赋权方式', d.route],
    ['行使名义', d.in_name_of],
    ['决定机关', d.decided_by ?? ''],
    ['文件', d.document ?? ''],
    ['日期', d.date ?? ''],
    ['公布', d.published ? [d.published.date, d.published.where].filter(Boolean).join(' ') : ''],
    ['过渡期', range(d.transition)],
    ['评估', d.evaluated ?? ''],
    ['同时赋予', (d.includes ?? []).join('、')],
    ['委托机关', d.entrusted_by ?? ''],
  ].filter(([, v]) => v) as [string, string][];
}

const facts = (rows: [string, string][]) => `<dl class="facts">${rows.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(v)}</dd>`).join('')}</dl>`;

/** The 施工图 as numbered boxes joined by arrows; a step whose next is not the one below says where it goes. */
function flow(steps: Step[]): string {
  const title = new Map(steps.map((s) => [s.id, s.title]));
  return `<ol class="flow">\n${steps
    .map((s, i) => {
      const next = (s.next ?? []).filter((n) => title.has(n));
      const plain = next.length === 0 ? i === steps.length - 1 : next.length === 1 && next[0] === steps[i + 1]?.id;
      const goes = plain ? '' : next.length ? `<p class="next">下一步：${esc(next.map((n) => title.get(n)!).join('、'))}</p>` : '<p class="next">（流程结束）</p>';
      return `<li><p>${s.party ? `<span class="who">${esc(s.party)}</span>：` : ''}<span class="step-title">${esc(s.title)}</span></p>${s.action ? `<p>${esc(s.action)}</p>` : ''}${goes}<span class="arrow" aria-hidden="true"></span></li>`;
    })
    .join('\n')}\n</ol>`;
}

export interface ItemInput {
  item: CompiledItem;
  domainPath: string;
  /** The township whose own list holds the item, when it is not the county's. */
  township?: { name: string; path: string };
  /** Townships that changed the item for themselves, and those it does not apply to. */
  adjustedIn: { name: string; path: string; fields: string[] }[];
  excludedIn: { name: string; path: string; reason?: string }[];
}

const FIELD_NAMES: Record<string, string> = { office: '承办机构', duties: '职责', notes: '备注', steps: '施工图', manual: '说明书', basis: '依据', support: '配合单位' };

/** An item's page: what it is, who leads and who supports with their duties, basis, 施工图, 说明书, 案例. */
export function itemPage(l: Layout, x: ItemInput): string {
  const it = x.item;
  const meta: [string, string][] = [
    ['事项编号', it.id],
    ['清单类别', PART_NAMES[it.list]],
    ['领域', it.domain],
    ...(it.category && it.category !== it.domain ? [['事项类别', it.category] as [string, string]] : []),
    ...(it.power ? [['权力类型', powerText(it.power)] as [string, string]] : []),
    ...(x.township ? [['所属清单', `${x.township.name}履行职责事项清单`] as [string, string]] : []),
  ];
  const party = (p: Party, lead: boolean) =>
    `<section class="party${lead ? ' lead' : ''}" aria-label="${esc(unit(p))}"><h3>${esc(p.party)}${p.office ? `<span class="meta">${esc(p.office)}</span>` : ''}</h3>
${p.duties.length ? `<ol>${p.duties.map((d) => `<li>${esc(d)}</li>`).join('')}</ol>` : ''}</section>`;
  const out: string[] = [`<h1>${esc(it.name)}</h1>`, facts(meta)];
  out.push('<h2>主责单位</h2>', party(it.lead, true));
  if (it.support?.length) out.push('<h2>配合单位</h2>', ...it.support.map((p) => party(p, false)));
  if (it.basis?.length) out.push('<h2>法律依据</h2>', `<ul>${it.basis.map((b) => `<li>${esc(basisText(b))}</li>`).join('')}</ul>`);
  if (it.delegation) out.push('<h2>赋权情况</h2>', facts(delegationFacts(it.delegation)));
  if (it.method) out.push('<h2>工作方式</h2>', paragraphs(it.method));
  if (it.steps?.length) out.push('<h2>施工图（工作流程）</h2>', flow(it.steps));
  if (it.manual?.length) {
    const cols = ['情形', '责任单位', '责任科室', '联系电话', '程序环节', '工作标准'];
    const rows = it.manual.map((m) => {
      const cells = [esc(m.situation), esc(m.party), esc(m.office ?? ''), esc(m.contact ?? ''), m.steps?.length ? `<ol>${m.steps.map((s) => `<li>${esc(s)}</li>`).join('')}</ol>` : '', esc(m.standard ?? '')];
      return `<tr>${cells.map((c, i) => `<td data-label="${cols[i]}">${c}</td>`).join('')}</tr>`;
    });
    out.push('<h2>说明书</h2>', `<div class="scroll" role="region" aria-label="说明书" tabindex="0"><table class="stack"><thead><tr>${cols.map((c) => `<th scope="col">${c}</th>`).join('')}</tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table></div>`);
  }
  if (it.case) out.push('<h2>模拟案例</h2>', `<div class="case">${it.case.title ? `<h3>${esc(it.case.title)}</h3>` : ''}${paragraphs(it.case.text)}</div>`);
  if (it.notes) out.push('<h2>备注</h2>', paragraphs(it.notes));
  if (x.adjustedIn.length || x.excludedIn.length) {
    out.push('<h2>各乡镇（街道）</h2>', '<ul>');
    for (const a of x.adjustedIn) out.push(`<li><a href="../${href(a.path)}#item-${esc(it.id)}">${esc(a.name)}</a>：调整了${esc(a.fields.map((f) => FIELD_NAMES[f] ?? f).join('、'))}，以${esc(a.name)}清单为准</li>`);
    for (const e of x.excludedIn) out.push(`<li><a href="../${href(e.path)}">${esc(e.name)}</a>：不适用${e.reason ? `（${esc(e.reason)}）` : ''}</li>`);
    out.push('</ul>');
  }
  const crumbs: Crumb[] = [{ label: '首页', path: 'index.html' }, { label: it.domain, path: x.domainPath }, { label: it.id }];
  return page(l, '../', it.name, crumbs, out.join('\n'));
}
