// The engine's side of the worker: analyses what the editor sends and hands the result back one
// piece at a time, when asked (messages.ts). Transport-free: a worker entry (engine-worker/)
// passes messages in and posts what `handle` returns.
import { analyze, Analyzer, AnalyzerStats } from '../analysis/analyze';
import type { AnalysisResult } from '../analysis/types';
import type { EngineConfig, EngineReply, EngineRequest, ResultPiece, RunOptions } from './messages';
import { encodeLineTokens, lineTokensOf } from '../presentation/semantic-tokens';
import { buildOutline, type OutlineNode } from '../presentation/outline';
import { splitResult } from './result-pieces';

interface DocumentEngine {
  analyzer: Analyzer;
  /** The configuration the analyzer was built with, as a key. */
  config: string;
}

/** The pieces of a result not yet sent. */
interface Outgoing {
  pieces: ResultPiece[];
  next: number;
}

/** A clock in milliseconds (performance.now where there is one). */
export type Clock = () => number;

export class EngineService {
  private readonly documents = new Map<string, DocumentEngine>();
  private readonly outgoing = new Map<number, Outgoing>();

  constructor(private readonly clock: Clock = () => Date.now()) {}

  /** The replies to one request, in order (none for `forget` and `cancel`). */
  handle(message: EngineRequest): EngineReply[] {
    switch (message.type) {
      case 'analyze':
        return this.run(message.request, message.text, () => {
          const engine = this.documentEngine(message.doc, message.config);
          const result = engine.analyzer.analyze(message.text, message.options);
          return {
            result,
            stats: { ...engine.analyzer.stats },
            tokens: encodeLineTokens(lineTokensOf(message.text, result)),
            outline: outlineOrNull(result, message.text.length),
          };
        });
      case 'analyze-once':
        return this.run(message.request, message.text, () => ({ result: analyzeOnce(message.text, message.options, message.config), stats: null, tokens: null, outline: null }));
      case 'next':
        return this.nextPiece(message.request);
      case 'cancel':
        this.outgoing.delete(message.request);
        return [];
      case 'forget':
        this.documents.delete(message.doc);
        return [];
    }
  }

  /** Documents with an Analyzer (for tests: forgetting frees them). */
  get documentCount(): number {
    return this.documents.size;
  }

  private run(request: number, text: string, work: () => { result: AnalysisResult; stats: AnalyzerStats | null; tokens: Uint32Array | null; outline: OutlineNode[] | null }): EngineReply[] {
    const started = this.clock();
    let done: ReturnType<typeof work>;
    try {
      done = work();
    } catch (e) {
      return [{ type: 'error', request, message: e instanceof Error ? e.stack ?? e.message : String(e) }];
    }
    const { head, pieces } = splitResult(done.result, text);
    const engineMs = this.clock() - started;
    if (pieces.length) this.outgoing.set(request, { pieces, next: 0 });
    return [{ type: 'head', request, head, pieces: pieces.length, stats: done.stats, engineMs, tokens: done.tokens, outline: done.outline }, ...this.nextPiece(request)];
  }

  private nextPiece(request: number): EngineReply[] {
    const out = this.outgoing.get(request);
    if (!out) return [];
    const piece = out.pieces[out.next];
    if (!piece) {
      this.outgoing.delete(request);
      return [];
    }
    const index = out.next++;
    if (out.next >= out.pieces.length) this.outgoing.delete(request);
    return [{ type: 'piece', request, index, piece }];
  }

  private documentEngine(doc: string, config: EngineConfig): DocumentEngine {
    const key = configKey(config);
    let engine = this.documents.get(doc);
    if (!engine || engine.config !== key) {
      engine = { analyzer: new Analyzer(config), config: key };
      this.documents.set(doc, engine);
    }
    return engine;
  }
}

/** The outline, or null if building it fails: the editor then builds its own, and the analysis stands. */
function outlineOrNull(result: AnalysisResult, length: number): OutlineNode[] | null {
  try {
    return buildOutline(result, length);
  } catch {
    return null;
  }
}

function analyzeOnce(text: string, options: RunOptions, config: EngineConfig): AnalysisResult {
  return analyze(text, { ...config, ...options });
}

/** The same configuration gives the same key, whatever the order its fields were written in. */
export function configKey(config: EngineConfig): string {
  return JSON.stringify([config.extraTitles ?? [], config.extraCueVerbs ?? [], [config.gender?.enabled ?? true, config.gender?.fromFirstNames ?? false], Object.entries(config.extraSourceKinds ?? {}).sort()]);
}
