#!/usr/bin/env node
// Screenshots of the extension at work in a real VS Code (the local web VS Code, headless
// Chromium), for the README and for looking at what a person sees.
//
// usage: node test/harness/screenshot.mjs [--file NAME] [--word WORD] [--out DIR]
//          [--shots editor,hover,outline,problems] [--workspace DIR]
//          [--expect-hover TEXT] [--expect-outline TEXT] [--expect-problem TEXT]
//          [--width 1280 --height 800] [--theme "Default Light Modern"]
//   --file       file of the workspace to open (default: the first seed article)
//   --word       word to hover (default: "said")
//   --out        folder for the PNGs (default: /tmp/shots): editor.png, hover.png, outline.png,
//                problems.png
//   --workspace  folder to open (default: seeds/; a temporary copy is opened)
//   --expect-*   fail (exit 1) unless the hover / Outline / Problems show TEXT
// Needs `npm run build` first (dist/extension.js).
/* global document, NodeFilter */ // (in page.evaluate)
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  copyWorkspace, ensureInstalled, killGroupNow, launchBrowser, makeRunDir, parseArgs, removeRunDir,
  repoRoot, startServer, workbenchUrl, writeSettings,
} from './vscode-web.mjs';

const args = parseArgs(process.argv.slice(2));
const outDir = path.resolve(String(args.out || '/tmp/shots'));
const sourceWorkspace = path.resolve(String(args.workspace || path.join(repoRoot, 'seeds')));
const file = String(args.file || fs.readdirSync(sourceWorkspace).filter((f) => !f.startsWith('.')).sort()[0]);
const word = String(args.word || 'said');
const shots = String(args.shots || 'editor,hover,outline,problems').split(',');
const viewport = { width: Number(args.width || 1280), height: Number(args.height || 800) };
const isMac = process.platform === 'darwin';
const mod = isMac ? 'Meta' : 'Control';
const say = (m) => console.log(`[screenshot] ${m}`);
const problems = [];

let server = null;
const runDir = makeRunDir('nsa-shot-');
process.on('exit', () => { if (server) killGroupNow(server.pid); });

/** Polls `fn` until it returns truthy or the deadline passes (then returns undefined). */
async function poll(fn, timeoutMs, intervalMs = 250) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn().catch(() => undefined);
    if (v) return v;
    if (Date.now() > deadline) return undefined;
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

async function visible(page, selector, timeoutMs) {
  return poll(async () => page.locator(selector).first().isVisible(), timeoutMs, 100);
}

/** Opens the quick input with `keys` (retrying while the workbench binds its keys), types `text`, Enter. */
async function quickInput(page, keys, text, { pick } = {}) {
  const widget = '.quick-input-widget';
  const opened = await poll(async () => {
    await page.keyboard.press('Escape');
    await page.keyboard.press(keys);
    return visible(page, widget, 1500);
  }, 20_000, 0);
  if (!opened) throw new Error(`the quick input did not open with ${keys}`);
  await page.keyboard.type(text, { delay: 10 });
  if (pick) {
    const row = page.locator(`${widget} .monaco-list-row`, { hasText: pick }).first();
    await row.waitFor({ state: 'visible', timeout: 15_000 });
  } else {
    await page.locator(`${widget} .monaco-list-row`).first().waitFor({ state: 'visible', timeout: 15_000 });
  }
  await page.keyboard.press('Enter');
  await poll(async () => !(await page.locator(widget).first().isVisible()), 5000, 100);
}

const runCommand = (page, label) => quickInput(page, `${mod}+Shift+P`, label, { pick: label });

/** Centre of the first occurrence of `w` as a whole word in the editor's rendered lines. */
async function wordPosition(page, w) {
  return page.evaluate((needle) => {
    const lines = document.querySelector('.monaco-editor .view-lines');
    if (!lines) return null;
    const walker = document.createTreeWalker(lines, NodeFilter.SHOW_TEXT);
    const re = new RegExp(`(^|[^\\p{L}\\p{N}])${needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=$|[^\\p{L}\\p{N}])`, 'u');
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const m = re.exec((n.textContent || '').replace(/\u00a0/g, ' '));
      if (!m) continue;
      const range = document.createRange();
      const start = m.index + m[1].length;
      range.setStart(n, start);
      range.setEnd(n, start + needle.length);
      const r = range.getBoundingClientRect();
      if (r.width > 0) return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    }
    return null;
  }, w);
}

async function shoot(page, name) {
  const p = path.join(outDir, `${name}.png`);
  await page.screenshot({ path: p });
  say(`saved ${p}`);
}

async function expectText(page, selector, text, what) {
  if (!text) return;
  const found = await poll(async () => (await page.locator(selector).first().innerText()).includes(text), 10_000);
  if (!found) problems.push(`${what} does not show "${text}"`);
}

async function main() {
  await ensureInstalled();
  if (!fs.existsSync(path.join(repoRoot, 'dist', 'extension.js'))) throw new Error('dist/extension.js is missing: run `npm run build` first');
  fs.mkdirSync(outDir, { recursive: true });
  writeSettings(runDir, {
    'editor.wordWrap': 'on',
    'editor.minimap.enabled': false,
    'workbench.colorTheme': String(args.theme || 'Default Light Modern'),
    'window.commandCenter': false,
    'workbench.layoutControl.enabled': false,
    'editor.hover.delay': 200,
    'editor.occurrencesHighlight': 'off',
    'editor.selectionHighlight': false,
  });
  const workspace = copyWorkspace(sourceWorkspace, runDir, path.basename(sourceWorkspace));
  if (!fs.existsSync(path.join(workspace, file))) throw new Error(`${file} is not in ${sourceWorkspace}`);
  server = await startServer(runDir, { maxSeconds: 600 });
  const browser = await launchBrowser(runDir, { viewport });
  try {
    const page = browser.pages()[0] || (await browser.newPage());
    await page.goto(workbenchUrl(server.origin, { folder: workspace, extensionDevelopmentPath: repoRoot }));
    if (!(await visible(page, '.monaco-workbench .part.editor', 60_000))) throw new Error('the workbench did not load');

    // Open the file with Quick Open and wait for its first line in the editor.
    await quickInput(page, `${mod}+P`, file, { pick: path.basename(file) });
    const firstLine = fs.readFileSync(path.join(workspace, file), 'utf8').split('\n')[0].trim().slice(0, 30);
    const shown = await poll(async () => (await page.locator('.monaco-editor .view-lines').first().innerText()).replace(/\u00a0/g, ' ').includes(firstLine), 20_000);
    if (!shown) throw new Error(`the editor does not show "${firstLine}"`);
    await page.locator('.monaco-editor .view-lines').first().click({ position: { x: 5, y: 5 } });
    await page.keyboard.press(`${mod}+Home`);
    await runCommand(page, 'Notifications: Clear All Notifications').catch(() => {});
    if (shots.includes('editor')) await shoot(page, 'editor');

    if (shots.includes('hover')) {
      const pos = await wordPosition(page, word);
      if (!pos) throw new Error(`"${word}" is not visible in the editor`);
      // Hover with the mouse; the extension may still be activating, so move away and back.
      const hover = '.monaco-editor .monaco-hover:not(.hidden)';
      const ok = await poll(async () => {
        await page.mouse.move(pos.x, pos.y - 200);
        await page.mouse.move(pos.x, pos.y, { steps: 3 });
        return visible(page, hover, 2500);
      }, 20_000, 0);
      if (!ok) {
        // Keyboard fallback: caret on the word, then editor.action.showHover.
        await page.mouse.click(pos.x, pos.y);
        await runCommand(page, 'Show or Focus Hover').catch(() => {});
        await page.mouse.move(pos.x, pos.y);
      }
      if (!(await visible(page, hover, 5000))) say(`no hover appeared over "${word}"`);
      await expectText(page, hover, args['expect-hover'], 'the hover');
      await shoot(page, 'hover');
      await page.keyboard.press('Escape');
      await page.mouse.move(5, viewport.height - 5);
    }

    if (shots.includes('outline')) {
      await runCommand(page, 'Explorer: Focus on Outline View');
      await visible(page, '.outline-pane', 10_000);
      await poll(async () => (await page.locator('.outline-pane .monaco-list-row').count()) > 0, 10_000);
      await expectText(page, '.outline-pane', args['expect-outline'], 'the Outline');
      await shoot(page, 'outline');
    }

    if (shots.includes('problems')) {
      await runCommand(page, 'View: Focus Problems (Errors, Warnings, Infos)');
      await visible(page, '.markers-panel', 10_000);
      await poll(async () => (await page.locator('.markers-panel .monaco-list-row').count()) > 0, 10_000);
      await expectText(page, '.markers-panel', args['expect-problem'], 'the Problems panel');
      await shoot(page, 'problems');
    }
  } catch (e) {
    const p = path.join(outDir, 'error.png');
    await browser.pages()[0]?.screenshot({ path: p }).catch(() => {});
    const log = path.join(outDir, 'server.log');
    fs.copyFileSync(server.logPath, log);
    throw new Error(`${e.message} (screen: ${p}; server log: ${log})`, { cause: e });
  } finally {
    await browser.close().catch(() => {});
  }
}

let code = 0;
try {
  await main();
  if (problems.length) {
    for (const p of problems) console.error(`[screenshot] FAIL: ${p}`);
    code = 1;
  }
} catch (e) {
  console.error(`[screenshot] error: ${e.message}`);
  code = 2;
} finally {
  if (server) await server.stop();
  server = null;
  removeRunDir(runDir);
}
process.exit(code);
