// Benchmark texts built from the project's own articles (seeds/). Every paragraph gets a number
// appended, so that no two paragraphs of a text (or of consecutive texts) are identical: the
// engine caches facts per paragraph text and identical paragraphs would cost nothing.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { splitArticle } from '../../src/analysis/structure/structure';

export const ROOT = path.resolve(__dirname, '../../..');
export const SEEDS = path.join(ROOT, 'seeds');
export const START_SEED = path.join(SEEDS, '000_cbc4555ebe0567a7.txt');

export interface Seed {
  name: string;
  text: string;
}

export function readSeeds(): Seed[] {
  return fs
    .readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ name: f, text: fs.readFileSync(path.join(SEEDS, f), 'utf8') }));
}

/** Body paragraphs of seeds 001-004 (not the headline nor the footer), in order. */
export function bodyParagraphs(seeds = readSeeds()): string[] {
  const out: string[] = [];
  for (const s of seeds.filter((x) => !x.name.startsWith('000'))) {
    for (const p of splitArticle(s.text).paragraphs) if (p.kind === 'body') out.push(p.text);
  }
  return out;
}

/** The headline of seed 001. */
export function headline(seeds = readSeeds()): string {
  const s = seeds.find((x) => x.name.startsWith('001')) ?? seeds[0];
  return splitArticle(s.text).headline?.text ?? 'Benchmark article';
}

/**
 * An article of `count` blank-line separated body paragraphs after a headline, cycling through the
 * seeds' body paragraphs, paragraph n (from `first`) ending with " [n]".
 */
export function longArticle(count: number, first = 1, paragraphs = bodyParagraphs(), title = headline()): string {
  const parts = [title];
  for (let i = 0; i < count; i++) parts.push(`${paragraphs[i % paragraphs.length]} [${first + i}]`);
  return parts.join('\n\n') + '\n';
}

/** A long article of at least `bytes` UTF-8 bytes. */
export function articleOfSize(bytes: number): string {
  const paragraphs = bodyParagraphs();
  const title = headline();
  const avg = paragraphs.reduce((n, p) => n + Buffer.byteLength(p) + 8, 0) / paragraphs.length;
  let count = Math.ceil(bytes / avg);
  let text = longArticle(count, 1, paragraphs, title);
  while (Buffer.byteLength(text) < bytes) text = longArticle((count = Math.ceil(count * 1.05)), 1, paragraphs, title);
  return text;
}

/** A seed article with " [tag.i]" appended to each body paragraph i (separators kept). */
export function variedSeed(text: string, tag: string): string {
  let out = '';
  let at = 0;
  for (const p of splitArticle(text).paragraphs) {
    if (p.kind !== 'body') continue;
    out += text.slice(at, p.end) + ` [${tag}.${p.index}]`;
    at = p.end;
  }
  return out + text.slice(at);
}

/** JSON lines {id, text}: all five seeds, varied, repeated until `bytes` of text. */
export function seedCorpus(bytes: number): string {
  const seeds = readSeeds();
  const lines: string[] = [];
  let total = 0;
  for (let copy = 1; total < bytes; copy++) {
    for (const s of seeds) {
      const text = variedSeed(s.text, String(copy));
      total += Buffer.byteLength(text);
      lines.push(JSON.stringify({ id: `${s.name.slice(0, 3)}-${copy}`, text }));
    }
  }
  return lines.join('\n') + '\n';
}
