// Article styles beyond US political news: British honorifics without periods, names from many
// naming traditions, roles set before a name, sports and court attributions, dates.
import * as assert from 'node:assert';
import { analyze } from '../../../src/analysis/analyze';
import { findNameMentions } from '../../../src/analysis/people/name-mentions';
import { findDates } from '../../../src/analysis/dates/find-dates';
import { nameLexicon } from '../../../src/analysis/lexicon/names';
import { tokenize } from '../../../src/analysis/structure/tokens';
import { articleOf, rolesOf } from '../helpers';

const article = (...paragraphs: string[]): string => articleOf('Headline here', ...paragraphs);

const speakerOf = (text: string, first: string): string | null => {
  const at = text.indexOf(first);
  const q = analyze(text, { referenceDate: '2024-03-14' }).quotes.find((x) => x.start <= at && at < x.end);
  assert.ok(q, `no quotation at ${first}`);
  return q.speakerName;
};

describe('article styles', () => {
  describe('British honorifics without a period', () => {
    it('reads "Mr Patel" like "Mr. Patel", keeping the span as written', () => {
      const toks = tokenize('Mr Patel said so.');
      assert.strictEqual(toks[0].text, 'Mr.');
      assert.strictEqual(toks[0].end, 2);
      assert.strictEqual(toks[1].sentStart, false);
      const m = findNameMentions('It was, said Ms Achterberg, a shambles.');
      assert.deepStrictEqual(m.map((x) => [x.text, x.tentative ?? false, x.gender]), [['Achterberg', false, 'female']]);
    });

    it('leaves "Dr" alone when no name follows', () => {
      assert.strictEqual(tokenize('see Dr and more')[1].text, 'Dr');
    });

    it('finds a name with an undotted title inside single quotation marks', () => {
      const text = article("'We were never asked,' said Mrs Whitcombe. 'Not once.'");
      const r = analyze(text);
      assert.deepStrictEqual(r.people.map((p) => p.name), ['Whitcombe']);
      assert.strictEqual(r.quotes[1].speakerName, 'Whitcombe');
      assert.strictEqual(r.quotes[1].attribution, 'continuation');
    });
  });

  describe('names from many traditions', () => {
    it('knows given names that the generated lists lack', () => {
      for (const [w, g] of [['chiamaka', 'female'], ['olumide', 'male'], ['rajiv', 'male'], ['oluwaseun', 'male'], ['priya', 'female']]) {
        assert.strictEqual(nameLexicon().firstName(w), g, w);
      }
    });

    it('looks accented names up without their accents', () => {
      assert.strictEqual(nameLexicon().firstName('josé'), 'male');
      assert.strictEqual(nameLexicon().firstName('diego'), 'male');
      assert.strictEqual(nameLexicon().firstName('jose'), 'male');
    });

    it('proves a name by a given name alone', () => {
      const m = findNameMentions('The bus was late, and Tunde Afolabi walked home.');
      assert.deepStrictEqual(m.map((x) => [x.text, x.tentative ?? false]), [['Tunde Afolabi', false]]);
    });

    it('does not take "March" for a name', () => {
      assert.deepStrictEqual(findNameMentions('The petition arrived on 4 March.'), []);
    });
  });

  describe('roles', () => {
    it('takes a role set before the name as an appositive', () => {
      assert.deepStrictEqual(rolesOf("The museum's director, Carla Benedetti, said the loan was agreed.", 'Carla Benedetti'), ["The museum's director"]);
      assert.deepStrictEqual(rolesOf("The tenants' lawyer, Ron Oduya, said they would appeal.", 'Ron Oduya'), ["The tenants' lawyer"]);
      assert.deepStrictEqual(rolesOf('A Brightwell spokesperson, Nina Sorensen, declined to comment.', 'Nina Sorensen'), ['A Brightwell spokesperson']);
    });

    it('does not take a list or a clause before the name for a role', () => {
      assert.deepStrictEqual(rolesOf('He thanked the staff, Carla Benedetti and others.', 'Carla Benedetti'), []);
      assert.deepStrictEqual(rolesOf('When the band played, Carla Benedetti sang.', 'Carla Benedetti'), []);
    });

    it('takes an appositive after an age and before a relative clause', () => {
      assert.deepStrictEqual(rolesOf('Lena Okafor, 19, a student who volunteers there, said it helps.', 'Lena Okafor'), ['a student']);
      assert.deepStrictEqual(rolesOf('said Vikram Anand, an analyst at Halden Partners who rates the stock.', 'Vikram Anand'), ['an analyst at Halden Partners']);
    });

    it('knows occupations from schools, health, the arts and sport', () => {
      assert.deepStrictEqual(rolesOf('Dr Ruth Amsel, a GP in the town, said so.', 'Ruth Amsel'), ['a GP in the town']);
      assert.deepStrictEqual(rolesOf('The goal came from substitute Owen Pryce in the 81st minute.', 'Owen Pryce'), ['substitute']);
    });
  });

  describe('sources', () => {
    it('names the person after a role, not the team before it', () => {
      const text = article('“We were poor,” said Eastfield manager Gary Mottram, whose side lost again.');
      assert.strictEqual(speakerOf(text, 'We were poor'), 'Gary Mottram');
    });

    it('skips a capitalised title that ends an appositive', () => {
      const text = article('Dame Ruth Ellery, the novelist and former Children’s Laureate, who lives nearby, called it “a disgrace”.');
      assert.strictEqual(speakerOf(text, 'a disgrace'), 'Ruth Ellery');
    });

    it('resolves "the striker" to the player just named', () => {
      const text = article('Kofi Mensah, 21, had missed twice. “I was angry,” the striker said.');
      assert.strictEqual(speakerOf(text, 'I was angry'), 'Kofi Mensah');
    });
  });

  describe('dates', () => {
    it('reads "March of last year"', () => {
      const d = findDates('Drivers have waited since March of last year.', '2024-03-14');
      assert.deepStrictEqual(d.map((x) => [x.text, x.value]), [['March of last year', '2023-03']]);
    });

    it('reads a date after "would" as future', () => {
      const d = findDates('A spokeswoman said the building would close on 31 May.', '2024-03-14');
      assert.deepStrictEqual(d.map((x) => [x.text, x.value]), [['31 May', '2024-05-31']]);
    });
  });

  describe('gaps found by the new fixtures', () => {
    it('a headline that opens with the quotation names its speaker after the colon', () => {
      const text = "'The river taught me patience': Oren Halvorsen on forty years of ferrying\n\nOren Halvorsen retired last spring.";
      assert.strictEqual(speakerOf(text, 'The river'), 'Oren Halvorsen');
    });

    it('a status word opening a sentence is not part of the name, and "as CEO" in a who-clause is a role', () => {
      const text = article('Commuter Adaeze Nwosu, 29, said the train stopped twice.', 'Karlsson, who took over as CEO in May, said. Mia Karlsson agreed.');
      const people = analyze(text, { referenceDate: '2024-03-14' }).people.map((p) => [p.name, p.roles.map((r) => r.text)]);
      assert.deepStrictEqual(people, [['Adaeze Nwosu', []], ['Mia Karlsson', ['CEO']]]);
    });
  });
});
