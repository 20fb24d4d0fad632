// A file system in memory, registered by the web suite under its own scheme: a virtual workspace
// as github.dev has, and one that cannot rename (as the browser's File System Access renames only
// by copying), so a test sees that the extension never needs a rename there.
import * as vscode from 'vscode';

export class MemoryFileSystem implements vscode.FileSystemProvider {
  private readonly files = new Map<string, { data: Uint8Array; mtime: number }>();
  private readonly folders = new Set<string>(['/']);
  private readonly changed = new vscode.EventEmitter<vscode.FileChangeEvent[]>();
  readonly onDidChangeFile = this.changed.event;
  /** Every operation asked of it, in order ("write /a", "rename /a /b" …). */
  readonly calls: string[] = [];

  watch(): vscode.Disposable {
    return new vscode.Disposable(() => undefined);
  }

  stat(uri: vscode.Uri): vscode.FileStat {
    const file = this.files.get(uri.path);
    if (file) return { type: vscode.FileType.File, ctime: 0, mtime: file.mtime, size: file.data.length };
    if (this.folders.has(uri.path)) return { type: vscode.FileType.Directory, ctime: 0, mtime: 0, size: 0 };
    throw vscode.FileSystemError.FileNotFound(uri);
  }

  readDirectory(uri: vscode.Uri): [string, vscode.FileType][] {
    const prefix = uri.path.endsWith('/') ? uri.path : `${uri.path}/`;
    const direct = (p: string) => p.startsWith(prefix) && p !== prefix && !p.slice(prefix.length).includes('/');
    return [
      ...[...this.folders].filter(direct).map((p): [string, vscode.FileType] => [p.slice(prefix.length), vscode.FileType.Directory]),
      ...[...this.files.keys()].filter(direct).map((p): [string, vscode.FileType] => [p.slice(prefix.length), vscode.FileType.File]),
    ];
  }

  createDirectory(uri: vscode.Uri): void {
    this.folders.add(uri.path);
  }

  readFile(uri: vscode.Uri): Uint8Array {
    const file = this.files.get(uri.path);
    if (!file) throw vscode.FileSystemError.FileNotFound(uri);
    return file.data;
  }

  writeFile(uri: vscode.Uri, content: Uint8Array): void {
    this.calls.push(`write ${uri.path}`);
    const created = !this.files.has(uri.path);
    this.files.set(uri.path, { data: content.slice(), mtime: Date.now() });
    this.changed.fire([{ type: created ? vscode.FileChangeType.Created : vscode.FileChangeType.Changed, uri }]);
  }

  delete(uri: vscode.Uri): void {
    this.calls.push(`delete ${uri.path}`);
    if (!this.files.delete(uri.path)) throw vscode.FileSystemError.FileNotFound(uri);
    this.changed.fire([{ type: vscode.FileChangeType.Deleted, uri }]);
  }

  rename(from: vscode.Uri, to: vscode.Uri): void {
    this.calls.push(`rename ${from.path} ${to.path}`);
    throw vscode.FileSystemError.NoPermissions('this file system cannot rename');
  }
}
