/**
 * A least-recently-used memo keyed by text, bounded by entry count and by retained characters so
 * a pasted multi-megabyte file does not pin its results. Values are shared between callers:
 * nothing may modify them.
 */
const everyMemo: (() => void)[] = [];

/** Forget every memoised text (benchmarks measure a cold start with it). */
export function forgetTexts(): void {
  for (const clear of everyMemo) clear();
}

export function textMemo<T>(compute: (text: string) => T, maxEntries: number, maxChars: number): (text: string) => T {
  const entries = new Map<string, T>();
  let chars = 0;
  everyMemo.push(() => {
    entries.clear();
    chars = 0;
  });
  return (text) => {
    const hit = entries.get(text);
    if (hit !== undefined) {
      entries.delete(text); // Map order is the recency order
      entries.set(text, hit);
      return hit;
    }
    const value = compute(text);
    if (text.length <= maxChars / 8) {
      entries.set(text, value);
      chars += text.length;
      for (const [key] of entries) {
        if (entries.size <= maxEntries && chars <= maxChars) break;
        entries.delete(key);
        chars -= key.length;
      }
    }
    return value;
  };
}
