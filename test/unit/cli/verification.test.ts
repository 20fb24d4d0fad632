// The CLI applies the sidecar beside each article it reads (news-annotate FILE, FILE.sources.json),
// as the editor does; --no-marks ignores it; a malformed sidecar is reported and left as it is.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyze } from '../../../src/analysis/analyze';
import { anchorFor, emptySidecar, Mark, serialize, sidecarPathFor } from '../../../src/verification';

const ROOT = path.join(__dirname, '..', '..', '..', '..');
const CLI = path.join(ROOT, 'dist', 'news-annotate.js');
const ARTICLE = 'Bridge opens\n\n“It is a great day,” Mayor Jane Doe said on Monday.\n\n“We will pay for it,” Treasurer Amal Reyes said.\n';

interface JsonQuote {
  text: string;
  speakerName: string | null;
  verification?: { status: string; note?: string; checkedBy: string; checkedAt: string; correctedSpeaker?: { kind: string; name?: string } };
}
interface JsonResult {
  quotes: JsonQuote[];
  verification?: { counts: Record<string, number>; orphans: Mark[] };
}

function run(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A mark on the quotation containing `needle`, anchored in `text`. */
function markOn(text: string, needle: string, fields: Partial<Mark>): Mark {
  const quote = analyze(text).quotes.find((q) => q.text.includes(needle));
  assert.ok(quote, `a quotation with “${needle}”`);
  return { id: 'm1', anchor: anchorFor(text, quote), status: 'verified', by: 'Ada Checker', at: '2026-01-02T10:00:00Z', ...fields };
}

describe('news-annotate and the sidecars of marks', () => {
  let dir: string;
  let article: string;
  beforeEach(() => {
    assert.ok(fs.existsSync(CLI), 'run `npm run build` first');
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'news-marks-'));
    article = path.join(dir, 'bridge.news');
    fs.writeFileSync(article, ARTICLE);
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const writeSidecar = (marks: Mark[]) => fs.writeFileSync(sidecarPathFor(article), serialize({ ...emptySidecar('bridge.news'), marks }));

  it('--json: the corrected speaker replaces the engine’s, and the mark is a verification object', () => {
    writeSidecar([markOn(ARTICLE, 'great day', { status: 'disputed', note: 'said on Tuesday', speaker: { kind: 'name', name: 'Deputy Mayor Kim' } })]);
    const r = run(['--json', article]);
    assert.equal(r.code, 0, r.stderr);
    const [result] = JSON.parse(r.stdout) as JsonResult[];
    const day = result.quotes.find((q) => q.text.includes('great day'));
    assert.equal(day?.speakerName, 'Deputy Mayor Kim');
    assert.deepEqual(day?.verification, {
      status: 'disputed', note: 'said on Tuesday', checkedBy: 'Ada Checker', checkedAt: '2026-01-02T10:00:00Z', correctedSpeaker: { kind: 'name', name: 'Deputy Mayor Kim' },
    });
    const pay = result.quotes.find((q) => q.text.includes('pay for it'));
    assert.equal(pay?.verification, undefined, 'an unmarked quotation has no verification object');
    assert.equal(pay?.speakerName, 'Amal Reyes');
    assert.equal(result.verification?.counts.disputed, 1);
    assert.equal(result.verification?.counts.unchecked, 1);
  });

  it('--no-marks: the engine’s result, exactly as without a sidecar', () => {
    const bare = run(['--json', article]).stdout;
    writeSidecar([markOn(ARTICLE, 'great day', { speaker: { kind: 'none' } })]);
    const r = run(['--json', '--no-marks', article]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, bare);
    assert.notEqual(run(['--json', article]).stdout, bare, 'and without --no-marks the sidecar does change the output');
  });

  it('follows the quotation after the article was edited above it (a paragraph inserted)', () => {
    writeSidecar([markOn(ARTICLE, 'pay for it', { status: 'verified' })]);
    fs.writeFileSync(article, ARTICLE.replace('Bridge opens\n\n', 'Bridge opens\n\nA new first paragraph, written later.\n\n'));
    const [result] = JSON.parse(run(['--json', article]).stdout) as JsonResult[];
    assert.deepEqual(result.quotes.map((q) => q.verification?.status ?? null), [null, 'verified']);
  });

  it('a mark whose quotation is gone is listed as an orphan, not dropped', () => {
    writeSidecar([markOn(ARTICLE, 'great day', {})]);
    fs.writeFileSync(article, ARTICLE.replace('“It is a great day,” Mayor Jane Doe said on Monday.', 'The mayor spoke on Monday.'));
    const [result] = JSON.parse(run(['--json', article]).stdout) as JsonResult[];
    assert.deepEqual(result.verification?.orphans.map((m) => m.id), ['m1']);
    assert.equal(result.verification?.counts.orphaned, 1);
  });

  it('a malformed sidecar: named with its line on stderr, exit 1, marks not applied, file untouched', () => {
    const broken = '{\n  "version": 1,\n  "marks": [\n';
    fs.writeFileSync(sidecarPathFor(article), broken);
    const r = run(['--json', article]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /bridge\.news\.sources\.json:4:1: JSON syntax error.*marks are not applied/);
    const [result] = JSON.parse(r.stdout) as JsonResult[];
    assert.equal(result.verification, undefined);
    assert.equal(fs.readFileSync(sidecarPathFor(article), 'utf8'), broken);
  });

  it('the readable report shows the corrected speaker', () => {
    writeSidecar([markOn(ARTICLE, 'great day', { speaker: { kind: 'person', name: 'Amal Reyes' } })]);
    const r = run([article]);
    assert.equal(r.code, 0, r.stderr);
    const line = r.stdout.split('\n').find((l) => l.includes('great day'));
    assert.ok(line?.includes('Amal Reyes'), `${line}\n---\n${r.stdout}`);
  });
});
