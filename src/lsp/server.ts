/**
 * `resp lsp`: a language server over standard input and output. It shows what `resp validate` shows for
 * each open YAML file of a list repository, checked on the editor's text as it is typed; hover gives the
 * rule's documentation, and quick fixes apply the replacements findings imply.
 *
 * Standard output is the protocol channel: nothing else may be written to it. Logs go to standard error
 * and to the client's log (window/logMessage).
 */
import { fileURLToPath } from 'node:url';
import {
  CodeActionKind, createConnection, DidChangeWatchedFilesNotification, FileChangeType, StreamMessageReader, StreamMessageWriter,
  TextDocuments, TextDocumentSyncKind, type CodeAction, type Connection, type Diagnostic, type InitializeResult,
} from 'vscode-languageserver/node.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Lang } from '../i18n.js';
import { FrameGuard } from './framing.js';
import { hoverText, toDiagnostic, type DiagnosticData, type RuleDoc } from './diagnostics.js';
import { Workspaces, type Overlay, type Repo } from './workspace.js';

export interface ServerOptions {
  lang: Lang;
  /** A rule's documentation for hover (the text of `resp rules <id>`). */
  ruleDoc: RuleDoc;
  /** Milliseconds to wait after a change before checking (default 50). */
  debounceMs?: number;
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
}

/** The server checks YAML documents only. */
const isYaml = (uri: string) => /\.ya?ml$/i.test(uri);

/** Local path of a file: URI, or undefined for other schemes (untitled:, git:). */
function pathOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/** Start the server; resolves when the connection closes, telling whether the client asked for shutdown first. */
export function startServer(opts: ServerOptions): Promise<{ shutdown: boolean }> {
  const input = opts.input ?? process.stdin;
  const output = opts.output ?? process.stdout;
  const log = (s: string) => {
    process.stderr.write(`${s}\n`);
  };
  // Garbage and oversized messages are dropped before the protocol reader, which would stop at them.
  const guarded = input.pipe(new FrameGuard(log));
  const conn: Connection = createConnection(new StreamMessageReader(guarded), new StreamMessageWriter(output));
  const lang = opts.lang;
  const debounceMs = opts.debounceMs ?? 50;
  // A fault anywhere is logged, and the server goes on: the editor keeps its connection.
  process.on('uncaughtException', (e) => log(`resp: internal error: ${e?.stack ?? String(e)}`));
  process.on('unhandledRejection', (e) => log(`resp: internal error: ${(e as Error)?.stack ?? String(e)}`));
  // Whatever a library prints must not reach the protocol channel.
  console.log = console.info = console.warn = console.debug = (...a: unknown[]) => log(a.map(String).join(' '));

  const documents = new TextDocuments(TextDocument);
  const workspaces = new Workspaces(lang, log);
  const published = new Map<string, Diagnostic[]>();
  const timers = new Map<string, NodeJS.Timeout>();
  let watchDynamic = false;

  const overlay: Overlay = (abs) => {
    for (const d of documents.all()) if (pathOf(d.uri) === abs) return { text: d.getText(), version: d.version };
    return undefined;
  };

  const publish = (uri: string, diagnostics: Diagnostic[], version?: number) => {
    published.set(uri, diagnostics);
    void conn.sendDiagnostics({ uri, diagnostics, version });
  };

  /** Check one open document now and publish its diagnostics; after an edit, the repository's other open files follow. */
  const check = (uri: string, edited = false) => {
    const d = documents.get(uri);
    if (!d || !isYaml(uri)) return;
    const abs = pathOf(uri);
    if (!abs) return;
    const t = performance.now();
    try {
      const r = workspaces.check(abs, d.getText(), overlay);
      const diags = r.findings.map((f) => toDiagnostic(f, d, lang, r.repo));
      publish(uri, diags, d.version);
      if (r.repo && !r.repo.complete) readInBackground(r.repo);
      // Their findings may depend on this text (an id held twice, a county item a township file names).
      if (edited && r.root) {
        for (const o of documents.all()) {
          const p = pathOf(o.uri);
          if (o.uri !== uri && p && p.startsWith(r.root) && !timers.has(o.uri)) schedule(o.uri, debounceMs * 6);
        }
      }
      if (process.env.RESP_LSP_TIMING) log(`resp: checked ${r.display} v${d.version} in ${(performance.now() - t).toFixed(1)} ms (${diags.length} diagnostics)`);
    } catch (e) {
      // A fault of the checker is reported on the file, never a crash of the server.
      log(`resp: internal error checking ${abs}: ${(e as Error)?.stack ?? String(e)}`);
      const msg = lang === 'zh' ? `resp 内部错误，请报告此问题：${(e as Error)?.message ?? String(e)}` : `resp internal error, please report it: ${(e as Error)?.message ?? String(e)}`;
      publish(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: 1, source: 'resp', code: 'internal-error', message: msg }], d.version);
    }
  };

  const schedule = (uri: string, delay: number, edited = false) => {
    clearTimeout(timers.get(uri));
    timers.set(uri, setTimeout(() => {
      timers.delete(uri);
      check(uri, edited);
    }, delay));
  };

  /** Check again every open document of these repositories (their registries or configuration changed). */
  const recheckRoots = (roots: string[]) => {
    for (const d of documents.all()) {
      const abs = pathOf(d.uri);
      if (abs && roots.some((r) => abs.startsWith(r))) schedule(d.uri, debounceMs);
    }
  };

  /** Read a large repository's other files a slice at a time between messages; then check its open files again. */
  const reading = new Set<Repo>();
  const readInBackground = (repo: Repo) => {
    if (reading.has(repo)) return;
    reading.add(repo);
    const t = performance.now();
    const step = () => {
      if (!workspaces.current(repo)) return void reading.delete(repo);
      try {
        if (!repo.loadSome(25)) return void setTimeout(step, 1);
      } catch (e) {
        log(`resp: internal error reading ${repo.root}: ${(e as Error)?.stack ?? String(e)}`);
      }
      reading.delete(repo);
      log(`resp: read ${repo.root} in the background in ${Math.round(performance.now() - t)} ms (${Math.round(process.memoryUsage().rss / 1048576)} MB resident)`);
      recheckRoots([repo.root]);
    };
    setTimeout(step, 1);
  };

  conn.onInitialize((params): InitializeResult => {
    watchDynamic = !!params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      },
      serverInfo: { name: 'resp' },
    };
  });

  conn.onInitialized(() => {
    if (watchDynamic) {
      void conn.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*.{yaml,yml}' }] }).catch(() => undefined);
    }
  });

  // The library tells a change after each open too: that one is the open, checked at once.
  const openedAt = new Map<string, number>();
  documents.onDidOpen((e) => {
    openedAt.set(e.document.uri, e.document.version);
    schedule(e.document.uri, 0);
  });
  documents.onDidChangeContent((e) => {
    if (openedAt.get(e.document.uri) === e.document.version) return;
    openedAt.delete(e.document.uri);
    schedule(e.document.uri, debounceMs, true);
  });
  documents.onDidClose((e) => {
    clearTimeout(timers.get(e.document.uri));
    timers.delete(e.document.uri);
    openedAt.delete(e.document.uri);
    published.delete(e.document.uri);
    void conn.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
    // The disk's text counts again for the other files.
    const abs = pathOf(e.document.uri);
    if (abs) recheckRoots(workspaces.changed(abs, 'changed', false));
  });
  documents.onDidSave((e) => {
    const abs = pathOf(e.document.uri);
    if (abs) recheckRoots(workspaces.changed(abs, 'changed', true));
  });

  conn.onDidChangeWatchedFiles((p) => {
    const roots = new Set<string>();
    for (const c of p.changes) {
      const abs = pathOf(c.uri);
      if (!abs || !isYaml(c.uri)) continue;
      const how = c.type === FileChangeType.Created ? 'created' : c.type === FileChangeType.Deleted ? 'deleted' : 'changed';
      for (const r of workspaces.changed(abs, how, !!documents.get(c.uri))) roots.add(r);
    }
    recheckRoots([...roots]);
  });

  conn.onHover((p) => {
    const diags = (published.get(p.textDocument.uri) ?? []).filter((d) => contains(d.range, p.position));
    if (!diags.length) return null;
    return { contents: { kind: 'markdown', value: hoverText(diags, lang, opts.ruleDoc) }, range: diags[0].range };
  });

  conn.onCodeAction((p) => {
    const uri = p.textDocument.uri;
    const known = published.get(uri) ?? [];
    const actions: CodeAction[] = [];
    for (const d of p.context.diagnostics) {
      if (d.source !== 'resp') continue;
      // Clients send the diagnostic back; its data may not survive every client, so the published one counts.
      const mine = known.find((k) => k.code === d.code && sameRange(k.range, d.range)) ?? d;
      const fixes = ((mine.data ?? {}) as DiagnosticData).fixes ?? [];
      for (const fix of fixes) {
        actions.push({
          title: fix.title,
          kind: CodeActionKind.QuickFix,
          diagnostics: [mine],
          isPreferred: fixes.length === 1,
          edit: { changes: { [uri]: [{ range: mine.range, newText: fix.newText }] } },
        });
      }
    }
    return actions;
  });

  let shutdown = false;
  conn.onShutdown(() => {
    shutdown = true;
  });
  documents.listen(conn);
  return new Promise((resolve) => {
    // `exit` ends the process in the protocol library (code 0 after shutdown, else 1).
    conn.onExit(() => resolve({ shutdown }));
    // The client went away without exit. The guard ends after the reader took its last bytes; the
    // messages read are handled a few turns of the event loop later, and then the server ends too.
    let ended = false;
    const end = () => {
      if (ended) return;
      ended = true;
      let turns = 20;
      const later = () => (--turns > 0 ? setImmediate(later) : resolve({ shutdown }));
      setImmediate(later);
    };
    guarded.on('end', end);
    guarded.on('close', end);
    input.on('error', end);
    conn.listen();
  });
}

function contains(r: { start: Pos; end: Pos }, p: Pos): boolean {
  const before = (a: Pos, b: Pos) => a.line < b.line || (a.line === b.line && a.character <= b.character);
  return before(r.start, p) && before(p, r.end);
}

function sameRange(a: { start: Pos; end: Pos }, b: { start: Pos; end: Pos }): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

interface Pos {
  line: number;
  character: number;
}
