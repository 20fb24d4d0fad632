// Child process of the benchmark: loads the extension bundle outside VS Code (a stand-in answers
// `require('vscode')`) and analyses the start-up seed, in a fresh process. Prints one JSON line.
//   node out/scripts/bench/activation-child.js DIST/extension.js SEED.txt
import * as fs from 'node:fs';
import Module from 'node:module';
import * as path from 'node:path';

/** Anything read from the stand-in is a callable, constructible stand-in too. */
function standIn(): unknown {
  const target = function () {};
  return new Proxy(target, {
    get: (_t, key) => (key === Symbol.toPrimitive ? () => '' : key === 'then' ? undefined : standIn()),
    apply: () => standIn(),
    construct: () => standIn() as object,
  });
}

const [bundleArg, seedFile] = process.argv.slice(2);
const bundle = path.resolve(bundleArg);
const text = fs.readFileSync(seedFile, 'utf8');
// esbuild's ESM interop makes a new object whose prototype is the module's prototype, so the
// module's prototype answers every `vscode.X` with a stand-in.
const vscode = Object.create(
  new Proxy({}, { get: (_t, key) => (typeof key === 'symbol' || key === 'then' || key === '__esModule' ? undefined : standIn()) }),
) as object;
const mod = Module as unknown as { _load(request: string, parent: unknown, isMain: boolean): unknown };
const load = mod._load;
mod._load = function (request, parent, isMain) {
  return request === 'vscode' ? vscode : load.call(this, request, parent, isMain);
};

const t0 = performance.now();
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the bundle is loaded here, timed
const ext = require(bundle) as { analyze?: (text: string) => { quotes: unknown[]; people: unknown[] } };
const t1 = performance.now();
if (typeof ext.analyze !== 'function') throw new Error(`${bundle} does not export analyze`);
const result = ext.analyze(text);
const t2 = performance.now();
process.stdout.write(
  JSON.stringify({
    loadMs: t1 - t0,
    firstAnalysisMs: t2 - t1,
    activationMs: t2 - t0,
    sinceProcessStartMs: t2 + 0,
    quotes: result.quotes.length,
    people: result.people.length,
  }) + '\n',
);
