/**
 * Replaces a model's text with one edit of the part that differs. `setValue` would replace every
 * line: the view, the scroll position and the decorations of the unchanged lines (the diff's
 * highlights, until Monaco recomputes the diff) would all start over.
 */
import type { editor } from 'monaco-editor/editor';

export interface Splice {
  /** offsets into the old text */
  start: number;
  end: number;
  /** what replaces old[start, end) */
  text: string;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

/** The single edit that turns `from` into `to` (null when they are equal). */
export function spliceBetween(from: string, to: string): Splice | null {
  if (from === to) return null;
  const shorter = Math.min(from.length, to.length);
  let start = 0;
  while (start < shorter && from.charCodeAt(start) === to.charCodeAt(start)) start++;
  // An editor position cannot sit inside a surrogate pair or a CRLF: keep both whole.
  if (start > 0 && (isHighSurrogate(from.charCodeAt(start - 1)) || (from[start - 1] === '\r' && (from[start] === '\n' || to[start] === '\n')))) start--;
  let tail = 0;
  while (tail < shorter - start && from.charCodeAt(from.length - 1 - tail) === to.charCodeAt(to.length - 1 - tail)) tail++;
  if (tail > 0) {
    const fromEnd = from.length - tail;
    const toEnd = to.length - tail;
    if (isHighSurrogate(from.charCodeAt(fromEnd - 1)) || isHighSurrogate(to.charCodeAt(toEnd - 1)) || (from[fromEnd] === '\n' && (from[fromEnd - 1] === '\r' || to[toEnd - 1] === '\r'))) tail--;
  }
  return { start, end: from.length - tail, text: to.slice(start, to.length - tail) };
}

/** Gives `model` the text `text` with one minimal edit. Returns false when nothing changed. */
export function setTextMinimally(model: editor.ITextModel, text: string): boolean {
  // the model keeps one line ending; compare against the text as it will hold it
  const target = text.replace(/\r\n|\r|\n/g, model.getEOL());
  const splice = spliceBetween(model.getValue(), target);
  if (!splice) return false;
  const start = model.getPositionAt(splice.start);
  const end = model.getPositionAt(splice.end);
  model.applyEdits([{ range: { startLineNumber: start.lineNumber, startColumn: start.column, endLineNumber: end.lineNumber, endColumn: end.column }, text: splice.text }]);
  // belt and braces: an edit the model normalised differently must not leave a wrong text behind
  if (model.getValue() !== target) model.setValue(target);
  return true;
}
