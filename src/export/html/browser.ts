/**
 * The search box of the site, run in the page from its own source text (searchPage.toString()): like
 * the scoring of src/find/score.ts it may use only its arguments and what every browser has. It builds
 * every result with textContent, never with markup, so no text of the lists is ever read as HTML.
 */

/** One item of the site's search, by its number in the index. */
export interface SiteDoc {
  id: string;
  name: string;
  domain: string;
  /** The item's page, relative to index.html. */
  href: string;
  /** 主责单位（承办机构）. */
  lead: string;
  /** 配合单位（承办机构）. */
  support: string[];
  /** 说明书: situation and who answers it (单位（科室），电话). */
  manual: { situation: string; answer: string }[];
}

/** What search-index.js assigns to window.RESP_SEARCH. */
export interface SiteSearch {
  version: 1;
  /** The find index as plain data (src/find/score.ts IndexJson), opaque here. */
  index: unknown;
  docs: SiteDoc[];
}

/** A scored report, as src/find/score.ts scoreQuery answers. */
interface Answer {
  results: { doc: number; score: number; coverage: number }[];
  confident: boolean;
  asked: Map<string, number>;
}

/** The scoring functions, as search.js defines them from src/find/score.ts. */
export interface Finder {
  scoreQuery: (data: unknown, query: string, limit: number) => Answer;
  bestSituation: (situations: Set<string>[], asked: Map<string, number>) => number;
  pieces: (text: string, singles?: boolean) => string[];
  indexFromJson: (json: unknown) => unknown;
}

/** The search data files of a site of several counties (search-index.js lists them). */
export interface SiteShard {
  label: string;
  /** Relative to index.html: search/<n>.js, which assigns window.RESP_SHARDS[n]. */
  file: string;
}

/**
 * Wire the form #find to the results #results; answer ?q= (and ?county=) on load, so an answer can be
 * linked to. A site of several counties loads the asked county's index the first time it is asked,
 * with a script element (a file:// page cannot fetch), and keeps it.
 */
export function searchPage(find: Finder, site: SiteSearch | undefined, doc: Document, shards?: SiteShard[]): void {
  const form = doc.getElementById('find') as HTMLFormElement | null;
  const input = doc.getElementById('q') as HTMLInputElement | null;
  const out = doc.getElementById('results');
  const county = doc.getElementById('county') as HTMLSelectElement | null;
  if (!form || !input || !out) return;
  if (!shards && (!site || site.version !== 1)) {
    out.textContent = '检索数据（search-index.js）没有载入，请按领域或乡镇（街道）查看。';
    return;
  }
  type Loaded = { data: unknown; site: SiteSearch };
  const whole: Loaded | undefined = !shards && site ? { data: find.indexFromJson(site.index), site } : undefined;
  const loaded = new Map<number, Loaded>();
  const withIndex = (then: (ix: Loaded) => void): void => {
    if (whole) return then(whole);
    const n = Number(county?.value ?? 0);
    const have = loaded.get(n);
    if (have) return then(have);
    const w = doc.defaultView as unknown as { RESP_SHARDS?: Record<number, SiteSearch> };
    const take = (): void => {
      const s = w.RESP_SHARDS?.[n];
      if (!s || s.version !== 1) {
        out.textContent = '该县的检索数据没有载入，请按领域或乡镇（街道）查看。';
        return;
      }
      const ix = { data: find.indexFromJson(s.index), site: s };
      loaded.set(n, ix);
      then(ix);
    };
    if (w.RESP_SHARDS?.[n] || !shards?.[n]) return take();
    const script = doc.createElement('script');
    script.src = shards[n].file;
    script.onload = take;
    script.onerror = take;
    doc.head.append(script);
  };
  const el = (tag: string, text?: string, cls?: string): HTMLElement => {
    const e = doc.createElement(tag);
    if (text !== undefined) e.textContent = text;
    if (cls) e.className = cls;
    return e;
  };
  const line = (label: string, text: string): HTMLElement => {
    const p = el('p', undefined, 'line');
    p.append(el('span', label, 'label'), doc.createTextNode(text));
    return p;
  };

  const answer = (query: string): void => {
    out.replaceChildren();
    if (!query) {
      out.append(el('p', '请用平常的话描述要找的问题，例如：有人晚上在河里挖沙。', 'note'));
      return;
    }
    withIndex((ix) => show(query, ix.data, ix.site));
  };
  const show = (query: string, data: unknown, site: SiteSearch): void => {
    out.replaceChildren();
    const a = find.scoreQuery(data, query, 5);
    out.append(el('h2', `“${query}”的查找结果`));
    if (!a.results.length) {
      out.append(el('p', '清单中没有找到对应事项，请转人工办理。', 'unsure'));
      return;
    }
    if (!a.confident) out.append(el('p', '没有把握：以下仅供参考，请人工判断由谁办理。', 'unsure'));
    const list = el('ol', undefined, 'results');
    a.results.forEach((r, i) => {
      const d = site.docs[r.doc];
      const li = el('li', undefined, 'result');
      li.dataset.id = d.id;
      const title = el('p', undefined, 'result-title');
      const link = el('a', `${d.name}`) as HTMLAnchorElement;
      link.href = d.href;
      title.append(link, el('span', `${d.id} · ${d.domain}`, 'meta'));
      if (a.confident && i === 0) {
        li.classList.add('confident');
        title.append(el('span', '把握较大', 'badge'));
      }
      li.append(title, line('主责：', d.lead));
      if (d.support.length) li.append(line('配合：', d.support.join('；')));
      const m = find.bestSituation(d.manual.map((x) => new Set(find.pieces(x.situation))), a.asked);
      if (m >= 0) li.append(line('说明书：', `${d.manual[m].situation} → ${d.manual[m].answer}`));
      list.append(li);
    });
    out.append(list);
  };

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const query = input.value.trim();
    answer(query);
    try {
      const where = county ? `county=${encodeURIComponent(county.value)}&` : '';
      history.replaceState(null, '', query ? `?${where}q=${encodeURIComponent(query)}` : location.pathname);
    } catch {
      // Some browsers refuse to change the address of a file:// page; the answer stands all the same.
    }
  });
  const params = new URLSearchParams(location.search);
  const chosen = params.get('county');
  if (county && chosen !== null && shards?.[Number(chosen)]) county.value = chosen;
  const asked = params.get('q');
  if (asked) {
    input.value = asked;
    answer(asked.trim());
  }
}
