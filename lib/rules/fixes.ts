import type { Fix, TextEdit } from '../types';

/** Applies non-overlapping edits (any order) to text. Overlapping edits after the first are dropped. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let pos = 0;
  for (const e of sorted) {
    if (e.start < pos) continue;
    out += text.slice(pos, e.start) + e.text;
    pos = e.end;
  }
  return out + text.slice(pos);
}

export function applyFix(text: string, fix: Fix): string {
  return applyEdits(text, fix.edits);
}
