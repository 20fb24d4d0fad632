// The Verification view (Explorer, below News Sources): the workspace's quotations grouped by
// their check — Disputed, Needs check, Not checked, Verified — each with its count, the orphaned
// marks, and sidecars that cannot be read. The title says what is left ("12 to check"). The
// filter command shows only what still needs work (not checked, needs check, disputed, orphans).
// It reads the workspace index (whose results already carry the corrections) and the marks store.
import * as vscode from 'vscode';
import { Mark, MarkStatus, QuoteVerification, VerifiedResult } from '../verification';
import { IndexedFile, lineOf } from '../workspace/index-model';
import { REVEAL_COMMAND } from './hover';
import { Logger } from './logger';
import { previewOf, SnapshotNode } from './sources-view';
import { STATUS_LABEL } from './verification-hover';
import { VerificationStore } from './verification-store';
import { WorkspaceIndex } from './workspace-index';

export const VERIFICATION_VIEW = 'newsAnnotator.verification';
export const FILTER_CONTEXT = 'newsAnnotator.verificationFilter';
export const VERIFICATION_VIEW_COMMANDS = {
  showUnchecked: 'newsAnnotator.verification.showUnchecked',
  showAll: 'newsAnnotator.verification.showAll',
} as const;

type GroupKey = MarkStatus | 'unchecked' | 'orphaned';

interface Entry {
  file: IndexedFile;
  line: number;
  start: number;
  end: number;
  text: string;
  verification: QuoteVerification | null;
}

type OrphanNode = { kind: 'orphan'; file: IndexedFile; mark: Mark };
type Node =
  /** A status, with its quotations; or the orphaned marks (`entries` empty, `orphans` set). */
  | { kind: 'group'; key: GroupKey; entries: Entry[]; orphans?: OrphanNode[] }
  | { kind: 'quote'; key: GroupKey; entry: Entry }
  | OrphanNode
  | { kind: 'unreadable'; uri: vscode.Uri; message: string; line: number };

const GROUP_LABEL: Record<GroupKey, string> = { ...STATUS_LABEL, unchecked: 'Not checked', orphaned: 'Orphaned marks' };
const GROUP_ICON: Record<GroupKey, [string, string]> = {
  verified: ['pass', 'newsAnnotator.verification.verifiedBorder'],
  'needs-check': ['question', 'newsAnnotator.verification.needsCheckBorder'],
  disputed: ['warning', 'newsAnnotator.verification.disputedBorder'],
  unchecked: ['circle-large-outline', ''],
  orphaned: ['debug-disconnect', ''],
};
/** The order of the groups: what needs work first. */
const GROUP_ORDER: readonly GroupKey[] = ['disputed', 'needs-check', 'unchecked', 'verified'];
const STILL_TO_DO = new Set<GroupKey>(['disputed', 'needs-check', 'unchecked', 'orphaned']);

export class VerificationView implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changeEmitter = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changeEmitter.event;
  readonly view: vscode.TreeView<Node>;
  private onlyToDo = false;
  private roots: Node[] = [];
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(
    private readonly index: WorkspaceIndex,
    private readonly store: VerificationStore,
    private readonly log: Logger,
  ) {
    this.view = vscode.window.createTreeView(VERIFICATION_VIEW, { treeDataProvider: this, showCollapseAll: true });
    void vscode.commands.executeCommand('setContext', FILTER_CONTEXT, 'all');
    this.subscriptions.push(
      this.view,
      this.view.onDidChangeVisibility((e) => e.visible && void this.start()),
      index.onDidChange(() => this.refresh()),
      store.onDidChange(() => this.refresh()),
      vscode.commands.registerCommand(VERIFICATION_VIEW_COMMANDS.showUnchecked, () => this.setFilter(true)),
      vscode.commands.registerCommand(VERIFICATION_VIEW_COMMANDS.showAll, () => this.setFilter(false)),
    );
    if (this.view.visible) void this.start();
    this.refresh();
  }

  /** Indexes the workspace and reads every article's sidecar (each read re-indexes its article). */
  async start(): Promise<void> {
    await this.index.ensureStarted();
    await Promise.all(this.index.model.all().map((f) => this.store.ensureLoaded(vscode.Uri.parse(f.uri))));
    await this.index.whenIndexed();
    this.refresh(true);
  }

  get filtered(): boolean {
    return this.onlyToDo;
  }

  setFilter(onlyToDo: boolean): void {
    this.onlyToDo = onlyToDo;
    void vscode.commands.executeCommand('setContext', FILTER_CONTEXT, onlyToDo ? 'toDo' : 'all');
    this.refresh(true);
  }

  /** Rebuilds the tree; while the view is hidden, only when forced (it is rebuilt when shown). */
  refresh(force = false): void {
    if (!force && !this.view.visible) return;
    this.log.guard('Verification view', undefined, () => {
      const { roots, toCheck, disputed } = this.build();
      this.roots = roots;
      this.view.description = `${toCheck} to check${disputed ? ` · ${disputed} disputed` : ''}${this.onlyToDo ? ' · filtered' : ''}`;
      this.changeEmitter.fire(undefined);
    });
  }

  private build(): { roots: Node[]; toCheck: number; disputed: number } {
    const groups = new Map<GroupKey, Entry[]>(GROUP_ORDER.map((k) => [k, []]));
    const orphans: OrphanNode[] = [];
    if (this.index.isStarted) {
      for (const file of this.index.model.all()) {
        const verified: VerifiedResult | undefined = this.store.verificationOfShown(file.result);
        file.result.quotes.forEach((q, i) => {
          const verification = verified?.verifications[i] ?? null;
          const entry: Entry = { file, line: lineOf(file.lineStarts, q.start), start: q.start, end: q.end, text: q.text, verification };
          groups.get(verification?.status ?? 'unchecked')?.push(entry);
        });
        for (const mark of verified?.orphans ?? []) orphans.push({ kind: 'orphan', file, mark });
      }
    }
    const roots: Node[] = GROUP_ORDER.filter((k) => !this.onlyToDo || STILL_TO_DO.has(k)).map((key) => ({ kind: 'group', key, entries: groups.get(key) ?? [] }));
    if (orphans.length) roots.push({ kind: 'group', key: 'orphaned', entries: [], orphans });
    for (const known of this.store.known()) {
      if (known.error) roots.push({ kind: 'unreadable', uri: known.article, message: known.error.message, line: known.error.line });
    }
    const count = (k: GroupKey) => groups.get(k)?.length ?? 0;
    return { roots, toCheck: count('unchecked') + count('needs-check'), disputed: count('disputed') };
  }

  getChildren(node?: Node): Node[] {
    return this.log.guard('Verification view', [], () => {
      if (!node) return this.roots;
      if (node.kind !== 'group') return [];
      if (node.orphans) return node.orphans;
      return node.entries.map((entry) => ({ kind: 'quote', key: node.key, entry }));
    });
  }

  getTreeItem(node: Node): vscode.TreeItem {
    switch (node.kind) {
      case 'group': {
        const n = node.orphans?.length ?? node.entries.length;
        const item = new vscode.TreeItem(GROUP_LABEL[node.key], n ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
        item.description = String(n);
        const [icon, color] = GROUP_ICON[node.key];
        item.iconPath = new vscode.ThemeIcon(icon, color ? new vscode.ThemeColor(color) : undefined);
        item.id = `g:${node.key}`;
        return item;
      }
      case 'quote': {
        const { entry } = node;
        const item = new vscode.TreeItem(previewOf(entry.text), vscode.TreeItemCollapsibleState.None);
        const v = entry.verification;
        item.description = `${entry.file.id}:${entry.line}${v ? ` · ${v.by}` : ''}${v?.correctedSpeaker ? ' · speaker corrected' : ''}`;
        item.tooltip = new vscode.MarkdownString().appendText(`${entry.text}\n\n${entry.file.id}, line ${entry.line}${v?.note ? `\n\nNote: ${v.note}` : ''}`);
        item.command = { command: REVEAL_COMMAND, title: 'Show the quotation', arguments: [entry.file.uri, entry.start, entry.end] };
        item.id = `q:${node.key}|${entry.file.uri}|${entry.start}`;
        return item;
      }
      case 'orphan': {
        const item = new vscode.TreeItem(previewOf(node.mark.anchor.quote), vscode.TreeItemCollapsibleState.None);
        item.description = `${node.file.id} · ${STATUS_LABEL[node.mark.status]} · ${node.mark.by}`;
        item.tooltip = 'The quotation of this mark was not found after edits. Use the quick fix on the Problems entry to re-attach or delete it.';
        item.iconPath = new vscode.ThemeIcon('debug-disconnect');
        const at = Math.max(0, node.mark.anchor.offset);
        item.command = { command: REVEAL_COMMAND, title: 'Show where the mark was', arguments: [node.file.uri, at, at] };
        item.id = `o:${node.file.uri}|${node.mark.id}`;
        return item;
      }
      case 'unreadable': {
        const item = new vscode.TreeItem(`${vscode.workspace.asRelativePath(node.uri)}.sources.json cannot be read`, vscode.TreeItemCollapsibleState.None);
        item.description = `line ${node.line}`;
        item.tooltip = node.message;
        item.iconPath = new vscode.ThemeIcon('error');
        item.id = `e:${node.uri.toString()}`;
        return item;
      }
    }
  }

  /** The tree as plain data, two levels deep (tests). */
  snapshot(): SnapshotNode[] {
    const plain = (node: Node): SnapshotNode => {
      const item = this.getTreeItem(node);
      return { label: typeof item.label === 'string' ? item.label : (item.label?.label ?? ''), description: typeof item.description === 'string' ? item.description : undefined };
    };
    return this.getChildren().map((root) => ({ ...plain(root), children: this.getChildren(root).map(plain) }));
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    this.changeEmitter.dispose();
  }
}
