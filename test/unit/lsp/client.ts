// A language client for the tests: spawns the built `news-annotate --lsp --stdio` and talks
// JSON-RPC to it over its stdin/stdout, answering workspace/configuration from `settings`.
import { ChildProcess, spawn } from 'node:child_process';
import {
  createProtocolConnection,
  Diagnostic,
  InitializeResult,
  ProtocolConnection,
  PublishDiagnosticsParams,
  StreamMessageReader,
  StreamMessageWriter,
  TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';
import { CLI } from '../helpers';

/** How long a test waits for the server's diagnostics before failing. */
const WAIT_MS = 10_000;

export class TestClient {
  private readonly diagnostics = new Map<string, PublishDiagnosticsParams>();
  private waiters: (() => void)[] = [];
  private readonly versions = new Map<string, number>();
  /** The messages the server showed (window/showMessage). */
  readonly messages: string[] = [];
  /** What the server asked with workspace/configuration, in order. */
  readonly configurationRequests: unknown[] = [];
  stderr = '';

  private constructor(
    private readonly child: ChildProcess,
    readonly connection: ProtocolConnection,
    /** The client's settings: the "newsAnnotator" section, nested as editors send it. */
    public settings: Record<string, unknown>,
  ) {}

  /** What the server answered to initialize. */
  initializeResult!: InitializeResult;

  /**
   * Starts the server. `initializationOptions` and `configuration` (whether the client answers
   * workspace/configuration) are for clients that give settings the other way.
   */
  static async start(settings: Record<string, unknown> = {}, capabilities: Record<string, unknown> = {}, initializationOptions?: unknown, configuration = true): Promise<TestClient> {
    const child = spawn(process.execPath, [CLI, '--lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const client = new TestClient(child, connection, settings);
    child.stderr!.on('data', (d: Buffer) => (client.stderr += d.toString()));
    connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      client.diagnostics.set(p.uri, p);
      const waiting = client.waiters;
      client.waiters = [];
      for (const w of waiting) w();
    });
    connection.onRequest('workspace/configuration', (p: { items: { section?: string }[] }) => {
      client.configurationRequests.push(p);
      return p.items.map((i) => (i.section === 'newsAnnotator' ? client.settings : null));
    });
    connection.onNotification('window/showMessage', (p: { message: string }) => client.messages.push(p.message));
    connection.onNotification('window/logMessage', () => undefined);
    connection.listen();
    client.initializeResult = await connection.sendRequest<InitializeResult>('initialize', {
      processId: process.pid,
      rootUri: null,
      initializationOptions,
      capabilities: { workspace: { configuration }, textDocument: { publishDiagnostics: { versionSupport: true } }, ...capabilities },
    });
    await connection.sendNotification('initialized', {});
    return client;
  }

  async open(uri: string, text: string): Promise<void> {
    this.versions.set(uri, 1);
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'news-article', version: 1, text } });
  }

  /** Sends incremental changes; returns the new version. */
  async change(uri: string, changes: TextDocumentContentChangeEvent[]): Promise<number> {
    const version = (this.versions.get(uri) ?? 0) + 1;
    this.versions.set(uri, version);
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
    return version;
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  /** The first diagnostics published for `uri` (at `version`, if given) that satisfy `ok`. */
  async diagnosticsFor(uri: string, ok: (d: Diagnostic[]) => boolean = () => true, version?: number): Promise<Diagnostic[]> {
    const deadline = Date.now() + WAIT_MS;
    for (;;) {
      const p = this.diagnostics.get(uri);
      if (p && (version === undefined || p.version === version) && ok(p.diagnostics)) return p.diagnostics;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no matching diagnostics for ${uri} within ${WAIT_MS} ms; last: ${JSON.stringify(p)}; stderr: ${this.stderr}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** Shuts the server down as an editor does; resolves with its exit code. */
  async stop(): Promise<number | null> {
    if (this.child.exitCode !== null) throw new Error(`the server had exited with ${this.child.exitCode}; stderr: ${this.stderr}`);
    const exited = new Promise<number | null>((resolve) => this.child.once('exit', (code) => resolve(code)));
    await this.connection.sendRequest('shutdown');
    await this.connection.sendNotification('exit');
    const code = await exited;
    this.connection.dispose();
    return code;
  }
}
