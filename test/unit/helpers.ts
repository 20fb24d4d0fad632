// Helpers shared by the unit tests: where the repository and its sample articles are, and how to
// read them. Compiled to out/test/unit/helpers.js, so the root is three folders up.
import * as fs from 'node:fs';
import * as path from 'node:path';

export const repoRoot = path.join(__dirname, '..', '..', '..');
export const seedsDir = path.join(repoRoot, 'seeds');
/** The seed article, annotated by hand in the eval set. */
export const SEED_000 = path.join(seedsDir, '000_cbc4555ebe0567a7.txt');

/** Reads a file of the repository (path relative to its root) as UTF-8. */
export function readRepoFile(rel: string): string {
  return fs.readFileSync(path.join(repoRoot, rel), 'utf8');
}
