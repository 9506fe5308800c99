/**
 * What the page may do with the editor. Types only (no Monaco import), so the page shell can
 * talk about the editor without pulling the 1 MB Monaco chunk into its first load.
 */
import type { Severity } from '@/lib/types';

export interface EditorMarker {
  severity: Severity;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** rule id, shown in the hover */
  code?: string;
}

export interface EditorApi {
  getText(): string;
  setText(text: string): void;
  /** replace the whole text as one undoable edit (Ctrl+Z restores the previous text) */
  replaceText(text: string): void;
  /** scroll to a range, select it and focus the editor */
  reveal(line: number, column?: number, endLine?: number, endColumn?: number): void;
  setMarkers(markers: EditorMarker[]): void;
  focus(): void;
}
