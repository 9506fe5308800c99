/**
 * Placing a remembered part's instructions at their place in the file. A part starts at the start
 * of a line, so placing moves lines and offsets, never columns.
 *
 * The optimizer re-parses after every pass and each keystroke re-places everything below it, so a
 * moved instruction is cheap to make: its nested positions (words, flags, pairs, heredocs, script
 * offsets) are shifted only when someone reads them, and most copies are never asked.
 */
import type { Comment, EmbeddedScript, Flag, Heredoc, Instruction, InstructionForm, KeyValue, Span, Word } from './types';

export function shiftSpan(s: Span, offset: number, lines: number): Span {
  if (!offset && !lines) return s;
  return {
    start: { line: s.start.line + lines, column: s.start.column },
    end: { line: s.end.line + lines, column: s.end.column },
    startOffset: s.startOffset + offset,
    endOffset: s.endOffset + offset,
  };
}

/** A fresh instruction for a model (stages and comments are attached to it later) at its place in the file. */
export function placed(ins: Instruction, index: number, offset: number, lines: number): Instruction {
  if (!offset && !lines) {
    // nothing moves: the part's own spans, words and scripts are shared (no one writes to them)
    return { ...ins, index, stageIndex: -1, trigger: ins.trigger && placed(ins.trigger, index, 0, 0), leadingComments: [] };
  }
  return new MovedInstruction(ins, index, offset, lines);
}

class MovedInstruction implements Instruction {
  index: number;
  keyword: string;
  rawKeyword: string;
  known: boolean;
  span: Span;
  argsText: string;
  form: InstructionForm;
  json: string[] | null;
  stageIndex = -1;
  trigger: Instruction | null;
  leadingComments: Comment[] = [];
  emptyContinuationLines: number[];
  readonly #base: Instruction;
  readonly #offset: number;
  readonly #lines: number;
  #words: Word[] | null = null;
  #flags: Flag[] | null = null;
  #heredocs: Heredoc[] | null = null;
  #pairs: KeyValue[] | null = null;
  #scripts: EmbeddedScript[] | null = null;
  #keywordSpan: Span | null = null;
  #argsSpan: Span | null | undefined = undefined;

  constructor(base: Instruction, index: number, offset: number, lines: number) {
    this.#base = base;
    this.#offset = offset;
    this.#lines = lines;
    this.index = index;
    this.keyword = base.keyword;
    this.rawKeyword = base.rawKeyword;
    this.known = base.known;
    this.span = shiftSpan(base.span, offset, lines);
    this.argsText = base.argsText;
    this.form = base.form;
    this.json = base.json;
    this.trigger = base.trigger && placed(base.trigger, index, offset, lines);
    this.emptyContinuationLines = lines ? base.emptyContinuationLines.map((l) => l + lines) : base.emptyContinuationLines;
  }

  #at(s: Span): Span {
    return shiftSpan(s, this.#offset, this.#lines);
  }

  get keywordSpan(): Span {
    return (this.#keywordSpan ??= this.#at(this.#base.keywordSpan));
  }

  get argsSpan(): Span | null {
    if (this.#argsSpan === undefined) this.#argsSpan = this.#base.argsSpan && this.#at(this.#base.argsSpan);
    return this.#argsSpan;
  }

  get words(): Word[] {
    return (this.#words ??= this.#base.words.map((w) => ({ ...w, span: this.#at(w.span) })));
  }

  get flags(): Flag[] {
    return (this.#flags ??= this.#base.flags.map((f) => ({ ...f, span: this.#at(f.span) })));
  }

  get heredocs(): Heredoc[] {
    return (this.#heredocs ??= this.#base.heredocs.map((h) => ({ ...h, span: this.#at(h.span), contentSpan: h.contentSpan && this.#at(h.contentSpan) })));
  }

  get pairs(): KeyValue[] {
    return (this.#pairs ??= this.#base.pairs.map((p) => ({ ...p, span: this.#at(p.span) })));
  }

  get scripts(): EmbeddedScript[] {
    const offset = this.#offset;
    return (this.#scripts ??= offset ? this.#base.scripts.map((e) => new MovedScript(e, offset)) : this.#base.scripts);
  }

  /** The same fields a plain instruction has, so serialising a model does not depend on where a part was found. */
  toJSON(): Instruction {
    const { keywordSpan, argsSpan, words, flags, heredocs, pairs, scripts } = this;
    return {
      index: this.index, keyword: this.keyword, rawKeyword: this.rawKeyword, known: this.known, span: this.span,
      keywordSpan, argsSpan, argsText: this.argsText, words, flags, form: this.form,
      json: this.json, heredocs, pairs, scripts, stageIndex: this.stageIndex, trigger: this.trigger,
      leadingComments: this.leadingComments, emptyContinuationLines: this.emptyContinuationLines,
    };
  }
}

/** A script of a moved instruction: passes look at most scripts' commands but at few offsets. */
class MovedScript implements EmbeddedScript {
  script: EmbeddedScript['script'];
  origin: EmbeddedScript['origin'];
  readonly #base: EmbeddedScript;
  readonly #offset: number;
  #offsets: Int32Array | null = null;

  constructor(base: EmbeddedScript, offset: number) {
    this.#base = base;
    this.#offset = offset;
    this.script = base.script;
    this.origin = base.origin;
  }

  get offsets(): Int32Array {
    const offset = this.#offset;
    return (this.#offsets ??= this.#base.offsets.map((o) => o + offset));
  }

  toJSON(): EmbeddedScript {
    return { script: this.script, offsets: this.offsets, origin: this.origin };
  }
}
