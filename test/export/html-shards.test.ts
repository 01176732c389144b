/**
 * A site of several counties (counties/<name>/…): each county's search index is a file of its own,
 * loaded by the page when that county is asked, so a county's page never loads the others' index.
 * Read back from the files, then in Debian's chromium from file://.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { MINI, runCli, tempRepo } from '../helpers.js';
import { chromium } from './chromium.js';

const item = (id: string, name: string, duty: string) =>
  `  - id: ${id}\n    name: ${name}\n    power: 行政处罚\n    lead: {party: 县自然资源局, duties: [${duty}]}\n    support:\n      - {party: 乡镇（街道）, duties: [日常巡查，发现后及时报告]}\n    basis: [《中华人民共和国土地管理法》第七十七条]\n`;
const domain = (items: string) => `kind: domain\ndomain: 自然资源\nitems:\n${items}`;

function repository(): string {
  const { 'domains/base.yaml': _base, ...rest } = MINI;
  return tempRepo({
    ...rest,
    'counties/甲县/domains/a.yaml': domain(item('JX-001', '河道采砂行为的查处', '依法查处非法采砂') + item('JX-002', '林木采伐的监督检查', '依法监督检查林木采伐')),
    'counties/乙县/domains/b.yaml': domain(item('YX-001', '露天焚烧秸秆行为的查处', '依法查处焚烧秸秆')),
  });
}

describe('resp export --html of several counties', () => {
  const dir = repository();
  const site = join(dir, 'out', 'html');
  /** The counties and their files, as search-index.js lists them (in the order the lists hold them). */
  const shards = (): { label: string; file: string }[] => JSON.parse(/RESP_SEARCH_SHARDS = (.*);/.exec(readFileSync(join(site, 'search-index.js'), 'utf8'))![1]);

  it('writes one search file per county holding that county\'s items only, and a list of them', async () => {
    const r = await runCli(['export', '--html', '--out', 'out'], dir);
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(join(site, 'search')).sort()).toEqual(['0.js', '1.js']);
    const list = readFileSync(join(site, 'search-index.js'), 'utf8');
    expect(list).not.toContain('JX-001');
    expect(shards()).toEqual([{ label: '乙县', file: 'search/0.js' }, { label: '甲县', file: 'search/1.js' }]);
    const shard = (label: string) => readFileSync(join(site, shards().find((x) => x.label === label)!.file), 'utf8');
    expect(shard('甲县')).toContain('JX-001');
    expect(shard('甲县')).toContain('JX-002');
    expect(shard('甲县')).not.toContain('YX-001');
    expect(shard('乙县')).toContain('YX-001');
    expect(shard('乙县')).not.toContain('JX-001');
    for (const n of [0, 1]) expect(statSync(join(site, 'search', `${n}.js`)).size).toBeLessThan(1 << 20);
    const home = readFileSync(join(site, 'index.html'), 'utf8');
    expect(home).toMatch(/<select id="county" name="county"><option value="0">乙县<\/option><option value="1">甲县<\/option><\/select>/);
  });

  const executable = chromium();
  it.skipIf(!executable && !process.env.CI)('loads only the asked county\'s index in the browser, from file://', async () => {
    const browser = await puppeteer.launch({ executablePath: executable, args: ['--no-sandbox', '--allow-file-access-from-files'] });
    try {
      const page = await browser.newPage();
      const loaded: string[] = [];
      page.on('request', (q) => loaded.push(q.url()));
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      const url = (county: number, q: string) => `${pathToFileURL(join(site, 'index.html')).href}?county=${county}&q=${encodeURIComponent(q)}`;
      const ids = async () => {
        await page.waitForSelector('#results h2');
        return page.$$eval('#results li.result', (lis) => lis.map((li) => (li as HTMLElement).dataset.id));
      };
      await page.goto(url(0, '村里有人烧秸秆'));
      expect(await ids()).toEqual(['YX-001']);
      expect(loaded.some((u) => u.endsWith('/search/0.js'))).toBe(true);
      expect(loaded.some((u) => u.endsWith('/search/1.js'))).toBe(false);
      // The other county, chosen in the form: its file is loaded then, and answers from its items only.
      await page.select('#county', '1');
      await page.$eval('#q', (e) => ((e as HTMLInputElement).value = '有人在河里挖沙'));
      await Promise.all([page.click('#find button[type=submit]')]);
      await page.waitForFunction(() => document.querySelector('#results li.result')?.getAttribute('data-id')?.startsWith('JX'));
      expect((await ids())[0]).toBe('JX-001');
      expect(loaded.some((u) => u.endsWith('/search/1.js'))).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
