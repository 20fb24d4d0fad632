// Settings from the client: asked with workspace/configuration (section "newsAnnotator") when the
// client can answer, else taken from the initialization options or the didChangeConfiguration
// payload. Clients send the section as nested objects ({ diagnostics: { unattributedQuote } })
// or with dotted keys ({ "diagnostics.unattributedQuote": ... }): both are read.
import { Connection } from 'vscode-languageserver/node';
import { SECTION, Settings, settingsFrom } from '../presentation/settings';

/** A dotted key's value in a settings object, nested or flat. */
export function valueAt(section: unknown, key: string): unknown {
  if (!section || typeof section !== 'object') return undefined;
  const obj = section as Record<string, unknown>;
  if (key in obj) return obj[key];
  const dot = key.indexOf('.');
  return dot < 0 ? undefined : valueAt(obj[key.slice(0, dot)], key.slice(dot + 1));
}

/** The "newsAnnotator" section of a settings payload that may or may not be wrapped in it. */
export function sectionOf(payload: unknown): unknown {
  const wrapped = valueAt(payload, SECTION);
  return wrapped !== undefined ? wrapped : payload;
}

export function settingsOf(section: unknown): Settings {
  return settingsFrom((key) => valueAt(section, key));
}

/** Asks the client for the section; a client that fails to answer leaves the defaults. */
export async function fetchSettings(connection: Connection): Promise<Settings> {
  return settingsOf(await connection.workspace.getConfiguration(SECTION));
}
