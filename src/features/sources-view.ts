// The News Sources view (Explorer): every person quoted in the workspace's articles, with how
// often and in how many articles, expanding to their quotations grouped by file; or, toggled from
// the view's title bar, the articles expanding to their speakers and quotations. A click on a
// quotation reveals it in its file. The index starts when the view first becomes visible.
import * as vscode from 'vscode';
import { IndexedFile, MergedPerson, QuoteRef } from '../workspace/index-model';
import { REVEAL_COMMAND } from './hover';
import { Logger } from './logger';
import { WorkspaceIndex } from './workspace-index';

export const SOURCES_VIEW = 'newsAnnotator.sources';
export const GROUP_CONTEXT = 'newsAnnotator.sourcesGroupBy';
export const INDEXED_CONTEXT = 'newsAnnotator.sourcesIndexed';
export const SOURCES_COMMANDS = {
  groupByFile: 'newsAnnotator.sources.groupByFile',
  groupBySpeaker: 'newsAnnotator.sources.groupBySpeaker',
  refresh: 'newsAnnotator.sources.refresh',
  cancel: 'newsAnnotator.sources.cancelIndexing',
} as const;

export type GroupBy = 'speaker' | 'file';

type Node =
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

  constructor(
    private readonly index: WorkspaceIndex,
    private readonly log: Logger,
  ) {
    this.view = vscode.window.createTreeView(SOURCES_VIEW, { treeDataProvider: this, showCollapseAll: true });
    void vscode.commands.executeCommand('setContext', GROUP_CONTEXT, this.groupBy);
    this.subscriptions.push(
      this.view,
      this.view.onDidChangeVisibility((e) => {
        if (e.visible) this.start();
      }),
      index.onDidChange(() => this.refresh()),
      index.onDidProgress((p) => {
        this.progress = p;
        this.updateMessage();
      }),
      vscode.commands.registerCommand(SOURCES_COMMANDS.groupByFile, () => this.setGroupBy('file')),
      vscode.commands.registerCommand(SOURCES_COMMANDS.groupBySpeaker, () => this.setGroupBy('speaker')),
      vscode.commands.registerCommand(SOURCES_COMMANDS.refresh, () => this.rescan()),
      vscode.commands.registerCommand(SOURCES_COMMANDS.cancel, () => index.cancel()),
    );
    if (this.view.visible) this.start();
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
    void work.then(() => vscode.commands.executeCommand('setContext', INDEXED_CONTEXT, true));
  }

  setGroupBy(groupBy: GroupBy): void {
    this.groupBy = groupBy;
    void vscode.commands.executeCommand('setContext', GROUP_CONTEXT, groupBy);
    this.refresh();
  }

  refresh(): void {
    this.updateMessage();
    this.changeEmitter.fire(undefined);
  }

  private updateMessage(): void {
    const people = this.index.model.quotedPeople().length;
    const files = this.index.model.size;
    this.view.description = this.index.isStarted ? `${plural(people, 'person')} · ${plural(files, 'article')}` : undefined;
    this.view.message = this.progress && this.progress.total ? `Indexing articles: ${this.progress.done} of ${this.progress.total}…` : undefined;
  }

  getChildren(node?: Node): Node[] {
    return this.log.guard('News Sources view', [], () => this.children(node));
  }

  private children(node?: Node): Node[] {
    const model = this.index.model;
    if (!node) {
      if (!this.index.isStarted) return [];
      if (this.groupBy === 'speaker') return model.quotedPeople().map((person) => ({ kind: 'person', person }));
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
    switch (node.kind) {
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
        item.description = `line ${line}${quote.attribution === 'continuation' ? ' · continues' : ''}`;
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
