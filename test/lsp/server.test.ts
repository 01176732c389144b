/**
 * `resp lsp` driven over standard input and output by a real client (JSON-RPC with Content-Length
 * framing): diagnostics on open and change, quick fixes, hover, files outside a repository and broken
 * input, and a clean shutdown.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CodeAction, Hover } from 'vscode-languageserver/node.js';
import { MINI, tempRepo } from '../helpers.js';
import { BIN, byRule, LspClient, uriOf } from './client.js';

const TOWNSHIP = (duty: string) =>
  [
    'kind: township',
    'township: 东湖镇',
    'items:',
    '  - id: DH-101',
    '    name: 违法占地行为的处置',
    '    list: 基本履职',
    '    lead:',
    '      party: 东湖镇',
    `      duties: [${duty}]`,
    '',
  ].join('\n');

const clients: LspClient[] = [];
function client(command?: string[]): LspClient {
  const c = new LspClient(command);
  clients.push(c);
  return c;
}
afterEach(() => {
  for (const c of clients.splice(0)) c.kill();
});

describe('resp lsp', () => {
  it('reports the township-enforcement rule on open with its range, and clears it when the duty is fixed', async () => {
    const dir = tempRepo({ ...MINI, 'townships/东湖镇.yaml': TOWNSHIP('日常巡查') });
    const uri = uriOf(join(dir, 'townships/东湖镇.yaml'));
    const c = client();
    const init = await c.initialize(uriOf(dir));
    expect(init.capabilities.hoverProvider).toBe(true);
    expect(init.capabilities.codeActionProvider).toBeTruthy();

    // The editor's text, not the disk's: the file on disk is fine.
    const bad = TOWNSHIP('对违法占地依法立案查处');
    const opened = c.nextDiagnostics(uri);
    await c.open(uri, bad);
    const first = (await opened).diagnostics;
    const hits = byRule(first, 'township-enforcement');
    expect(hits).toHaveLength(1);
    const d = hits[0];
    expect(d.source).toBe('resp');
    expect(d.severity).toBe(1);
    expect(d.message).toMatch(/立案/);
    // Line 9 (0-based 8), the duty inside the flow sequence.
    const col = bad.split('\n')[8].indexOf('对违法占地依法立案查处');
    expect(d.range).toEqual({ start: { line: 8, character: col }, end: { line: 8, character: col + '对违法占地依法立案查处'.length } });

    const changed = c.nextDiagnostics(uri, (p) => p.version === 2);
    await c.change(uri, TOWNSHIP('日常巡查，发现后及时劝阻并报告县自然资源局'), 2);
    expect(byRule((await changed).diagnostics, 'township-enforcement')).toEqual([]);
    expect(await c.shutdown()).toBe(0);
    // Nothing but framed protocol messages on standard output.
    expect(c.stdoutRaw.replace(/Content-Length: \d+\r\n\r\n\{.*?\}(?=Content-Length|$)/gs, '')).toBe('');
  });

  it('offers the registered name for a misspelt department as a quick fix, and hover shows the rule', async () => {
    const dir = tempRepo(MINI);
    const text = MINI['domains/base.yaml'].replace('lead: {party: 县自然资源局', 'lead: {party: 县自然资原局');
    const uri = uriOf(join(dir, 'domains/base.yaml'));
    const c = client();
    await c.initialize(uriOf(dir));
    const got = c.nextDiagnostics(uri);
    await c.open(uri, text);
    const [d] = byRule((await got).diagnostics, 'unknown-party');
    expect(d).toBeDefined();
    const line = text.split('\n')[d.range.start.line];
    expect(line.slice(d.range.start.character, d.range.end.character)).toBe('县自然资原局');

    const actions = (await c.conn.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: d.range,
      context: { diagnostics: [d], only: ['quickfix'] },
    })) as CodeAction[];
    expect(actions).toHaveLength(1);
    expect(actions[0].kind).toBe('quickfix');
    expect(actions[0].edit!.changes![uri]).toEqual([{ range: d.range, newText: '县自然资源局' }]);
    // The data a client may drop does not matter: the server knows what it published.
    const again = (await c.conn.sendRequest('textDocument/codeAction', {
      textDocument: { uri }, range: d.range, context: { diagnostics: [{ ...d, data: undefined }] },
    })) as CodeAction[];
    expect(again).toHaveLength(1);

    const hover = (await c.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: d.range.start.line, character: d.range.start.character + 1 } })) as Hover;
    const value = (hover.contents as { kind: string; value: string }).value;
    expect(value).toContain('unknown-party');
    expect(value).toContain('单位未登记');
    expect(value).toContain('为什么');
    // Away from any finding: nothing.
    expect(await c.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } })).toBeNull();

    // Applying the fix clears the finding.
    const fixed = text.replace('县自然资原局', '县自然资源局');
    const after = c.nextDiagnostics(uri, (p) => p.version === 2);
    await c.change(uri, fixed, 2);
    expect(byRule((await after).diagnostics, 'unknown-party')).toEqual([]);
    expect(await c.shutdown()).toBe(0);
  });

  it('offers the current name of a renamed department (outdated-department-name)', async () => {
    const dir = tempRepo(MINI);
    const text = MINI['domains/base.yaml'].replace('lead: {party: 县自然资源局', 'lead: {party: 县国土资源局');
    const uri = uriOf(join(dir, 'domains/base.yaml'));
    const c = client();
    await c.initialize(uriOf(dir));
    const got = c.nextDiagnostics(uri);
    await c.open(uri, text);
    const [d] = byRule((await got).diagnostics, 'outdated-department-name');
    expect(d).toBeDefined();
    const actions = (await c.conn.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } })) as CodeAction[];
    expect(actions.map((a) => a.edit!.changes![uri][0].newText)).toEqual(['示例县自然资源和规划局']);
    await c.shutdown();
  });

  it('offers the article in force for a moved article (moved-article)', async () => {
    const dir = tempRepo(MINI);
    const text = [
      'kind: domain', 'domain: 应急管理', 'items:', '  - id: YJ-102', '    name: 生产经营单位安全生产状况的监督检查', '    power: 行政检查',
      '    lead: {party: 县应急局, duties: [依法开展安全生产监督检查]}', '    support:',
      '      - {party: 乡镇（街道）, duties: [日常巡查，发现安全隐患及时劝阻并报告]}', '    basis: [《中华人民共和国安全生产法》第八条]', '',
    ].join('\n');
    const uri = uriOf(join(dir, 'domains/yj.yaml'));
    const c = client();
    await c.initialize(uriOf(dir));
    const got = c.nextDiagnostics(uri);
    await c.open(uri, text);
    const [d] = byRule((await got).diagnostics, 'moved-article');
    expect(d).toBeDefined();
    const actions = (await c.conn.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } })) as CodeAction[];
    expect(actions).toHaveLength(1);
    const [edit] = actions[0].edit!.changes![uri];
    const line = text.split('\n')[d.range.start.line];
    const fixed = line.slice(0, d.range.start.character) + edit.newText + line.slice(d.range.end.character);
    expect(fixed).toBe('    basis: [《中华人民共和国安全生产法》第九条第二款]');
    await c.shutdown();
  });

  it('reads the registries again when they change on disk', async () => {
    const dir = tempRepo(MINI);
    const text = MINI['domains/base.yaml'].replace('lead: {party: 县自然资源局', 'lead: {party: 县水务局');
    const uri = uriOf(join(dir, 'domains/base.yaml'));
    const c = client();
    await c.initialize(uriOf(dir), { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } });
    let got = c.nextDiagnostics(uri);
    await c.open(uri, text);
    expect(byRule((await got).diagnostics, 'unknown-party')).toHaveLength(1);
    const reg = join(dir, 'registry/departments.yaml');
    writeFileSync(reg, MINI['registry/departments.yaml'] + '  - {name: 示例县水务局, short: [县水务局], level: 县级, type: 行政机关}\n');
    got = c.nextDiagnostics(uri);
    await c.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(reg), type: 2 }] });
    expect(byRule((await got).diagnostics, 'unknown-party')).toEqual([]);
    await c.shutdown();
  });

  it('checks the other open files of the repository again after an edit (a township file naming a county item)', async () => {
    const town = 'kind: township\ntownship: 东湖镇\nexclude:\n  - {item: BASE-001, reason: 本镇无此情形, approval: 青编发〔2026〕6号}\n';
    const dir = tempRepo({ ...MINI, 'townships/东湖镇.yaml': town });
    const base = uriOf(join(dir, 'domains/base.yaml'));
    const township = uriOf(join(dir, 'townships/东湖镇.yaml'));
    const c = client();
    await c.initialize(uriOf(dir));
    let got = c.nextDiagnostics(township);
    await c.open(township, town);
    expect(byRule((await got).diagnostics, 'township-unknown-item')).toEqual([]);
    await c.open(base, MINI['domains/base.yaml']);
    // The county item is renamed in the editor, not on disk: the township file now names an unknown item.
    got = c.nextDiagnostics(township, (p) => byRule(p.diagnostics, 'township-unknown-item').length > 0);
    await c.change(base, MINI['domains/base.yaml'].replace('BASE-001', 'BASE-009'), 2);
    expect(byRule((await got).diagnostics, 'township-unknown-item')).toHaveLength(1);
    await c.shutdown();
  });

  it('speaks English with --lang en', async () => {
    const dir = tempRepo({ ...MINI, 'townships/东湖镇.yaml': TOWNSHIP('依法立案查处') });
    const uri = uriOf(join(dir, 'townships/东湖镇.yaml'));
    const c = client([process.execPath, BIN, 'lsp', '--lang', 'en']);
    await c.initialize(uriOf(dir));
    const got = c.nextDiagnostics(uri);
    await c.open(uri, TOWNSHIP('依法立案查处'));
    const [d] = byRule((await got).diagnostics, 'township-enforcement');
    expect(d.message).toMatch(/^duty "依法立案查处" of 东湖镇 contains the enforcement act/);
    await c.shutdown();
  });

  it('a file outside any repository, broken YAML and control characters: diagnostics, no crash', async () => {
    const out = mkdtempSync(join(tmpdir(), 'resp-lsp-out-'));
    writeFileSync(join(out, 'alone.yaml'), 'x: 1\n');
    const alone = uriOf(join(out, 'alone.yaml'));
    const c = client();
    await c.initialize(null);
    let got = c.nextDiagnostics(alone);
    await c.open(alone, 'kind: domain\ndomain: 自然资源\nitems:\n  - id: ZR-001\n    name: x\n');
    const ds = (await got).diagnostics;
    expect(byRule(ds, 'no-repository')).toHaveLength(1);
    expect(ds.length).toBeGreaterThan(1);

    got = c.nextDiagnostics(alone, (p) => p.version === 2);
    await c.change(alone, 'kind: domain\nitems: [\n  {id: "x\n', 2);
    expect(byRule((await got).diagnostics, 'yaml-syntax')).toHaveLength(1);

    got = c.nextDiagnostics(alone, (p) => p.version === 3);
    await c.change(alone, 'kind: domain\u0000\u0007\ndomain: \u001b[31m自然资源\nitems: []\n', 3);
    expect((await got).diagnostics.length).toBeGreaterThan(0);

    // A document that is not a file, and one of another language: ignored.
    await c.open('untitled:Untitled-1', 'kind: domain\n');
    await c.open(uriOf(join(out, 'notes.txt')), 'hello');
    expect(await c.shutdown()).toBe(0);
    expect(c.stderr).not.toMatch(/internal error/);
  });
});
