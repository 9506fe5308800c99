/**
 * Messages between the page and the analysis worker, and the trimmed "view model" the worker
 * sends back. The full DockerfileModel holds typed arrays, parsed shell trees and the whole text
 * several times over; structured-cloning that per keystroke for a 2 MB paste would cost more
 * than the analysis. The view model keeps only what the right pane displays.
 */
import type { OptimizeResult, Profile } from '@/lib/optimize/types';
import type { Diagnostic, ImageEstimate, LayerEstimate, SizeSummary } from '@/lib/types';

export interface AnalysisOptions {
  target?: string;
  contextBytes?: number | null;
  dockerignore?: string | null;
  /** a pasted requirements.txt, for the size of `pip install -r` */
  requirements?: string | null;
  /** optimizer profile (default recommended) */
  profile?: Profile;
  /** optimizer change ids the user switched off */
  disabledChanges?: readonly string[];
}

/**
 * `full`: the worker answers twice for the same id: first `analysis` (findings, layers, sizes:
 * what the Issues view needs, fast), then `optimized` (the optimizer's run, slower).
 * `optimize`: only the optimizer phase (a profile switch or a toggled change), one answer.
 * Either may be followed by `prefetch` messages for the same id.
 */
export type AnalysisMode = 'full' | 'optimize';

export interface AnalysisRequest {
  id: number;
  mode: AnalysisMode;
  text: string;
  options: AnalysisOptions;
}

interface ResponseBase {
  id: number;
  error?: string;
  /** worker-side milliseconds of this phase */
  ms: number;
  /** the last message for this request id */
  final: boolean;
}

export interface AnalysisPhaseResponse extends ResponseBase {
  phase: 'analysis';
  /** `optimized` is always null here; it follows in the `optimized` phase */
  result: ViewResult | null;
}

export interface OptimizedPhaseResponse extends ResponseBase {
  phase: 'optimized';
  optimized: OptimizeResult | null;
}

/**
 * Sent after a request's final answer, while the worker is idle: the optimizer's answer for
 * options one click away (see prefetch.ts). Never `final`; several per request id.
 */
export interface PrefetchResponse extends ResponseBase {
  phase: 'prefetch';
  options: AnalysisOptions;
  optimized: OptimizeResult;
}

export type AnalysisResponse = AnalysisPhaseResponse | OptimizedPhaseResponse | PrefetchResponse;

export interface LineRange {
  line: number;
  endLine: number;
}

export interface ViewFlag {
  name: string;
  value: string | null;
}

export interface ViewInstruction extends LineRange {
  keyword: string;
  known: boolean;
  form: 'exec' | 'shell' | 'none';
  flags: ViewFlag[];
  /** arguments, shortened for display */
  args: string;
  /** simple commands of a RUN, e.g. `apt-get install`, with the operator that follows each */
  commands: { name: string; op: string | null }[];
  heredocs: number;
}

export interface ViewStage extends LineRange {
  index: number;
  alias: string | null;
  image: {
    raw: string;
    resolved: string;
    registry: string | null;
    repository: string;
    tag: string | null;
    digest: string | null;
    unresolved: boolean;
  };
  platform: string | null;
  /** index of the earlier stage this one builds on */
  baseStage: number | null;
  isScratch: boolean;
  instructions: ViewInstruction[];
  /** instructions left out of `instructions` to keep the message small */
  omittedInstructions: number;
}

export interface ViewProblem extends LineRange {
  message: string;
  severity: 'error' | 'warning';
  column: number;
  endColumn: number;
}

export interface ViewModel {
  lineCount: number;
  directives: { name: string; value: string; line: number }[];
  globalArgs: { name: string; defaultValue: string | null; line: number }[];
  stages: ViewStage[];
  parseDiagnostics: ViewProblem[];
  truncated: boolean;
}

export type ViewDiagnostic = Omit<Diagnostic, 'span'>;

export interface ViewResult {
  model: ViewModel;
  diagnostics: ViewDiagnostic[];
  /** findings left out of `diagnostics` to keep the message small */
  omittedDiagnostics: number;
  layers: LayerEstimate[];
  image: ImageEstimate | null;
  /** wasted bytes, efficiency and per-stage totals */
  size: SizeSummary | null;
  optimized: OptimizeResult | null;
  notice: string | null;
  timings: Record<string, number>;
}
