/**
 * `resp lsp` under hostile input: garbage and broken framing on standard input, oversized messages and
 * documents, control characters. The server answers what it can, writes nothing but protocol messages to
 * standard output, and never crashes.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MINI, tempRepo } from '../helpers.js';
import { BIN, byRule, LspClient, uriOf } from './client.js';

const frame = (o: object) => {
  const body = Buffer.from(JSON.stringify(o), 'utf8');
  return Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`), body]);
};

/** Run the server on raw bytes (with pauses between the pieces); returns what it wrote. */
function raw(pieces: (Buffer | string)[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, 'lsp'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (b: Buffer) => (stdout += b.toString('utf8')));
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString('utf8')));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
    let i = 0;
    const next = () => {
      if (i === pieces.length) return void child.stdin.end();
      child.stdin.write(pieces[i++]);
      setTimeout(next, 30);
    };
    next();
  });
}

const clients: LspClient[] = [];
afterEach(() => {
  for (const c of clients.splice(0)) c.kill();
});

describe('resp lsp with hostile input', () => {
  it('skips garbage, malformed headers and invalid JSON, and answers the messages after them', async () => {
    const r = await raw([
      'garbage\r\n\r\n',
      Buffer.from([0, 1, 2, 0xff, 0xfe, 0x1b, 0x5b]),
      'Content-Length: abc\r\n\r\n{}',
      'Content-Length: 5\r\n\r\n{{{{{',
      frame({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } }),
      frame({ jsonrpc: '2.0', id: 2, method: 'shutdown', params: null }),
    ]);
    // The input closed after shutdown, without exit: the server answered everything first.
    expect(r.code).toBe(0);
    const messages = r.stdout.split(/Content-Length: \d+\r\n\r\n/).filter(Boolean).map((s) => JSON.parse(s));
    expect(messages.map((m) => m.id)).toEqual([1, 2]);
    expect(messages[0].result.capabilities.hoverProvider).toBe(true);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('drops a message too large to take, and exits when the input closes mid-message', async () => {
    const r = await raw(['Content-Length: 999999999999\r\n\r\n{"jsonrpc":', frame({ jsonrpc: '2.0', id: 1, method: 'shutdown' })]);
    // The shutdown request was inside the dropped message: the input closed without one (exit code 1, as for exit).
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/dropped a message/);
  });

  it('an oversized document, control characters and deep nesting get findings, not a crash', async () => {
    const dir = tempRepo(MINI);
    const uri = uriOf(join(dir, 'domains/big.yaml'));
    const c = new LspClient();
    clients.push(c);
    await c.initialize(uriOf(dir));
    let got = c.nextDiagnostics(uri);
    await c.open(uri, `kind: domain\ndomain: 自然资源\nnote: "${'很'.repeat(3_000_000)}"\nitems: []\n`);
    expect(byRule((await got).diagnostics, 'file-too-large')).toHaveLength(1);

    got = c.nextDiagnostics(uri, (p) => p.version === 2);
    await c.change(uri, 'kind: domain\ndomain: 自然\u0000资源\u0085\u202e\nitems: []\n', 2);
    const ctl = (await got).diagnostics;
    expect(ctl.length).toBeGreaterThan(0);
    expect(ctl.every((d) => d.source === 'resp' && d.range.start.line >= 0)).toBe(true);

    got = c.nextDiagnostics(uri, (p) => p.version === 3);
    await c.change(uri, `kind: domain\ndomain: x\nitems: ${'['.repeat(5000)}${']'.repeat(5000)}\n`, 3);
    expect(byRule((await got).diagnostics, 'yaml-syntax')).toHaveLength(1);

    // Requests about documents never opened, and positions far outside the text.
    expect(await c.conn.sendRequest('textDocument/hover', { textDocument: { uri: 'file:///nowhere.yaml' }, position: { line: 99, character: 9 } })).toBeNull();
    expect(await c.conn.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 1e6, character: 0 }, end: { line: 1e6, character: 1 } }, context: { diagnostics: [] } })).toEqual([]);
    expect(await c.shutdown()).toBe(0);
    expect(c.stderr).not.toMatch(/internal error/);
  });
});
