// The workspace index in the editor: every news article of the workspace analysed in the
// background, kept up to date as files change on disk and as open articles are edited.
//
// - Lazy: nothing happens at activation. The first caller of ensureStarted() (the News Sources
//   view becoming visible, an export or report command, a person hover) starts a full scan.
// - A full scan finds the files (`**/*.news`, `**/seeds/*.txt`) plus the open documents of the
//   language, reads them with workspace.fs in small concurrent batches and analyses them in
//   slices of a few milliseconds, yielding to the event loop between slices, so the
//   extension host stays responsive with thousands of articles. It shows progress and can be
//   cancelled (what was indexed so far stays).
// - Open articles: their analysis comes from DocumentAnalyses (the editor's text, not the disk).
// - Disk changes: a FileSystemWatcher queues changed files; the queue is drained in the same way,
//   skipping files whose text did not change.
import * as vscode from 'vscode';
import { AnalysisResult } from '../analysis/types';
import { compareIds, fingerprintOf, indexedFile, WorkspaceIndexModel } from '../workspace/index-model';
import { engineOptions } from '../presentation/settings';
import { DocumentAnalyses, LANGUAGE_ID } from './document-analyses';
import { Logger } from './logger';

/** Files of the news-article language (package.json: `.news` files and `seeds/*.txt`). */
export const NEWS_GLOB = '{**/*.news,**/seeds/*.txt}';
const EXCLUDE = '{**/node_modules/**,**/.git/**}';
/** How many files are read at once. */
const READ_BATCH = 32;
/** How long the engine may run before the index yields to the event loop. */
const SLICE_MS = 12;
/** Delay before the watcher's queue is drained (changes often come in bursts). */
const DRAIN_DELAY_MS = 250;
/** How deep a new folder is looked into for articles (see lookInto). */
const MAX_NEW_FOLDER_DEPTH = 8;
/** Full scans of more files than this show a notification (with Cancel); smaller ones the status bar. */
const NOTIFY_ABOVE = 200;

export interface IndexStats {
  /** Files in the index. */
  files: number;
  /** Duration of the last full scan, ms (0 before the first). */
  lastScanMs: number;
  /** Files the last full scan found and indexed. */
  lastScanFiles: number;
  /** Progress reports made by full scans so far. */
  progressReports: number;
  /** Full scans run. */
  scans: number;
  /** The last full scan was cancelled. */
  cancelled: boolean;
  /** Files left out: above the size limit, or unreadable. */
  skipped: number;
}

/**
 * Workspace folders that are themselves a `seeds` folder: their `*.txt` files match the
 * language's seeds pattern (matched on the full path), which NEWS_GLOB, relative
 * to the folder, cannot see.
 */
function seedFolders(): vscode.WorkspaceFolder[] {
  return (vscode.workspace.workspaceFolders ?? []).filter((f) => /(^|\/)seeds\/?$/.test(f.uri.path));
}

/** Every news article file of the workspace. */
export async function findArticles(token?: vscode.CancellationToken): Promise<vscode.Uri[]> {
  const found = await vscode.workspace.findFiles(NEWS_GLOB, EXCLUDE, undefined, token);
  for (const folder of seedFolders()) found.push(...(await vscode.workspace.findFiles(new vscode.RelativePattern(folder, '*.txt'), EXCLUDE, undefined, token)));
  const unique = new Map(found.map((u) => [u.toString(), u]));
  return [...unique.values()];
}

export class WorkspaceIndex implements vscode.Disposable {
  readonly model = new WorkspaceIndexModel();
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires (at most every few hundred ms) when the index changed. */
  readonly onDidChange = this.changed.event;
  private readonly progressEmitter = new vscode.EventEmitter<{ done: number; total: number } | undefined>();
  /** Fires while a full scan runs (undefined: it ended). */
  readonly onDidProgress = this.progressEmitter.event;
  private readonly subscriptions: vscode.Disposable[] = [];
  private started = false;
  /** Articles to analyse again whatever their fingerprint (see marksChangedFor). */
  private readonly marksChanged = new Set<string>();
  private scan: Promise<void> | undefined;
  private scanCts: vscode.CancellationTokenSource | undefined;
  private readonly pending = new Map<string, vscode.Uri>();
  private drainTimer: ReturnType<typeof setTimeout> | undefined;
  private draining: Promise<void> | undefined;
  private fireTimer: ReturnType<typeof setTimeout> | undefined;
  private disposed = false;
  /** The engine options the last complete full scan analysed the files on disk with. */
  private scannedWith: string | undefined;
  /** A full scan has ended (completed or cancelled): the index holds what there is to show. */
  private scanEnded = false;
  /** Why the last full scan failed (undefined: it did not). */
  private failure: Error | undefined;
  /**
   * Deletions seen while files are being read, numbered: a text read before its file (or folder)
   * was deleted must not put the file back into the index once the deletion was handled.
   */
  private deletionCount = 0;
  private readonly deletions: { prefix: string; n: number }[] = [];
  readonly stats: IndexStats = { files: 0, lastScanMs: 0, lastScanFiles: 0, progressReports: 0, scans: 0, cancelled: false, skipped: 0 };

  constructor(
    private readonly analyses: DocumentAnalyses,
    private readonly log: Logger,
    /** Between slices of reading and analysing (platform.ts). */
    private readonly yieldToEventLoop: () => Promise<void>,
  ) {}

  get isStarted(): boolean {
    return this.started;
  }

  get isScanning(): boolean {
    return this.scan !== undefined;
  }

  /** A full scan has ended since the index started (until then there is nothing to show yet). */
  get hasIndexed(): boolean {
    return this.scanEnded;
  }

  /** The error of the last full scan, if it failed. */
  get lastFailure(): Error | undefined {
    return this.failure;
  }

  /** Starts the index once (a full scan, then watching); resolves when the first scan is done. */
  ensureStarted(): Promise<void> {
    if (!this.started) {
      this.started = true;
      this.watch();
      return this.rescan();
    }
    return this.scan ?? Promise.resolve();
  }

  /** A new full scan (cancelling one that runs); resolves when it is done. */
  rescan(): Promise<void> {
    if (!this.started) return this.ensureStarted();
    this.scanCts?.cancel();
    const cts = new vscode.CancellationTokenSource();
    this.scanCts = cts;
    const previous = this.scan ?? Promise.resolve();
    const run = previous
      .then(() => this.fullScan(cts.token))
      .then(
        () => {
          this.failure = undefined;
        },
        (e: unknown) => {
          this.failure = e instanceof Error ? e : new Error(String(e));
          this.log.error('workspace index', e);
        },
      )
      .finally(() => {
        this.scanEnded = true;
        if (this.scan === run) this.scan = undefined;
        if (this.scanCts === cts) this.scanCts = undefined;
        cts.dispose();
        // The view's state (indexing, empty, results, error) follows the end of a scan.
        this.fireNow();
      });
    this.scan = run;
    return run;
  }

  /** Cancels a running full scan. */
  cancel(): void {
    this.scanCts?.cancel();
  }

  /** Resolves when the index is started, no scan runs and the change queue is empty. */
  async whenIndexed(): Promise<IndexStats> {
    await this.ensureStarted();
    for (;;) {
      const work = this.scan ?? this.draining;
      if (work) {
        await work;
        continue;
      }
      if (this.pending.size && !this.disposed) {
        this.drainNow();
        continue;
      }
      // Indexed with the settings of now: a scan that started before a settings change took
      // effect leaves results an export must not see. (A cancelled or failed scan is not redone.)
      if (this.scanEnded && !this.stats.cancelled && !this.failure && this.scannedWith !== this.optionsKey()) {
        void this.rescan();
        continue;
      }
      // Up to date includes the listeners (the News Sources view): no debounced change pending.
      if (this.fireTimer) this.fireNow();
      return { ...this.stats, files: this.model.size };
    }
  }

  /** The workspace-relative path used as a file's id. */
  static idOf(uri: vscode.Uri): string {
    return uri.scheme === 'untitled' ? uri.path : vscode.workspace.asRelativePath(uri);
  }

  /** The engine options as one string: the index compares what it scanned with against it. */
  private optionsKey(): string {
    const s = this.analyses.currentSettings;
    return JSON.stringify({ referenceDate: s.referenceDate, ...engineOptions(s) });
  }

  /**
   * The open article at `uri` when its text is not the file's: edited or untitled. An unedited
   * document is read from disk instead: it may linger after its tab closed and its file was
   * deleted, and must not bring the file back.
   */
  private editedDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
    const key = uri.toString();
    return vscode.workspace.textDocuments.find((d) => d.uri.toString() === key && DocumentAnalyses.isNewsArticle(d) && (d.isDirty || d.isUntitled));
  }

  /** Puts an open article's current analysis into the index. */
  private fromDocument(document: vscode.TextDocument, result?: AnalysisResult): boolean {
    const r = result ?? this.analyses.resultFor(document);
    if (!r) return false;
    this.model.set(indexedFile(WorkspaceIndex.idOf(document.uri), document.uri.toString(), document.getText(), r));
    return true;
  }

  /**
   * Analyses a file's text from disk (read after `readFrom` deletions) into the index, unless
   * unchanged (or `always`). False: left out.
   */
  private async fromText(uri: vscode.Uri, text: string, readFrom: number, always = false): Promise<boolean> {
    const key = uri.toString();
    // The size limit first: a file indexed before the limit was lowered leaves the index.
    if (text.length > this.analyses.currentSettings.maxFileSizeKB * 1024) {
      this.model.delete(key);
      this.stats.skipped++;
      return false;
    }
    if (!always && !this.marksChanged.delete(key) && this.model.get(key)?.fingerprint === fingerprintOf(text)) return true;
    let engine: AnalysisResult;
    try {
      engine = await this.analyses.analyzeText(text);
    } catch (e) {
      this.log.error(`indexing ${uri.path}`, e);
      return false;
    }
    // While the engine ran (in its worker), the file may have been deleted, or opened and edited:
    // the deletion and the editor's own analysis win over this older text.
    if (this.deletedSince(uri, readFrom)) {
      this.model.delete(key);
      return false;
    }
    if (this.editedDocument(uri)) return true;
    const result = this.log.guard(`indexing ${uri.path}`, undefined, () => this.analyses.present(uri, text, engine));
    if (!result) return false;
    this.model.set(indexedFile(WorkspaceIndex.idOf(uri), key, text, result));
    return true;
  }

  private async exists(uri: vscode.Uri): Promise<boolean> {
    try {
      await vscode.workspace.fs.stat(uri);
      return true;
    } catch {
      return false;
    }
  }

  private async read(uri: vscode.Uri): Promise<string | undefined> {
    try {
      return new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
    } catch {
      return undefined;
    }
  }

  private async fullScan(token: vscode.CancellationToken): Promise<void> {
    const t0 = Date.now();
    this.stats.scans++;
    this.stats.cancelled = false;
    this.stats.skipped = 0;
    this.pending.clear();
    // Settings changed since the last scan (titles, cue verbs, reference date): an unchanged file
    // must be analysed again all the same.
    const options = this.optionsKey();
    const reanalyse = options !== this.scannedWith;
    const found = await findArticles(token);
    const uris = new Map<string, vscode.Uri>();
    for (const u of found.sort((a, b) => compareIds(a.path, b.path))) uris.set(u.toString(), u);
    // Open articles outside the patterns: untitled or edited ones, and saved ones still on disk
    // (a closed tab can leave its document open for a while, also after the file is deleted).
    for (const d of vscode.workspace.textDocuments) {
      if (d.languageId !== LANGUAGE_ID || uris.has(d.uri.toString())) continue;
      if (d.isUntitled || d.isDirty || (await this.exists(d.uri))) uris.set(d.uri.toString(), d.uri);
    }
    const all = [...uris.values()];
    // A few articles take a moment: the status bar shows it. Many get a notification that can cancel.
    const location = all.length > NOTIFY_ABOVE ? vscode.ProgressLocation.Notification : vscode.ProgressLocation.Window;
    await vscode.window.withProgress(
      { location, title: 'News Sources: indexing articles', cancellable: location === vscode.ProgressLocation.Notification },
      async (progress, progressToken) => {
        const sub = progressToken.onCancellationRequested(() => this.scanCts?.cancel());
        try {
          const total = all.length;
          let done = 0;
          let sliceStart = Date.now();
          let reported = 0;
          const report = () => {
            this.stats.progressReports++;
            progress.report({ message: `${done} of ${total}`, increment: total ? (100 * (done - reported)) / total : 0 });
            reported = done;
            this.progressEmitter.fire({ done, total });
          };
          report();
          for (let i = 0; i < all.length && !token.isCancellationRequested; i += READ_BATCH) {
            const batch = all.slice(i, i + READ_BATCH);
            const readFrom = this.deletionCount;
            const texts = await Promise.all(batch.map((u) => (this.editedDocument(u) ? Promise.resolve(undefined) : this.read(u))));
            for (let j = 0; j < batch.length; j++) {
              if (token.isCancellationRequested) break;
              const doc = this.editedDocument(batch[j]);
              if (doc) this.fromDocument(doc);
              else if (this.deletedSince(batch[j], readFrom)) this.model.delete(batch[j].toString());
              else if (texts[j] !== undefined) await this.fromText(batch[j], texts[j] as string, readFrom, reanalyse);
              else this.stats.skipped++;
              done++;
              if (Date.now() - sliceStart > SLICE_MS) {
                await this.yieldToEventLoop();
                sliceStart = Date.now();
              }
            }
            report();
            this.scheduleFire();
          }
          if (token.isCancellationRequested) {
            this.stats.cancelled = true;
            this.log.info(`Workspace index: cancelled after ${done} of ${total} articles.`);
          } else {
            // Files that are gone since the last scan.
            for (const key of this.model.uris()) if (!uris.has(key)) this.model.delete(key);
            this.scannedWith = options;
            this.stats.lastScanFiles = total;
            this.stats.lastScanMs = Date.now() - t0;
            this.log.info(`Workspace index: ${total} articles in ${this.stats.lastScanMs} ms${this.stats.skipped ? ` (${this.stats.skipped} left out)` : ''}.`);
          }
        } finally {
          sub.dispose();
          this.progressEmitter.fire(undefined);
          this.fireNow();
        }
      },
    );
  }

  private watch(): void {
    const watchers = [vscode.workspace.createFileSystemWatcher(NEWS_GLOB), ...seedFolders().map((f) => vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(f, '*.txt')))];
    const deleted = (uri: vscode.Uri) => {
      this.noteDeletion(uri);
      this.pending.delete(uri.toString());
      if (this.editedDocument(uri)) return; // the edited text stays, as in the editor
      if (this.model.delete(uri.toString()) || this.model.deleteUnder(uri.toString())) this.scheduleFire();
    };
    // A deleted folder is reported once, for the folder: a second watcher on everything catches it.
    // A new folder is looked into: files written into it right after it was made can come before
    // the file watcher watches it (git checkout, unzip, a script), and their events are lost.
    const folders = vscode.workspace.createFileSystemWatcher('**/*', false, true, false);
    this.subscriptions.push(
      ...watchers,
      ...watchers.flatMap((w) => [w.onDidCreate((u) => this.enqueue(u)), w.onDidChange((u) => this.enqueue(u)), w.onDidDelete(deleted)]),
      folders,
      folders.onDidCreate((u) => void this.lookInto(u)),
      folders.onDidDelete((u) => {
        this.noteDeletion(u);
        if (this.model.deleteUnder(u.toString())) this.scheduleFire();
      }),
      this.analyses.onDidAnalyse(({ document, result }) => {
        if (!result || document.isClosed) return;
        // An unedited document is its file on disk, which the scan and the watcher follow; taking
        // it from the editor would bring back a deleted file whose document lingers after its tab
        // closed (a settings change re-analyses every open document).
        const edited = document.isDirty || document.isUntitled;
        if ((edited || this.model.has(document.uri.toString())) && this.fromDocument(document, result)) this.scheduleFire();
      }),
      vscode.workspace.onDidCloseTextDocument((d) => {
        if (!DocumentAnalyses.isNewsArticle(d)) return;
        // Back to the text on disk, when the file is one of the workspace's articles.
        if (d.uri.scheme === 'untitled') {
          if (this.model.delete(d.uri.toString())) this.scheduleFire();
        } else this.enqueue(d.uri, true);
      }),
    );
  }

  private noteDeletion(uri: vscode.Uri): void {
    // Only reads in flight need the log: with none, it starts afresh.
    if (!this.scan && !this.draining) this.deletions.length = 0;
    this.deletions.push({ prefix: uri.toString(), n: ++this.deletionCount });
  }

  /** The file (or a folder above it) was deleted after deletion number `since`. */
  private deletedSince(uri: vscode.Uri, since: number): boolean {
    const key = uri.toString();
    return this.deletions.some((d) => d.n > since && (key === d.prefix || key.startsWith(`${d.prefix}/`)));
  }

  /**
   * Queues the articles below a path that turns out to be a new folder. It walks the folder with
   * workspace.fs (a folder deleted meanwhile is simply not there) rather than asking the search
   * service, which reports a vanished folder as an error.
   */
  private async lookInto(uri: vscode.Uri): Promise<void> {
    if (/\.(news|txt|json)$/.test(uri.path)) return; // an article (its own watcher has it) or a sidecar
    const walk = async (dir: vscode.Uri, depth: number): Promise<void> => {
      let entries: [string, vscode.FileType][];
      try {
        entries = await vscode.workspace.fs.readDirectory(dir);
      } catch {
        return; // not a folder, or gone again
      }
      const inSeeds = /(^|\/)seeds$/.test(dir.path);
      for (const [name, type] of entries) {
        const child = vscode.Uri.joinPath(dir, name);
        if (type & vscode.FileType.Directory) {
          if (depth < MAX_NEW_FOLDER_DEPTH && name !== 'node_modules' && name !== '.git') await walk(child, depth + 1);
        } else if (name.endsWith('.news') || (inSeeds && name.endsWith('.txt'))) this.enqueue(child);
      }
    };
    try {
      if ((await vscode.workspace.fs.stat(uri)).type & vscode.FileType.Directory) await walk(uri, 0);
    } catch {
      // Gone again already.
    }
  }

  /** Indexes an article again though its text is unchanged: its sidecar's marks changed. */
  marksChangedFor(uri: vscode.Uri): void {
    if (!this.model.has(uri.toString())) return;
    this.marksChanged.add(uri.toString());
    this.enqueue(uri, true);
  }

  private enqueue(uri: vscode.Uri, dropIfMissing = false): void {
    if (dropIfMissing && !this.model.has(uri.toString())) return;
    this.pending.set(uri.toString(), uri);
    if (this.drainTimer) clearTimeout(this.drainTimer);
    this.drainTimer = setTimeout(() => this.drainNow(), DRAIN_DELAY_MS);
  }

  private drainNow(): void {
    if (this.drainTimer) clearTimeout(this.drainTimer);
    this.drainTimer = undefined;
    if (this.draining || this.scan) {
      // Runs again when the current work ends.
      void (this.draining ?? this.scan)?.then(() => {
        if (this.pending.size && !this.disposed && !this.drainTimer) this.drainTimer = setTimeout(() => this.drainNow(), 0);
      });
      return;
    }
    const run = this.drain()
      .catch((e) => this.log.error('workspace index (changes)', e))
      .finally(() => {
        if (this.draining === run) this.draining = undefined;
      });
    this.draining = run;
  }

  private async drain(): Promise<void> {
    let sliceStart = Date.now();
    while (this.pending.size && !this.disposed) {
      const batch = [...this.pending.values()].slice(0, READ_BATCH);
      for (const u of batch) this.pending.delete(u.toString());
      const readFrom = this.deletionCount;
      const texts = await Promise.all(batch.map((u) => (this.editedDocument(u) ? Promise.resolve(undefined) : this.read(u))));
      for (let j = 0; j < batch.length; j++) {
        const doc = this.editedDocument(batch[j]);
        if (doc) this.fromDocument(doc);
        else if (this.deletedSince(batch[j], readFrom)) this.model.delete(batch[j].toString());
        else if (texts[j] !== undefined) await this.fromText(batch[j], texts[j] as string, readFrom);
        else this.model.delete(batch[j].toString());
        if (Date.now() - sliceStart > SLICE_MS) {
          await this.yieldToEventLoop();
          sliceStart = Date.now();
        }
      }
      this.scheduleFire();
    }
  }

  private scheduleFire(): void {
    if (this.fireTimer || this.disposed) return;
    this.fireTimer = setTimeout(() => this.fireNow(), 200);
  }

  private fireNow(): void {
    if (this.fireTimer) clearTimeout(this.fireTimer);
    this.fireTimer = undefined;
    this.stats.files = this.model.size;
    if (!this.disposed) this.changed.fire();
  }

  dispose(): void {
    this.disposed = true;
    this.scanCts?.cancel();
    if (this.drainTimer) clearTimeout(this.drainTimer);
    if (this.fireTimer) clearTimeout(this.fireTimer);
    this.pending.clear();
    for (const s of this.subscriptions) s.dispose();
    this.changed.dispose();
    this.progressEmitter.dispose();
  }
}
