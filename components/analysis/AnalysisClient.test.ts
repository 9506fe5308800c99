/** The worker client's policy, with a fake worker: two phases, optimize-only runs, stale answers dropped. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AnalysisOptions, AnalysisRequest, AnalysisResponse, ViewResult } from './protocol';
import { AnalysisClient, type AnalysisAnswer, type OptimizedAnswer } from './AnalysisClient';

class FakeWorker {
  static all: FakeWorker[] = [];
  sent: AnalysisRequest[] = [];
  terminated = false;
  onmessage: ((e: { data: AnalysisResponse }) => void) | null = null;
  onerror: ((e: unknown) => void) | null = null;
  constructor() {
    FakeWorker.all.push(this);
  }
  postMessage(req: AnalysisRequest) {
    this.sent.push(req);
  }
  terminate() {
    this.terminated = true;
  }
  reply(res: AnalysisResponse) {
    this.onmessage?.({ data: res });
  }
}

const result = {} as ViewResult;
const analysis = (id: number): AnalysisResponse => ({ id, phase: 'analysis', result, ms: 1, final: false });
const optimized = (id: number, dockerfile = 'FROM x'): AnalysisResponse => ({
  id,
  phase: 'optimized',
  optimized: { dockerfile, changes: [], image: null, originalBytes: null, profile: 'recommended' },
  ms: 1,
  final: true,
});

const prefetch = (id: number, options: AnalysisOptions, dockerfile: string): AnalysisResponse => ({
  id,
  phase: 'prefetch',
  options,
  optimized: { dockerfile, changes: [], image: null, originalBytes: null, profile: 'recommended' },
  ms: 1,
  final: false,
});

let analyses: AnalysisAnswer[];
let optimizations: OptimizedAnswer[];
let client: AnalysisClient;
const worker = () => FakeWorker.all[FakeWorker.all.length - 1];

beforeEach(() => {
  FakeWorker.all = [];
  vi.stubGlobal('Worker', FakeWorker);
  analyses = [];
  optimizations = [];
  client = new AnalysisClient({ onAnalysis: (a) => analyses.push(a), onOptimized: (o) => optimizations.push(o) });
});
afterEach(() => {
  client.dispose();
  vi.unstubAllGlobals();
});

describe('AnalysisClient', () => {
  it('delivers the analysis first, then the optimizer, for one full request', () => {
    client.request('FROM a', {});
    expect(worker().sent).toMatchObject([{ mode: 'full', text: 'FROM a' }]);
    worker().reply(analysis(1));
    expect(analyses).toHaveLength(1);
    expect(analyses[0]).toMatchObject({ text: 'FROM a', optimizing: true });
    expect(optimizations).toHaveLength(0);
    worker().reply(optimized(1));
    expect(optimizations).toMatchObject([{ text: 'FROM a' }]);
  });

  it('re-runs only the optimizer when only its options change', () => {
    client.request('FROM a', {});
    worker().reply(analysis(1));
    worker().reply(optimized(1));
    client.optimize({ disabledChanges: ['x'] });
    expect(worker().sent[1]).toMatchObject({ mode: 'optimize', text: 'FROM a', options: { disabledChanges: ['x'] } });
    worker().reply(optimized(2, 'FROM b'));
    expect(analyses).toHaveLength(1);
    expect(optimizations.map((o) => o.optimized?.dockerfile)).toEqual(['FROM x', 'FROM b']);
  });

  it('a toggle during the analysis waits for it, drops its stale optimizer answer, then runs the optimizer', () => {
    client.request('FROM a', {});
    client.optimize({ profile: 'safe' });
    expect(worker().sent).toHaveLength(1); // one at a time
    worker().reply(analysis(1));
    expect(analyses).toHaveLength(1); // the analysis is still wanted
    worker().reply(optimized(1));
    expect(optimizations).toHaveLength(0); // computed with the old profile
    expect(worker().sent[1]).toMatchObject({ mode: 'optimize', options: { profile: 'safe' } });
    worker().reply(optimized(2));
    expect(optimizations).toHaveLength(1);
  });

  it('newer text supersedes both phases of an older request', () => {
    client.request('FROM a', {});
    client.request('FROM b', {});
    worker().reply(analysis(1));
    worker().reply(optimized(1));
    expect(analyses).toHaveLength(0);
    expect(optimizations).toHaveLength(0);
    expect(worker().sent[1]).toMatchObject({ mode: 'full', text: 'FROM b' });
    worker().reply(analysis(2));
    worker().reply(optimized(2));
    expect(analyses.map((a) => a.text)).toEqual(['FROM b']);
    expect(optimizations.map((o) => o.text)).toEqual(['FROM b']);
  });

  it('restarts a worker stuck on unwanted work', () => {
    vi.useFakeTimers();
    try {
      let now = 0;
      vi.spyOn(performance, 'now').mockImplementation(() => now);
      client.request('FROM a', {});
      const first = worker();
      now = 1000;
      client.request('FROM b', {});
      expect(first.terminated).toBe(true);
      expect(worker()).not.toBe(first);
      expect(worker().sent).toMatchObject([{ mode: 'full', text: 'FROM b' }]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('keeps the answers for the current text by options, prefetched ones too', () => {
    client.request('FROM a', {});
    worker().reply(analysis(1));
    worker().reply(optimized(1, 'FROM all'));
    worker().reply(prefetch(1, { disabledChanges: ['y', 'x'] }, 'FROM no-x-y'));
    expect(client.knownOptimized({})?.optimized?.dockerfile).toBe('FROM all');
    // the switched-off ids are a set; the recommended profile may be left out
    expect(client.knownOptimized({ profile: 'recommended', disabledChanges: ['x', 'y'] })).toMatchObject({ text: 'FROM a', optimized: { dockerfile: 'FROM no-x-y' } });
    expect(client.knownOptimized({ disabledChanges: ['x'] })).toBeNull();
    expect(client.knownOptimized({ disabledChanges: ['x', 'y'], contextBytes: 5 })).toBeNull();
  });

  it('a known answer is still requested, and a newer request still wins over it', () => {
    client.request('FROM a', {});
    worker().reply(analysis(1));
    worker().reply(optimized(1));
    worker().reply(prefetch(1, { disabledChanges: ['x'] }, 'FROM no-x'));
    client.optimize({ disabledChanges: ['x'] });
    expect(worker().sent[1]).toMatchObject({ mode: 'optimize', options: { disabledChanges: ['x'] } });
    client.optimize({ disabledChanges: ['x', 'y'] }); // a second click before the first answer
    worker().reply(optimized(2, 'FROM no-x'));
    expect(optimizations).toHaveLength(1); // the first click's answer is stale by now: not delivered
    expect(worker().sent[2]).toMatchObject({ options: { disabledChanges: ['x', 'y'] } });
    worker().reply(optimized(3, 'FROM no-x-y'));
    expect(optimizations.map((o) => o.optimized?.dockerfile)).toEqual(['FROM x', 'FROM no-x-y']);
    // both are kept for a click back
    expect(client.knownOptimized({ disabledChanges: ['x'] })?.optimized?.dockerfile).toBe('FROM no-x');
  });

  it('forgets known answers when the text changes, and ignores prefetches for an older text', () => {
    client.request('FROM a', {});
    worker().reply(analysis(1));
    worker().reply(optimized(1));
    client.request('FROM b', {});
    worker().reply(prefetch(1, { disabledChanges: ['x'] }, 'FROM a-no-x')); // sent before it saw the new text
    expect(client.knownOptimized({})).toBeNull();
    expect(client.knownOptimized({ disabledChanges: ['x'] })).toBeNull();
    worker().reply(analysis(2));
    worker().reply(optimized(2, 'FROM b'));
    expect(client.knownOptimized({})).toMatchObject({ text: 'FROM b', optimized: { dockerfile: 'FROM b' } });
  });

  it('an analysis with nothing to optimize ends the request', () => {
    client.request('# no FROM', {});
    worker().reply({ id: 1, phase: 'analysis', result, ms: 1, final: true });
    expect(analyses[0].optimizing).toBe(false);
    client.optimize({ profile: 'safe' });
    expect(worker().sent[1]).toMatchObject({ mode: 'optimize' });
  });
});
