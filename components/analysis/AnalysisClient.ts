/**
 * Talks to the analysis worker: at most one request in flight, only the newest waiting one kept,
 * stale answers dropped, and a worker that is stuck (or busy with text the user already changed)
 * is terminated and restarted. No React here, so the policy is easy to read and test.
 */
import type { AnalysisOptions, AnalysisResponse } from './protocol';

/** An analysis older than this is abandoned as soon as newer text arrives. */
const SUPERSEDE_AFTER_MS = 400;
/** Give up on one analysis after this long and report it. Generous: newer text supersedes a
 *  running analysis anyway, so this only bounds the wait on text that stays unchanged. */
const TIMEOUT_MS = 20_000;

interface Job {
  id: number;
  text: string;
  options: AnalysisOptions;
}

export type AnalysisListener = (response: AnalysisResponse & { roundTripMs: number }) => void;

export class AnalysisClient {
  private worker: Worker | null = null;
  private nextId = 1;
  private latestId = 0;
  private inFlight: (Job & { sentAt: number; timer: ReturnType<typeof setTimeout> }) | null = null;
  private pending: Job | null = null;
  private disposed = false;

  constructor(private readonly listener: AnalysisListener) {}

  request(text: string, options: AnalysisOptions): number {
    const job: Job = { id: this.nextId++, text, options };
    this.latestId = job.id;
    if (!this.inFlight) {
      this.send(job);
    } else if (performance.now() - this.inFlight.sentAt > SUPERSEDE_AFTER_MS) {
      // The worker is deep in work nobody wants any more; synchronous code cannot be
      // interrupted, so replace the worker.
      this.restart();
      this.send(job);
    } else {
      this.pending = job;
    }
    return job.id;
  }

  dispose(): void {
    this.disposed = true;
    if (this.inFlight) clearTimeout(this.inFlight.timer);
    this.worker?.terminate();
    this.worker = null;
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

  private send(job: Job): void {
    if (this.disposed) return;
    this.pending = null;
    const timer = setTimeout(() => this.onTimeout(job.id), TIMEOUT_MS);
    this.inFlight = { ...job, sentAt: performance.now(), timer };
    this.ensureWorker().postMessage(job);
  }

  private onResponse(response: AnalysisResponse): void {
    const job = this.inFlight;
    if (!job || job.id !== response.id) return; // answer from a worker generation we left behind
    clearTimeout(job.timer);
    this.inFlight = null;
    if (response.id === this.latestId) {
      this.listener({ ...response, roundTripMs: performance.now() - job.sentAt });
    }
    if (this.pending) this.send(this.pending);
  }

  private onTimeout(id: number): void {
    if (!this.inFlight || this.inFlight.id !== id) return;
    const job = this.inFlight;
    this.inFlight = null;
    this.restart();
    if (this.pending) {
      this.send(this.pending);
    } else if (id === this.latestId) {
      this.listener({ id, result: null, error: 'timeout', ms: TIMEOUT_MS, roundTripMs: performance.now() - job.sentAt });
    }
  }

  private onCrash(message: string): void {
    const job = this.inFlight;
    if (job) clearTimeout(job.timer);
    this.inFlight = null;
    this.worker?.terminate();
    this.worker = null;
    if (this.pending) {
      this.send(this.pending);
    } else if (job && job.id === this.latestId) {
      this.listener({ id: job.id, result: null, error: message, ms: 0, roundTripMs: 0 });
    }
  }

  private restart(): void {
    if (this.inFlight) clearTimeout(this.inFlight.timer);
    this.inFlight = null;
    this.worker?.terminate();
    this.worker = null;
  }
}
