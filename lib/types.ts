import type { DockerfileModel, Span } from './model/types';

export type Severity = 'error' | 'warning' | 'info' | 'style';
export type Category = 'size' | 'cache' | 'security' | 'correctness' | 'style';
/** Lessons of the playground; every rule and optimizer pass names the one that teaches it. */
export type LessonId = 'why-size' | 'multi-stage' | 'layers' | 'minimal-base' | 'distroless' | 'security';

/** Replace [start, end) of the analysed text (UTF-16 offsets) with `text`. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
}

/** One finding, in the shape of the JSON contract plus what the playground needs. */
export interface Diagnostic {
  rule: string;
  aliases: string[];
  severity: Severity;
  category: Category;
  message: string;
  /** 1-based */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  fixable: boolean;
  fix: Fix | null;
  span: Span;
}

export type Confidence = 'known' | 'estimated' | 'guessed';

export interface LayerEstimate {
  stageIndex: number;
  /** stage alias, or its index as text when it has none */
  stage: string;
  line: number;
  instruction: string;
  bytes: number;
  low: number;
  high: number;
  shipped: boolean;
  wastedBytes: number;
  why: string;
  confidence: Confidence;
}

export interface ImageEstimate {
  bytes: number;
  low: number;
  high: number;
  compressedBytes: number;
}

export type Risk = 'safe' | 'review' | 'structural';

export interface OptimizationChange {
  id: string;
  title: string;
  line: number;
  savedBytes: number;
  risk: Risk;
  why: string;
}

export interface OptimizedResult {
  dockerfile: string;
  changes: OptimizationChange[];
  image: ImageEstimate | null;
}

export interface StageSize {
  index: number;
  name: string;
  shipped: boolean;
  bytes: number;
  low: number;
  high: number;
}

export interface SizeSummary {
  /** bytes written in one layer and deleted, overwritten or re-permissioned in a later one (dive's definition) */
  wastedBytes: number;
  /** 1 - wasted/total of the shipped image */
  efficiency: number;
  stages: StageSize[];
}

export interface AnalysisResult {
  model: DockerfileModel;
  diagnostics: Diagnostic[];
  layers: LayerEstimate[];
  image: ImageEstimate | null;
  /** wasted space and per-stage totals of the size estimate; null when nothing was estimated */
  size: SizeSummary | null;
  optimized: OptimizedResult | null;
  /** a note shown to the user when the input was cut or could not be fully analysed */
  notice: string | null;
  /** milliseconds per pipeline stage, for benchmarks */
  timings: Record<string, number>;
}

/** The per-file object of `--format json` (README documents it; keep it stable). */
export interface FileResult {
  path: string;
  diagnostics: Omit<Diagnostic, 'fix' | 'span'>[];
  layers: LayerEstimate[];
  image: ImageEstimate | null;
  optimized: { dockerfile: string; changes: OptimizationChange[]; image: ImageEstimate | null } | null;
}
