// The browser entry (package.json "browser", bundled to dist/web/extension.js) for the web worker
// extension host of vscode.dev and github.dev: the shared activation with the web platform. No
// Node built-in may be reached from here (esbuild.mjs and .dependency-cruiser.cjs check it).
import type * as vscode from 'vscode';
import { activateWith, NewsAnnotatorApi } from './extension';
import { webPlatform } from './features/platform-web';

export { analyze, deactivate, LANGUAGE_ID } from './extension';

export function activate(context: vscode.ExtensionContext): NewsAnnotatorApi {
  return activateWith(context, webPlatform);
}
