/**
 * The optimizer's answers the user is one click away from. After answering, the worker runs the
 * optimizer for each single change switched the other way (and each other profile) while it is
 * idle; the page shows such an answer the moment the click happens instead of waiting for a
 * round trip. Both sides build the switched options with the same functions, so the page's
 * lookup key always matches what the worker computed.
 */
import type { OptimizedChange, OptimizeResult, Profile } from '@/lib/optimize/types';
import type { AnalysisOptions } from './protocol';

/** Larger files are not prefetched: each answer holds the whole optimized file. */
export const PREFETCH_MAX_CHARS = 64_000;
/** An optimizer run slower than this would keep the worker busy for too long in total. */
export const PREFETCH_MAX_RUN_MS = 40;
/**
 * The page is busy drawing the answer for a few frames; prefetching then would compete with it
 * for the CPU (two cores are common). Nobody clicks again that fast.
 */
export const PREFETCH_DELAY_MS = 60;

const PROFILES: Profile[] = ['safe', 'recommended', 'smallest'];

/** The switched-off ids after the user switches `id` on (`include`) or off. */
export function toggledDisabled(disabled: readonly string[] | undefined, id: string, include: boolean): string[] | undefined {
  const rest = (disabled ?? []).filter((d) => d !== id);
  const next = include ? rest : [...rest, id];
  return next.length ? next : undefined;
}

/** One key per distinct optimizer run: the switched-off ids are a set to the optimizer. */
export function optimizerRunKey(options: AnalysisOptions): string {
  return JSON.stringify([options.profile ?? 'recommended', [...(options.disabledChanges ?? [])].sort(), options.target ?? null, options.contextBytes ?? null, options.requirements ?? null]);
}

/** The options one click away: each listed change's switch flipped, then each other profile. */
export function neighbourOptions(options: AnalysisOptions, changes: readonly OptimizedChange[]): AnalysisOptions[] {
  // the switch shows the user's choice, not `enabled` (the optimizer may hold a change back)
  const off = options.disabledChanges ?? [];
  const toggles = changes.map((c) => ({ ...options, disabledChanges: toggledDisabled(off, c.id, off.includes(c.id)) }));
  const current = options.profile ?? 'recommended';
  // the page leaves `profile` out for recommended; the key treats both the same
  const profiles = PROFILES.filter((p) => p !== current).map((p) => ({ ...options, profile: p === 'recommended' ? undefined : p }));
  return [...toggles, ...profiles];
}

/**
 * Whether a confirming answer equals the one already shown, so the page need not render again.
 * Only for files small enough to be prefetched: comparing two large results costs more than it saves.
 */
export function sameOptimized(shown: OptimizeResult | null, answer: OptimizeResult | null): boolean {
  if (shown === answer) return true;
  if (!shown || !answer || answer.dockerfile.length > PREFETCH_MAX_CHARS) return false;
  // both were built by the same code from the same inputs, so their keys come in the same order
  return JSON.stringify(shown) === JSON.stringify(answer);
}
