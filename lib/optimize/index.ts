/** The optimizer's public surface: `optimize(text, { profile, disabled, target })` and its types. */
export { optimize, passesFor, PASS_ORDER } from './optimize';
export { ALL_PASSES } from './registry';
export type { OptimizeOptions, OptimizeResult, OptimizedChange, Pass, Profile, ChangeRecord } from './types';
