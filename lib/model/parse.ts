import type { Instruction as AstInstruction } from 'dockerfile-ast';
import { parseShellCached } from '../shell/cache';
import { joinContinuations } from './continuations';
import { expandVariables, parseImageRef } from './image-ref';
import { computeLineStarts, PositionMap, splitLines } from './positions';
import { parseDirectives, parsePragmas } from './comments';
import { parseExecForm, splitWords } from './words';
import { splitParts, treeOf, type LspRange } from './parts';
import { textMemo } from '../text-cache';
import { placed, shiftSpan } from './placed';
import type {
  ArgDecl, Comment, DockerfileModel, EmbeddedScript, Flag, Heredoc, Instruction, KeyValue,
  ModelDiagnostic, Span, Stage, Word,
} from './types';

/**
 * Larger inputs are cut here (at a line break). Real Dockerfiles are a few kB; analysis is linear,
 * about half a millisecond per instruction with every rule on, so this bounds a pasted log or a
 * generated file to a few seconds in the worker instead of tens.
 */
export const MAX_ANALYSED_CHARS = 300_000;

const KEYWORDS = new Set([
  'FROM', 'RUN', 'CMD', 'LABEL', 'MAINTAINER', 'EXPOSE', 'ENV', 'ADD', 'COPY', 'ENTRYPOINT',
  'VOLUME', 'USER', 'WORKDIR', 'ARG', 'ONBUILD', 'STOPSIGNAL', 'HEALTHCHECK', 'SHELL',
]);
const FLAG_CAPABLE = new Set(['FROM', 'RUN', 'COPY', 'ADD', 'HEALTHCHECK']);
const EXEC_CAPABLE = new Set(['RUN', 'CMD', 'ENTRYPOINT', 'SHELL', 'COPY', 'ADD', 'VOLUME', 'HEALTHCHECK']);

export interface ParseOptions {
  /** `--build-arg` values: they replace the defaults of declared global ARGs when base images are resolved */
  buildArgs?: Readonly<Record<string, string>> | null;
}

export function parseDockerfile(input: string, options: ParseOptions = {}): DockerfileModel {
  let text = input;
  let truncated = false;
  if (text.length > MAX_ANALYSED_CHARS) {
    const cut = text.lastIndexOf('\n', MAX_ANALYSED_CHARS);
    text = text.slice(0, cut > 0 ? cut + 1 : MAX_ANALYSED_CHARS);
    truncated = true;
  }
  // BuildKit ignores a leading BOM; a blank of the same length keeps every offset valid
  const parseText = text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text;
  const lineStarts = computeLineStarts(text);
  const lines = splitLines(text, lineStarts);
  const pm = new PositionMap(text, lineStarts);
  const { parts, escape: escapeChar } = splitParts(parseText, lines, lineStarts);
  const diagnostics: ModelDiagnostic[] = [];
  const instructions: Instruction[] = [];
  const comments: Comment[] = [];
  for (const part of parts) {
    const built = builtPart(escapeChar, part.text);
    const shift = lineStarts[part.line];
    for (const ins of built.instructions) instructions.push(placed(ins, instructions.length, shift, part.line));
    for (const c of built.comments) comments.push({ text: c.text, span: shiftSpan(c.span, shift, part.line) });
    for (const d of built.diagnostics) diagnostics.push({ ...d, span: shiftSpan(d.span, shift, part.line) });
  }
  attachLeadingComments(instructions, comments);
  const stages = buildStages(instructions, diagnostics, pm);
  const globalArgs = collectGlobalArgs(instructions);
  resolveImages(stages, globalArgs, options.buildArgs ?? null);

  if (instructions.length === 0 && text.trim() !== '') {
    diagnostics.push({ message: 'No Dockerfile instruction found in this text.', span: pm.span(0, Math.min(text.length, 80)), severity: 'error' });
  }
  if (instructions.length > 0 && stages.length === 0) {
    diagnostics.push({ message: 'There is no FROM instruction, so there is nothing to build.', span: instructions[0].span, severity: 'error' });
  }

  return {
    text,
    lines,
    lineStarts,
    escapeChar,
    directives: parseDirectives(lines, pm),
    globalArgs,
    stages,
    instructions,
    comments,
    pragmas: parsePragmas(lines),
    parseDiagnostics: diagnostics,
    truncated,
  };
}

interface BuiltPart {
  instructions: Instruction[];
  comments: Comment[];
  diagnostics: ModelDiagnostic[];
}

/**
 * A part's instructions as if the part were the whole file (offsets from its start). They do not
 * depend on the text around the part (see parts.ts), so an unchanged part is placed again, not rebuilt.
 * One memo per escape character (there are two), so the key is the part's own text, not a new
 * string built for every lookup.
 */
const builtPartMemos = new Map<string, (text: string) => BuiltPart>();

function builtPart(escapeChar: string, text: string): BuiltPart {
  let memo = builtPartMemos.get(escapeChar);
  if (!memo) builtPartMemos.set(escapeChar, (memo = textMemo((t) => buildPart(t, escapeChar), 4096, 4_000_000)));
  return memo(text);
}

function buildPart(text: string, escapeChar: string): BuiltPart {
  const tree = treeOf(text);
  const diagnostics: ModelDiagnostic[] = [];
  const pm = new PositionMap(text, computeLineStarts(text));
  const builder = new InstructionBuilder(text, pm, escapeChar, diagnostics);
  return {
    instructions: tree.instructions.map((node, i) => builder.build(node, i, -1)),
    comments: tree.comments.map((c) => ({ text: c.getContent(), span: pm.fromLsp(c.getRange()) })),
    diagnostics,
  };
}

class InstructionBuilder {
  constructor(
    private readonly text: string,
    private readonly pm: PositionMap,
    private readonly escapeChar: string,
    private readonly diagnostics: ModelDiagnostic[],
  ) {}

  build(node: AstInstruction, index: number, stageIndex: number): Instruction {
    const pm = this.pm;
    const keyword = node.getKeyword().toUpperCase();
    const span = this.pm.fromLsp(node.getRange());
    const keywordSpan = this.pm.fromLsp(node.getInstructionRange());
    // dockerfile-ast re-tokenises the arguments on every accessor call, so the arguments, flags and
    // their offsets are read here once from the joined text instead
    const afterKeyword = joinContinuations(this.text, keywordSpan.endOffset, span.endOffset, this.escapeChar, keywordSpan.end.line);
    const { flags, argsAt } = FLAG_CAPABLE.has(keyword) ? readFlags(afterKeyword.text, afterKeyword.offsets, this.escapeChar, pm) : { flags: [], argsAt: firstNonBlank(afterKeyword.text) };
    const argsStart = afterKeyword.offsets[argsAt];
    const argsEnd = span.endOffset;
    const heredocs = this.text.slice(argsStart, argsEnd).includes('<<') ? this.heredocs(node) : [];
    const allArgsStart = flags.length ? flags[0].span.startOffset : argsStart;
    const argsSpan = argsStart < argsEnd || flags.length ? pm.span(allArgsStart, argsEnd) : null;
    const joined = joinContinuations(this.text, argsStart, argsEnd, this.escapeChar, pm.position(argsStart).line);
    const argsText = heredocs.length ? firstLine(joined.text) : joined.text.replace(/\n+$/, '');
    const words: Word[] = splitWords(argsText, this.escapeChar).map((w) => ({
      value: w.value,
      raw: argsText.slice(w.start, w.end),
      span: pm.span(joined.offsets[w.start], joined.offsets[Math.max(w.start, w.end - 1)] + 1),
    }));
    const json = EXEC_CAPABLE.has(keyword) && !heredocs.length ? parseExecForm(execPart(keyword, argsText)) : null;
    const form = !EXEC_CAPABLE.has(keyword) ? 'none' : json ? 'exec' : argsText.trim() === '' && !heredocs.length ? 'none' : 'shell';
    const instruction: Instruction = {
      index,
      keyword,
      rawKeyword: node.getInstruction(),
      known: KEYWORDS.has(keyword),
      span,
      keywordSpan,
      argsSpan,
      argsText,
      words,
      flags,
      form,
      json,
      heredocs,
      pairs: keyword === 'ARG' ? argPairs(words) : this.pairs(node, keyword),
      scripts: [],
      stageIndex,
      trigger: null,
      leadingComments: [],
      emptyContinuationLines: heredocs.length ? [] : joined.emptyContinuationLines,
    };
    if (!instruction.known) {
      this.diagnostics.push({ message: `Unknown instruction: ${instruction.rawKeyword}`, span: keywordSpan, severity: 'error' });
    }
    for (const h of heredocs) {
      if (!h.terminated) {
        this.diagnostics.push({ message: `The heredoc <<${h.name} is never closed by a line "${h.name}".`, span: h.span, severity: 'error' });
      }
    }
    instruction.scripts = this.scripts(instruction, joined.text, joined.offsets, argsStart, argsEnd);
    if (keyword === 'ONBUILD') {
      const trig = (node as unknown as { getTriggerInstruction?: () => AstInstruction | null }).getTriggerInstruction?.();
      if (trig) instruction.trigger = this.build(trig, index, stageIndex);
    }
    return instruction;
  }

  private heredocs(node: AstInstruction): Heredoc[] {
    const get = (node as unknown as { getHeredocs?: () => import('dockerfile-ast').Heredoc[] }).getHeredocs;
    if (typeof get !== 'function') return [];
    const pm = this.pm;
    return get.call(node).map((h) => {
      const startSpan = this.pm.fromLsp(h.getStartRange());
      const contentRange = h.getContentRange();
      const contentSpan = contentRange ? this.pm.fromLsp(contentRange) : null;
      const delim = h.getDelimiterRange();
      const marker = this.text.slice(startSpan.startOffset, startSpan.endOffset);
      const end = delim ? this.pm.fromLsp(delim).endOffset : contentSpan ? contentSpan.endOffset : startSpan.endOffset;
      return {
        name: h.getName(),
        content: contentSpan ? this.text.slice(contentSpan.startOffset, contentSpan.endOffset) : '',
        contentSpan,
        terminated: delim !== null,
        stripTabs: marker.startsWith('<<-'),
        quoted: /^<<-?\s*["']/.test(marker),
        span: pm.span(startSpan.startOffset, end),
      };
    });
  }

  private pairs(node: AstInstruction, keyword: string): KeyValue[] {
    if (keyword !== 'ENV' && keyword !== 'LABEL' && keyword !== 'ARG') return [];
    type Prop = { getName(): string; getValue(): string | null; getRange(): LspRange; getAssignmentOperator(): string | null };
    const n = node as unknown as { getProperties?: () => Prop[]; getProperty?: () => Prop | null };
    const props = n.getProperties ? n.getProperties() : n.getProperty ? [n.getProperty()].filter((p): p is Prop => !!p) : [];
    return props.map((p) => ({
      key: p.getName(),
      value: p.getValue() ?? '',
      hasEquals: p.getAssignmentOperator() === '=',
      span: this.pm.fromLsp(p.getRange()),
    }));
  }

  private scripts(ins: Instruction, joinedText: string, offsets: Int32Array, argsStart: number, argsEnd: number): EmbeddedScript[] {
    const kw = ins.keyword;
    const wantsShell = kw === 'RUN' || ((kw === 'CMD' || kw === 'ENTRYPOINT') && ins.form === 'shell') || kw === 'HEALTHCHECK';
    if (!wantsShell || ins.form === 'exec') return [];
    if (ins.heredocs.length) {
      const head = ins.argsText.trim();
      // `RUN <<EOF` alone runs the body as the script; a command on the first line reads it as input
      const onlyMarkers = head.split(/\s+/).every((w) => /^<<-?["']?[A-Za-z0-9_.-]+["']?$/.test(w));
      if (onlyMarkers) {
        return ins.heredocs
          .filter((h) => h.contentSpan)
          .map((h) => embed(h.content, identityOffsets(h.contentSpan!.startOffset, h.content.length), 'heredoc'));
      }
      const raw = this.text.slice(argsStart, argsEnd);
      return [embed(raw, identityOffsets(argsStart, raw.length), 'shell')];
    }
    let text = joinedText.replace(/\n+$/, '');
    let skip = 0;
    if (kw === 'HEALTHCHECK') {
      const m = /^\s*CMD\s+/i.exec(text);
      if (!m) return [];
      skip = m[0].length;
      if (parseExecForm(text.slice(skip))) return [];
    }
    text = text.slice(skip);
    const map = offsets.subarray(skip, skip + text.length + 1);
    return [embed(text, map, 'shell')];
  }
}

/** `ARG A B=2 C` declares three arguments (BuildKit), each `NAME` or `NAME=default`. */
function argPairs(words: Word[]): KeyValue[] {
  return words.map((w) => {
    const eq = w.value.indexOf('=');
    return eq < 0
      ? { key: w.value, value: '', hasEquals: false, span: w.span }
      : { key: w.value.slice(0, eq), value: w.value.slice(eq + 1), hasEquals: true, span: w.span };
  });
}

function embed(source: string, offsets: Int32Array, origin: 'shell' | 'heredoc'): EmbeddedScript {
  return { script: parseShellCached(source), offsets, origin };
}

function identityOffsets(start: number, length: number): Int32Array {
  const a = new Int32Array(length + 1);
  for (let i = 0; i <= length; i++) a[i] = start + i;
  return a;
}

function firstLine(s: string): string {
  const i = s.indexOf('\n');
  return i < 0 ? s : s.slice(0, i);
}

function execPart(keyword: string, argsText: string): string {
  if (keyword !== 'HEALTHCHECK') return argsText;
  const m = /^\s*CMD\s+/i.exec(argsText);
  return m ? argsText.slice(m[0].length) : '';
}

function attachLeadingComments(instructions: Instruction[], comments: Comment[]): void {
  let ci = comments.length - 1;
  for (let i = instructions.length - 1; i >= 0; i--) {
    const ins = instructions[i];
    let line = ins.span.start.line - 1;
    const found: Comment[] = [];
    while (ci >= 0 && comments[ci].span.start.line > line) ci--;
    while (ci >= 0 && comments[ci].span.start.line === line) {
      found.unshift(comments[ci]);
      ci--;
      line--;
    }
    ins.leadingComments = found;
  }
}

function buildStages(instructions: Instruction[], diagnostics: ModelDiagnostic[], pm: PositionMap): Stage[] {
  const stages: Stage[] = [];
  let current: Stage | null = null;
  for (const ins of instructions) {
    if (ins.keyword === 'FROM') {
      const words = ins.words;
      const hasAlias = words.length >= 3 && words[1].value.toLowerCase() === 'as';
      current = {
        index: stages.length,
        name: hasAlias ? words[2].value : null,
        nameSpan: hasAlias ? words[2].span : null,
        from: ins,
        image: parseImageRef(words[0]?.value ?? '', words[0]?.value ?? '', false),
        platform: ins.flags.find((f) => f.name.toLowerCase() === 'platform')?.value ?? null,
        baseStage: null,
        isScratch: false,
        instructions: [],
        span: ins.span,
      };
      if (!words.length) diagnostics.push({ message: 'FROM needs an image name.', span: ins.span, severity: 'error' });
      stages.push(current);
    }
    if (current) {
      ins.stageIndex = current.index;
      if (ins.trigger) ins.trigger.stageIndex = current.index;
      current.instructions.push(ins);
    }
  }
  for (const stage of stages) {
    const last = stage.instructions[stage.instructions.length - 1];
    if (last !== stage.from) stage.span = pm.span(stage.span.startOffset, last.span.endOffset);
  }
  return stages;
}

function collectGlobalArgs(instructions: Instruction[]): ArgDecl[] {
  const out: ArgDecl[] = [];
  for (const ins of instructions) {
    if (ins.keyword === 'FROM') break;
    if (ins.keyword !== 'ARG') continue;
    for (const p of ins.pairs) out.push({ name: p.key, defaultValue: p.hasEquals ? p.value : null, instruction: ins });
  }
  return out;
}

function resolveImages(stages: Stage[], globalArgs: ArgDecl[], buildArgs: Readonly<Record<string, string>> | null): void {
  const vars = new Map<string, string | null>();
  for (const a of globalArgs) {
    const given = buildArgs && Object.prototype.hasOwnProperty.call(buildArgs, a.name) ? buildArgs[a.name] : undefined;
    vars.set(a.name, given ?? a.defaultValue);
  }
  const names = new Map<string, number>();
  for (const stage of stages) {
    const raw = stage.from.words[0]?.value ?? '';
    const { value, unresolved } = raw.includes('$') ? expandVariables(raw, vars) : { value: raw, unresolved: false };
    stage.image = parseImageRef(raw, value, unresolved);
    stage.isScratch = value.toLowerCase() === 'scratch';
    if (stage.platform && stage.platform.includes('$')) stage.platform = expandVariables(stage.platform, vars).value || stage.platform;
    const earlier = names.get(value.toLowerCase());
    if (earlier !== undefined) stage.baseStage = earlier;
    if (stage.name) names.set(stage.name.toLowerCase(), stage.index);
  }
}

/** Leading `--name[=value]` words are flags; the arguments start after them. */
function readFlags(text: string, offsets: Int32Array, escapeChar: string, pm: PositionMap): { flags: Flag[]; argsAt: number } {
  const flags: Flag[] = [];
  for (const w of splitWords(firstLine(text), escapeChar)) {
    if (!w.value.startsWith('--') || w.value.length < 3) return { flags, argsAt: w.start };
    const eq = w.value.indexOf('=');
    flags.push({
      name: eq < 0 ? w.value.slice(2) : w.value.slice(2, eq),
      value: eq < 0 ? null : w.value.slice(eq + 1),
      span: pm.span(offsets[w.start], offsets[w.end - 1] + 1),
    });
  }
  return { flags, argsAt: text.length };
}

function firstNonBlank(text: string): number {
  let i = 0;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
  return i;
}
