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

/** Wire the form #find to the results #results; answer ?q= on load, so an answer can be linked to. */
export function searchPage(find: Finder, site: SiteSearch | undefined, doc: Document): void {
  const form = doc.getElementById('find') as HTMLFormElement | null;
  const input = doc.getElementById('q') as HTMLInputElement | null;
  const out = doc.getElementById('results');
  if (!form || !input || !out) return;
  if (!site || site.version !== 1) {
    out.textContent = '检索数据（search-index.js）没有载入，请按领域或乡镇（街道）查看。';
    return;
  }
  const data = find.indexFromJson(site.index);
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
      history.replaceState(null, '', query ? `?q=${encodeURIComponent(query)}` : location.pathname);
    } catch {
      // Some browsers refuse to change the address of a file:// page; the answer stands all the same.
    }
  });
  const asked = new URLSearchParams(location.search).get('q');
  if (asked) {
    input.value = asked;
    answer(asked.trim());
  }
}
