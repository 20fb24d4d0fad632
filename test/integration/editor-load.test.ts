// A 400 KB article must not block the extension host: every other extension shares its thread.
// The probe (event-loop-probe.ts) times the host's event loop while the article opens and while
// someone types in it. The figures are printed (and written for `npm run bench`); the assertions
// are generous bounds on the host thread's own time that catch the engine running on it again
// (it blocked the host for about a second on open and 84-265 ms per keystroke), not a timing
// target.
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { api, checkOpened, openFile, openFileUnchecked, readWorkspaceFile, waitFor, workspaceUri } from './helpers';
import { EventLoopProbe, mergeStats, perKeystroke, type BlockStats, type PerKeystroke } from './event-loop-probe';
import { suiteFile } from './isolation';

const TARGET_BYTES = 400 * 1024;
const KEYSTROKES = 30;
const KEY_INTERVAL_MS = 100;
/** How long VS Code keeps asking the providers after the text settles (tokens, hints, outline). */
const SETTLE_MS = 2000;

/** An inspector session on this thread, and a promise-returning way to send it a command. */
async function inspectorSession(): Promise<{ post: (method: string, params?: object) => Promise<unknown>; disconnect: () => void }> {
  const inspector = await import('node:inspector');
  const session = new inspector.Session();
  session.connect();
  const post = (method: string, params?: object) =>
    new Promise<unknown>((resolve, reject) => session.post(method, params ?? {}, (e, r) => (e ? reject(e) : resolve(r))));
  return { post, disconnect: () => session.disconnect() };
}

/** Starts the V8 profiler on this thread; the returned function writes the .cpuprofile. */
async function startProfile(): Promise<(file: string) => Promise<void>> {
  const { post, disconnect } = await inspectorSession();
  await post('Profiler.enable');
  await post('Profiler.setSamplingInterval', { interval: 200 });
  await post('Profiler.start');
  const startedAt = performance.now();
  return async (file) => {
    // Where each phase began, in seconds from the profile's start (for profile-blocks.mjs --from/--to).
    console.log(`      (profile: ${marks.map(([name, at]) => `${name} at ${((at - startedAt) / 1000).toFixed(2)} s`).join(', ')})`);
    const { profile } = (await post('Profiler.stop')) as { profile: unknown };
    fs.writeFileSync(file, JSON.stringify(profile));
    disconnect();
  };
}

/**
 * Starts V8's sampling heap profiler on this thread: who allocates while the article opens (the
 * garbage those allocations leave is what the collector's pauses clean). The returned function
 * writes the .heapprofile (Chrome's DevTools and speedscope read it).
 */
async function startHeapProfile(): Promise<(file: string) => Promise<void>> {
  const { post, disconnect } = await inspectorSession();
  await post('HeapProfiler.enable');
  // Every 16 KB allocated, on average; objects collected meanwhile are kept in the profile.
  await post('HeapProfiler.startSampling', { samplingInterval: 16 * 1024, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
  return async (file) => {
    const { profile } = (await post('HeapProfiler.stopSampling')) as { profile: unknown };
    fs.writeFileSync(file, JSON.stringify(profile));
    disconnect();
  };
}

/** Phase starts (performance.now()), for the profile. */
const marks: [string, number][] = [];
/** Phase starts on the system's monotonic clock (s), to read beside a system trace (perf -k CLOCK_MONOTONIC). */
const phasesMonotonic: Record<string, number> = {};
const heaps: string[] = [];
const mark = (name: string) => {
  marks.push([name, performance.now()]);
  phasesMonotonic[name] = Number(process.hrtime.bigint()) / 1e9;
  heaps.push(`${name} ${Math.round(process.memoryUsage().heapUsed / 1e6)} MB`);
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** One pass: open the article, wait for it to settle, type, pause; the probe's figures per phase. */
interface Pass {
  open: BlockStats;
  typing: BlockStats;
  /** The same typing, keystroke by keystroke. */
  keystrokes: PerKeystroke;
  pause: BlockStats;
}

async function typeAndPause(
  doc: vscode.TextDocument,
  editor: vscode.TextEditor,
  probe: EventLoopProbe,
  hooks: { typed: () => void; settled: () => Promise<void> },
): Promise<Omit<Pass, 'open'>> {
  // Keystrokes closer together than the debounce: what each keystroke costs the host.
  const line = Math.floor(doc.lineCount / 2);
  mark(`typing (${doc.languageId})`);
  probe.take();
  const windows: BlockStats[] = [];
  for (let i = 0; i < KEYSTROKES; i++) {
    assert.ok(await editor.edit((e) => e.insert(doc.lineAt(line).range.end, i % 6 === 5 ? ' ' : 'x')));
    await sleep(KEY_INTERVAL_MS);
    windows.push(probe.take());
  }
  const typing = mergeStats(windows);
  const keystrokes = perKeystroke(windows);
  hooks.typed();
  mark(`pause (${doc.languageId})`);
  // Then the pause: the analysis lands and every feature updates.
  await hooks.settled();
  await sleep(SETTLE_MS);
  return { typing, keystrokes, pause: probe.take() };
}

/**
 * The same text as plain text, which no extension of ours looks at: what VS Code and its
 * built-in extensions cost the host by themselves for a document this size.
 */
async function plainTextPass(probe: EventLoopProbe): Promise<Pass> {
  probe.take();
  mark('opening (plaintext)');
  const { doc, editor } = await openFileUnchecked('scratch', 'big.txt');
  assert.strictEqual(doc.languageId, 'plaintext', 'the baseline is a plain-text document');
  await sleep(SETTLE_MS);
  const open = probe.take();
  await checkOpened(doc);
  const rest = await typeAndPause(doc, editor, probe, { typed: () => {}, settled: async () => {} });
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  return { open, ...rest };
}

describe('editor load: a 400 KB article', function () {
  this.timeout(240_000);
  let paragraphs = 0;
  let article: string | undefined;
  const bigArticle = async (): Promise<string> => {
    if (article !== undefined) return article;
    const seeds = (await vscode.workspace.fs.readDirectory(workspaceUri())).map(([name]) => name).filter((n) => /^00[1-4]_.*\.txt$/.test(n)).sort();
    assert.strictEqual(seeds.length, 4, `the seeds 001-004 in the workspace: ${seeds.join(', ')}`);
    const body: string[] = [];
    for (const name of seeds) {
      const text = await readWorkspaceFile(name);
      body.push(...text.split(/\r?\n/).slice(1, -1).map((p) => p.trim()).filter((p) => p.length > 0));
    }
    assert.ok(body.length > 20, `paragraphs from the seeds: ${body.length}`);
    const out = ['A long article for the editor-load test'];
    let size = out[0].length;
    // Numbered so that no two paragraphs are the same (the engine caches by paragraph text).
    for (let i = 0; size < TARGET_BYTES; i++) {
      const p = `${body[i % body.length]} [${i + 1}]`;
      out.push(p);
      size += Buffer.byteLength(p) + 2;
    }
    paragraphs = out.length;
    article = out.join('\n\n') + '\n';
    return article;
  };
  suiteFile('scratch/big.news', bigArticle);
  suiteFile('scratch/big.txt', bigArticle);

  it('opening it and typing in it keep the extension host free', async () => {
    const ext = await api();
    const { analyses } = ext;
    /** The extension's own longest synchronous run (the probe sees every extension's). */
    const ours = () => {
      const all = Object.entries(ext.takeTimings()).sort((a, b) => b[1].longestMs - a[1].longestMs);
      const top = all[0];
      const runs = (t: { runs: number }) => (t.runs > 1 ? ` ×${t.runs}` : '');
      const cpu = all.reduce((a, b) => (b[1].longestCpuMs > (a?.[1].longestCpuMs ?? -1) ? b : a), all[0]);
      return {
        longestMs: top ? Math.round(top[1].longestMs * 10) / 10 : 0,
        in: top ? `${top[0]}${runs(top[1])}` : '',
        /** The most CPU time one run of ours took (its wall-clock time also counts waiting for a core); -1: unknown. */
        longestCpuMs: cpu ? Math.round(cpu[1].longestCpuMs * 10) / 10 : 0,
        cpuIn: cpu ? cpu[0] : 'nothing ran',
        next: all.slice(1, 4).map(([k, t]) => `${k} ${t.longestMs.toFixed(1)}${runs(t)}`),
      };
    };
    assert.strictEqual(analyses.engineRunsIn, 'worker', 'the engine runs in its worker thread');
    const probe = new EventLoopProbe();
    const profile = process.env.NEWS_ANNOTATOR_LOAD_PROFILE ? await startProfile() : undefined;
    probe.start();
    try {
      // Wait until the host is quiet (VS Code indexing the files this suite wrote, other suites'
      // work winding down): a second with no block over 10 ms, for at most 15 s.
      let idle = probe.take();
      for (let waited = 0; waited < 15_000; waited += 1000) {
        await sleep(1000);
        idle = probe.take();
        if (idle.longestMs < 10) break;
      }
      ours();

      // The article first, so that VS Code's own first-time costs for a large document count against it.
      const heapProfile = process.env.NEWS_ANNOTATOR_LOAD_HEAP_PROFILE ? await startHeapProfile() : undefined;
      const t0 = Date.now();
      mark('opening (news-article)');
      const { doc, editor } = await openFileUnchecked('scratch', 'big.news');
      const opened = await analyses.resultOf(doc);
      assert.ok(opened && opened.quotes.length > 500, `analysed: ${opened?.quotes.length} quotations`);
      const firstResultMs = Date.now() - t0;
      await sleep(SETTLE_MS);
      const open = probe.take();
      const oursOpen = ours();
      await checkOpened(doc);
      if (heapProfile && process.env.NEWS_ANNOTATOR_LOAD_HEAP_PROFILE) await heapProfile(process.env.NEWS_ANNOTATOR_LOAD_HEAP_PROFILE);
      let oursTyping = ours();
      const runsBefore = analyses.runsOf(doc);
      let runsWhileTyping = 0;
      const { typing, keystrokes, pause } = await typeAndPause(doc, editor, probe, {
        typed: () => {
          oursTyping = ours();
          runsWhileTyping = analyses.runsOf(doc) - runsBefore;
        },
        settled: async () => {
          const typed = await analyses.resultOf(doc);
          assert.ok(typed?.paragraphs?.some((p) => p.text.includes('xxxxx')), 'the typed text is in the analysis');
        },
      });
      const oursPause = ours();
      await vscode.window.showTextDocument(doc);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');

      const plain = await plainTextPass(probe);
      const oursPlain = ours();

      // The article again, now that VS Code's built-in extensions are started and this
      // extension's code is compiled: what opening costs in a session already under way.
      probe.take();
      mark('opening again (news-article)');
      const again = await openFileUnchecked('scratch', 'big.news');
      assert.ok((await analyses.resultOf(again.doc))?.quotes.length, 'analysed again');
      await sleep(SETTLE_MS);
      const openAgain = probe.take();
      const oursOpenAgain = ours();
      await checkOpened(again.doc);

      const report = { articleBytes: Buffer.byteLength(doc.getText()), paragraphs, quotes: opened.quotes.length, firstResultMs, idle, open, typing, keystrokes, pause, openAgain, oursOpen, oursTyping, oursPause, oursOpenAgain, plain, oursPlain, keystrokeCount: KEYSTROKES, engine: analyses.engineRunsIn, hostPid: process.pid, phasesMonotonic };
      const gc = (b: BlockStats) => `${b.longestCpuMs >= 0 ? `; the longest ran ${b.longestCpuMs} ms on the thread${b.longestQueuedMs >= 0 ? ` and waited ${b.longestQueuedMs} ms for a core` : ''}; longest run ${b.longestRunMs} ms` : ''}${b.longestGcMs ? `; longest GC pause ${b.longestGcMs} ms, ${b.longestGcKind}` : ''}`;
      const keys = (k: PerKeystroke) => `per keystroke median ${k.medianMs} / 90th percentile ${k.p90Ms} / worst ${k.maxMs} ms${k.maxRunMs >= 0 ? `, the thread's own run ${k.medianRunMs} / ${k.p90RunMs} / ${k.maxRunMs} ms` : ''}`;
      const line = (name: string, p: Pass) =>
        `${name}: opening ${p.open.longestMs} ms (${p.open.over5} blocks over 5 ms${gc(p.open)}); typing ${KEYSTROKES} keys ${p.typing.longestMs} ms (${p.typing.over5} over 5 ms${gc(p.typing)}; ${keys(p.keystrokes)}); after the pause ${p.pause.longestMs} ms (${p.pause.over5} over 5 ms${gc(p.pause)})`;
      console.log(`      (extension host, longest block, idle ${idle.longestMs} ms in the last second before opening; ${line(`the ${report.articleBytes}-byte article`, { open, typing, keystrokes, pause })}; first result in ${firstResultMs} ms; opening it again ${openAgain.longestMs} ms (${openAgain.over5} over 5 ms${gc(openAgain)}))`);
      console.log(`      (${line('the same text as plain text, which this extension does not analyse', plain)})`);
      const cpuOf = (o: ReturnType<typeof ours>) => (o.longestCpuMs >= 0 ? `${o.longestCpuMs} ms (${o.cpuIn})` : 'unknown');
      console.log(`      (this extension's most CPU time in one run: opening ${cpuOf(oursOpen)}, typing ${cpuOf(oursTyping)}, after the pause ${cpuOf(oursPause)}, opening again ${cpuOf(oursOpenAgain)})`);
      console.log(`      (this extension's longest synchronous work: opening ${oursOpen.longestMs} ms in ${oursOpen.in} (then ${oursOpen.next.join(', ')}); typing ${oursTyping.longestMs} ms in ${oursTyping.in} (then ${oursTyping.next.join(', ')}); after the pause ${oursPause.longestMs} ms in ${oursPause.in}; during the plain-text pass ${oursPlain.longestMs} ms; opening again ${oursOpenAgain.longestMs} ms in ${oursOpenAgain.in})`);
      console.log(`      (heap used: ${heaps.join(', ')})`);
      const out = process.env.NEWS_ANNOTATOR_LOAD_REPORT;
      if (out) fs.writeFileSync(out, JSON.stringify(report, null, 2));
      // The bounds hold the host thread's own time in one block where Node tells it: on a loaded
      // machine a block's length is mostly the thread waiting for a core (in CI once 288 ms, of
      // which it ran 0.5 ms), which says nothing of this extension. The engine on the host's
      // thread would run there for about a second at once.
      const held = (b: BlockStats) => (b.longestRunMs >= 0 ? b.longestRunMs : b.longestMs);
      const what = (b: BlockStats) => `${held(b)} ms${b.longestRunMs >= 0 ? ` of its own time (the longest block ${b.longestMs} ms)` : ''}`;
      assert.ok(held(open) < 250, `opening kept the host's thread busy for ${what(open)}`);
      assert.ok(held(typing) < 100, `typing kept the host's thread busy for ${what(typing)}`);
      assert.ok(held(pause) < 250, `the analysis after typing kept the host's thread busy for ${what(pause)}`);
      assert.ok(oursPlain.longestMs < 5, `this extension worked ${oursPlain.longestMs} ms on a document it does not analyse (${oursPlain.in})`);
      // While someone types faster than the debounce, this extension only re-arms it: its own
      // work per keystroke stays under the 5 ms a keystroke may cost (VS Code's own share is
      // measured above). On a machine so loaded that keystrokes came slower than the debounce,
      // analyses landed between them, and their work is not a keystroke's.
      if (runsWhileTyping === 0) assert.ok(oursTyping.longestMs < 5, `this extension worked ${oursTyping.longestMs} ms at once while typing (${oursTyping.in})`);
      else console.log(`      (${runsWhileTyping} analyses ran between keystrokes, slower than the debounce here: this extension's work while typing is not checked)`);
    } finally {
      probe.stop();
      if (profile && process.env.NEWS_ANNOTATOR_LOAD_PROFILE) await profile(process.env.NEWS_ANNOTATOR_LOAD_PROFILE);
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    }
  });
  it('a long article gets CodeLenses only near what the editor shows, and they follow a scroll', async () => {
    const { doc, editor } = await openFile('scratch', 'big.news');
    const result = await (await api()).analyses.resultOf(doc);
    assert.ok(result && result.quotes.length > 300, `a long article: ${result?.quotes.length} quotations`);
    const lensLines = async () =>
      ((await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', doc.uri)) ?? []).map((l) => l.range.start.line);
    const near = (lines: number[], around: readonly vscode.Range[]) =>
      lines.every((l) => around.some((r) => l >= r.start.line - 150 && l <= r.end.line + 150));
    const top = await lensLines();
    assert.ok(top.length > 0, 'lenses near the top');
    assert.ok(near(top, editor.visibleRanges), `lenses only near the visible lines ${editor.visibleRanges.map((r) => `${r.start.line}-${r.end.line}`).join(', ')}: ${Math.min(...top)}-${Math.max(...top)}`);
    const quotesOnScreen = result.quotes.filter((q) => doc.positionAt(q.start).line <= editor.visibleRanges[0].end.line + 150).length;
    assert.ok(top.length < result.quotes.length * 6 && top.length >= quotesOnScreen * 6, `six lenses for each quotation near the top (${quotesOnScreen}), not for all: ${top.length}`);

    const middle = Math.floor(doc.lineCount / 2);
    editor.revealRange(new vscode.Range(middle, 0, middle, 0), vscode.TextEditorRevealType.InCenter);
    await waitFor(() => editor.visibleRanges.some((r) => r.start.line <= middle && r.end.line >= middle), { message: 'the middle of the article on screen' });
    let moved: number[] = [];
    await waitFor(async () => {
      moved = await lensLines();
      return moved.length > 0 && moved.some((l) => Math.abs(l - middle) < 150) && near(moved, editor.visibleRanges);
    }, { message: 'lenses around the middle after the scroll' });
    assert.ok(!moved.some((l) => l < 150), 'no lenses left at the top');
  });
});
