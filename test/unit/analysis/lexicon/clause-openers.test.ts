// The clause openers (lexicon/clause-openers.ts): each record does something, and its example
// shows it opening a clause.
import * as assert from 'node:assert/strict';
import { CLAUSE_OPENERS } from '../../../../src/analysis/lexicon/clause-openers';

describe('lexicon: clause openers', () => {
  it('every record passes over or introduces, and its example opens with its word', () => {
    assert.ok(CLAUSE_OPENERS.length > 10);
    for (const o of CLAUSE_OPENERS) {
      assert.ok(o.beforeSubject || o.pronounAfterIsSubject, `${o.word} does nothing`);
      assert.match(o.example.toLowerCase(), new RegExp(`^${o.word}\\b`), `${o.word}: ${o.example}`);
    }
  });
});
