// The verification core stays shareable: no module imports vscode, only atomic-write.ts touches a
// file system, and only engine-types.ts imports the engine (types only), so a move is one line.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

const DIR = path.join(__dirname, '../../../../src/verification');
const sources = fs.readdirSync(DIR).filter((f) => f.endsWith('.ts'));
const importsOf = (file: string): string[] => [...fs.readFileSync(path.join(DIR, file), 'utf8').matchAll(/^(?:import|export)\b[^;]*?from '([^']+)'/gms)].map((m) => m[1]);

describe('verification: module boundaries', () => {
  it('reads the modules it guards', () => {
    assert.ok(sources.length >= 10 && sources.includes('anchoring.ts'), sources.join(', '));
    assert.ok(importsOf('anchoring.ts').includes('./sidecar-model'));
  });

  it('imports neither vscode nor, outside atomic-write.ts, a file system', () => {
    for (const file of sources) {
      const imports = importsOf(file);
      assert.ok(!imports.includes('vscode'), `${file} imports vscode`);
      if (file !== 'atomic-write.ts') assert.deepEqual(imports.filter((i) => /^(node:)?(fs|path|os|child_process)(\/|$)/.test(i)), [], `${file} uses Node`);
    }
  });

  it('imports the engine in engine-types.ts only, and only its types', () => {
    for (const file of sources) {
      const engine = importsOf(file).filter((i) => i.startsWith('../'));
      if (file === 'engine-types.ts') assert.deepEqual(engine, ['../analysis/types']);
      else assert.deepEqual(engine, [], `${file} imports ${engine.join(', ')}`);
    }
    assert.match(fs.readFileSync(path.join(DIR, 'engine-types.ts'), 'utf8'), /export type \{/);
  });
});
