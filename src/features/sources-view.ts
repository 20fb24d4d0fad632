// The News Sources view (Explorer): every person quoted in the workspace's articles, with how
// often and in how many articles, expanding to their quotations grouped by file; or, toggled from
// the view's title bar, the articles expanding to their speakers and quotations. A click on a
// quotation reveals it in its file. The index starts when the view first becomes visible.
//
// The view is in exactly one state at a time, worked out in one place (refresh): `indexing` (the
// first scan has not ended), `empty` (no quoted person), `results`, or `error` (the last scan
// failed). The title's counts, the tree's top level and the welcome text (package.json
// viewsWelcome, keyed by the context value newsAnnotator.sourcesState) all come from that one
// snapshot, so they cannot disagree.
import * as vscode from 'vscode';
import { IndexedFile, MergedPerson, QuoteRef } from '../workspace/index-model';
import { KIND_LABELS, KINDS, STATED_GROUPS, STATED_LABELS } from '../workspace/who-labels';
import { mergedGender, mergedKind } from '../workspace/who-model';
import { REVEAL_COMMAND } from './hover';
import { Logger } from './logger';
import { WorkspaceIndex } from './workspace-index';

export const SOURCES_VIEW = 'newsAnnotator.sources';
export const GROUP_CONTEXT = 'newsAnnotator.sourcesGroupBy';
export const STATE_CONTEXT = 'newsAnnotator.sourcesState';
export const SOURCES_COMMANDS = {
  groupByFile: 'newsAnnotator.sources.groupByFile',
  groupBySpeaker: 'newsAnnotator.sources.groupBySpeaker',
  groupByGender: 'newsAnnotator.sources.groupByGender',
  groupByKind: 'newsAnnotator.sources.groupByKind',
  refresh: 'newsAnnotator.sources.refresh',
  cancel: 'newsAnnotator.sources.cancelIndexing',
} as const;

export type GroupBy = 'speaker' | 'file' | 'gender' | 'kind';
export type SourcesState = 'indexing' | 'empty' | 'results' | 'error';

/** What the view shows, for tests: its state and everything derived from it. */
export interface SourcesViewSnapshot {
  state: SourcesState;
  /** The title's description (the counts, in `results`). */
  description: string | undefined;
  /** The message above the tree (progress while indexing, the error). */
  message: string | undefined;
  /** Top-level items in the tree. */
  roots: number;
  /** The state the welcome text was last told (the context value), once set. */
  contextState: SourcesState | undefined;
}

type Node =
  | { kind: 'group'; key: string; label: string; people: MergedPerson[] }
  | { kind: 'person'; person: MergedPerson }
  | { kind: 'personFile'; person: MergedPerson; file: IndexedFile; refs: QuoteRef[] }
  | { kind: 'file'; file: IndexedFile; people: { person: MergedPerson; refs: QuoteRef[] }[]; count: number }
  | { kind: 'filePerson'; person: MergedPerson; file: IndexedFile; refs: QuoteRef[] }
  | { kind: 'quote'; ref: QuoteRef; parentId: string };

/** A plain copy of the tree, for tests: labels, descriptions and children. */
export interface SnapshotNode {
  label: string;
  description?: string;
  children?: SnapshotNode[];
}

const PREVIEW_WORDS = 10;
const plural = (n: number, word: string): string => `${n} ${n === 1 ? word : word === 'person' ? 'people' : `${word}s`}`;

export function previewOf(text: string): string {
  const words = text.replace(/^[“"‘'\s]+|[”"’'\s]+$/g, '').split(/\s+/).filter(Boolean);
  return words.length > PREVIEW_WORDS ? `“${words.slice(0, PREVIEW_WORDS).join(' ')} …”` : `“${words.join(' ')}”`;
}

/** People under one heading per value of `keyOf` (gender as stated, kind of source), in `order`; empty headings left out. */
function groupsOf<K extends string>(people: MergedPerson[], order: readonly K[], keyOf: (p: MergedPerson) => K, label: (k: K) => string): Node[] {
  const by = new Map<K, MergedPerson[]>();
  for (const p of people) {
    const k = keyOf(p);
    by.set(k, [...(by.get(k) ?? []), p]);
  }
  return order.filter((k) => by.has(k)).map((k) => ({ kind: 'group', key: k, label: label(k), people: by.get(k) ?? [] }));
}

function groupByFile(refs: QuoteRef[]): Map<IndexedFile, QuoteRef[]> {
  const out = new Map<IndexedFile, QuoteRef[]>();
  for (const r of refs) {
    const list = out.get(r.file);
    if (list) list.push(r);
    else out.set(r.file, [r]);
  }
  return out;
}

export class SourcesView implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changeEmitter = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changeEmitter.event;
  readonly view: vscode.TreeView<Node>;
  private groupBy: GroupBy = 'speaker';
  private readonly subscriptions: vscode.Disposable[] = [];
  private progress: { done: number; total: number } | undefined;
  /** The top level of the tree and the state, as the last refresh worked them out. */
  private roots: Node[] = [];
  private state: SourcesState = 'indexing';
  private contextState: Promise<SourcesState | undefined> = Promise.resolve(undefined);

  constructor(
    private readonly index: WorkspaceIndex,
    private readonly log: Logger,
    /** A fact-checker's note on a quotation for its item ("speaker corrected by Ada"), if any. */
    private readonly markNote?: (quote: QuoteRef['quote']) => string | undefined,
  ) {
    this.view = vscode.window.createTreeView(SOURCES_VIEW, { treeDataProvider: this, showCollapseAll: true });
    void vscode.commands.executeCommand('setContext', GROUP_CONTEXT, this.groupBy);
    this.subscriptions.push(
      this.view,
      this.view.onDidChangeVisibility((e) => {
        if (e.visible) {
          // The index logs a failed scan and the view shows it as its error state: no rejection here.
          void this.start();
          this.refresh();
        }
      }),
      index.onDidChange(() => this.refresh()),
      index.onDidProgress((p) => {
        this.progress = p;
        this.view.message = this.messageFor(this.state);
      }),
      vscode.commands.registerCommand(SOURCES_COMMANDS.groupByFile, () => this.setGroupBy('file')),
      vscode.commands.registerCommand(SOURCES_COMMANDS.groupBySpeaker, () => this.setGroupBy('speaker')),
      vscode.commands.registerCommand(SOURCES_COMMANDS.groupByGender, () => this.setGroupBy('gender')),
      vscode.commands.registerCommand(SOURCES_COMMANDS.groupByKind, () => this.setGroupBy('kind')),
      vscode.commands.registerCommand(SOURCES_COMMANDS.refresh, () => this.rescan()),
      vscode.commands.registerCommand(SOURCES_COMMANDS.cancel, () => index.cancel()),
    );
    this.refresh();
    if (this.view.visible) void this.start();
  }

  get grouping(): GroupBy {
    return this.groupBy;
  }

  /** Starts the index (once), showing progress on the view too. */
  start(): Promise<void> {
    const first = !this.index.isStarted;
    const done = this.index.ensureStarted();
    if (first) this.showProgress(done);
    return done;
  }

  rescan(): Promise<void> {
    const done = this.index.isStarted ? this.index.rescan() : this.index.ensureStarted();
    this.showProgress(done);
    return done;
  }

  private showProgress(work: Promise<void>): void {
    void vscode.window.withProgress({ location: { viewId: SOURCES_VIEW } }, () => work);
  }

  setGroupBy(groupBy: GroupBy): void {
    this.groupBy = groupBy;
    void vscode.commands.executeCommand('setContext', GROUP_CONTEXT, groupBy);
    this.refresh();
  }

  /** Works out the state and the top level from the index, then shows them (title, message, welcome, tree). */
  refresh(): void {
    this.log.guard('News Sources view', undefined, () => {
      this.roots = this.index.isStarted && this.index.hasIndexed && !this.index.lastFailure ? this.topLevel() : [];
      this.state = this.stateNow();
      this.view.description = this.descriptionFor(this.state);
      this.view.message = this.messageFor(this.state);
      const state = this.state;
      this.contextState = Promise.resolve(vscode.commands.executeCommand('setContext', STATE_CONTEXT, state)).then(() => state);
      this.changeEmitter.fire(undefined);
    });
  }

  private stateNow(): SourcesState {
    if (this.index.lastFailure) return 'error';
    if (!this.index.isStarted || !this.index.hasIndexed) return 'indexing';
    return this.roots.length ? 'results' : 'empty';
  }

  private descriptionFor(state: SourcesState): string | undefined {
    if (state === 'indexing') return 'indexing…';
    if (state !== 'results') return undefined;
    const model = this.index.model;
    return `${plural(model.quotedPeople().length, 'person')} · ${plural(model.size, 'article')}`;
  }

  private messageFor(state: SourcesState): string | undefined {
    if (state === 'error') return `Indexing failed: ${this.index.lastFailure?.message ?? 'unknown error'}. The log (News: Show Log) has the details.`;
    const p = this.progress;
    return p && p.total ? `Indexing articles: ${p.done} of ${p.total}…` : undefined;
  }

  /** What the view shows now (tests). */
  async snapshotState(): Promise<SourcesViewSnapshot> {
    return {
      state: this.state,
      description: typeof this.view.description === 'string' ? this.view.description : undefined,
      message: this.view.message,
      roots: this.roots.length,
      contextState: await this.contextState,
    };
  }

  getChildren(node?: Node): Node[] {
    return this.log.guard('News Sources view', [], () => this.children(node));
  }

  private children(node?: Node): Node[] {
    return node ? this.childrenOf(node) : this.roots;
  }

  /** The tree's top level from the index: people, or articles with their people. */
  private topLevel(): Node[] {
    const model = this.index.model;
    if (this.groupBy === 'speaker') return model.quotedPeople().map((person) => ({ kind: 'person', person }));
    if (this.groupBy === 'gender') return groupsOf(model.quotedPeople(), STATED_GROUPS, (p) => mergedGender(p.members), (g) => STATED_LABELS[g]);
    if (this.groupBy === 'kind') return groupsOf(model.quotedPeople(), KINDS, (p) => mergedKind(p.members), (k) => KIND_LABELS[k]);
    const byFile = new Map<IndexedFile, { person: MergedPerson; refs: QuoteRef[] }[]>();
    for (const person of model.quotedPeople()) {
      for (const [file, refs] of groupByFile(person.quotes)) {
        const list = byFile.get(file) ?? [];
        list.push({ person, refs });
        byFile.set(file, list);
      }
    }
    return model
      .all()
      .filter((f) => byFile.has(f))
      .map((file) => {
        const people = (byFile.get(file) ?? []).sort((a, b) => a.refs[0].quote.start - b.refs[0].quote.start);
        return { kind: 'file', file, people, count: people.reduce((n, p) => n + p.refs.length, 0) };
      });
  }

  private childrenOf(node: Node): Node[] {
    switch (node.kind) {
      case 'group':
        return node.people.map((person) => ({ kind: 'person', person }));
      case 'person':
        return [...groupByFile(node.person.quotes)].map(([file, refs]) => ({ kind: 'personFile', person: node.person, file, refs }));
      case 'file':
        return node.people.map(({ person, refs }) => ({ kind: 'filePerson', person, file: node.file, refs }));
      case 'personFile':
      case 'filePerson':
        return node.refs.map((ref) => ({ kind: 'quote', ref, parentId: this.idOf(node) }));
      default:
        return [];
    }
  }

  private idOf(node: Node): string {
    switch (node.kind) {
      case 'group':
        return `g:${node.key}`;
      case 'person':
        return `p:${node.person.key}`;
      case 'personFile':
        return `p:${node.person.key}|${node.file.uri}`;
      case 'file':
        return `f:${node.file.uri}`;
      case 'filePerson':
        return `f:${node.file.uri}|${node.person.key}`;
      case 'quote':
        return `${node.parentId}|${node.ref.quote.start}`;
    }
  }

  getTreeItem(node: Node): vscode.TreeItem {
    const Collapsed = vscode.TreeItemCollapsibleState.Collapsed;
    let item: vscode.TreeItem;
    switch (node.kind) {
      case 'group': {
        item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Expanded);
        const quotes = node.people.reduce((n, p) => n + p.quotes.length, 0);
        item.description = `${plural(node.people.length, 'person')} · ${plural(quotes, 'quotation')}`;
        item.iconPath = new vscode.ThemeIcon(this.groupBy === 'gender' ? 'organization' : 'tag');
        break;
      }
      case 'person': {
        const p = node.person;
        item = new vscode.TreeItem(p.name, Collapsed);
        item.description = `${plural(p.quotes.length, 'quotation')} · ${plural(p.files.length, 'article')}`;
        const roles = [...new Set(p.roles.map((r) => r.text))].slice(0, 3);
        item.tooltip = new vscode.MarkdownString().appendText(`${p.name}${roles.length ? ` — ${roles.join('; ')}` : ''}\n\n${item.description}`);
        item.iconPath = new vscode.ThemeIcon('person');
        item.contextValue = 'newsSourcePerson';
        break;
      }
      case 'personFile':
        item = new vscode.TreeItem(node.file.id, Collapsed);
        item.description = plural(node.refs.length, 'quotation');
        item.resourceUri = vscode.Uri.parse(node.file.uri);
        item.iconPath = vscode.ThemeIcon.File;
        break;
      case 'file':
        item = new vscode.TreeItem(node.file.id, Collapsed);
        item.description = `${plural(node.count, 'quotation')} · ${plural(node.people.length, 'person')}`;
        item.resourceUri = vscode.Uri.parse(node.file.uri);
        item.iconPath = vscode.ThemeIcon.File;
        break;
      case 'filePerson':
        item = new vscode.TreeItem(node.person.name, Collapsed);
        item.description = plural(node.refs.length, 'quotation');
        item.iconPath = new vscode.ThemeIcon('person');
        break;
      case 'quote': {
        const { file, quote, line } = node.ref;
        item = new vscode.TreeItem(previewOf(quote.text), vscode.TreeItemCollapsibleState.None);
        const mark = this.markNote?.(quote);
        item.description = `line ${line}${quote.attribution === 'continuation' ? ' · continues' : ''}${mark ? ` · ${mark}` : ''}`;
        item.tooltip = new vscode.MarkdownString().appendText(`${quote.text}\n\n${file.id}, line ${line}`);
        item.iconPath = new vscode.ThemeIcon('quote');
        item.command = { command: REVEAL_COMMAND, title: 'Show the quotation', arguments: [file.uri, quote.start, quote.end] };
        break;
      }
    }
    item.id = this.idOf(node);
    return item;
  }

  /** The tree as plain data, `depth` levels deep (tests). */
  snapshot(depth = 3): SnapshotNode[] {
    const walk = (node: Node | undefined, level: number): SnapshotNode[] =>
      this.getChildren(node).map((child) => {
        const item = this.getTreeItem(child);
        const label = typeof item.label === 'string' ? item.label : (item.label?.label ?? '');
        const out: SnapshotNode = { label, description: typeof item.description === 'string' ? item.description : undefined };
        if (level + 1 < depth && item.collapsibleState !== vscode.TreeItemCollapsibleState.None) out.children = walk(child, level + 1);
        return out;
      });
    return walk(undefined, 0);
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    this.changeEmitter.dispose();
  }
}
