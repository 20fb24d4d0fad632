// Writes the hostile corpus into test/fixtures/hostile/ (or the folder given as the argument).
// Everything is generated from a fixed seed, so the corpus is the same on every run. The small
// text cases are also committed; the large, binary and file-system cases (a directory, a dangling
// link, an unreadable file) are made at run time and git-ignored (see the folder's .gitignore).
//   node scripts/hostile/make-corpus.mjs [DIR]
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CORPUS_DIR = path.join(ROOT, 'test', 'fixtures', 'hostile');
const MB = 1024 * 1024;

/** A small deterministic PRNG (mulberry32), so that generated files never change. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = ['ka', 'lo', 'mi', 'ra', 'ten', 'vos', 'bel', 'dun', 'sa', 'ri', 'on', 'mar', 'est', 'ul', 'fen', 'go', 'ha', 'nis', 'por', 'qu'];
const cap = (s) => s[0].toUpperCase() + s.slice(1);
/** The k-th of many distinct invented names: "Kalo Mirten" and so on. */
export function inventedName(k) {
  const word = (n, len) => {
    let s = '';
    for (let i = 0; i < len; i++) {
      s += SYLLABLES[n % SYLLABLES.length];
      n = Math.floor(n / SYLLABLES.length);
    }
    return cap(s);
  };
  return `${word(k, 2)} ${word(Math.floor(k / 400) * 7 + (k % 400), 3)}`;
}

const WORDS = 'the council voted to replace the bridge after years of delay and residents said the closure had cost them customers while the state promised to cover most of the cost'.split(' ');
const DATES = ['on Monday', 'last week', 'on March 4, 2024', 'in 2019', 'next month', 'on Sept. 30'];
const TITLES = ['Mayor', 'Sen.', 'Councilwoman', 'Dr.', 'Gov.', ''];

/** One paragraph of news prose; `k` makes it distinct from every other paragraph. */
export function newsParagraph(random, k) {
  const words = (n) => Array.from({ length: n }, () => WORDS[Math.floor(random() * WORDS.length)]).join(' ');
  const name = inventedName(k);
  const title = TITLES[k % TITLES.length];
  const date = DATES[k % DATES.length];
  switch (k % 4) {
    case 0:
      return `“${cap(words(12))},” ${title ? title + ' ' : ''}${name} said ${date}.`;
    case 1:
      return `${name}, the director of the ${cap(words(1))} Project, said ${date} that ${words(10)}. “${cap(words(8))},” she said.`;
    case 2:
      return `${cap(words(15))} ${date}, according to a report released by the city (No. ${k}).`;
    default:
      return `“${cap(words(6))}.” ${cap(words(9))}, ${name.split(' ')[1]} added.`;
  }
}

/** An article of about `bytes` bytes: headline, date line, distinct paragraphs. */
export function newsArticle(bytes, seed = 1, sep = '\n\n') {
  const random = rng(seed);
  const parts = ['Council votes to rebuild the bridge after years of delay', 'Published Monday, March 4, 2024'];
  let size = parts.join(sep).length;
  for (let k = 0; size < bytes; k++) {
    const p = newsParagraph(random, k);
    parts.push(p);
    size += p.length + sep.length;
  }
  return parts.join(sep) + '\n';
}

/** Small cases: committed, and rewritten identically by this script. */
export const SMALL = {
  'bom.txt': '\ufeffBridge vote splits town\n\n“We are ready,” Mayor Jane Doe said Monday.\n\nThe council met on March 4, 2024.\n',
  'crlf.txt': 'Bridge vote splits town\r\n\r\nJane Doe, the mayor of Riverton, said the vote was “the most important decision in a generation.”\r\n\r\n“We only get to pick whether we fix it,” Doe said on Tuesday.\r\n',
  'lone-cr.txt': 'Bridge vote splits town\r\r“We are ready,” Mayor Jane Doe said Monday.\r\r“Not yet,” said Councilman Raymond Ortiz.\r',
  'rtl.txt':
    'تصويت المجلس على الجسر\n\n«نحن مستعدون للبدء»، قال رئيس البلدية محمد علي يوم الاثنين.\n\n״אנחנו מוכנים״, אמר ראש העיר דוד כהן. “We are ready,” said Dana Levi, the mayor of Haifa.\n\n\u202eThis line is overridden right to left\u202c and “quoted \u200fwith marks\u200e,” Ann Lee said.\n',
  'mixed-scripts.txt':
    'Mixed scripts\n\n「我们已经准备好了」，市长李明说。『引用の中の引用』と田中さんは言った。\n\n«Мы готовы начать», — сказал мэр Олег Петров в понедельник.\n\n„Wir sind bereit“, sagte Bürgermeisterin Anna Müller. «Nous sommes prêts», a dit Marie Dubois.\n\n“Ελληνικά λόγια,” said Nikos Papadopoulos on Friday.\n',
  'markup.txt':
    'Markup in quotations\n\n“</script><script>alert(1)</script>,” Jane Doe said.\n\n“<img src=x onerror=alert(1)>,” said Dr. Ann Lee, the head of <b>security</b>.\n\n"${process.exit(1)}" and `rm -rf /`, Bo Diaz wrote on Monday. &lt;“&amp;”&gt; \u001b]0;pwned\u0007 “\u001b[2J\u001b[31mred\u001b[0m,” he said.\n',
  'empty.txt': '',
};

/** Builds every case; returns the directory. */
export function makeCorpus(dir = CORPUS_DIR) {
  fs.mkdirSync(dir, { recursive: true });
  const write = (name, data) => {
    const file = path.join(dir, name);
    const buf = Buffer.isBuffer(data) ? data : Buffer.from(data, 'utf8');
    if (!fs.existsSync(file) || !fs.readFileSync(file).equals(buf)) fs.writeFileSync(file, buf);
  };
  for (const [name, text] of Object.entries(SMALL)) write(name, text);

  // A 2 MB article on one line: one paragraph the engine must take in one piece.
  write('long-line-2mb.txt', 'One long line\n' + newsArticle(2 * MB, 2, ' ').replace(/\n/g, ' ') + '\n');
  // 100,000 opening quotation marks and no closing one, with words between and without.
  write('open-quotes-100k.txt', 'Unclosed\n\n' + Array.from({ length: 50_000 }, (_, i) => `“word${i % 10} `).join('') + '\n\n' + '“'.repeat(50_000) + ' Jane Doe said.\n');
  // NUL and other control bytes, in names, quotations and between paragraphs.
  const controls = Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).join('') + '\u007f\u0085\u009b';
  write('control-bytes.txt', `Control\u0000bytes\n\n“We\u0000 are\u0007 ready,” Mayor Jane\u0000Doe said\u0001 Monday.\n\n${controls}“${controls}” ${controls} said Ann Lee.\n\u0000\u0000\u0000\n`);
  // 20,000 distinct speakers, each quoted with "said".
  write('speakers-20k.txt', 'Twenty thousand speakers\n\n' + Array.from({ length: 20_000 }, (_, k) => `“Statement number ${k} is mine,” ${inventedName(k)} said.`).join('\n\n') + '\n');
  // Random bytes, invalid UTF-8 included.
  const random = rng(7);
  write('binary-junk.bin', Buffer.from(Array.from({ length: 256 * 1024 }, () => Math.floor(random() * 256))));
  // Article text broken by invalid UTF-8 sequences (lone continuation bytes, overlong forms, truncated sequences).
  const good = Buffer.from(newsArticle(64 * 1024, 3), 'utf8');
  const bad = [Buffer.from([0x80]), Buffer.from([0xc0, 0xaf]), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from([0xf4, 0x90, 0x80, 0x80]), Buffer.from([0xe2, 0x80])];
  const pieces = [];
  for (let i = 0, j = 0; i < good.length; i += 997, j++) pieces.push(good.subarray(i, i + 997), bad[j % bad.length]);
  write('invalid-utf8.txt', Buffer.concat(pieces));
  // A 6 MB article; and the 1x/8x pair for the linearity check.
  write('big-6mb.txt', newsArticle(6 * MB, 6));
  write('linear-1x.txt', newsArticle(512 * 1024, 8));
  write('linear-8x.txt', newsArticle(8 * 512 * 1024, 8));
  // File-system cases for the CLI: a directory, a dangling link, a file without read permission.
  fs.mkdirSync(path.join(dir, 'a-directory.txt'), { recursive: true });
  const dangling = path.join(dir, 'dangling-link.txt');
  if (!fs.lstatSync(dangling, { throwIfNoEntry: false })) fs.symlinkSync('no-such-target.txt', dangling);
  const unreadable = path.join(dir, 'unreadable.txt');
  if (fs.existsSync(unreadable)) fs.chmodSync(unreadable, 0o644);
  write('unreadable.txt', 'Unreadable\n\n“Hi,” Ann Lee said.\n');
  fs.chmodSync(unreadable, 0o000);
  return dir;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = makeCorpus(process.argv[2] ? path.resolve(process.argv[2]) : CORPUS_DIR);
  console.log(`hostile corpus written to ${path.relative(process.cwd(), dir) || '.'}`);
}
