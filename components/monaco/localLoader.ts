/**
 * Replaces `@monaco-editor/loader` (aliased in next.config.js). The original falls back to
 * injecting a <script> from a public CDN when it has no Monaco instance; this one only hands out
 * the bundled instance given to `config({ monaco })`, so no code path can fetch from elsewhere,
 * and the CDN URL is not even in the shipped bundle.
 */
import type * as Monaco from 'monaco-editor/editor';

type MonacoApi = typeof Monaco;
type Cancelable<T> = Promise<T> & { cancel(): void };

const CANCELATION = { type: 'cancelation', msg: 'operation is manually canceled' };

let instance: MonacoApi | null = null;
let resolveReady: ((monaco: MonacoApi) => void) | null = null;
const ready = new Promise<MonacoApi>((resolve) => {
  resolveReady = resolve;
});

function cancelable<T>(promise: Promise<T>): Cancelable<T> {
  let canceled = false;
  const wrapped = new Promise<T>((resolve, reject) => {
    promise.then((value) => (canceled ? reject(CANCELATION) : resolve(value)), reject);
  }) as Cancelable<T>;
  wrapped.cancel = () => {
    canceled = true;
  };
  return wrapped;
}

function config(options: { monaco?: MonacoApi }): void {
  if (options.monaco) {
    instance = options.monaco;
    resolveReady?.(options.monaco);
  }
}

function init(): Cancelable<MonacoApi> {
  return cancelable(ready);
}

function __getMonacoInstance(): MonacoApi | null {
  return instance;
}

const loader = { config, init, __getMonacoInstance };
export default loader;
