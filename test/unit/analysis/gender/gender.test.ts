// Gender as the article states it: each kind of evidence, conflicts, the first-name option and the
// switch that turns the feature off. The articles are the project's own sentences.
import * as assert from 'node:assert';
import { analyze } from '../../../../src/analysis/analyze';
import { toContract } from '../../../../src/analysis/contract';
import type { AnalyzeOptions, Person } from '../../../../src/analysis/types';
import { assertSpans } from '../../helpers';

function person(text: string, name: string, options: AnalyzeOptions = {}): Person {
  const r = analyze(text, options);
  assertSpans(text, r);
  const p = r.people.find((x) => x.name === name);
  assert.ok(p, `${name} among ${r.people.map((x) => x.name).join(', ')}`);
  return p;
}

const evidence = (p: Person): string[] => (p.genderEvidence ?? []).map((e) => `${e.kind}: ${e.text}`);

describe('gender as the article states it', () => {
  it('reads an honorific on a mention', () => {
    const p = person('Harbour plan approved\nMarta Quell opened the meeting. Later Mrs. Quell left early.', 'Marta Quell');
    assert.equal(p.gender, 'female');
    assert.deepEqual(evidence(p), ['honorific: Mrs. Quell']);
  });

  it('reads British honorifics without a period, and Sir', () => {
    const p = person('Rail talks\nSir Alan Brint said the talks had stalled. Mr Brint left at noon.', 'Alan Brint');
    assert.equal(p.gender, 'male');
    assert.deepEqual(evidence(p), ['honorific: Sir Alan Brint', 'honorific: Mr Brint']);
  });

  it('reads a gendered noun right before a name', () => {
    const p = person('Budget vote\nThe plan was backed by spokeswoman Dana Pryce on Monday.', 'Dana Pryce');
    assert.equal(p.gender, 'female');
    assert.deepEqual(evidence(p), ['noun: spokeswoman Dana Pryce']);
  });

  it('genders the person a relation noun names, not the possessor', () => {
    const text = 'Farm fair\nRobert Vale arrived with his wife Sarah Vale and their neighbours.';
    const sarah = person(text, 'Sarah Vale');
    assert.equal(sarah.gender, 'female');
    assert.deepEqual(evidence(sarah), ['noun: wife Sarah Vale']);
    const robert = person(text, 'Robert Vale');
    assert.equal(robert.gender, 'male');
    assert.deepEqual(evidence(robert), ['pronoun: his']);
  });

  it('reads a gendered noun heading a role, and an appositive noun after a name', () => {
    const text = 'Mill closes\nJoss Arlen, the town’s first businesswoman, said the mill would close. Peter Ostrava, a retired man who worked there, agreed.';
    assert.equal(person(text, 'Joss Arlen').gender, 'female');
    const pim = person(text, 'Peter Ostrava');
    assert.equal(pim.gender, 'male');
    assert.deepEqual(evidence(pim), ['noun: Peter Ostrava, a retired man']);
  });

  it('reads an appositive that leads with the noun ("A spokesman for the council, Name")', () => {
    const p = person('Road works\nA spokesman for the council, Ezra Monk, said the road would reopen.', 'Ezra Monk');
    assert.equal(p.gender, 'male');
  });

  it('genders each name after a plural noun ("the sisters A and B Lorne")', () => {
    const text = 'Bakery\nThe bakery belongs to the sisters Ada and Bea Lorne, who opened it in 1990.';
    const r = analyze(text);
    const genders = r.people.filter((p) => /Lorne|Ada/.test(p.name)).map((p) => p.gender);
    assert.ok(genders.length >= 1);
    assert.ok(genders.every((g) => g === 'female'), JSON.stringify(genders));
  });

  it('reads a pronoun whose antecedent is the one person named before it', () => {
    const p = person('Clinic\nRory Banff runs the clinic. She said the waiting list was too long.', 'Rory Banff');
    assert.equal(p.gender, 'female');
    assert.deepEqual(evidence(p), ['pronoun: She']);
  });

  it('takes the subject of the sentence before for a pronoun that opens a sentence', () => {
    const text = 'Debate\nBrian Anvar met the panel on Tuesday with Karen Sorel. He said the debate was fair.';
    assert.equal(person(text, 'Brian Anvar').gender, 'male');
    assert.equal(person(text, 'Karen Sorel').gender, null);
  });

  it('leaves a pronoun alone when two people of unknown gender could be meant', () => {
    const text = 'Debate\nKaren Sorel met Brian Anvar after his speech on Tuesday.';
    assert.equal(person(text, 'Karen Sorel').gender, null);
    assert.equal(person(text, 'Brian Anvar').gender, null);
  });

  it('uses a gender already stated to tell two people apart', () => {
    const text = 'Debate\nMrs. Karen Sorel met Brian Anvar after his speech on Tuesday.';
    assert.equal(person(text, 'Karen Sorel').gender, 'female');
    const brian = person(text, 'Brian Anvar');
    assert.equal(brian.gender, 'male');
    assert.deepEqual(evidence(brian), ['pronoun: his']);
  });

  it('does not give a quotation’s speaker the pronoun inside it', () => {
    const text = 'Poll\n“He never answers a question,” said Noor Felt, a voter in the town.';
    assert.equal(person(text, 'Noor Felt').gender, null);
  });

  it('reads a speaker’s self-description in their own quotation', () => {
    const text = 'Poll\n“As a mother of three, I worry about the schools,” said Noor Felt.';
    assert.equal(person(text, 'Noor Felt').gender, 'female');
  });

  it('gives null with all the evidence when the text states both genders', () => {
    const p = person('Club\nMr. Quinn Dace, the club’s spokeswoman, said the club would stay open.', 'Quinn Dace');
    assert.equal(p.gender, null);
    assert.deepEqual(evidence(p), ['honorific: Mr. Quinn Dace', 'noun: the club’s spokeswoman']);
  });

  it('does not read first names unless asked, and then says so', () => {
    const text = 'Council\nMichael Tarrow said the vote would be close.';
    const off = person(text, 'Michael Tarrow');
    assert.equal(off.gender, null);
    assert.deepEqual(off.genderEvidence, []);
    const on = person(text, 'Michael Tarrow', { gender: { fromFirstNames: true } });
    assert.equal(on.gender, 'male');
    assert.deepEqual(evidence(on), ['first name: Michael']);
  });

  it('lets the text win over a first name', () => {
    const p = person('Council\nMichael Tarrow spoke first. She said the vote would be close.', 'Michael Tarrow', { gender: { fromFirstNames: true } });
    assert.equal(p.gender, 'female');
    assert.deepEqual(evidence(p), ['pronoun: She']);
    assert.ok(evidence(p).every((e) => !e.startsWith('first name')));
  });

  it('is off when the setting says so', () => {
    const p = person('Harbour plan\nLater Mrs. Quell left early.', 'Quell', { gender: { enabled: false } });
    assert.equal(p.gender, null);
    assert.deepEqual(p.genderEvidence, []);
  });

  it('writes gender, genderEvidence and sourceKind in the contract', () => {
    const text = 'Harbour plan\nMayor Marta Quell opened the meeting. Later Mrs. Quell left early.';
    const c = toContract(analyze(text));
    const p = c.people.find((x) => x.name === 'Marta Quell');
    assert.deepEqual(p?.genderEvidence, [{ start: text.indexOf('Mrs.'), end: text.indexOf('Mrs.') + 'Mrs. Quell'.length, text: 'Mrs. Quell', kind: 'honorific', gender: 'female' }]);
    assert.equal(p?.gender, 'female');
    assert.equal(p?.sourceKind, 'official');
  });

  it('keeps the attribution hints: a first name still helps resolve "he said"', () => {
    const text = 'Match\nRobert Kline met Ann Ferro. “We won,” he said.';
    const r = analyze(text);
    const q = r.quotes[0];
    assert.equal(q?.speakerName, 'Robert Kline');
    assert.equal(r.people.find((p) => p.name === 'Robert Kline')?.gender, null, 'first names are not evidence by default');
  });
});

describe('gender: pronouns that lean on earlier pronouns and on sentence structure', () => {
  it('follows a chain of pronouns: "She says Tarrow ... She adds" stays with the first "she"', () => {
    const text = 'Rates\nNoor Felt spoke at the port on Monday.\nShe says Michael Tarrow backs the plan he drafted. She adds that the plan is late.';
    const noor = person(text, 'Noor Felt');
    assert.equal(noor.gender, 'female');
    assert.deepEqual(evidence(noor), ['pronoun: She', 'pronoun: She']);
    assert.equal(person(text, 'Michael Tarrow').gender, 'male');
  });

  it('lets a subject pronoun nobody could be given block a later one ("she said ... Tarrow, who ... she")', () => {
    const text = 'Mill\nNoor Felt and Ann Ferro met on Monday.\n“It was fine,” she said, and the reason was Michael Tarrow, who had said what she believed.';
    assert.equal(person(text, 'Michael Tarrow').gender, null);
  });

  it('leaves a pronoun in a clause after two people alone, even with one of them the subject', () => {
    const text = 'Talk\nAt one point during the interview, Noor Felt pressed Dana Pryce on whether she would run.';
    assert.equal(person(text, 'Noor Felt').gender, null);
    assert.equal(person(text, 'Dana Pryce').gender, null);
  });

  it('gives an object after an adjunct to the other person, not the subject ("..., comparing him")', () => {
    const text = 'Talks\nMichael Tarrow praised Peter Ostrava as an ally, comparing him favourably to others.';
    assert.equal(person(text, 'Peter Ostrava').gender, 'male');
    assert.equal(person(text, 'Michael Tarrow').gender, null);
  });

  it('takes the nearer name for a possessive after a pronoun ("He said Ostrava hopes that his ...")', () => {
    const text = 'Port\nSpokesman Michael Tarrow spoke on Monday. He said Peter Ostrava hopes that his successor will finish the port.';
    const ben = person(text, 'Peter Ostrava');
    assert.deepEqual(evidence(ben), ['pronoun: his']);
  });

  it('reads nothing from "his or her"', () => {
    const text = 'Schools\nNoor Felt said every child should reach his or her potential. She spoke for an hour.';
    const p = person(text, 'Noor Felt');
    assert.equal(p.gender, 'female');
    assert.deepEqual(evidence(p), ['pronoun: She']);
  });

  it('does not take a name inside another person\'s role as an antecedent ("Felt aide Dana Pryce ... her")', () => {
    const text = 'Inquiry\nThe board is filing a complaint, claiming that Noor Felt aide Dana Pryce had a conflict in her legal role.';
    assert.deepEqual(evidence(person(text, 'Dana Pryce')), ['pronoun: her']);
    assert.equal(person(text, 'Noor Felt').gender, null);
  });

  it('gives an emphatic reflexive to the name right before it', () => {
    const text = 'Bank\nRobert Kline, Peter Ostrava and Ann Ferro said the case was against Michael Tarrow himself.';
    assert.deepEqual(evidence(person(text, 'Michael Tarrow')), ['pronoun: himself']);
    assert.equal(person(text, 'Robert Kline').gender, null);
  });

  it('lets a gender stated far more often settle a stray pronoun of the other gender', () => {
    const text = 'Race\nMichael Tarrow thanked the crowd for what she had come to believe. He said he would win. He left.';
    const p = person(text, 'Michael Tarrow');
    assert.equal(p.gender, 'male');
    assert.deepEqual(evidence(p), ['pronoun: He', 'pronoun: he', 'pronoun: He']);
  });

  it('gives "Mr. President" to the one person whose role is president', () => {
    const text = 'Rally\nMichael Tarrow spoke about President Peter Ostrava.\n“Mr. President, will you pledge to stay?” Tarrow asked.';
    assert.deepEqual(evidence(person(text, 'Peter Ostrava')), ['honorific: Mr. President']);
  });

  it('lets an unnamed person ("a witness") compete for a pronoun', () => {
    const text = 'Attack\nMichael Tarrow said on Monday that the city was safe.\nA radio station quoted a witness as saying he saw one truck.';
    assert.equal(person(text, 'Michael Tarrow').gender, null);
  });

  it('still gives null when pronouns of both genders go to a person equally', () => {
    const text = 'Race\nMichael Tarrow spoke. He left.\nLater Tarrow came back. She smiled.';
    const p = person(text, 'Michael Tarrow');
    assert.equal(p.gender, null);
    assert.deepEqual(evidence(p), ['pronoun: He', 'pronoun: She']);
  });
});
