/**
 * What the page may do with the editor. Types only (no Monaco import), so the page shell can
 * talk about the editor without pulling the 1 MB Monaco chunk into its first load.
 */
import type { Fix, Severity } from '@/lib/types';

export interface EditorMarker {
  severity: Severity;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** rule id, shown in the hover */
  code?: string;
  /** a fix for the text the markers were computed from (see setMarkers' forText) */
  fix?: Fix | null;
}

export interface EditorApi {
  getText(): string;
  setText(text: string): void;
  /** replace the whole text as one undoable edit (Ctrl+Z restores the previous text) */
  replaceText(text: string): void;
  /** scroll to a range, select it and focus the editor */
  reveal(line: number, column?: number, endLine?: number, endColumn?: number): void;
  /** `forText`: the text the markers were computed from; fixes are dropped when the editor no longer holds it */
  setMarkers(markers: EditorMarker[], forText?: string): void;
  /** apply a finding's fix as one undoable edit; false when the text changed since the analysis */
  applyFix(fix: Fix): boolean;
  focus(): void;
}
