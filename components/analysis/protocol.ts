/**
 * Messages between the page and the analysis worker, and the trimmed "view model" the worker
 * sends back. The full DockerfileModel holds typed arrays, parsed shell trees and the whole text
 * several times over; structured-cloning that per keystroke for a 2 MB paste would cost more
 * than the analysis. The view model keeps only what the right pane displays.
 */
import type { Diagnostic, ImageEstimate, LayerEstimate, OptimizedResult } from '@/lib/types';

export interface AnalysisOptions {
  target?: string;
  contextBytes?: number | null;
  dockerignore?: string | null;
}

export interface AnalysisRequest {
  id: number;
  text: string;
  options: AnalysisOptions;
}

export interface AnalysisResponse {
  id: number;
  result: ViewResult | null;
  error?: string;
  /** worker-side milliseconds, analysis plus trimming */
  ms: number;
}

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
  optimized: OptimizedResult | null;
  notice: string | null;
  timings: Record<string, number>;
}
