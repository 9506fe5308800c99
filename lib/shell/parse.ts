/**
 * Recursive-descent parser for POSIX sh / bash scripts as found in Dockerfile RUN
 * instructions. Never throws: syntax errors are collected and parsing carries on.
 * Recursion is bounded by MAX_DEPTH nested constructs so hostile input cannot overflow the stack.
 */
import { EOF, NL, Scanner, isBlank, isDigit, isMeta, isNameChar, isNameStart } from './lexer';
import type {
  ListOperator,
  ShellAssignment,
  ShellCommand,
  ShellContext,
  ShellNode,
  ShellParseError,
  ShellRedirect,
  ShellScript,
  ShellWord,
} from './types';
import { readWord, scanArithmetic, type WordHost } from './words';

const MAX_DEPTH = 200;

/** Reserved words that end a list when they appear where a command could start. */
const LIST_TERMINATORS = new Set(['then', 'elif', 'else', 'fi', 'do', 'done', 'esac', '}']);
const KEYWORDS = new Set([...LIST_TERMINATORS, 'if', 'while', 'until', 'for', 'case', 'function', 'in', '{', '!', '[[']);

/** State shared by the main parser and the sub-parsers of backquote bodies. */
interface Shared {
  commands: ShellCommand[];
  errors: ShellParseError[];
  context: ShellContext[];
  nextPipelineId: number;
  depth: number;
  aborted: boolean;
}

type Item = { node: ShellNode; op: ListOperator | null };

export function parseShell(source: string): ShellScript {
  return parseShellAt(source, 0);
}

/**
 * Parses `source` as if it started at `offset` of a larger text (used for `sh -c '...'`
 * bodies): every recorded position is shifted by `offset`.
 */
export function parseShellAt(source: string, offset: number): ShellScript {
  const shared: Shared = { commands: [], errors: [], context: [], nextPipelineId: 0, depth: 0, aborted: false };
  let root: ShellNode | null = null;
  try {
    root = new Parser(new Scanner(source, offset, shared.errors), shared).parseScript();
  } catch (e) {
    // a bug must not take the analysis down with it: report it like a syntax error
    shared.errors.push({ message: `internal parser error: ${String(e)}`, start: offset, end: offset + source.length });
  }
  // nested commands are created after their enclosing ones finish; source order is pre-order
  const commands = shared.commands.sort((a, b) => a.start - b.start);
  for (let i = 0; i < commands.length; i++) commands[i].index = i;
  return { source, commands, root, errors: shared.errors };
}

class Parser implements WordHost {
  constructor(
    readonly s: Scanner,
    private readonly shared: Shared,
  ) {}

  get aborted(): boolean {
    return this.shared.aborted;
  }

  enter(): boolean {
    if (this.shared.aborted) return false;
    if (++this.shared.depth > MAX_DEPTH) {
      this.shared.depth--;
      this.shared.aborted = true;
      this.s.error(`nesting deeper than ${MAX_DEPTH} levels; the rest is not parsed`, this.s.pos);
      this.s.pos = this.s.len;
      return false;
    }
    return true;
  }

  leave(): void {
    this.shared.depth--;
  }

  parseScript(): ShellNode | null {
    const s = this.s;
    const start = s.at();
    const items: Item[] = [];
    for (;;) {
      this.parseListInto(items);
      s.skipLinebreaks();
      if (s.peek() === EOF || this.aborted) break;
      // something no list can start with: report it, skip it, carry on
      const at = s.pos;
      const kw = this.peekKeyword();
      if (kw !== null) s.pos += kw.length;
      else if (readWord(this) === null) s.pos++;
      s.error(`unexpected '${s.src.slice(at, s.pos)}'`, at, s.pos);
    }
    if (s.pending.length > 0) s.error('here-document without a body', s.at());
    if (items.length === 0) return null;
    return { type: 'list', items, start, end: s.at() };
  }

  // ---- lists ---------------------------------------------------------------------------

  /** A list that must be followed by `close`; the list node is returned even when empty. */
  private parseList(): ShellNode {
    const start = this.s.at();
    const items: Item[] = [];
    this.parseListInto(items);
    const end = items.length > 0 ? items[items.length - 1].node.end : start;
    return { type: 'list', items, start, end };
  }

  private atListEnd(): boolean {
    const s = this.s;
    const c = s.peek();
    if (c === EOF || c === 41 || this.aborted) return true;
    if (c === 59) return s.peek(1) === 59 || s.peek(1) === 38; // ;; ;& ;;&
    const kw = this.peekKeyword();
    return kw !== null && LIST_TERMINATORS.has(kw);
  }

  /** Parses and-or lists separated by `;`, `&` or newlines until something ends the list. */
  private parseListInto(items: Item[]): void {
    const s = this.s;
    const firstItem = items.length;
    // commands directly in each item's pipeline, for prev/next operators
    const direct: ShellCommand[][] = [];
    for (;;) {
      s.skipLinebreaks();
      if (this.atListEnd()) break;
      const firstCommand = this.shared.commands.length;
      const before = items.length;
      this.parseAndOr(items, direct);
      s.skipBlanksAndComment();
      let sep: ListOperator | null = null;
      const c = s.peek();
      if (c === 59 && s.peek(1) !== 59 && s.peek(1) !== 38) {
        sep = ';';
        s.pos++;
      } else if (c === 38 && s.peek(1) !== 38 && s.peek(1) !== 62) {
        sep = '&';
        s.pos++;
      } else if (c === NL) {
        sep = '\n';
        s.consumeNewline();
      }
      if (items.length > before) items[items.length - 1].op = sep;
      if (sep === '&') this.markBackground(firstCommand);
      // without a separator only the end of the list may follow; anything else is the caller's to report
      if (sep === null && !this.atListEnd()) break;
    }
    for (let i = firstItem; i < items.length; i++) {
      const cmds = direct[i - firstItem];
      const prev = i > firstItem ? items[i - 1].op : null;
      const next = i < items.length - 1 ? items[i].op : null;
      for (const cmd of cmds) {
        cmd.prevOperator = prev;
        cmd.nextOperator = next;
      }
    }
  }

  private markBackground(firstCommand: number): void {
    const commands = this.shared.commands;
    const at = this.shared.context.length;
    for (let i = firstCommand; i < commands.length; i++) commands[i].context.splice(at, 0, 'background');
  }

  private parseAndOr(items: Item[], direct: ShellCommand[][]): void {
    const s = this.s;
    for (let afterOperator = false; ; afterOperator = true) {
      const pipeline = this.parsePipeline();
      if (pipeline === null) {
        const at = s.pos;
        if (afterOperator || !this.atListEnd()) s.error(`expected a command, found ${describeAt(s.src, at)}`, at);
        return;
      }
      items.push({ node: pipeline.node, op: null });
      direct.push(pipeline.direct);
      s.skipBlanksAndComment();
      const c = s.peek();
      if ((c === 38 || c === 124) && s.peek(1) === c) {
        items[items.length - 1].op = c === 38 ? '&&' : '||';
        s.pos += 2;
        s.skipLinebreaks();
        continue;
      }
      return;
    }
  }

  private parsePipeline(): { node: ShellNode; direct: ShellCommand[] } | null {
    const s = this.s;
    s.skipBlanks();
    const start = s.at();
    let negated = false;
    while (this.peekKeyword() === '!') {
      negated = !negated;
      s.pos++;
      s.skipBlanks();
    }
    const elements: ShellNode[] = [];
    for (;;) {
      const node = this.parseCommand();
      if (node === null) {
        if (elements.length > 0 || negated) s.error('expected a command', s.at());
        break;
      }
      elements.push(node);
      s.skipBlanks();
      if (s.peek() === 124 && s.peek(1) !== 124) {
        s.pos += s.peek(1) === 38 ? 2 : 1; // | or |&
        s.skipLinebreaks();
        continue;
      }
      break;
    }
    if (elements.length === 0) return null;
    const id = this.shared.nextPipelineId++;
    const direct: ShellCommand[] = [];
    for (let i = 0; i < elements.length; i++) {
      const el = elements[i];
      if (el.type !== 'command') continue;
      el.command.pipeline = { index: i, length: elements.length, id };
      el.command.negated = negated;
      direct.push(el.command);
    }
    const node: ShellNode = { type: 'pipeline', commands: elements, negated, start, end: elements[elements.length - 1].end };
    return { node, direct };
  }

  // ---- commands ------------------------------------------------------------------------

  /** The reserved word under the cursor, if it is one and stands alone. */
  private peekKeyword(): string | null {
    const s = this.s;
    const src = s.src;
    const c = s.peek();
    let end = s.pos;
    if (c === 123 || c === 125 || c === 33) end++;
    else if (c === 91 && s.peek(1) === 91) end += 2;
    else {
      while (end < s.len && end - s.pos <= 8) {
        const d = src.charCodeAt(end);
        if (d < 97 || d > 122) break;
        end++;
      }
    }
    if (end === s.pos) return null;
    const after = end < s.len ? src.charCodeAt(end) : EOF;
    if (!isMeta(after) && !isBlank(after)) return null;
    // `}` and `!` may be glued to a following `;` etc.; `{` and `[[` need a blank after
    if ((c === 123 || c === 91) && after !== 32 && after !== 9 && after !== NL) return null;
    const word = src.slice(s.pos, end);
    return KEYWORDS.has(word) ? word : null;
  }

  private expectKeyword(kw: string): boolean {
    this.s.skipLinebreaks();
    if (this.peekKeyword() === kw) {
      this.s.pos += kw.length;
      return true;
    }
    if (!this.aborted) this.s.error(`expected '${kw}'`, this.s.pos);
    return false;
  }

  private withContext<T>(ctx: ShellContext, fn: () => T): T {
    this.shared.context.push(ctx);
    try {
      return fn();
    } finally {
      this.shared.context.pop();
    }
  }

  private parseCommand(): ShellNode | null {
    const s = this.s;
    s.skipBlanks();
    if (this.aborted) return null;
    const kw = this.peekKeyword();
    const c = s.peek();
    if (kw !== null && LIST_TERMINATORS.has(kw)) return null;
    const isCompound =
      kw === '{' || kw === 'if' || kw === 'while' || kw === 'until' || kw === 'for' || kw === 'case' || kw === 'function' || kw === '[[' || c === 40;
    if (!isCompound) return this.parseSimpleCommand();
    const start = s.at();
    if (!this.enter()) return null;
    let node: ShellNode;
    try {
      if (c === 40) node = this.parseParenthesised(start);
      else if (kw === '{') node = this.parseGroup(start);
      else if (kw === 'if') node = this.parseIf(start);
      else if (kw === 'while' || kw === 'until') node = this.parseWhile(start, kw);
      else if (kw === 'for') node = this.parseFor(start);
      else if (kw === 'case') node = this.parseCase(start);
      else if (kw === 'function') node = this.parseFunctionKeyword(start);
      else node = this.parseTest(start);
    } finally {
      this.leave();
    }
    // redirections after a compound command apply to all of it
    const redirects = this.parseTrailingRedirects();
    if ((node.type === 'subshell' || node.type === 'group') && redirects.length > 0) {
      node.redirects.push(...redirects);
      node.end = s.at();
    }
    return node;
  }

  private parseTrailingRedirects(): ShellRedirect[] {
    const out: ShellRedirect[] = [];
    for (;;) {
      this.s.skipBlanks();
      if (!this.atRedirect()) return out;
      out.push(this.parseRedirect());
    }
  }

  /** `(( expr ))` or `( list )`. */
  private parseParenthesised(start: number): ShellNode {
    const s = this.s;
    if (s.peek(1) === 40) {
      const end = scanArithmetic(s, s.pos + 2);
      if (end >= 0) {
        const raw = s.src.slice(s.pos, end);
        s.pos = end;
        return { type: 'arith', raw, start, end: s.at() };
      }
    }
    s.pos++;
    const body = this.withContext('subshell', () => this.parseList());
    s.skipLinebreaks();
    if (s.peek() === 41) s.pos++;
    else if (!this.aborted) s.error("expected ')'", s.pos);
    return { type: 'subshell', body, redirects: [], start, end: s.at() };
  }

  private parseGroup(start: number): ShellNode {
    this.s.pos++;
    const body = this.withContext('group', () => this.parseList());
    this.expectKeyword('}');
    return { type: 'group', body, redirects: [], start, end: this.s.at() };
  }

  private parseIf(start: number): ShellNode {
    const s = this.s;
    s.pos += 2;
    const clauses: { condition: ShellNode | null; body: ShellNode }[] = [];
    for (;;) {
      const condition = this.withContext('if-condition', () => this.parseList());
      this.expectKeyword('then');
      const body = this.withContext('if-body', () => this.parseList());
      clauses.push({ condition, body });
      s.skipLinebreaks();
      const kw = this.peekKeyword();
      if (kw === 'elif') {
        s.pos += 4;
        continue;
      }
      if (kw === 'else') {
        s.pos += 4;
        clauses.push({ condition: null, body: this.withContext('if-body', () => this.parseList()) });
      }
      break;
    }
    this.expectKeyword('fi');
    return { type: 'if', clauses, start, end: s.at() };
  }

  private parseWhile(start: number, kw: 'while' | 'until'): ShellNode {
    this.s.pos += kw.length;
    const condition = this.withContext('loop-condition', () => this.parseList());
    const body = this.parseDoGroup();
    return { type: kw, condition, body, start, end: this.s.at() };
  }

  private parseDoGroup(): ShellNode {
    this.expectKeyword('do');
    const body = this.withContext('loop-body', () => this.parseList());
    this.expectKeyword('done');
    return body;
  }

  private parseFor(start: number): ShellNode {
    const s = this.s;
    s.pos += 3;
    s.skipBlanks();
    if (s.peek() === 40 && s.peek(1) === 40) {
      const end = scanArithmetic(s, s.pos + 2);
      const arith = s.src.slice(s.pos, end < 0 ? s.pos + 2 : end);
      if (end < 0) s.error("expected '))'", s.pos);
      s.pos = end < 0 ? s.pos + 2 : end;
      s.skipBlanks();
      if (s.peek() === 59) s.pos++;
      const body = this.parseDoGroup();
      return { type: 'for', variable: '', words: null, body, start, end: s.at(), arith };
    }
    const nameWord = readWord(this, false);
    const variable = nameWord?.value ?? '';
    if (nameWord === null || !isName(variable)) s.error('expected a loop variable name after for', s.pos);
    s.skipLinebreaks();
    let words: ShellWord[] | null = null;
    if (this.peekKeyword() === 'in') {
      s.pos += 2;
      words = [];
      for (;;) {
        s.skipBlanksAndComment();
        const w = readWord(this);
        if (w === null) break;
        words.push(w);
      }
    }
    s.skipBlanksAndComment();
    if (s.peek() === 59) s.pos++;
    const body = this.parseDoGroup();
    return { type: 'for', variable, words, body, start, end: s.at() };
  }

  private parseCase(start: number): ShellNode {
    const s = this.s;
    s.pos += 4;
    s.skipBlanks();
    const word = readWord(this) ?? emptyWord(s.at());
    if (word.raw === '') s.error('expected a word after case', s.pos);
    this.expectKeyword('in');
    const items: { patterns: ShellWord[]; body: ShellNode | null }[] = [];
    for (;;) {
      s.skipLinebreaks();
      const kw = this.peekKeyword();
      if (kw === 'esac') {
        s.pos += 4;
        break;
      }
      if (s.peek() === EOF || this.aborted) {
        s.error("expected 'esac'", s.pos);
        break;
      }
      const itemStart = s.pos;
      if (s.peek() === 40) s.pos++;
      const patterns: ShellWord[] = [];
      for (;;) {
        s.skipBlanks();
        const w = readWord(this);
        if (w === null) break;
        patterns.push(w);
        s.skipBlanks();
        if (s.peek() !== 124) break;
        s.pos++;
      }
      if (s.peek() !== 41) {
        s.error("expected ')' after case pattern", s.pos);
        if (s.pos === itemStart) s.pos++; // guarantee progress
        continue;
      }
      s.pos++;
      const list = this.withContext('case-body', () => this.parseList());
      items.push({ patterns, body: list.type === 'list' && list.items.length === 0 ? null : list });
      s.skipLinebreaks();
      if (s.peek() === 59 && s.peek(1) === 59) s.pos += s.peek(2) === 38 ? 3 : 2;
      else if (s.peek() === 59 && s.peek(1) === 38) s.pos += 2;
      else if (this.peekKeyword() !== 'esac') {
        s.error("expected ';;' or 'esac'", s.pos);
        break;
      }
    }
    return { type: 'case', word, items, start, end: s.at() };
  }

  private parseFunctionKeyword(start: number): ShellNode {
    const s = this.s;
    s.pos += 8;
    s.skipBlanks();
    const nameWord = readWord(this, false);
    if (nameWord === null) s.error('expected a function name', s.pos);
    s.skipBlanks();
    if (s.peek() === 40) {
      s.pos++;
      s.skipBlanks();
      if (s.peek() === 41) s.pos++;
      else s.error("expected ')'", s.pos);
    }
    return this.finishFunction(nameWord?.value ?? '', start);
  }

  private finishFunction(name: string, start: number): ShellNode {
    const s = this.s;
    s.skipLinebreaks();
    const body = this.withContext('function-body', () => this.parseCommand());
    if (body === null) s.error('expected a function body', s.pos);
    return { type: 'function', name, body: body ?? emptyList(s.at()), start, end: s.at() };
  }

  /** `[[ ... ]]`: kept as raw text, but substitutions inside are parsed. */
  private parseTest(start: number): ShellNode {
    const s = this.s;
    const from = s.pos;
    s.pos += 2;
    let closed = false;
    while (!this.aborted) {
      s.skipBlanks();
      const c = s.peek();
      if (c === EOF) break;
      if (c === NL) {
        s.consumeNewline();
        continue;
      }
      if (c === 93 && s.peek(1) === 93 && (isMeta(s.peek(2)) || isBlank(s.peek(2)))) {
        s.pos += 2;
        closed = true;
        break;
      }
      if (isMeta(c)) {
        s.pos++;
        continue;
      }
      if (readWord(this) === null) s.pos++;
    }
    if (!closed && !this.aborted) s.error("expected ']]'", s.pos);
    return { type: 'test', raw: s.src.slice(from, s.pos), start, end: s.at() };
  }

  // ---- simple commands -----------------------------------------------------------------

  private atRedirect(): boolean {
    const s = this.s;
    let i = 0;
    while (isDigit(s.peek(i))) i++;
    const c = s.peek(i);
    if (c === 60 || c === 62) return s.peek(i + 1) !== 40 || i > 0; // <( is a process substitution
    return i === 0 && c === 38 && s.peek(1) === 62; // &>
  }

  private parseRedirect(): ShellRedirect {
    const s = this.s;
    const src = s.src;
    const start = s.pos;
    while (isDigit(s.peek())) s.pos++;
    const fd = s.pos > start ? src.slice(start, s.pos) : null;
    const opStart = s.pos;
    const c = s.peek();
    const n = s.peek(1);
    if (c === 38) s.pos += s.peek(2) === 62 ? 3 : 2; // &> &>>
    else if (c === 60) {
      if (n === 60) s.pos += s.peek(2) === 60 || s.peek(2) === 45 ? 3 : 2; // <<< <<- <<
      else s.pos += n === 62 || n === 38 ? 2 : 1; // <> <& <
    } else s.pos += n === 62 || n === 38 || n === 124 ? 2 : 1; // >> >& >| >
    const op = src.slice(opStart, s.pos);
    s.skipBlanks();
    const target = readWord(this, op !== '<<' && op !== '<<-');
    if (target === null) s.error(`expected a word after '${op}'`, s.pos);
    const redirect: ShellRedirect = { op, fd, target, start: s.offset + start, end: s.at() };
    if ((op === '<<' || op === '<<-') && target !== null) {
      s.pending.push({ delimiter: target.value, stripTabs: op === '<<-', redirect });
    }
    return redirect;
  }

  /** `NAME=value`, `NAME+=value`, `NAME[i]=value`, `NAME=(a b)` at the cursor, or null. */
  private tryAssignment(): ShellAssignment | null {
    const s = this.s;
    const src = s.src;
    const start = s.pos;
    if (!isNameStart(s.peek())) return null;
    let i = s.pos + 1;
    while (i < s.len && isNameChar(src.charCodeAt(i))) i++;
    const nameEnd = i;
    if (src.charCodeAt(i) === 91) {
      while (i < s.len && src.charCodeAt(i) !== 93 && !isMeta(src.charCodeAt(i))) i++;
      if (src.charCodeAt(i) !== 93) return null;
      i++;
    }
    if (src.charCodeAt(i) === 43) i++;
    if (src.charCodeAt(i) !== 61) return null;
    s.pos = i + 1;
    const name = src.slice(start, nameEnd);
    let value = '';
    let word: ShellWord | null = null;
    if (s.peek() === 40) {
      // array literal: kept as text
      let depth = 0;
      for (; s.pos < s.len; s.pos++) {
        const c = src.charCodeAt(s.pos);
        if (c === 40) depth++;
        else if (c === 41 && --depth === 0) {
          s.pos++;
          break;
        } else if (c === 92) s.pos++;
        else if (c === 39 || c === 34) {
          const close = src.indexOf(src[s.pos], s.pos + 1);
          s.pos = close < 0 ? s.len : close;
        }
      }
      if (s.pos > s.len) s.pos = s.len;
      if (depth > 0) s.error('unterminated array assignment', start, s.pos);
      value = src.slice(i + 1, s.pos);
    } else {
      word = readWord(this);
      value = word?.value ?? '';
    }
    return { name, value, word, start: s.offset + start, end: s.at() };
  }

  private parseSimpleCommand(): ShellNode | null {
    const s = this.s;
    const start = s.at();
    const argv: ShellWord[] = [];
    const assignments: ShellAssignment[] = [];
    const redirects: ShellRedirect[] = [];
    while (!this.aborted) {
      s.skipBlanks();
      const c = s.peek();
      if (c === 35) {
        s.skipComment();
        break;
      }
      if (this.atRedirect()) {
        redirects.push(this.parseRedirect());
        continue;
      }
      if (c === 40 && argv.length === 1 && assignments.length === 0 && redirects.length === 0) {
        // name() compound-command
        s.pos++;
        s.skipBlanks();
        if (s.peek() === 41) s.pos++;
        else s.error("expected ')' in function definition", s.pos);
        if (!this.enter()) return null;
        try {
          return this.finishFunction(argv[0].value, start);
        } finally {
          this.leave();
        }
      }
      if (isMeta(c) && !(c === 60 || c === 62)) break;
      if (argv.length === 0) {
        const assignment = this.tryAssignment();
        if (assignment !== null) {
          assignments.push(assignment);
          continue;
        }
      }
      const word = readWord(this);
      if (word === null) break;
      argv.push(word);
    }
    if (argv.length === 0 && assignments.length === 0 && redirects.length === 0) return null;
    const name = argv.length > 0 ? argv[0].value : '';
    const slash = name.lastIndexOf('/');
    const command: ShellCommand = {
      index: -1,
      name,
      base: slash >= 0 && slash < name.length - 1 ? name.slice(slash + 1) : name,
      argv,
      args: argv.slice(1).map((w) => w.value),
      assignments,
      redirects,
      start,
      end: lastEnd(start, argv, assignments, redirects),
      pipeline: { index: 0, length: 1, id: -1 },
      negated: false,
      prevOperator: null,
      nextOperator: null,
      context: this.shared.context.slice(),
    };
    this.shared.commands.push(command);
    return { type: 'command', command, start, end: command.end };
  }

  // ---- substitutions (WordHost) --------------------------------------------------------

  parseCommandSubstitution(procsubst: boolean): void {
    const s = this.s;
    const open = s.pos - 2;
    if (!this.enter()) return;
    try {
      this.withContext(procsubst ? 'procsubst' : 'cmdsubst', () => this.parseList());
    } finally {
      this.leave();
    }
    s.skipLinebreaks();
    if (s.peek() === 41) s.pos++;
    else if (!this.aborted) s.error("expected ')' to close '$('", open, s.pos);
  }

  parseBackquoted(text: string, offset: number): void {
    if (!this.enter()) return;
    try {
      const sub = new Parser(new Scanner(text, offset, this.shared.errors), this.shared);
      sub.withContext('cmdsubst', () => sub.parseScript());
    } finally {
      this.leave();
    }
  }
}

function lastEnd(start: number, argv: ShellWord[], assignments: ShellAssignment[], redirects: ShellRedirect[]): number {
  let end = start;
  if (argv.length > 0) end = Math.max(end, argv[argv.length - 1].end);
  if (assignments.length > 0) end = Math.max(end, assignments[assignments.length - 1].end);
  if (redirects.length > 0) end = Math.max(end, redirects[redirects.length - 1].end);
  return end;
}

function describeAt(src: string, at: number): string {
  if (at >= src.length) return 'end of input';
  if (src.charCodeAt(at) === NL) return 'newline';
  let end = at + 1;
  while (end < src.length && end - at < 10 && !isBlank(src.charCodeAt(end)) && src.charCodeAt(end) !== NL) end++;
  return `'${src.slice(at, end)}'`;
}

function isName(s: string): boolean {
  if (s.length === 0 || !isNameStart(s.charCodeAt(0))) return false;
  for (let i = 1; i < s.length; i++) if (!isNameChar(s.charCodeAt(i))) return false;
  return true;
}

function emptyWord(at: number): ShellWord {
  return { raw: '', value: '', literal: true, quoted: false, parts: [], start: at, end: at };
}

function emptyList(at: number): ShellNode {
  return { type: 'list', items: [], start: at, end: at };
}
