// Every word list under src/analysis/lexicon/ (generated/ aside) holds each entry once: each array
// literal's strings, and each list of records by its first property ("base", "name", ...).
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';
import { repoRoot } from '../../helpers';

const LEXICON_DIR = path.join(repoRoot, 'src/analysis/lexicon');

/** The key of a list element: a string literal, or an object literal's first property value. */
function keyOf(e: ts.Expression): string | undefined {
  if (ts.isStringLiteral(e)) return e.text;
  if (ts.isObjectLiteralExpression(e)) {
    const first = e.properties[0];
    if (first && ts.isPropertyAssignment(first) && ts.isStringLiteral(first.initializer)) return first.initializer.text;
  }
  return undefined;
}

/** Entries that occur more than once in one array literal of the source, with their line. */
export function duplicateEntries(fileName: string, source: string): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.ES2022, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isArrayLiteralExpression(node)) {
      const seen = new Set<string>();
      for (const e of node.elements) {
        const key = keyOf(e);
        if (key === undefined) continue;
        if (seen.has(key)) found.push(`${fileName}:${file.getLineAndCharacterOfPosition(e.getStart()).line + 1} '${key}'`);
        seen.add(key);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

describe('lexicons', () => {
  const files = fs.readdirSync(LEXICON_DIR).filter((f) => f.endsWith('.ts'));

  it('finds the lexicon files', () => {
    for (const f of ['cues.ts', 'titles.ts', 'determiners.ts', 'calendar-words.ts', 'name-particles.ts', 'punctuation.ts']) assert.ok(files.includes(f), f);
  });

  for (const f of files) {
    it(`${f} lists every entry once`, () => {
      assert.deepStrictEqual(duplicateEntries(f, fs.readFileSync(path.join(LEXICON_DIR, f), 'utf8')), []);
    });
  }

  it('reports a repeated word and a repeated record', () => {
    const source = "export const A = ['say', 'tell', 'say'];\nexport const B = [{ base: 'add' }, { base: 'add', nounLike: true }];\n";
    assert.deepStrictEqual(duplicateEntries('x.ts', source), ["x.ts:1 'say'", "x.ts:2 'add'"]);
  });
});
