/**
 * What Monaco does with the findings beyond squiggles: a hover that explains the rule (title,
 * severity word, aliases, links to its page and lesson) and quick fixes in the lightbulb menu.
 *
 * Fixes carry offsets into the text that was analysed. They are only offered while the editor
 * still holds exactly that text (checked by content when the result arrives, then tracked by
 * Monaco's alternative version id, which also comes back after an undo). A fix is applied with
 * executeEdits between undo stops, so Ctrl+Z takes it back in one step.
 */
import type { editor, IDisposable, IRange, languages, Position } from 'monaco-editor/editor';
import type { Fix, Severity } from '@/lib/types';
import { makeTranslate } from '../i18n';
import type { EditorMarker } from '../monaco/editorApi';
import { monaco } from '../monaco/setupMonaco';
import { documentLang, issueStrings } from './strings';

/** the editor's model is plain text past the analysis limit (see MonacoEditor): findings work in both */
const EDITOR_LANGUAGES = ['dockerfile', 'plaintext'];

type Catalog = typeof import('@/lib/rules/catalog');
let catalogPromise: Promise<Catalog> | null = null;
/** Rule titles and lessons: loaded lazily (the registry is not needed until the first hover). */
export function loadCatalog(): Promise<Catalog> {
  catalogPromise ??= import('@/lib/rules/catalog');
  return catalogPromise;
}

const OWNER = 'layerlab';
const MAX_MARKERS = 1000;
const MAX_HOVER_FINDINGS = 3;

const SEVERITY: Record<Severity, monaco.MarkerSeverity> = {
  error: monaco.MarkerSeverity.Error,
  warning: monaco.MarkerSeverity.Warning,
  info: monaco.MarkerSeverity.Info,
  style: monaco.MarkerSeverity.Hint,
};
const SEVERITY_BY_MARKER = new Map<monaco.MarkerSeverity, Severity>(Object.entries(SEVERITY).map(([k, v]) => [v, k as Severity]));

/** Escapes text for Monaco's markdown (rule titles and messages are plain text, never markup). */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!<>|~&]/g, (c) => '\\' + c);
}

export function rulePageUrl(rule: string): string {
  return `${window.location.origin}/rules/${encodeURIComponent(rule)}/`;
}

export interface FindingsController {
  /** replace the markers; `forText` is the text they were computed from */
  set(markers: EditorMarker[], forText?: string): void;
  /** apply a fix computed for the current text; false when the text changed since */
  applyFix(fix: Fix): boolean;
  dispose(): void;
}

let commandSeq = 0;

function intersects(a: IRange, line: number, column: number, endLine: number, endColumn: number): boolean {
  // Lenient: any finding on the lines of the requested range (the lightbulb shows on the whole line).
  void column;
  void endColumn;
  return line <= a.endLineNumber && endLine >= a.startLineNumber;
}

export function attachFindings(ed: editor.IStandaloneCodeEditor): FindingsController {
  let fixable: (EditorMarker & { fix: Fix })[] = [];
  /** alternative version id of the text the fixes belong to; -1: none valid */
  let fixVersion = -1;
  const disposables: IDisposable[] = [];
  const isOurs = (model: editor.ITextModel) => model === ed.getModel();

  const applyFix = (fix: Fix): boolean => {
    const model = ed.getModel();
    if (!model || fixVersion === -1 || model.getAlternativeVersionId() !== fixVersion) return false;
    const length = model.getValueLength();
    if (fix.edits.some((e) => e.start < 0 || e.end < e.start || e.end > length)) return false;
    const edits = fix.edits.map((e) => {
      const start = model.getPositionAt(e.start);
      const end = model.getPositionAt(e.end);
      return { range: new monaco.Range(start.lineNumber, start.column, end.lineNumber, end.column), text: e.text, forceMoveMarkers: true };
    });
    ed.pushUndoStop();
    const ok = ed.executeEdits('layerlab-fix', edits);
    ed.pushUndoStop();
    if (ok && edits[0]) ed.revealRangeInCenterIfOutsideViewport(edits[0].range);
    return ok;
  };

  const commandId = `layerlab.applyFix.${++commandSeq}`;
  disposables.push(monaco.editor.registerCommand(commandId, (_accessor: unknown, fix: Fix) => applyFix(fix)));

  disposables.push(
    monaco.languages.registerCodeActionProvider(
      EDITOR_LANGUAGES,
      {
        provideCodeActions(model: editor.ITextModel, range: IRange, context: languages.CodeActionContext) {
          if (!isOurs(model) || fixVersion === -1 || model.getAlternativeVersionId() !== fixVersion) return { actions: [], dispose() {} };
          const t = issueStrings(documentLang());
          const actions: languages.CodeAction[] = [];
          for (const m of fixable) {
            if (!intersects(range, m.line, m.column, m.endLine, m.endColumn)) continue;
            const diagnostics = context.markers.filter((mk) => mk.source === OWNER && (typeof mk.code === 'object' ? mk.code.value : mk.code) === m.code && mk.startLineNumber === m.line);
            actions.push({
              title: t('quickFix', { title: m.fix.title }),
              kind: 'quickfix',
              diagnostics,
              isPreferred: actions.length === 0,
              command: { id: commandId, title: m.fix.title, arguments: [m.fix] },
            });
          }
          return { actions, dispose() {} };
        },
      },
      { providedCodeActionKinds: ['quickfix'] },
    ),
  );

  disposables.push(
    monaco.languages.registerHoverProvider(EDITOR_LANGUAGES, {
      async provideHover(model: editor.ITextModel, position: Position) {
        if (!isOurs(model)) return null;
        // Live markers: Monaco moves them with edits, so the hover stays right while typing.
        const here = monaco.editor
          .getModelMarkers({ owner: OWNER, resource: model.uri })
          .filter((m) => m.code && m.code !== 'parse' && monaco.Range.containsPosition(m, position) && !(m.startLineNumber === m.endLineNumber && m.startColumn === m.endColumn));
        if (here.length === 0) return null;
        const { findRule, LESSON_TITLES } = await loadCatalog();
        const lang = documentLang();
        const tr = makeTranslate(lang);
        const t = issueStrings(lang);
        const contents = here.slice(0, MAX_HOVER_FINDINGS).flatMap((m) => {
          const id = typeof m.code === 'object' ? m.code.value : (m.code ?? '');
          const rule = findRule(id);
          if (!rule) return [];
          const severity = SEVERITY_BY_MARKER.get(m.severity) ?? rule.severity;
          const lines = [`**${escapeMarkdown(tr(`severity_${severity}`))}** · ${escapeMarkdown(rule.title)}`];
          if (rule.aliases.length) lines.push(`${escapeMarkdown(t('aliases'))}: ${rule.aliases.map((a) => '`' + a.replace(/`/g, '') + '`').join(', ')}`);
          lines.push(`[${escapeMarkdown(t('rulePage'))}: ${escapeMarkdown(rule.id)}](${rulePageUrl(rule.id)}) · ${escapeMarkdown(t('lesson'))}: ${escapeMarkdown(LESSON_TITLES[rule.lesson][lang])}`);
          return [{ value: lines.join('\n\n'), isTrusted: false, supportHtml: false }];
        });
        if (contents.length === 0) return null;
        const first = here[0];
        return { range: new monaco.Range(first.startLineNumber, first.startColumn, first.endLineNumber, first.endColumn), contents };
      },
    }),
  );

  return {
    set(markers, forText) {
      const model = ed.getModel();
      if (!model) return;
      const shown = markers.slice(0, MAX_MARKERS);
      monaco.editor.setModelMarkers(
        model,
        OWNER,
        shown.map((m) => ({
          severity: SEVERITY[m.severity],
          message: m.message,
          startLineNumber: m.line,
          startColumn: m.column,
          endLineNumber: m.endLine,
          endColumn: m.endColumn,
          // a rule id links to its page from Monaco's own marker hover too
          code: m.code && m.code !== 'parse' ? { value: m.code, target: monaco.Uri.parse(rulePageUrl(m.code)) } : m.code,
          source: OWNER,
        })),
      );
      fixable = markers.filter((m): m is EditorMarker & { fix: Fix } => !!m.fix && m.fix.edits.length > 0);
      // Fixes only for the very text they were computed from.
      fixVersion = fixable.length > 0 && (forText === undefined || model.getValue() === forText) ? model.getAlternativeVersionId() : -1;
    },
    applyFix,
    dispose() {
      disposables.forEach((d) => d.dispose());
      disposables.length = 0;
    },
  };
}
