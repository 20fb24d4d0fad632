#!/usr/bin/env node
// Checks the packaged extension: under 2 MB, and only what the extension needs (no sources,
// tests, node_modules or sample articles). Usage: node scripts/check-package.mjs FILE.vsix
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
for (const needed of ['dist/extension.js', 'dist/engine-worker.js', 'schemas/sources.schema.json']) {
  if (!files.includes(needed)) {
    console.error(`[package] ${needed} is missing`);
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
