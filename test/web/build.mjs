// Bundles the web worker suite (test/web) for the browser: the editor's web worker extension host
// loads one CommonJS file with no `require` but `vscode`, so mocha (its browser build) and the
// suites go into out/web-tests/index.js. Fails, like the extension's browser bundle, if a Node
// built-in gets in. Run by `npm run compile-tests`.
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import { nodeImports } from '../../scripts/node-imports.mjs';

/**
 * `mocha-browser`: mocha's browser build as a module. Bundled as it is, its UMD header would find
 * the `module` the extension host wraps the test file in and replace the file's exports with mocha
 * (the host then calls mocha.run instead of ours): give it a `module` of its own.
 */
const mochaBrowser = {
  name: 'mocha-browser',
  setup(build) {
    build.onResolve({ filter: /^mocha-browser$/ }, () => ({ path: createRequire(import.meta.url).resolve('mocha/mocha.js'), namespace: 'mocha-browser' }));
    build.onLoad({ filter: /.*/, namespace: 'mocha-browser' }, (args) => ({
      contents: `const module = { exports: {} }; const exports = module.exports;\n${fs.readFileSync(args.path, 'utf8')}\nexport default module.exports;`,
      loader: 'js',
    }));
  },
};

const result = await esbuild.build({
  entryPoints: ['test/web/index.ts'],
  outfile: 'out/web-tests/index.js',
  bundle: true,
  platform: 'browser',
  target: 'es2022',
  format: 'cjs',
  external: ['vscode'],
  sourcemap: 'inline',
  logLevel: 'warning',
  metafile: true,
  plugins: [mochaBrowser],
});
const node = nodeImports(result.metafile);
if (node.length) throw new Error(`the web tests import Node built-ins: ${node.join(', ')}`);
