'use client';
/**
 * The playground: wires the editor, the analysis worker, the permalink and the session together.
 * Performance rule: the Dockerfile text is never React state. It lives in Monaco; the page reads
 * it once per debounced edit, sends it to the worker, and only the (small) result re-renders.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { buildPermalink, decodeFragment, type PermalinkErrorCode, type PermalinkOptions, type PermalinkState, type PermalinkTab } from '@/lib/permalink';
import type { OptimizeResult } from '@/lib/optimize/types';
import type { Fix } from '@/lib/types';
import { AnalysisClient } from './analysis/AnalysisClient';
import { sameOptimized } from './analysis/prefetch';
import type { AnalysisOptions, ViewResult } from './analysis/protocol';
import { Banner } from './Banner';
import { DEFAULT_DOCKERFILE } from './defaultDockerfile';
import EditorPane, { type SideTexts } from './EditorPane';
import { Header } from './Header';
import type { MessageKey } from './i18n';
import type { EditorApi, EditorMarker } from './monaco/editorApi';
import { PreferencesProvider, usePreferences } from './preferences';
import ResultsPane from './ResultsPane';
import { loadSession, saveSession } from './session';
import { SplitPane } from './SplitPane';

const ANALYSIS_DEBOUNCE_MS = 150;
const SAVE_DEBOUNCE_MS = 800;

const NO_SIDE: SideTexts = { dockerignore: '', requirements: '' };

interface Boot {
  text: string;
  side: SideTexts;
  tab: PermalinkTab;
  options: PermalinkOptions;
  linkError: PermalinkErrorCode | null;
}

interface Analysis {
  result: ViewResult | null;
  error?: string;
  /** the text this result describes */
  text: string;
  ms: number;
}

/** The optimizer's answer arrives after the analysis (and alone when only its options change). */
export interface Optimized {
  result: OptimizeResult | null;
  error?: string;
  /** the text it was computed from: the left side of the diff */
  text: string;
  ms: number;
  /** a newer run is on its way */
  pending: boolean;
}

/** Options that change the analysis itself; the rest (profile, switched-off changes) only the optimizer. */
function analysisKey(options: PermalinkOptions, side: SideTexts): string {
  return JSON.stringify([options.target ?? null, options.contextBytes ?? null, side.dockerignore, side.requirements]);
}

function optimizerKey(options: PermalinkOptions): string {
  return JSON.stringify([options.profile ?? 'recommended', options.disabledChanges ?? []]);
}

function requestOptions(options: PermalinkOptions, side: SideTexts): AnalysisOptions {
  return { ...options, dockerignore: side.dockerignore || null, requirements: side.requirements || null };
}

function stateOf(text: string, side: SideTexts, tab: PermalinkTab, options: PermalinkOptions): PermalinkState {
  return { v: 1, text, dockerignore: side.dockerignore || null, requirements: side.requirements || null, tab, options };
}

/** Link first, then the last session, then the article's example. */
function readBoot(): Boot {
  const example: Boot = { text: DEFAULT_DOCKERFILE, side: NO_SIDE, tab: 'issues', options: {}, linkError: null };
  const decoded = decodeFragment(window.location.hash);
  if (decoded?.ok) return fromState(decoded.state);
  if (decoded) return { ...example, linkError: decoded.error.code };
  const session = loadSession();
  return session ? fromState(session) : example;
}

function fromState(state: PermalinkState): Boot {
  const side = { dockerignore: state.dockerignore ?? '', requirements: state.requirements ?? '' };
  return { text: state.text, side, tab: state.tab, options: state.options, linkError: null };
}

function linkErrorKey(code: PermalinkErrorCode): MessageKey {
  return `link_${code.replace(/-/g, '_')}` as MessageKey;
}

function toMarkers(result: ViewResult): EditorMarker[] {
  const parse: EditorMarker[] = result.model.parseDiagnostics.map((d) => ({ ...d, code: 'parse' }));
  const findings: EditorMarker[] = result.diagnostics.map((d) => ({
    severity: d.severity,
    message: d.message,
    line: d.line,
    column: d.column,
    endLine: d.endLine,
    endColumn: d.endColumn,
    code: d.rule,
    fix: d.fix,
  }));
  return [...parse, ...findings];
}

declare global {
  interface Window {
    /** a small handle for end-to-end tests and the browser benchmark */
    __layerlab?: {
      editorReady(): boolean;
      getText(): string;
      setText(text: string): void;
      result(): ViewResult | null;
      /** shows a hand-made result (tests and demos of views the library does not fill yet) */
      showResult(result: ViewResult): void;
    };
  }
}

export default function Playground() {
  return (
    <PreferencesProvider>
      <PlaygroundApp />
    </PreferencesProvider>
  );
}

function PlaygroundApp() {
  const { t } = usePreferences();
  const [boot, setBoot] = useState<Boot | null>(null);
  const [tab, setTab] = useState<PermalinkTab>('issues');
  const [options, setOptions] = useState<PermalinkOptions>({});
  const [side, setSide] = useState<SideTexts>(NO_SIDE);
  const [linkError, setLinkError] = useState<PermalinkErrorCode | null>(null);
  const [analysis, setAnalysis] = useState<Analysis | null>(null);
  const [optimized, setOptimized] = useState<Optimized | null>(null);
  const [cursorLine, setCursorLine] = useState<number | null>(null);
  const [running, setRunning] = useState(false);
  const [noticeDismissed, setNoticeDismissed] = useState<string | null>(null);

  const editorRef = useRef<EditorApi | null>(null);
  const textRef = useRef('');
  const clientRef = useRef<AnalysisClient | null>(null);
  const analysisRef = useRef<Analysis | null>(null);
  const optimizedRef = useRef<Optimized | null>(null);
  const timers = useRef<{ analyse?: ReturnType<typeof setTimeout>; save?: ReturnType<typeof setTimeout> }>({});
  // Values the debounced callbacks read, so the callbacks can stay stable.
  const live = useRef({ tab, options, side });
  live.current = { tab, options, side };

  const currentText = useCallback(() => (editorRef.current ? editorRef.current.getText() : textRef.current), []);

  /** The ref (read by callbacks and the test handle) and the state always hold the same answer. */
  const showOptimized = useCallback((next: Optimized | null) => {
    optimizedRef.current = next;
    setOptimized(next);
  }, []);
  const markOptimizedPending = useCallback(() => {
    const shown = optimizedRef.current;
    if (shown && !shown.pending) showOptimized({ ...shown, pending: true });
  }, [showOptimized]);

  const save = useCallback(() => {
    const { tab: currentTab, options: currentOptions, side: currentSide } = live.current;
    saveSession(stateOf(textRef.current, currentSide, currentTab, currentOptions));
  }, []);

  const scheduleSave = useCallback(() => {
    clearTimeout(timers.current.save);
    timers.current.save = setTimeout(save, SAVE_DEBOUNCE_MS);
  }, [save]);

  const analyseNow = useCallback(() => {
    const client = clientRef.current;
    if (!client) return;
    const text = currentText();
    textRef.current = text;
    const { options: currentOptions, side: currentSide } = live.current;
    client.request(text, requestOptions(currentOptions, currentSide));
    setRunning(true);
    markOptimizedPending();
    scheduleSave();
  }, [currentText, scheduleSave, markOptimizedPending]);

  /**
   * Shows the worker's answer for these optimizer options if it already gave one (usually
   * prefetched while idle, see analysis/prefetch.ts). The request for them is sent anyway and
   * confirms it. False when there is none.
   */
  const showKnownOptimized = useCallback((options: PermalinkOptions): boolean => {
    const known = clientRef.current?.knownOptimized(requestOptions(options, live.current.side));
    if (!known) return false;
    const shown = optimizedRef.current;
    if (shown?.result === known.optimized && !shown.pending) return true;
    showOptimized({ result: known.optimized, text: known.text, ms: known.ms, pending: false });
    return true;
  }, [showOptimized]);

  /** Only the optimizer's options changed: re-run its phase alone, at once (no debounce). */
  const optimizeNow = useCallback(() => {
    const client = clientRef.current;
    if (!client) return;
    const { options: currentOptions, side: currentSide } = live.current;
    client.optimize(requestOptions(currentOptions, currentSide));
    if (!showKnownOptimized(currentOptions)) markOptimizedPending();
    scheduleSave();
  }, [scheduleSave, showKnownOptimized, markOptimizedPending]);

  /**
   * Options set in the results pane. A switched change or profile shows its known answer in the
   * same render as the switch itself: set from the effect below (which sends the request), it
   * would render in a later task, often a frame later.
   */
  const onOptions = useCallback(
    (next: PermalinkOptions) => {
      setOptions(next);
      const { options: before, side: currentSide } = live.current;
      if (analysisKey(next, currentSide) === analysisKey(before, currentSide) && optimizerKey(next) !== optimizerKey(before)) showKnownOptimized(next);
    },
    [showKnownOptimized],
  );

  const scheduleAnalysis = useCallback(() => {
    clearTimeout(timers.current.analyse);
    timers.current.analyse = setTimeout(analyseNow, ANALYSIS_DEBOUNCE_MS);
  }, [analyseNow]);

  const applyState = useCallback(
    (next: Boot) => {
      setTab(next.tab);
      setOptions(next.options);
      setSide(next.side);
      setLinkError(next.linkError);
      textRef.current = next.text;
      // setText fires a content change, which schedules the analysis by itself.
      if (editorRef.current) editorRef.current.setText(next.text);
      else scheduleAnalysis();
    },
    [scheduleAnalysis],
  );

  // The worker client lives as long as the page.
  useEffect(() => {
    const client = new AnalysisClient({
      onAnalysis: (answer) => {
        setRunning(false);
        const next: Analysis = { result: answer.result, error: answer.error, text: answer.text, ms: answer.ms };
        analysisRef.current = next;
        setAnalysis(next);
        if (answer.result) editorRef.current?.setMarkers(toMarkers(answer.result), answer.text);
        if (!answer.optimizing) {
          // nothing to optimize (no FROM) or the analysis failed: no proposal for this text
          showOptimized({ result: null, error: answer.error, text: answer.text, ms: 0, pending: false });
        }
      },
      onOptimized: (answer) => {
        const shown = optimizedRef.current;
        // the confirmation of an answer shown early (see showKnownOptimized) changes nothing on screen
        if (shown && !shown.pending && shown.text === answer.text && shown.error === answer.error && sameOptimized(shown.result, answer.optimized)) return;
        showOptimized({ result: answer.optimized, error: answer.error, text: answer.text, ms: answer.ms, pending: false });
      },
    });
    clientRef.current = client;
    const timerBox = timers.current;
    return () => {
      clearTimeout(timerBox.analyse);
      clearTimeout(timerBox.save);
      client.dispose();
      clientRef.current = null;
    };
  }, [showOptimized]);

  // Boot once on the client: the static HTML cannot know the fragment or the session.
  useEffect(() => {
    const first = readBoot();
    setBoot(first);
    applyState(first);
    const onHashChange = () => {
      const decoded = decodeFragment(window.location.hash);
      if (decoded?.ok) applyState(fromState(decoded.state));
      else if (decoded) setLinkError(decoded.error.code);
    };
    const onPageHide = () => {
      textRef.current = currentText();
      save();
    };
    window.addEventListener('hashchange', onHashChange);
    window.addEventListener('pagehide', onPageHide);
    return () => {
      window.removeEventListener('hashchange', onHashChange);
      window.removeEventListener('pagehide', onPageHide);
    };
  }, [applyState, currentText, save]);

  // Target, context size, .dockerignore and requirements change the analysis; the optimizer's options only its
  // phase (re-run at once, so a toggled change shows within a frame or two); the tab only the session.
  const sentKeys = useRef<{ analysis: string; optimizer: string } | null>(null);
  useEffect(() => {
    const keys = { analysis: analysisKey(options, side), optimizer: optimizerKey(options) };
    const before = sentKeys.current;
    sentKeys.current = keys;
    if (!before) return;
    if (keys.analysis !== before.analysis) scheduleAnalysis();
    else if (keys.optimizer !== before.optimizer) optimizeNow();
  }, [options, side, scheduleAnalysis, optimizeNow]);
  useEffect(() => {
    scheduleSave();
  }, [tab, scheduleSave]);

  useEffect(() => {
    window.__layerlab = {
      editorReady: () => editorRef.current !== null,
      getText: currentText,
      setText: (text) => {
        if (editorRef.current) editorRef.current.setText(text);
        else {
          textRef.current = text;
          scheduleAnalysis();
        }
      },
      result: () => {
        const result = analysisRef.current?.result ?? null;
        const opt = optimizedRef.current;
        // the optimizer's answer for the same text completes the result
        return result && opt && opt.text === analysisRef.current?.text ? { ...result, optimized: opt.result } : result;
      },
      showResult: (result) => {
        // Cancel any pending analysis so it does not replace the shown result.
        clearTimeout(timers.current.analyse);
        clientRef.current?.cancel();
        const text = currentText();
        const shown: Analysis = { result, text, ms: 0 };
        analysisRef.current = shown;
        setAnalysis(shown);
        showOptimized({ result: result.optimized, text, ms: 0, pending: false });
        setRunning(false);
        editorRef.current?.setMarkers(toMarkers(result));
      },
    };
  }, [currentText, scheduleAnalysis, showOptimized]);

  const onEditorReady = useCallback((api: EditorApi) => {
    editorRef.current = api;
    const last = analysisRef.current;
    if (last?.result) api.setMarkers(toMarkers(last.result), last.text);
  }, []);

  const onEscape = useCallback(() => {
    // Leave the editor for the next control: the split handle, or the results on a phone.
    const handle = document.getElementById('split-handle');
    if (handle && handle.offsetParent !== null) handle.focus();
    else document.getElementById('results-panel')?.focus();
  }, []);

  const onReveal = useCallback((line: number, column?: number, endLine?: number, endColumn?: number) => {
    editorRef.current?.reveal(line, column, endLine, endColumn);
  }, []);

  /** A finding's fix, as one undoable edit; false when the text changed since it was analysed. */
  const onFix = useCallback((fix: Fix) => editorRef.current?.applyFix(fix) ?? false, []);

  /** "Open the optimized file in the editor": one undoable edit (Ctrl+Z brings the old text back). */
  const onReplaceText = useCallback((text: string) => {
    const editor = editorRef.current;
    if (editor) editor.replaceText(text);
    else {
      textRef.current = text;
      scheduleAnalysis();
    }
  }, [scheduleAnalysis]);

  const buildLink = useCallback(() => {
    const { tab: currentTab, options: currentOptions, side: currentSide } = live.current;
    return buildPermalink(window.location.href, stateOf(currentText(), currentSide, currentTab, currentOptions));
  }, [currentText]);

  const notice = analysis?.result?.notice ?? null;

  return (
    <div className="flex min-h-dvh flex-col md:h-dvh">
      <Header buildLink={buildLink} />
      {linkError && (
        <Banner kind="warning" title={t('linkProblemTitle')} onDismiss={() => setLinkError(null)} dismissLabel={t('dismiss')} testId="link-error">
          {t(linkErrorKey(linkError))}
        </Banner>
      )}
      {notice && notice !== noticeDismissed && (
        <Banner kind="info" title={t('noticeTitle')} onDismiss={() => setNoticeDismissed(notice)} dismissLabel={t('dismiss')} testId="analysis-notice">
          {notice}
        </Banner>
      )}
      {analysis?.error && (
        <Banner kind="error" testId="analysis-error">
          {analysis.error === 'timeout' ? t('analysisTimeout') : t('analysisFailed', { error: analysis.error })}
        </Banner>
      )}
      <main className="flex min-h-0 flex-1 flex-col">
        <SplitPane
          handleId="split-handle"
          handleLabel={t('resizeHandle')}
          left={
            boot ? (
              <EditorPane
                initialText={boot.text}
                side={side}
                onSideChange={setSide}
                onReady={onEditorReady}
                onContentChange={scheduleAnalysis}
                onCursorLine={setCursorLine}
                onEscape={onEscape}
              />
            ) : (
              <div className="flex-1 bg-surface p-4 text-sm text-muted">{t('editorLoading')}</div>
            )
          }
          right={
            <ResultsPane
              result={analysis?.result ?? null}
              running={running}
              elapsedMs={analysis?.ms ?? null}
              tab={tab}
              onTab={setTab}
              options={options}
              onOptions={onOptions}
              analysedText={analysis?.text ?? ''}
              optimized={optimized}
              cursorLine={cursorLine}
              onReveal={onReveal}
              onFix={onFix}
              onReplaceText={onReplaceText}
            />
          }
        />
      </main>
    </div>
  );
}
