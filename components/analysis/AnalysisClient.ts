/**
 * Talks to the analysis worker: at most one request in flight, only the newest wanted work kept,
 * stale answers dropped, and a worker that is stuck (or busy with text the user already changed)
 * is terminated and restarted. No React here, so the policy is easy to read and test.
 *
 * Two kinds of work, each with its own "generation" counter:
 *   - analysis (findings, layers, sizes): wanted again whenever the text or the analysis options change;
 *   - optimized (the optimizer's run): wanted again on the same changes, and also when only the
 *     optimizer's options change (profile, switched-off changes).
 * A `full` request produces both, an `optimize` request only the second. The client answers each
 * kind only for its newest generation, and when the worker is free sends whatever is still wanted.
 *
 * The optimizer's answers for the current text are also kept by their options, with the ones the
 * worker prefetched while idle (prefetch.ts): `knownOptimized` lets the page show the result of
 * a click at once, while the request it sends for that click still runs and answers as usual.
 */
import type { OptimizeResult } from '@/lib/optimize/types';
import { optimizerRunKey, PREFETCH_MAX_CHARS } from './prefetch';
import type { AnalysisMode, AnalysisOptions, AnalysisResponse, PrefetchResponse, ViewResult } from './protocol';

/** A request older than this is abandoned as soon as newer wanted work arrives. */
const SUPERSEDE_AFTER_MS = 400;
/** Give up on one request after this long and report it. Generous: newer text supersedes a
 *  running analysis anyway, so this only bounds the wait on text that stays unchanged. */
const TIMEOUT_MS = 20_000;
/** Optimizer answers kept for the current text (a few per click; the oldest go first). */
const MAX_KNOWN = 128;

export interface AnalysisAnswer {
  id: number;
  /** the text this answer describes */
  text: string;
  options: AnalysisOptions;
  result: ViewResult | null;
  error?: string;
  ms: number;
  /** true when the optimizer phase follows for this text */
  optimizing: boolean;
}

export interface OptimizedAnswer {
  id: number;
  text: string;
  options: AnalysisOptions;
  optimized: OptimizeResult | null;
  error?: string;
  ms: number;
}

export interface AnalysisListener {
  onAnalysis(answer: AnalysisAnswer): void;
  onOptimized(answer: OptimizedAnswer): void;
}

interface Job {
  id: number;
  mode: AnalysisMode;
  text: string;
  options: AnalysisOptions;
  /** generations this job answers (null: does not produce that kind) */
  analysisGen: number | null;
  optimizeGen: number;
}

export class AnalysisClient {
  private worker: Worker | null = null;
  private nextId = 1;
  /** `phaseAt`: when the worker started the phase it is in (the optimizer phase starts with the analysis answer) */
  private inFlight: (Job & { sentAt: number; phaseAt: number; timer: ReturnType<typeof setTimeout>; analysed: boolean }) | null = null;
  private disposed = false;
  /** what the page wants now */
  private latest: { text: string; options: AnalysisOptions } | null = null;
  private analysisGen = 0;
  private optimizeGen = 0;
  private doneAnalysisGen = 0;
  private doneOptimizeGen = 0;
  /** optimizer answers for `latest.text`, by optimizerRunKey of their options */
  private known = new Map<string, OptimizedAnswer>();
  /** jobs from this id on were sent with `latest.text` (older ones' answers describe another text) */
  private knownFromId = 1;

  constructor(private readonly listener: AnalysisListener) {}

  /** New text or analysis options: everything is wanted again. Returns the job id that will answer. */
  request(text: string, options: AnalysisOptions): number {
    this.latest = { text, options };
    this.forgetKnown();
    this.analysisGen++;
    this.optimizeGen++;
    return this.schedule();
  }

  /** Only the optimizer's options changed: re-run its phase on the text last requested. */
  optimize(options: AnalysisOptions): number {
    if (!this.latest) return 0;
    this.latest = { text: this.latest.text, options };
    this.optimizeGen++;
    return this.schedule();
  }

  /**
   * The worker's answer for the text last requested with these optimizer options, if it already
   * gave one (asked for or prefetched). The optimizer depends on nothing else, so this is what a
   * request for them will answer.
   */
  knownOptimized(options: AnalysisOptions): OptimizedAnswer | null {
    return this.latest ? this.known.get(optimizerRunKey(options)) ?? null : null;
  }

  /** Forget every wanted answer (a hand-made result is shown instead). */
  cancel(): void {
    this.doneAnalysisGen = ++this.analysisGen;
    this.doneOptimizeGen = ++this.optimizeGen;
    this.forgetKnown();
  }

  dispose(): void {
    this.disposed = true;
    if (this.inFlight) clearTimeout(this.inFlight.timer);
    this.worker?.terminate();
    this.worker = null;
  }

  private forgetKnown(): void {
    this.known.clear();
    this.knownFromId = this.nextId;
  }

  private remember(id: number, options: AnalysisOptions, optimized: OptimizeResult | null, ms: number): void {
    if (!optimized || id < this.knownFromId || !this.latest || this.latest.text.length > PREFETCH_MAX_CHARS) return;
    const key = optimizerRunKey(options);
    this.known.delete(key); // re-inserted as the newest
    if (this.known.size >= MAX_KNOWN) this.known.delete(this.known.keys().next().value!);
    this.known.set(key, { id, text: this.latest.text, options, optimized, ms });
  }

  private onPrefetch(response: PrefetchResponse): void {
    this.remember(response.id, response.options, response.optimized, response.ms);
  }

  private wantsAnalysis(): boolean {
    return this.doneAnalysisGen < this.analysisGen;
  }

  private wantsOptimized(): boolean {
    return this.doneOptimizeGen < this.optimizeGen;
  }

  /** Is the running job still producing something wanted? */
  private inFlightUseful(): boolean {
    const job = this.inFlight;
    if (!job) return false;
    if (job.analysisGen === this.analysisGen && !job.analysed) return true;
    return job.optimizeGen === this.optimizeGen;
  }

  private schedule(): number {
    if (!this.inFlight) return this.pump();
    if (!this.inFlightUseful() && performance.now() - this.inFlight.phaseAt > SUPERSEDE_AFTER_MS) {
      // The worker is deep in work nobody wants any more; synchronous code cannot be
      // interrupted, so replace the worker.
      this.restart();
      return this.pump();
    }
    return this.nextId; // sent when the running job finishes
  }

  /** Sends the wanted work, if any, when nothing is in flight. */
  private pump(): number {
    if (this.disposed || this.inFlight || !this.latest) return 0;
    const full = this.wantsAnalysis();
    if (!full && !this.wantsOptimized()) return 0;
    const job: Job = {
      id: this.nextId++,
      mode: full ? 'full' : 'optimize',
      text: this.latest.text,
      options: this.latest.options,
      analysisGen: full ? this.analysisGen : null,
      optimizeGen: this.optimizeGen,
    };
    const timer = setTimeout(() => this.onTimeout(job.id), TIMEOUT_MS);
    const now = performance.now();
    this.inFlight = { ...job, sentAt: now, phaseAt: now, timer, analysed: false };
    this.ensureWorker().postMessage({ id: job.id, mode: job.mode, text: job.text, options: job.options });
    return job.id;
  }

  private ensureWorker(): Worker {
    if (!this.worker) {
      this.worker = new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module', name: 'layerlab-analysis' });
      this.worker.onmessage = (event: MessageEvent<AnalysisResponse>) => this.onResponse(event.data);
      this.worker.onerror = (event) => {
        event.preventDefault();
        this.onCrash(event.message || 'The analysis worker stopped unexpectedly.');
      };
    }
    return this.worker;
  }

  private onResponse(response: AnalysisResponse): void {
    if (response.phase === 'prefetch') return this.onPrefetch(response);
    const job = this.inFlight;
    if (!job || job.id !== response.id) return; // answer from a worker generation we left behind
    if (response.phase === 'analysis') {
      job.analysed = true;
      job.phaseAt = performance.now();
      if (job.analysisGen !== null && job.analysisGen === this.analysisGen) {
        this.doneAnalysisGen = job.analysisGen;
        const optimizing = !response.final;
        if (response.final && job.optimizeGen === this.optimizeGen) this.doneOptimizeGen = job.optimizeGen;
        this.listener.onAnalysis({ id: job.id, text: job.text, options: job.options, result: response.result, error: response.error, ms: response.ms, optimizing });
      }
    } else {
      // right for its options even when the user has moved on: kept for a click back
      this.remember(job.id, job.options, response.optimized, response.ms);
    }
    if (response.phase === 'optimized' && job.optimizeGen === this.optimizeGen) {
      this.doneOptimizeGen = job.optimizeGen;
      this.listener.onOptimized({ id: job.id, text: job.text, options: job.options, optimized: response.optimized, error: response.error, ms: response.ms });
    }
    if (response.final) {
      clearTimeout(job.timer);
      this.inFlight = null;
      this.pump();
    }
  }

  private onTimeout(id: number): void {
    const job = this.inFlight;
    if (!job || job.id !== id) return;
    this.restart();
    this.fail(job, 'timeout', TIMEOUT_MS);
    this.pump();
  }

  private onCrash(message: string): void {
    const job = this.inFlight;
    this.restart();
    if (job) this.fail(job, message, 0);
    this.pump();
  }

  /** Reports a job that will not answer, for the kinds it still owed and nobody superseded. */
  private fail(job: Job & { analysed: boolean }, error: string, ms: number): void {
    if (job.analysisGen !== null && !job.analysed && job.analysisGen === this.analysisGen) {
      this.doneAnalysisGen = job.analysisGen;
      this.listener.onAnalysis({ id: job.id, text: job.text, options: job.options, result: null, error, ms, optimizing: false });
    }
    if (job.optimizeGen === this.optimizeGen) {
      this.doneOptimizeGen = job.optimizeGen;
      this.listener.onOptimized({ id: job.id, text: job.text, options: job.options, optimized: null, error, ms });
    }
  }

  private restart(): void {
    if (this.inFlight) clearTimeout(this.inFlight.timer);
    this.inFlight = null;
    this.worker?.terminate();
    this.worker = null;
  }
}
