// Bundles the extension and the command-line tool.
//   node esbuild.mjs               development: sourcemaps, not minified
//   node esbuild.mjs --production  release: minified, no sourcemaps
//   node esbuild.mjs --watch       rebuild on change
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  logLevel: 'warning',
  legalComments: 'none',
};

const builds = [
  // The extension: `vscode` is provided by the editor at run time.
  { ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  // The command-line annotator, runnable as `news-annotate`.
  { ...common, entryPoints: ['src/cli/news-annotate.ts'], outfile: 'dist/news-annotate.js', banner: { js: '#!/usr/bin/env node' } },
  // Worker for parallel batches (--jobs).
  { ...common, entryPoints: ['src/cli/worker.ts'], outfile: 'dist/worker.js' },
];

const present = builds.filter((b) => fs.existsSync(b.entryPoints[0]));

if (watch) {
  for (const b of present) await (await esbuild.context(b)).watch();
  console.log('[esbuild] watching');
} else {
  const t0 = Date.now();
  await Promise.all(present.map((b) => esbuild.build(b)));
  for (const b of present) if (b.banner) fs.chmodSync(b.outfile, 0o755);
  console.log(`[esbuild] ${present.map((b) => b.outfile).join(', ')} built in ${Date.now() - t0} ms${production ? ' (production)' : ''}`);
}
