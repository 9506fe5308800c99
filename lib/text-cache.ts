/**
 * A memo keyed by text, bounded by entry count and by retained characters so a pasted
 * multi-megabyte file does not pin its results. Values are shared between callers: nothing may
 * modify them.
 *
 * Two generations instead of a strict LRU: a hit in the older generation moves the entry to the
 * current one, and when the current one is full it becomes the older one (the oldest is dropped).
 * A hit costs one lookup and no re-insertion, which matters because the parser looks up every
 * part of the file on every keystroke and the optimizer re-parses after every pass.
 */
const everyMemo: (() => void)[] = [];

/** Also clear `clear`'s cache when every memoised text is forgotten. */
export function onForgetTexts(clear: () => void): void {
  everyMemo.push(clear);
}

/** Forget every memoised text (benchmarks measure a cold start with it). */
export function forgetTexts(): void {
  for (const clear of everyMemo) clear();
}

export function textMemo<T>(compute: (text: string) => T, maxEntries: number, maxChars: number): (text: string) => T {
  // each generation holds at most half the bounds, so both together stay within them
  const entriesPerGeneration = Math.max(1, Math.ceil(maxEntries / 2));
  const charsPerGeneration = maxChars / 2;
  let current = new Map<string, T>();
  let older = new Map<string, T>();
  let chars = 0;
  everyMemo.push(() => {
    current = new Map();
    older = new Map();
    chars = 0;
  });
  const remember = (text: string, value: T): void => {
    if (current.size >= entriesPerGeneration || chars + text.length > charsPerGeneration) {
      older = current;
      current = new Map();
      chars = 0;
    }
    current.set(text, value);
    chars += text.length;
  };
  return (text) => {
    const hit = current.get(text);
    if (hit !== undefined) return hit;
    const old = older.get(text);
    if (old !== undefined) {
      older.delete(text);
      remember(text, old);
      return old;
    }
    const value = compute(text);
    if (text.length <= maxChars / 8) remember(text, value);
    return value;
  };
}
