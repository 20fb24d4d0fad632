// The extension's settings from VS Code's configuration (section "newsAnnotator"); what they
// mean and how raw values are checked lives in presentation/settings.ts, shared with the
// language server.
import * as vscode from 'vscode';
import { SECTION, Settings, settingsFrom } from '../presentation/settings';

export { acceptedQuoteKey, SECTION } from '../presentation/settings';
export type { Settings, SeverityOption } from '../presentation/settings';

export function readSettings(scope?: vscode.ConfigurationScope): Settings {
  const c = vscode.workspace.getConfiguration(SECTION, scope);
  return settingsFrom((key) => c.get<unknown>(key));
}
