/**
 * The exported site in a real browser: Debian's chromium, driven by puppeteer-core, opens the site from
 * file://, answers plain-word reports as `resp find` does, shows an item's lead and support, a township's
 * list in force, and never runs text of the lists. Screenshots go to the system's temporary folder.
 *
 * Skipped only when no chromium is installed and CI is unset: under CI a missing browser fails the test
 * (.ci/run installs Debian's chromium).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers.js';
import { chromium } from './chromium.js';

const EXAMPLE = join(__dirname, '..', '..', 'examples', 'county');

const executable = chromium();
const skip = !executable && !process.env.CI;

/** A copy of the example county whose ST-001 is named to break out of the markup. */
function hostileCounty(dir: string): string {
  const repo = join(dir, 'county');
  cpSync(EXAMPLE, repo, { recursive: true });
  const file = join(repo, 'domains', '生态环境.yaml');
  writeFileSync(file, readFileSync(file, 'utf8').replace('    name: 露天焚烧秸秆、落叶等产生烟尘污染物质行为的查处', `    name: '露天焚烧秸秆<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">的查处'`));
  return repo;
}

/** The dozen reports the page and `resp find` must answer alike (confident, unsure and out of scope). */
const QUERIES = [
  '村里有人烧秸秆', '饭店油烟超标排放', '楼下烧烤摊烟太大', '有人晚上在河里挖沙', '隔壁饭店油烟熏得没法开窗', '邻居在承包地上盖楼',
  '有人在路边摆摊卖菜', '小区物业不管事', '山上着火了', '快递丢了找谁', '手机信号太差', '村里垃圾好几天没人收',
];

describe.skipIf(skip)('the exported site in chromium', () => {
  let tmp: string;
  let browser: Browser;
  let page: Page;
  let site: string;
  let hostile: string;
  const shots: string[] = [];
  const errors: string[] = [];

  beforeAll(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'resp-html-browser-'));
    const r = await runCli(['export', EXAMPLE, '--html', '--out', join(tmp, 'out')], tmp);
    expect(r.code).toBe(0);
    site = join(tmp, 'out', 'html');
    const h = await runCli(['export', hostileCounty(tmp), '--html', '--out', join(tmp, 'hostile')], tmp);
    expect(h.code).toBe(0);
    hostile = join(tmp, 'hostile', 'html');
    browser = await puppeteer.launch({ executablePath: executable ?? '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
    page = await browser.newPage();
    page.on('pageerror', (e) => errors.push(String(e)));
    // No network: any request that is not a file of the site fails the test.
    await page.setRequestInterception(true);
    page.on('request', (req) => {
      if (req.url().startsWith('file://')) return void req.continue();
      errors.push(`network: ${req.url()}`);
      void req.abort();
    });
    await page.setViewport({ width: 390, height: 844 });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
    if (shots.length) process.stdout.write(`screenshots: ${shots.join(' ')}\n`);
  });

  const open = async (file: string) => {
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  };
  /** Ask the search box, as a person does: type, then Enter. */
  const ask = async (q: string) => {
    await page.click('#q', { clickCount: 3 });
    await page.keyboard.press('Backspace');
    await page.type('#q', q);
    await page.keyboard.press('Enter');
    await page.waitForFunction((text) => document.querySelector('#results h2')?.textContent?.includes(text), {}, q);
    return page.$$eval('#results li.result', (lis) => lis.map((li) => ({ id: (li as HTMLElement).dataset.id, confident: li.classList.contains('confident') })));
  };
  const shoot = async (name: string) => {
    const file = join(tmpdir(), `resp-html-${name}.png`);
    await page.screenshot({ path: file, fullPage: true });
    shots.push(file);
  };

  it('answers a plain-word report from file://: ST-001 first and confident; its page shows lead and support', async () => {
    await open(join(site, 'index.html'));
    const results = await ask('村里有人烧秸秆');
    expect(results[0]).toEqual({ id: 'ST-001', confident: true });
    expect(results.slice(1).every((r) => !r.confident)).toBe(true);
    expect(await page.$eval('#results li.confident .badge', (e) => e.textContent)).toBe('把握较大');
    expect(await page.$('#results .unsure')).toBeNull();
    await shoot('search-phone');
    await Promise.all([page.waitForNavigation(), page.click('#results li.confident a')]);
    expect(page.url()).toMatch(/\/item\/ST-001\.html$/);
    const text = await page.$eval('main', (m) => (m as HTMLElement).innerText);
    expect(await page.$eval('.party.lead h3', (e) => e.textContent)).toBe('县综合行政执法局');
    expect(await page.$$eval('.party:not(.lead) h3', (hs) => hs.map((h) => h.textContent))).toContain('县生态环境分局');
    expect(text).toContain('配合单位');
    expect(text).toContain('施工图');
    expect(await page.$$eval('ol.flow > li', (lis) => lis.length)).toBe(4);
    await shoot('item-phone');
    expect(errors).toEqual([]);
  });

  it('says when it is not sure, as resp find does: 请人工判断', async () => {
    await open(join(site, 'index.html'));
    const results = await ask('有人在耕地上盖房子住');
    expect(results.map((r) => r.id).slice(0, 2)).toEqual(['ZR-002', 'ZR-003']);
    expect(results.some((r) => r.confident)).toBe(false);
    expect(await page.$eval('#results .unsure', (e) => e.textContent)).toContain('请人工判断');
  });

  it('gives the same first results as resp find for a dozen reports', async () => {
    await open(join(site, 'index.html'));
    for (const q of QUERIES) {
      const cli = await runCli(['find', q, '-C', EXAMPLE, '-f', 'json', '-n', '5'], tmp);
      const want = JSON.parse(cli.stdout) as { confident: boolean; results: { id: string }[] };
      const got = await ask(q);
      expect(got.map((r) => r.id), q).toEqual(want.results.map((r) => r.id));
      expect(got[0]?.confident ?? false, q).toBe(want.confident);
      if (!want.results.length) expect(await page.$eval('#results', (e) => e.textContent), q).toContain('请转人工办理');
    }
  });

  it('answers a report linked with ?q=', async () => {
    await page.goto(`${pathToFileURL(join(site, 'index.html')).href}?q=${encodeURIComponent('楼下烧烤摊烟太大')}`);
    await page.waitForSelector('#results li.result');
    expect(await page.$eval('#q', (e) => (e as HTMLInputElement).value)).toBe('楼下烧烤摊烟太大');
    expect(await page.$eval('#results li.result', (e) => (e as HTMLElement).dataset.id)).toBe('ZF-005');
  });

  it('shows a township\'s list in force: its offices, its own items, its changes, what does not apply', async () => {
    await open(join(site, 'index.html'));
    await Promise.all([page.waitForNavigation(), page.click('a[href="township/%E4%B8%9C%E6%B9%96%E9%95%87.html"]')]);
    expect(await page.$eval('h1', (e) => e.textContent)).toBe('东湖镇');
    const text = await page.$eval('main', (m) => (m as HTMLElement).innerText);
    expect(text).toContain('文化旅游发展服务中心');
    expect(text).toContain('7801234');
    expect(await page.$('#item-DH-001 a[href="../item/DH-001.html"]')).not.toBeNull();
    // ZX-001 as it applies here: the duties 东湖镇 set for itself, marked as its change.
    const zx = await page.$eval('#item-ZX-001', (e) => (e as HTMLElement).innerText);
    expect(zx).toContain('本镇调整');
    expect(zx).toContain('镇级河长每月巡河不少于1次');
    // ZX-002 is excluded, with its reason.
    expect(text).toContain('不适用本镇的县级事项');
    expect(text).toContain('东湖镇辖区内无可采砂河段');
    await shoot('township-phone');
    await page.setViewport({ width: 1280, height: 900 });
    await open(join(site, 'index.html'));
    await ask('隔壁饭店油烟熏得没法开窗');
    await shoot('search-desktop');
    await page.setViewport({ width: 390, height: 844 });
  });

  it('can be used with the keyboard alone: skip link, search box, button, results', async () => {
    await open(join(site, 'index.html'));
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip');
    // Tab on to the search box (past the site's name) and ask.
    for (let i = 0; i < 5 && (await page.evaluate(() => document.activeElement?.id)) !== 'q'; i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('q');
    await page.keyboard.type('饭店油烟超标排放');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('BUTTON');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#results li.result');
    expect(await page.$eval('#results li.result', (e) => (e as HTMLElement).dataset.id)).toBe('ZF-004');
  });

  it('never runs text of the lists: an item named with <script> and onerror stays text', async () => {
    await open(join(hostile, 'item', 'ST-001.html'));
    expect(await page.$eval('h1', (e) => e.textContent)).toBe('露天焚烧秸秆<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">的查处');
    expect(await page.$$('main img')).toHaveLength(0);
    await open(join(hostile, 'index.html'));
    const results = await ask('村里有人烧秸秆');
    expect(results[0].id).toBe('ST-001');
    expect(await page.$eval('#results li.result a', (e) => e.textContent)).toContain('<script>');
    expect(await page.$$('#results img, #results script')).toHaveLength(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(errors).toEqual([]);
  });
});
