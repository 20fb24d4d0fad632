// npm run eval:fixtures [-- --verbose] [DIR]
// Runs the engine over the hand-written articles in test/fixtures/articles (NNN-<style>.txt, each
// with NNN-<style>.expected.json) and prints, per article and in total: quotation found rate,
// speaker accuracy, attribution-kind accuracy, people recall and precision, role recall, date
// recall and value accuracy. The last line is one JSON object. --verbose lists every miss.
//
// Expected facts are located in the text by their words, in order: a quotation by its first words
// (the system quotation must contain them), a date by its text (a system date must overlap it).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../src/analysis/analyze';
import { AnalysisResult, Person } from '../../src/analysis/types';
import { Expected, roleMatches, sameName, speakerMatches } from './fixture-matching';

interface Counts {
  quotes: number;
  quotesFound: number;
  speakerOk: number;
  kindOk: number;
  people: number;
  peopleFound: number;
  sysPeople: number;
  sysPeopleOk: number;
  roles: number;
  rolesFound: number;
  dates: number;
  datesFound: number;
  valueOk: number;
}

const zero = (): Counts => ({
  quotes: 0, quotesFound: 0, speakerOk: 0, kindOk: 0, people: 0, peopleFound: 0, sysPeople: 0,
  sysPeopleOk: 0, roles: 0, rolesFound: 0, dates: 0, datesFound: 0, valueOk: 0,
});

const ratio = (a: number, b: number): number | null => (b ? Math.round((a / b) * 10000) / 10000 : null);

function figures(c: Counts): Record<string, number | null> {
  return {
    quotes: c.quotes,
    quote_found_rate: ratio(c.quotesFound, c.quotes),
    speaker_accuracy: ratio(c.speakerOk, c.quotesFound),
    attribution_kind_accuracy: ratio(c.kindOk, c.quotesFound),
    people: c.people,
    people_recall: ratio(c.peopleFound, c.people),
    people_precision: ratio(c.sysPeopleOk, c.sysPeople),
    roles: c.roles,
    role_recall: ratio(c.rolesFound, c.roles),
    dates: c.dates,
    date_recall: ratio(c.datesFound, c.dates),
    date_value_accuracy: ratio(c.valueOk, c.datesFound),
  };
}

function add(into: Counts, c: Counts): void {
  for (const k of Object.keys(into) as (keyof Counts)[]) into[k] += c[k];
}

function score(text: string, exp: Expected, res: AnalysisResult, misses: string[]): Counts {
  const c = zero();
  // Quotations, located in order by their first words.
  let cursor = 0;
  for (const q of exp.quotes) {
    c.quotes++;
    const at = text.indexOf(q.first, cursor);
    if (at < 0) {
      misses.push(`quote text not in article: ${q.first}`);
      continue;
    }
    cursor = at + 1;
    const sys = res.quotes.find((s) => s.start <= at && at < s.end);
    if (!sys) {
      misses.push(`quote not found: «${q.first}»`);
      continue;
    }
    c.quotesFound++;
    if (speakerMatches(sys.speakerName, q.speaker)) c.speakerOk++;
    else misses.push(`speaker «${q.first}»: expected ${q.speaker}, got ${sys.speakerName}`);
    if (sys.attribution === q.attribution) c.kindOk++;
    else misses.push(`attribution «${q.first}»: expected ${q.attribution}, got ${sys.attribution}`);
  }
  // People and their roles.
  const matched = new Map<Expected['people'][number], Person>();
  for (const p of exp.people) {
    c.people++;
    c.roles += p.roles.length;
    const sys = res.people.find((s) => sameName(s.name, p.name));
    if (!sys) {
      misses.push(`person not found: ${p.name}`);
      continue;
    }
    matched.set(p, sys);
    c.peopleFound++;
    for (const r of p.roles) {
      if (sys.roles.some((s) => roleMatches(s.text, r))) c.rolesFound++;
      else misses.push(`role of ${p.name}: expected «${r}», got [${sys.roles.map((s) => s.text).join(' | ')}]`);
    }
  }
  for (const s of res.people) {
    c.sysPeople++;
    if (exp.people.some((p) => sameName(s.name, p.name))) c.sysPeopleOk++;
    else misses.push(`extra person: ${s.name}`);
  }
  // Dates, located in order by their text.
  cursor = 0;
  for (const d of exp.dates) {
    c.dates++;
    const at = text.indexOf(d.text, cursor);
    if (at < 0) {
      misses.push(`date text not in article: ${d.text}`);
      continue;
    }
    cursor = at + 1;
    const end = at + d.text.length;
    const sys = res.dates.find((s) => Math.max(s.start, at) < Math.min(s.end, end));
    if (!sys) {
      misses.push(`date not found: ${d.text}`);
      continue;
    }
    c.datesFound++;
    if (sys.value === d.value) c.valueOk++;
    else misses.push(`date value «${d.text}» (found «${sys.text}»): expected ${d.value}, got ${sys.value}`);
  }
  return c;
}

function main(argv: string[]): void {
  const verbose = argv.includes('--verbose');
  const dir = argv.find((a) => !a.startsWith('--')) ?? path.join(process.cwd(), 'test', 'fixtures', 'articles');
  const files = fs.readdirSync(dir).filter((f) => /^\d+-.*\.txt$/.test(f)).sort();
  const total = zero();
  for (const f of files) {
    const expFile = path.join(dir, f.replace(/\.txt$/, '.expected.json'));
    if (!fs.existsSync(expFile)) continue;
    const text = fs.readFileSync(path.join(dir, f), 'utf8');
    const exp = JSON.parse(fs.readFileSync(expFile, 'utf8')) as Expected;
    const res = analyze(text, { id: f, referenceDate: exp.referenceDate });
    const misses: string[] = [];
    const c = score(text, exp, res, misses);
    add(total, c);
    const fig = figures(c);
    process.stdout.write(`${f}: ${Object.entries(fig).map(([k, v]) => `${k}=${v}`).join(' ')}\n`);
    if (verbose) for (const m of misses) process.stdout.write(`    ${m}\n`);
  }
  process.stdout.write(`total: ${files.length} articles\n`);
  process.stdout.write(JSON.stringify({ mode: 'fixtures', articles: files.length, ...figures(total) }) + '\n');
}

main(process.argv.slice(2));
