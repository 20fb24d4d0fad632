// The desktop entry (package.json "main", bundled to dist/extension.js): the shared activation
// with the Node extension host's platform.
import type * as vscode from 'vscode';
import { activateWith, NewsAnnotatorApi } from './extension';
import { nodePlatform } from './features/platform-node';

export { analyze, deactivate, LANGUAGE_ID } from './extension';

export function activate(context: vscode.ExtensionContext): NewsAnnotatorApi {
  return activateWith(context, nodePlatform);
}
