/**
 * `resp export --html` without a browser: the files it writes, the same bytes twice, every link of every
 * page leading to a file of the site (it must work from file://), the index well under 1 MB, and no
 * text of the lists ever read as markup.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers.js';

const EXAMPLE = join(__dirname, '..', '..', 'examples', 'county');
const NAME = '露天焚烧秸秆<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">的查处';

/** A copy of the example county whose ST-001 is named (and categorised) to break out of the markup. */
function hostileCounty(dir: string): string {
  const repo = join(dir, 'county');
  cpSync(EXAMPLE, repo, { recursive: true });
  const file = join(repo, 'domains', '生态环境.yaml');
  const text = readFileSync(file, 'utf8')
    .replace('    name: 露天焚烧秸秆、落叶等产生烟尘污染物质行为的查处', `    name: '${NAME}'`)
    .replace('    category: 大气污染防治', "    category: '大气</p><script>window.__pwned=3</script>&amp;'");
  writeFileSync(file, text);
  return repo;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(join(dir, f)).isFile()).map((f) => f.split('\\').join('/')).sort();
}

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'resp-html-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('resp export --html', () => {
  it('writes the site under <out>/html: index, a page per domain, township and item, style and search', async () => {
    const r = await runCli(['export', EXAMPLE, '--html', '--out', join(tmp, 'a')], tmp);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(join('a', 'html', 'index.html'));
    const files = filesUnder(join(tmp, 'a', 'html'));
    for (const f of ['index.html', 'style.css', 'search.js', 'search-index.js', 'item/ST-001.html', 'item/DH-001.html', 'township/东湖镇.html', 'domain/生态环境.html']) expect(files).toContain(f);
    // One page per item in force: the county's 47 and the townships' own 10.
    expect(files.filter((f) => f.startsWith('item/'))).toHaveLength(57);
    expect(files.filter((f) => f.startsWith('township/'))).toHaveLength(4);
  });

  it('gives the same bytes for the same lists', async () => {
    await runCli(['export', EXAMPLE, '--html', '--out', join(tmp, 'b')], tmp);
    const a = join(tmp, 'a', 'html');
    const b = join(tmp, 'b', 'html');
    expect(filesUnder(b)).toEqual(filesUnder(a));
    for (const f of filesUnder(a)) expect(readFileSync(join(b, f)).equals(readFileSync(join(a, f))), f).toBe(true);
  });

  it('links only to files of the site, relative, so that it works from file:// and any folder', () => {
    const site = join(tmp, 'a', 'html');
    for (const f of filesUnder(site).filter((x) => x.endsWith('.html'))) {
      const html = readFileSync(join(site, f), 'utf8');
      for (const [, url] of html.matchAll(/(?:href|src)="([^"]*)"/g)) {
        if (url.startsWith('#') || url.startsWith('tel:')) continue;
        expect(url, `${f}: ${url}`).not.toMatch(/^(?:[a-z]+:|\/)/i);
        const target = resolve(dirname(join(site, f)), decodeURIComponent(url.replace(/[#?].*$/, '')));
        expect(existsSync(target), `${f} → ${url}`).toBe(true);
        expect(relative(site, target).startsWith('..'), `${f} → ${url}`).toBe(false);
      }
    }
  });

  it('keeps the county\'s search index well under 1 MB', () => {
    const size = statSync(join(tmp, 'a', 'html', 'search-index.js')).size;
    // 55 items: about 100 KB (what each item adds: about 1.5 KB of postings and 0.3 KB of what a result shows).
    expect(size).toBeLessThan(200 * 1024);
  });

  it('is Chinese, for phones, with landmarks and a labelled search box', () => {
    const home = readFileSync(join(tmp, 'a', 'html', 'index.html'), 'utf8');
    expect(home).toContain('<html lang="zh-CN">');
    expect(home).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(home).toMatch(/<main id="main"/);
    expect(home).toMatch(/<label for="q">[^<]+<\/label>/);
    expect(home).toMatch(/<input id="q" name="q"/);
    expect(home).toContain('<title>青禾县责任清单</title>');
    const css = readFileSync(join(tmp, 'a', 'html', 'style.css'), 'utf8');
    expect(css).toContain('@media print');
    expect(css).toContain('@media (max-width');
  });

  it('escapes every text of the lists: an item named with <script> stays text', async () => {
    const repo = hostileCounty(tmp);
    const r = await runCli(['export', repo, '--html', '--out', join(tmp, 'h')], tmp);
    expect(r.code).toBe(0);
    const site = join(tmp, 'h', 'html');
    for (const f of filesUnder(site).filter((x) => x.endsWith('.html'))) {
      const html = readFileSync(join(site, f), 'utf8');
      expect(html, f).not.toContain('window.__pwned=1</script>');
      expect(html, f).not.toContain('<img');
      // The only scripts are the site's own two files.
      expect([...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]).every((s) => /^<script src="(?:\.\.\/)?search(?:-index)?\.js" defer>$/.test(s)), f).toBe(true);
    }
    const item = readFileSync(join(site, 'item', 'ST-001.html'), 'utf8');
    expect(item).toContain('<h1>露天焚烧秸秆&lt;script&gt;window.__pwned=1&lt;/script&gt;&lt;img src=x onerror=&quot;window.__pwned=2&quot;&gt;的查处</h1>');
    expect(item).toContain('大气&lt;/p&gt;&lt;script&gt;window.__pwned=3&lt;/script&gt;&amp;amp;');
    const index = readFileSync(join(site, 'search-index.js'), 'utf8');
    expect(index).not.toMatch(/[<>]/);
    expect(index).toContain('\\u003cscript\\u003e');
  });
});
