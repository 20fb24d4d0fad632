#!/usr/bin/env node
// Checks the packaged extension: under 2 MB, only what the extension needs (no sources, tests,
// node_modules or sample articles), and both bundles, the desktop's (package.json "main") and the
// browser's ("browser"), inside the .vsix itself. Usage: node scripts/check-package.mjs FILE.vsix
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';

const vsix = process.argv[2] ?? 'news-source-annotator.vsix';
const MAX_BYTES = 2 * 1024 * 1024;
const FORBIDDEN = [/^src\//, /^test\//, /^node_modules\//, /^seeds\//, /^out\//, /^scripts\//, /\.map$/, /\.ts$/];

const size = fs.statSync(vsix).size;
// `vsce ls` lists exactly the files the package holds, relative to the extension folder.
const files = execFileSync('npx', ['vsce', 'ls', '--no-dependencies'], { encoding: 'utf8' })
  .split('\n')
  .map((l) => l.trim())
  .filter(Boolean);
const bad = files.filter((f) => FORBIDDEN.some((re) => re.test(f)));
console.log(`[package] ${vsix}: ${(size / 1024).toFixed(1)} KB, ${files.length} files: ${files.join(', ')}`);
let failed = false;
if (size > MAX_BYTES) {
  console.error(`[package] too large: ${size} bytes > ${MAX_BYTES}`);
  failed = true;
}
if (bad.length) {
  console.error(`[package] must not contain: ${bad.join(', ')}`);
  failed = true;
}
// The sidecar schema is contributed through jsonValidation: without it hand edits go unchecked.
// The engine's worker: without it every analysis runs on the extension host (and blocks it).
for (const needed of ['dist/extension.js', 'dist/engine-worker.js', 'dist/web/extension.js', 'dist/web/engine-worker.js', 'schemas/sources.schema.json']) {
  if (!files.includes(needed)) {
    console.error(`[package] ${needed} is missing`);
    failed = true;
  }
}
// What the .vsix holds (a zip: its entries sit under extension/), and the entries its manifest names.
const entries = execFileSync('unzip', ['-Z1', vsix], { encoding: 'utf8' }).split('\n').filter(Boolean);
const manifest = JSON.parse(execFileSync('unzip', ['-p', vsix, 'extension/package.json'], { encoding: 'utf8' }));
for (const [field, bundle] of [['main', 'dist/extension.js'], ['browser', 'dist/web/extension.js']]) {
  const named = String(manifest[field] ?? '').replace(/^\.\//, '');
  if (named !== bundle) {
    console.error(`[package] package.json "${field}" is "${manifest[field]}", not ./${bundle}`);
    failed = true;
  }
  if (!entries.includes(`extension/${bundle}`)) {
    console.error(`[package] ${vsix} does not hold ${bundle} (the "${field}" bundle)`);
    failed = true;
  }
}
if (!failed) console.log(`[package] both bundles inside: ${entries.filter((e) => /^extension\/dist\/.*\.js$/.test(e)).join(', ')}`);
process.exit(failed ? 1 : 0);
