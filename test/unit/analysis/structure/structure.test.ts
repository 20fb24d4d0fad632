import * as assert from 'node:assert/strict';
import { splitArticle, splitLines } from '../../../../src/analysis/structure/structure';

import { readSeed, seedNames } from '../../helpers';

describe('structure', () => {
  it('splits lines on LF, CRLF and lone CR with exact offsets', () => {
    const text = 'a\r\nbb\rccc\nd';
    const lines = splitLines(text);
    assert.deepEqual(lines.map((l) => l.text), ['a', 'bb', 'ccc', 'd']);
    for (const l of lines) assert.equal(text.slice(l.start, l.end), l.text);
  });

  it('reads the seed as headline, one paragraph per line, and a footer', () => {
    const text = readSeed('000_cbc4555ebe0567a7.txt');
    const { headline, paragraphs } = splitArticle(text);
    assert.equal(headline?.text, 'Chinese official: Beijing willing to work with US on cybersecurity');
    assert.equal(paragraphs[0].kind, 'headline');
    const body = paragraphs.filter((p) => p.kind === 'body');
    assert.equal(body.length, 17);
    const footer = paragraphs.filter((p) => p.kind === 'footer');
    assert.equal(footer.length, 1);
    assert.match(footer[0].text, /^Copyright 2023 Nexstar Media Inc\. All rights reserved\./);
    for (const p of paragraphs) assert.equal(text.slice(p.start, p.end), p.text);
  });

  it('joins wrapped lines into one paragraph when blank lines separate paragraphs', () => {
    const text = 'Town votes on budget\n\nThe council met on Monday\nand voted late.\n\n“We are done,” the mayor said.\n\nCopyright 2024 Example News. All rights reserved.\n';
    const { headline, paragraphs } = splitArticle(text);
    assert.equal(headline?.text, 'Town votes on budget');
    assert.deepEqual(
      paragraphs.map((p) => [p.kind, p.text]),
      [
        ['headline', 'Town votes on budget'],
        ['body', 'The council met on Monday\nand voted late.'],
        ['body', '“We are done,” the mayor said.'],
        ['footer', 'Copyright 2024 Example News. All rights reserved.'],
      ],
    );
  });

  it('handles empty and blank text', () => {
    assert.deepEqual(splitArticle(''), { headline: null, paragraphs: [] });
    assert.deepEqual(splitArticle('\n \r\n\t'), { headline: null, paragraphs: [] });
  });

  it('keeps every paragraph of every seed article in bounds', () => {
    for (const name of seedNames()) {
      const text = readSeed(name);
      const { paragraphs } = splitArticle(text);
      assert.ok(paragraphs.length >= 5, `${name} has paragraphs`);
      for (const p of paragraphs) assert.equal(text.slice(p.start, p.end), p.text, name);
    }
  });
});
