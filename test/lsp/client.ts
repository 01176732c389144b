/**
 * A language-server client for tests: spawns a server (`node bin/resp.js lsp` by default), speaks
 * JSON-RPC with Content-Length framing over its standard input and output, and collects what the server
 * publishes.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  createMessageConnection, StreamMessageReader, StreamMessageWriter, type Diagnostic, type MessageConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver/node.js';

export const BIN = fileURLToPath(new URL('../../bin/resp.js', import.meta.url));

export const uriOf = (abs: string) => pathToFileURL(abs).href;

export class LspClient {
  readonly conn: MessageConnection;
  readonly child: ChildProcess;
  stderr = '';
  stdoutRaw = '';
  private readonly diagnostics = new Map<string, PublishDiagnosticsParams[]>();
  private readonly waiters: { uri: string; test: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }[] = [];
  readonly exited: Promise<number | null>;

  constructor(command: string[] = [process.execPath, BIN, 'lsp'], cwd?: string, env: NodeJS.ProcessEnv = {}) {
    this.child = spawn(command[0], command.slice(1), { cwd, env: { ...process.env, ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stderr!.on('data', (b: Buffer) => (this.stderr += b.toString('utf8')));
    this.child.stdout!.on('data', (b: Buffer) => (this.stdoutRaw += b.toString('utf8')));
    this.exited = new Promise((resolve) => this.child.on('exit', (code) => resolve(code)));
    this.conn = createMessageConnection(new StreamMessageReader(this.child.stdout!), new StreamMessageWriter(this.child.stdin!));
    this.conn.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.diagnostics.set(p.uri, [...(this.diagnostics.get(p.uri) ?? []), p]);
      for (const w of [...this.waiters]) {
        if (w.uri === p.uri && w.test(p)) {
          this.waiters.splice(this.waiters.indexOf(w), 1);
          w.resolve(p);
        }
      }
    });
    // Requests the server makes of the client (dynamic registration, configuration).
    this.conn.onRequest(() => null);
    this.conn.onNotification(() => undefined);
    this.conn.listen();
  }

  async initialize(rootUri: string | null = null, capabilities: object = {}): Promise<any> {
    const r = await this.conn.sendRequest('initialize', { processId: process.pid, rootUri, capabilities, workspaceFolders: null });
    await this.conn.sendNotification('initialized', {});
    return r;
  }

  /** The next diagnostics published for `uri` that pass `test` (those already published count too, when `past`). */
  nextDiagnostics(uri: string, test: (p: PublishDiagnosticsParams) => boolean = () => true, timeoutMs = 20_000): Promise<PublishDiagnosticsParams> {
    return new Promise((resolve, reject) => {
      const t = setTimeout(() => reject(new Error(`no diagnostics for ${uri} in ${timeoutMs} ms; stderr: ${this.stderr}`)), timeoutMs);
      this.waiters.push({ uri, test, resolve: (p) => (clearTimeout(t), resolve(p)) });
    });
  }

  open(uri: string, text: string, version = 1, languageId = 'yaml'): Promise<void> {
    return this.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  /** Replace the whole text. */
  change(uri: string, text: string, version: number): Promise<void> {
    return this.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
  }

  async shutdown(): Promise<number | null> {
    await this.conn.sendRequest('shutdown');
    await this.conn.sendNotification('exit');
    const code = await this.exited;
    this.conn.dispose();
    return code;
  }

  kill(): void {
    this.conn.dispose();
    this.child.kill();
  }
}

export const byRule = (ds: Diagnostic[], rule: string) => ds.filter((d) => d.code === rule);
