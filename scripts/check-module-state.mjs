#!/usr/bin/env node
// node scripts/check-module-state.mjs [DIR]  (default src/analysis)
// The engine keeps no module-level mutable state: settings are values passed in, and memos belong
// to an Analyzer. This check parses every module of DIR with the TypeScript compiler and fails on
//  - a top-level `let` or `var`;
//  - a top-level collection (new Map/Set/WeakMap/WeakSet, an array or object literal) that any
//    module of DIR mutates: .set/.add/.delete/.clear/.push/.pop/.splice/.sort/... or assignment
//    to one of its elements or properties.
// Global regular expressions (flags g or y) are module-level too, but their lastIndex is set
// before every use and the engine is synchronous; they are listed with --verbose, not failed.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

const root = process.cwd();
const dir = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'src/analysis';
const verbose = process.argv.includes('--verbose');
const MUTATORS = new Set(['set', 'add', 'delete', 'clear', 'push', 'pop', 'shift', 'unshift', 'splice', 'sort', 'reverse', 'fill', 'copyWithin']);

function files(d) {
  return readdirSync(d).flatMap((f) => {
    const p = join(d, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

function isCollection(init) {
  if (!init) return false;
  if (ts.isNewExpression(init) && ts.isIdentifier(init.expression)) return /^(?:Map|Set|WeakMap|WeakSet|Array)$/.test(init.expression.text);
  return ts.isArrayLiteralExpression(init) || ts.isObjectLiteralExpression(init);
}

const problems = [];
const regexes = [];
/** Top-level collections by name, with where they are declared. */
const collections = new Map();
const sources = files(join(root, dir)).map((file) => ({ file, sf: ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true) }));

for (const { file, sf } of sources) {
  const where = (node) => `${relative(root, file)}:${sf.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  for (const stmt of sf.statements) {
    if (!ts.isVariableStatement(stmt)) continue;
    const constant = (stmt.declarationList.flags & ts.NodeFlags.Const) !== 0;
    for (const decl of stmt.declarationList.declarations) {
      const name = decl.name.getText(sf);
      if (!constant) problems.push(`${where(decl)}: top-level mutable binding \`${name}\``);
      else if (isCollection(decl.initializer)) collections.set(name, [...(collections.get(name) ?? []), where(decl)]);
      else if (decl.initializer && ts.isRegularExpressionLiteral(decl.initializer) && /\/[a-z]*[gy][a-z]*$/.test(decl.initializer.text)) regexes.push(`${where(decl)}: ${name}`);
    }
  }
}

for (const { file, sf } of sources) {
  const where = (node) => `${relative(root, file)}:${sf.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  /** Names declared in a function or block of this file, which shadow a top-level collection. */
  const visit = (node, shadowed) => {
    let inner = shadowed;
    if ((ts.isFunctionLike(node) || ts.isBlock(node)) && node !== sf) {
      const locals = new Set(shadowed);
      const collect = (n) => {
        if ((ts.isVariableDeclaration(n) || ts.isParameter(n)) && ts.isIdentifier(n.name)) locals.add(n.name.text);
        if (n === node || !(ts.isFunctionLike(n) || ts.isBlock(n))) ts.forEachChild(n, collect);
      };
      if (ts.isFunctionLike(node)) node.parameters?.forEach((p) => ts.isIdentifier(p.name) && locals.add(p.name.text));
      ts.forEachChild(node, collect);
      inner = locals;
    }
    const target = (e) => (ts.isIdentifier(e) && collections.has(e.text) && !inner.has(e.text) ? e.text : null);
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && MUTATORS.has(node.expression.name.text)) {
      const name = target(node.expression.expression);
      if (name) problems.push(`${where(node)}: mutates top-level \`${name}\` (declared at ${collections.get(name).join(', ')})`);
    }
    if (ts.isBinaryExpression(node) && node.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && node.operatorToken.kind <= ts.SyntaxKind.LastAssignment) {
      const left = node.left;
      const base = ts.isPropertyAccessExpression(left) || ts.isElementAccessExpression(left) ? left.expression : null;
      const name = base ? target(base) : null;
      if (name) problems.push(`${where(node)}: assigns into top-level \`${name}\``);
    }
    ts.forEachChild(node, (n) => visit(n, inner));
  };
  visit(sf, new Set());
}

if (verbose) for (const r of regexes) console.log(`info: global regular expression ${r} (lastIndex reset before each use)`);
if (problems.length) {
  for (const p of problems) console.error(p);
  console.error(`✗ ${problems.length} module-level mutable state problem(s) in ${dir}`);
  process.exit(1);
}
console.log(`✓ no module-level mutable state in ${dir} (${sources.length} modules, ${collections.size} top-level collections, none mutated)`);
