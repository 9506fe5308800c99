import type { ShellScript } from '../shell/types';

/** 1-based line and column, as editors and the JSON contract count them. */
export interface Position {
  line: number;
  column: number;
}

/** A span of the Dockerfile text: 1-based positions plus 0-based UTF-16 offsets (end exclusive). */
export interface Span {
  start: Position;
  end: Position;
  startOffset: number;
  endOffset: number;
}

export interface ParserDirective {
  /** lower-cased name: syntax, escape, check, ... */
  name: string;
  value: string;
  span: Span;
}

export interface Flag {
  /** name without dashes: from, chown, mount, link, platform, ... */
  name: string;
  /** null for a bare flag (`--link`) */
  value: string | null;
  span: Span;
}

export interface Heredoc {
  /** delimiter name (EOF) */
  name: string;
  /** the body between the start line and the delimiter line */
  content: string;
  /** span of the body; null when the heredoc is unterminated and empty */
  contentSpan: Span | null;
  /** false when the closing delimiter is missing */
  terminated: boolean;
  /** `<<-EOF` strips leading tabs */
  stripTabs: boolean;
  /** quoted delimiter (`<<'EOF'`): no expansion in the body */
  quoted: boolean;
  /** for COPY/ADD heredocs: the destination is given by the instruction args; for RUN: null */
  span: Span;
}

export interface Word {
  /** value as Docker sees it after its own quote/escape handling (variables not expanded) */
  value: string;
  /** text as written */
  raw: string;
  span: Span;
}

export type InstructionForm = 'exec' | 'shell' | 'none';

export type Keyword =
  | 'FROM' | 'RUN' | 'CMD' | 'LABEL' | 'MAINTAINER' | 'EXPOSE' | 'ENV' | 'ADD' | 'COPY'
  | 'ENTRYPOINT' | 'VOLUME' | 'USER' | 'WORKDIR' | 'ARG' | 'ONBUILD' | 'STOPSIGNAL'
  | 'HEALTHCHECK' | 'SHELL';

export interface KeyValue {
  key: string;
  value: string;
  /** false for the legacy `ENV key value` form */
  hasEquals: boolean;
  span: Span;
}

/** A shell script with the mapping from its offsets back to Dockerfile offsets. */
export interface EmbeddedScript {
  script: ShellScript;
  /** Dockerfile offset of each script offset (length source.length + 1) */
  offsets: Int32Array;
  /** 'shell' form text, or a heredoc body */
  origin: 'shell' | 'heredoc';
}

export interface Instruction {
  /** index in DockerfileModel.instructions */
  index: number;
  /** upper-cased keyword; unknown keywords are kept upper-cased too */
  keyword: string;
  /** the keyword as written (for casing checks) */
  rawKeyword: string;
  known: boolean;
  span: Span;
  keywordSpan: Span;
  /** span of everything after the keyword (flags included); null when there are no arguments */
  argsSpan: Span | null;
  /** arguments text after the flags, with line continuations joined and comment lines dropped */
  argsText: string;
  /** whitespace-separated words after the flags, quotes handled as Docker does */
  words: Word[];
  flags: Flag[];
  form: InstructionForm;
  /** exec-form values (`["a","b"]` -> ['a','b']); null when not valid JSON exec form */
  json: string[] | null;
  heredocs: Heredoc[];
  /** KEY=VALUE pairs of ENV, LABEL and ARG (ARG: value '' and hasEquals false when no default) */
  pairs: KeyValue[];
  /** parsed shell for RUN (shell form and heredocs), HEALTHCHECK CMD and CMD/ENTRYPOINT shell form */
  scripts: EmbeddedScript[];
  /** stage index, -1 for instructions before the first FROM */
  stageIndex: number;
  /** the instruction that ONBUILD triggers, parsed as if it stood alone */
  trigger: Instruction | null;
  /** comment lines directly above the instruction (no blank line in between), text without '#' */
  leadingComments: Comment[];
  /** 1-based lines of blank lines inside this instruction's continuation (BuildKit warns on them) */
  emptyContinuationLines: number[];
}

export interface Comment {
  text: string;
  span: Span;
}

export interface ImageRef {
  /** as written, variables not expanded */
  raw: string;
  /** with ARG defaults substituted (equals raw when there is nothing to substitute) */
  resolved: string;
  /** registry host when one is given (docker.io is implied otherwise: null) */
  registry: string | null;
  /** repository path without registry (library/ prefix not added): python, bitnami/redis */
  repository: string;
  tag: string | null;
  digest: string | null;
  /** true when raw contains a variable that could not be resolved */
  unresolved: boolean;
}

export interface Stage {
  index: number;
  /** alias given with AS, as written; null when none */
  name: string | null;
  nameSpan: Span | null;
  from: Instruction;
  image: ImageRef;
  /** --platform value, if any */
  platform: string | null;
  /** index of the earlier stage this one builds on (FROM <alias>), or null */
  baseStage: number | null;
  isScratch: boolean;
  instructions: Instruction[];
  span: Span;
}

export interface ArgDecl {
  name: string;
  defaultValue: string | null;
  instruction: Instruction;
}

export interface Pragma {
  /** 'hadolint' | 'layerlab' */
  tool: string;
  kind: 'ignore' | 'global-ignore' | 'shell';
  values: string[];
  /** line the comment is on */
  line: number;
}

export interface ModelDiagnostic {
  message: string;
  span: Span;
  severity: 'error' | 'warning';
}

export interface DockerfileModel {
  text: string;
  /** text split on \n (a trailing \r kept off) */
  lines: string[];
  /** offset of the start of each line */
  lineStarts: number[];
  escapeChar: string;
  directives: ParserDirective[];
  /** ARGs before the first FROM */
  globalArgs: ArgDecl[];
  stages: Stage[];
  /** every instruction in order, including those before the first FROM */
  instructions: Instruction[];
  comments: Comment[];
  pragmas: Pragma[];
  /** problems found while building the model (not rule findings) */
  parseDiagnostics: ModelDiagnostic[];
  /** true when the text was cut to the analysis limit */
  truncated: boolean;
}
