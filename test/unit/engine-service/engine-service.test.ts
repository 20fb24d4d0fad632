// The engine behind messages: results split into pieces and put together again, one Analyzer per
// document, and the client that the extension uses over a worker thread or in process.
import * as assert from 'node:assert/strict';
import { analyze } from '../../../src/analysis/analyze';
import type { AnalysisResult } from '../../../src/analysis/types';
import { EngineService } from '../../../src/engine-service/engine-service';
import type { EngineConfig, EngineReply, EngineRequest } from '../../../src/engine-service/messages';
import { ResultAssembler, splitResult } from '../../../src/engine-service/result-pieces';
import { encodeLineTokens, lineTokensOf } from '../../../src/presentation/semantic-tokens';
import { buildOutline } from '../../../src/presentation/outline';
import { EngineClient, EnginePort, inProcessPort } from '../../../src/features/engine-client';
import { nodeWorkerPorts } from '../../../src/features/engine-port-node';
import type { Logger } from '../../../src/features/logger';
import { readSeed, repoRoot } from '../helpers';

const SEED = readSeed('000');
const CONFIG: EngineConfig = {};

/** A Logger that keeps what it was told (the real one writes to an Output channel). */
function recordingLog(): Logger & { errors: string[] } {
  const errors: string[] = [];
  return { errors, error: (where: string) => errors.push(where), info: () => undefined, time: <T>(_w: string, work: () => T) => work() } as unknown as Logger & { errors: string[] };
}

/** Sends a request and pulls every piece, as the client does; returns the replies in order. */
function pullAll(service: EngineService, request: EngineRequest & { request: number }): EngineReply[] {
  const replies = service.handle(request);
  const head = replies[0];
  assert.ok(head && head.type === 'head', `the first reply is the head: ${JSON.stringify(head)?.slice(0, 200)}`);
  for (let n = replies.length - 1; n < head.pieces; n++) replies.push(...service.handle({ type: 'next', request: request.request }));
  return replies;
}

function assemble(replies: EngineReply[], text: string): AnalysisResult {
  const head = replies[0];
  assert.ok(head?.type === 'head');
  const assembler = new ResultAssembler(head.head, head.pieces, text);
  for (const r of replies.slice(1)) {
    assert.equal(r.type, 'piece');
    if (r.type === 'piece') assembler.add(r.piece);
  }
  return assembler.take();
}

/** The seed with one more sentence in its second paragraph. */
function edited(text: string): string {
  const lines = text.split('\n');
  lines[2] = `${lines[2]} One more sentence.`;
  return lines.join('\n');
}

describe('engine service: results in pieces', () => {
  it('a result split into small pieces and put together again is the same result', () => {
    const result = analyze(SEED);
    const { head, pieces } = splitResult(result, SEED, 500);
    assert.ok(pieces.length > 10, `${pieces.length} pieces`);
    for (const p of pieces) {
      const items = JSON.parse(p.json) as unknown[];
      // A piece goes over the size only when it is one item larger than the size.
      assert.ok(p.json.length <= 500 || items.length === 1, `a piece of ${p.json.length} characters with ${items.length} items`);
    }
    const assembler = new ResultAssembler(head, pieces.length, SEED);
    for (const p of pieces) {
      assert.equal(assembler.complete, false);
      assembler.add(p);
    }
    assert.deepEqual(assembler.take(), JSON.parse(JSON.stringify(result)));
  });

  it('paragraphs travel without their text, which the receiver cuts from the text it sent', () => {
    const result = analyze(SEED);
    assert.ok((result.paragraphs?.length ?? 0) > 3, 'the seed has paragraphs');
    const { head, pieces } = splitResult(result, SEED, 500);
    const sent = pieces.filter((p) => p.key === 'paragraphs').flatMap((p) => JSON.parse(p.json) as Record<string, unknown>[]);
    assert.equal(sent.length, result.paragraphs?.length);
    assert.ok(sent.every((p) => p.text === 0 && typeof p.start === 'number'), 'no paragraph text in the pieces');
    const assembler = new ResultAssembler(head, pieces.length, SEED);
    for (const p of pieces) assembler.add(p);
    const texts = (assembler.take().paragraphs ?? []).map((p) => p.text);
    assert.deepEqual(texts, result.paragraphs?.map((p) => p.text));
    assert.ok(texts.some((t) => t.length > 100), 'real paragraph texts');
  });

  it('quotations, their sources and cues, names, roles and dates travel without their texts, and come back whole', () => {
    const result = analyze(SEED);
    const { head, pieces } = splitResult(result, SEED, 500);
    const sent = (key: string) => pieces.filter((p) => p.key === key).flatMap((p) => JSON.parse(p.json) as Record<string, unknown>[]);
    const quotes = sent('quotes');
    assert.ok(quotes.length > 5, `${quotes.length} quotations`);
    assert.ok(quotes.every((q) => q.text === 0), 'no quotation text in the pieces');
    assert.ok(quotes.some((q) => (q.source as { text: unknown } | null)?.text === 0 && (q.cue as { text: unknown } | null)?.text === 0), 'sources and cues without their texts');
    const people = sent('people');
    assert.ok(people.some((p) => (p.mentions as { text: unknown }[]).every((m) => m.text === 0)), 'mentions without their texts');
    assert.ok(sent('dates').every((d) => d.text === 0), 'dates without their texts');
    const json = pieces.map((p) => p.json).join('');
    const quoted = result.quotes.find((q) => q.text.length > 40);
    assert.ok(quoted && !json.includes(quoted.text.slice(1, -1)), 'the words of a quotation are not in the pieces');
    const assembler = new ResultAssembler(head, pieces.length, SEED);
    for (const p of pieces) assembler.add(p);
    assert.deepEqual(assembler.take(), JSON.parse(JSON.stringify(result)));
  });

  it('a span whose text is not the text between its offsets keeps its text', () => {
    const result = analyze(SEED);
    const quote = result.quotes[0];
    assert.ok(quote, 'the seed has a quotation');
    quote.text = `${quote.text} (edited)`;
    const { head, pieces } = splitResult(result, SEED, 500);
    const assembler = new ResultAssembler(head, pieces.length, SEED);
    for (const p of pieces) assembler.add(p);
    assert.equal(assembler.take().quotes[0]?.text, quote.text);
  });

  it('an incomplete result cannot be taken', () => {
    const { head, pieces } = splitResult(analyze(SEED), SEED, 500);
    const assembler = new ResultAssembler(head, pieces.length, SEED);
    const first = pieces[0];
    assert.ok(first);
    assembler.add(first);
    assert.throws(() => assembler.take(), /incomplete: 1 of/);
  });
});

describe('engine service: requests', () => {
  it('analyses a document with its own Analyzer: an edit re-analyses one paragraph', () => {
    const service = new EngineService();
    const first = assemble(pullAll(service, { type: 'analyze', request: 1, doc: 'a', text: SEED, options: { id: 'a' }, config: CONFIG }), SEED);
    assert.deepEqual(first, JSON.parse(JSON.stringify(analyze(SEED, { id: 'a' }))));
    const replies = pullAll(service, { type: 'analyze', request: 2, doc: 'a', text: edited(SEED), options: { id: 'a' }, config: CONFIG });
    const head = replies[0];
    assert.ok(head?.type === 'head');
    assert.equal(head.stats?.analysed, 1, `stats: ${JSON.stringify(head.stats)}`);
    assert.ok((head.stats?.reused ?? 0) > 5);
    assert.deepEqual(assemble(replies, edited(SEED)), JSON.parse(JSON.stringify(analyze(edited(SEED), { id: 'a' }))));
  });

  it('sends a document’s outline, the one the editor would build, so that its thread need not', () => {
    const service = new EngineService();
    const [head] = service.handle({ type: 'analyze', request: 1, doc: 'a', text: SEED, options: {}, config: CONFIG });
    assert.ok(head?.type === 'head' && head.outline, 'an outline in the head');
    assert.deepEqual(head.outline, buildOutline(analyze(SEED), SEED.length));
    const names = head.outline.map((n) => n.name);
    assert.ok(names.includes('Speakers') && names.includes('Dates'), names.join(' | '));
    const speakers = head.outline.find((n) => n.name === 'Speakers')?.children.map((n) => n.name) ?? [];
    assert.ok(speakers.includes('Zheng Zeguang'), speakers.join(' | '));
    const [once] = service.handle({ type: 'analyze-once', request: 2, text: SEED, options: {}, config: CONFIG });
    assert.equal(once?.type === 'head' ? once.outline : 'no head', null, 'none for a text that is not an open document');
  });

  it('sends a document’s semantic tokens, encoded as editors take them', () => {
    const service = new EngineService();
    const [head] = service.handle({ type: 'analyze', request: 1, doc: 'a', text: SEED, options: {}, config: CONFIG });
    assert.ok(head?.type === 'head' && head.tokens, 'tokens in the head');
    const result = analyze(SEED);
    assert.deepEqual([...head.tokens], [...encodeLineTokens(lineTokensOf(SEED, result))]);
    // Decoded back, every token spells what it marks: a person's mention, a date, a cue.
    const lines = SEED.split(/\r\n|\r|\n/);
    const spelled: string[] = [];
    let line = 0;
    let character = 0;
    for (let i = 0; i < head.tokens.length; i += 5) {
      const [dl = 0, dc = 0, length = 0] = head.tokens.slice(i, i + 3);
      line += dl;
      character = dl ? dc : character + dc;
      spelled.push((lines[line] ?? '').slice(character, character + length));
    }
    assert.ok(spelled.includes('Zheng Zeguang') && spelled.includes('Sept. 25') && spelled.includes('added'), spelled.join(' | '));
    const [once] = service.handle({ type: 'analyze-once', request: 2, text: SEED, options: {}, config: CONFIG });
    assert.equal(once?.type === 'head' ? once.tokens : 'no head', null, 'none for a text that is not an open document');
  });

  it('a new configuration gets a new Analyzer; forget frees the document', () => {
    const service = new EngineService();
    pullAll(service, { type: 'analyze', request: 1, doc: 'a', text: SEED, options: {}, config: CONFIG });
    const replies = pullAll(service, { type: 'analyze', request: 2, doc: 'a', text: SEED, options: {}, config: { extraCueVerbs: ['grumble'] } });
    const head = replies[0];
    assert.ok(head?.type === 'head');
    assert.equal(head.stats?.reused, 0, 'nothing reused across configurations');
    assert.equal(service.documentCount, 1);
    service.handle({ type: 'forget', doc: 'a' });
    assert.equal(service.documentCount, 0);
  });

  it('analyze-once keeps no document; an engine error comes back as an error reply', () => {
    const service = new EngineService();
    const result = assemble(pullAll(service, { type: 'analyze-once', request: 7, text: SEED, options: { referenceDate: '2015-09-17' }, config: CONFIG }), SEED);
    assert.equal(result.referenceDate, '2015-09-17');
    assert.equal(service.documentCount, 0);
    const [reply] = service.handle({ type: 'analyze-once', request: 8, text: null as unknown as string, options: {}, config: CONFIG });
    assert.equal(reply?.type, 'error');
    assert.equal(reply?.request, 8);
  });

  it('a cancelled result sends no more pieces', () => {
    const service = new EngineService();
    const replies = service.handle({ type: 'analyze', request: 3, doc: 'a', text: SEED, options: {}, config: CONFIG });
    const head = replies[0];
    assert.ok(head?.type === 'head' && head.pieces > 1, 'more than one piece');
    service.handle({ type: 'cancel', request: 3 });
    assert.deepEqual(service.handle({ type: 'next', request: 3 }), []);
  });
});

describe('engine client', () => {
  it('in process: the same result as the engine, and concurrent requests each get theirs', async () => {
    const client = new EngineClient(undefined, recordingLog());
    assert.equal(client.where, 'in-process');
    const [a, b] = await Promise.all([client.analyze('a', SEED, { id: 'a' }, CONFIG), client.analyzeOnce(edited(SEED), { id: 'b' }, CONFIG)]);
    assert.deepEqual(a.result, JSON.parse(JSON.stringify(analyze(SEED, { id: 'a' }))));
    assert.deepEqual(b.result, JSON.parse(JSON.stringify(analyze(edited(SEED), { id: 'b' }))));
    client.dispose();
    await assert.rejects(client.analyzeOnce(SEED, {}, CONFIG), /stopped/);
  });

  it('in a worker thread (dist/engine-worker.js): the same result, off this thread', async () => {
    const client = new EngineClient(nodeWorkerPorts(repoRoot), recordingLog());
    try {
      assert.equal(client.where, 'worker');
      const first = await client.analyze('a', SEED, { id: 'a' }, CONFIG);
      assert.deepEqual(first.result, JSON.parse(JSON.stringify(analyze(SEED, { id: 'a' }))));
      const second = await client.analyze('a', edited(SEED), { id: 'a' }, CONFIG);
      assert.equal(second.stats?.analysed, 1);
      assert.ok(first.engineMs > 0);
    } finally {
      client.dispose();
    }
  });

  it('a worker that fails: its requests fail, and the engine runs in process from then on', async () => {
    let fail: ((e: Error) => void) | undefined;
    const broken: EnginePort = {
      where: 'worker',
      post: () => setTimeout(() => fail?.(new Error('worker crashed')), 0),
      listen: (_reply, failed) => {
        fail = failed;
      },
      terminate: () => undefined,
    };
    const log = recordingLog();
    const client = new EngineClient(() => broken, log);
    await assert.rejects(client.analyze('a', SEED, {}, CONFIG), /worker crashed/);
    assert.equal(client.where, 'in-process');
    assert.ok(log.errors.some((e) => e.includes('stopped')), log.errors.join('; '));
    const again = await client.analyze('a', SEED, {}, CONFIG);
    assert.ok(again.result.quotes.length > 5);
    client.dispose();
  });

  it('a worker that cannot start: the engine runs in process', async () => {
    const log = recordingLog();
    const client = new EngineClient(() => {
      throw new Error('no workers here');
    }, log);
    assert.equal(client.where, 'in-process');
    assert.ok(log.errors.some((e) => e.includes('starting the engine worker')));
    assert.ok((await client.analyzeOnce(SEED, {}, CONFIG)).result.people.length > 3);
    client.dispose();
  });
});

describe('engine in process: one request at a time on this thread', () => {
  it('inProcessPort answers in a later task, not during post', async () => {
    const port = inProcessPort();
    const got: EngineReply[] = [];
    port.listen((r) => got.push(r), () => undefined);
    port.post({ type: 'analyze-once', request: 1, text: SEED, options: {}, config: CONFIG });
    assert.equal(got.length, 0, 'nothing yet');
    await new Promise((r) => setTimeout(r, 20));
    assert.equal(got[0]?.type, 'head');
    port.terminate();
  });
});
