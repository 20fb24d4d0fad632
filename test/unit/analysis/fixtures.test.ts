// The hand-labelled fixture articles (test/fixtures/articles/NNN-<style>.txt with
// NNN-<style>.expected.json) as a regression test: the engine must meet every expectation.
// The matching rules are scripts/eval/fixture-matching.ts, as for `npm run eval:fixtures`:
// a quotation is located by its first words, in order, and the system quotation must contain them;
// speakers and people match at surname level (the last name word of one occurs in the other, titles
// dropped), organisations and unnamed sources by the words of their text; a role matches when
// one contains the other (a shorter system role must have 60% of the length); a date is located
// by its text, in order, and a system date must overlap it and have the expected value.
// Beyond fixtures-eval.ts: each person's affiliation must be the expected one, and the engine
// must find no person the article's expectations do not name.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../../src/analysis/analyze';
import { AnalysisResult } from '../../../src/analysis/types';
import { Expected, roleMatches, sameName, speakerMatches } from '../../../scripts/eval/fixture-matching';
import { repoRoot } from '../helpers';

const DIR = path.join(repoRoot, 'test', 'fixtures', 'articles');

/** The misses of the quotation expectations: each found, with its speaker and attribution kind. */
function quoteMisses(text: string, exp: Expected, res: AnalysisResult): string[] {
  const misses: string[] = [];
  let cursor = 0;
  for (const q of exp.quotes) {
    const at = text.indexOf(q.first, cursor);
    if (at < 0) {
      misses.push(`quotation «${q.first}»: these words are not in the article (fix the fixture)`);
      continue;
    }
    cursor = at + 1;
    const sys = res.quotes.find((s) => s.start <= at && at < s.end);
    if (!sys) misses.push(`quotation «${q.first}»: expected a quotation here, found none`);
    else {
      if (!speakerMatches(sys.speakerName, q.speaker)) misses.push(`quotation «${q.first}»: expected speaker ${String(q.speaker)}, found ${String(sys.speakerName)}`);
      if (sys.attribution !== q.attribution) misses.push(`quotation «${q.first}»: expected attribution ${q.attribution}, found ${sys.attribution}`);
    }
  }
  return misses;
}

/** The misses of the people expectations: each found with every role and the affiliation, and no one else. */
function peopleMisses(exp: Expected, res: AnalysisResult): string[] {
  const misses: string[] = [];
  for (const p of exp.people) {
    const sys = res.people.find((s) => sameName(s.name, p.name));
    if (!sys) {
      misses.push(`person ${p.name}: not found (found ${res.people.map((s) => s.name).join(', ') || 'no one'})`);
      continue;
    }
    for (const r of p.roles) {
      if (!sys.roles.some((s) => roleMatches(s.text, r))) misses.push(`person ${p.name}: expected role «${r}», found [${sys.roles.map((s) => s.text).join(' | ')}]`);
    }
    if (sys.affiliation !== p.affiliation) misses.push(`person ${p.name}: expected affiliation ${String(p.affiliation)}, found ${String(sys.affiliation)}`);
    if (p.sourceKind !== undefined && sys.sourceKind !== p.sourceKind) misses.push(`person ${p.name}: expected kind of source ${p.sourceKind}, found ${String(sys.sourceKind)}`);
    // A quotation takes its speaker's kind.
    for (const q of res.quotes) {
      if (q.speaker === sys.id && q.sourceCategory !== sys.sourceKind) misses.push(`quotation by ${p.name}: kind ${String(q.sourceCategory)}, not the speaker's ${String(sys.sourceKind)}`);
    }
  }
  for (const s of res.people) {
    if (!exp.people.some((p) => sameName(s.name, p.name))) misses.push(`person ${s.name}: found, but not expected`);
  }
  return misses;
}

/** The misses of the date expectations: each found (overlapping its text) with its value. */
function dateMisses(text: string, exp: Expected, res: AnalysisResult): string[] {
  const misses: string[] = [];
  let cursor = 0;
  for (const d of exp.dates) {
    const at = text.indexOf(d.text, cursor);
    if (at < 0) {
      misses.push(`date «${d.text}»: not in the article (fix the fixture)`);
      continue;
    }
    cursor = at + 1;
    const end = at + d.text.length;
    const sys = res.dates.find((s) => Math.max(s.start, at) < Math.min(s.end, end));
    if (!sys) misses.push(`date «${d.text}»: expected a date here, found none`);
    else if (sys.value !== d.value) misses.push(`date «${d.text}» (found «${sys.text}»): expected value ${String(d.value)}, found ${String(sys.value)}`);
  }
  return misses;
}

const articles = fs.readdirSync(DIR).filter((f) => /^\d+-.*\.txt$/.test(f)).sort();

describe('fixture articles: every expectation met', () => {
  it('has the fixture articles, each with its expectations', () => {
    assert.ok(articles.length >= 8, `${articles.length} articles in ${DIR}`);
    for (const f of articles) assert.ok(fs.existsSync(path.join(DIR, f.replace(/\.txt$/, '.expected.json'))), `${f} has no .expected.json`);
  });

  for (const f of articles) {
    describe(f, () => {
      const text = fs.readFileSync(path.join(DIR, f), 'utf8');
      const exp = JSON.parse(fs.readFileSync(path.join(DIR, f.replace(/\.txt$/, '.expected.json')), 'utf8')) as Expected;
      let res: AnalysisResult;
      before(() => {
        res = analyze(text, { id: f, referenceDate: exp.referenceDate });
      });
      const check = (misses: string[], n: number, what: string): void =>
        assert.deepEqual(misses, [], `${f}: ${misses.length} of ${n} ${what} expectations missed:\n  ${misses.join('\n  ')}`);

      it(`finds its ${exp.quotes.length} quotations with their speakers and attribution kinds`, () => check(quoteMisses(text, exp, res), exp.quotes.length, 'quotation'));
      it(`finds its ${exp.people.length} people with their roles and affiliations, and no one else`, () => check(peopleMisses(exp, res), exp.people.length, 'people'));
      it(`finds its ${exp.dates.length} dates with their values`, () => check(dateMisses(text, exp, res), exp.dates.length, 'date'));
    });
  }
});
