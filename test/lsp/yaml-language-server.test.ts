/**
 * The editor support that needs no resp process: yaml-language-server (the engine of the VS Code YAML
 * extension and of most editors' YAML support), driven over stdio, on a repository written by
 * `resp init`. Every file's modeline points to the schema copies in .resp/schemas/; the server must
 * report a wrong value and an unknown field, and hover must show a field's Chinese title and
 * description once. No network: the schema store is off and every schema is a local file.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hover } from 'vscode-languageserver/node.js';
import { BIN, LspClient, uriOf } from './client.js';

const require = createRequire(import.meta.url);
const YLS = join(dirname(require.resolve('yaml-language-server/package.json')), 'bin', 'yaml-language-server');
const SETTINGS = { yaml: { validate: true, hover: true, completion: true, format: { enable: false }, schemaStore: { enable: false }, schemas: {} } };

let dir: string;
let c: LspClient;

/** The markdown of a hover at a line and character, or '' when none. */
async function hover(uri: string, line: number, character: number): Promise<string> {
  const h = (await c.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line, character } })) as Hover | null;
  return h ? (h.contents as { value: string }).value : '';
}

beforeAll(async () => {
  dir = join(mkdtempSync(join(tmpdir(), 'resp-yls-')), 'repo');
  const init = spawnSync(process.execPath, [BIN, 'init', dir, '--county', '青禾县', '--townships', '东湖镇,西山乡'], { encoding: 'utf8' });
  expect(init.status, init.stderr).toBe(0);
  // Proxies pointing nowhere: a request for a schema over the network would fail, not pass unnoticed.
  c = new LspClient([process.execPath, YLS, '--stdio'], dir, { HTTP_PROXY: 'http://127.0.0.1:9', HTTPS_PROXY: 'http://127.0.0.1:9', http_proxy: 'http://127.0.0.1:9', https_proxy: 'http://127.0.0.1:9' });
  c.conn.onRequest('workspace/configuration', (p: { items: { section?: string }[] }) => p.items.map((i) => (i.section === 'yaml' ? SETTINGS.yaml : i.section ? null : SETTINGS)));
  await c.initialize(uriOf(dir), { textDocument: { hover: { contentFormat: ['markdown', 'plaintext'] } }, workspace: { configuration: true } });
  await c.conn.sendNotification('workspace/didChangeConfiguration', { settings: SETTINGS });
});

afterAll(async () => {
  await c?.shutdown().catch(() => undefined);
  c?.kill();
});

const domainFile = () => join(dir, 'domains', readdirSync(join(dir, 'domains'))[0]);

describe('yaml-language-server with the schemas resp init writes', () => {
  it('reports a wrong enum value and an unknown field', async () => {
    const file = domainFile();
    const original = readFileSync(file, 'utf8');
    expect(original.split('\n')[0]).toBe('# yaml-language-server: $schema=../.resp/schemas/domain.schema.json');
    const text = original.replace(/power: \S+/, 'power: 行政处罚X').replace(/\n  - id: /, '\n  - colour: red\n    id: ');
    const lines = text.split('\n');
    const uri = uriOf(file);
    const got = c.nextDiagnostics(uri, (p) => p.diagnostics.length > 0);
    await c.open(uri, text);
    const ds = (await got).diagnostics;
    const at = (d: (typeof ds)[number]) => lines[d.range.start.line].slice(d.range.start.character, d.range.end.character);
    const enumError = ds.find((d) => at(d) === '行政处罚X');
    expect(enumError, JSON.stringify(ds)).toBeDefined();
    expect(enumError!.message).toContain('行政处罚');
    const unknown = ds.find((d) => at(d) === 'colour');
    expect(unknown, JSON.stringify(ds)).toBeDefined();
    expect(unknown!.message).toMatch(/colour/);
    // The repository's own text has none.
    const clean = c.nextDiagnostics(uri, (p) => p.diagnostics.length === 0);
    await c.change(uri, original, 2);
    await clean;
  });

  it('hover shows the Chinese title and description of power once, whatever its value', async () => {
    const file = domainFile();
    const uri = uriOf(file);
    const original = readFileSync(file, 'utf8');
    const variants = [original, original.replace(/power: \S+/, 'power: 行政处罚X'), original.replace(/power: \S+/, 'power: [行政处罚, 行政强制]'), original.replace(/power: \S+/, 'power: 5')];
    let version = 10;
    for (const text of variants) {
      const lines = text.split('\n');
      const published = c.nextDiagnostics(uri);
      await c.change(uri, text, ++version);
      await published;
      const line = lines.findIndex((l) => /^\s+power:/.test(l));
      const md = await hover(uri, line, lines[line].indexOf('power') + 1);
      const [heading, , description] = md.split('\n');
      expect(heading, lines[line]).toBe('#### 权力类型');
      expect(description, lines[line]).toBe('一个或多个权力类型：行政许可、行政处罚、行政强制、行政检查……');
      expect(md.match(/#### /g), lines[line]).toHaveLength(1);
      expect(md.split(description), lines[line]).toHaveLength(2);
      expect(md, lines[line]).not.toContain('||');
    }
  });

  it('no field of any file resp init writes shows a repeated heading or description', async () => {
    const files = ['resp.yaml', 'registry/departments.yaml', 'registry/townships.yaml', domainFile().slice(dir.length + 1), ...readdirSync(join(dir, 'townships')).map((f) => `townships/${f}`)];
    let hovered = 0;
    for (const rel of files) {
      const abs = join(dir, rel);
      const uri = uriOf(abs);
      const lines = readFileSync(abs, 'utf8').split('\n');
      if (rel !== domainFile().slice(dir.length + 1)) {
        const opened = c.nextDiagnostics(uri);
        await c.open(uri, lines.join('\n'));
        expect((await opened).diagnostics, rel).toEqual([]);
      }
      // Each distinct key once (the first time it occurs).
      const seen = new Set<string>();
      for (let i = 0; i < lines.length; i++) {
        const m = /^(\s*(?:- )?)([A-Za-z_]+):/.exec(lines[i]);
        if (!m || lines[i].trimStart().startsWith('#') || seen.has(m[2])) continue;
        seen.add(m[2]);
        const md = await hover(uri, i, m[1].length + 1);
        if (!md) continue;
        hovered++;
        const heading = md.split('\n')[0];
        expect(heading, `${rel}:${i + 1} ${m[2]}`).toMatch(/^#### [^|]+$/);
        expect(md, `${rel}:${i + 1} ${m[2]}`).not.toContain('||');
        expect(md.match(/#### /g), `${rel}:${i + 1} ${m[2]}: ${md}`).toHaveLength(1);
        // The description (the paragraph after the heading) is not said twice.
        const description = md.split('\n\n')[1] ?? '';
        if (description && !description.startsWith('Source:')) expect(md.split(description).length - 1, `${rel}:${i + 1} ${m[2]}: ${md}`).toBe(1);
      }
    }
    expect(hovered).toBeGreaterThan(15);
  });
});
