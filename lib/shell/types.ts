/**
 * The shell model that rules query. A RUN's script (shell form or heredoc body, with the
 * Dockerfile's line continuations already joined) is parsed once into this structure.
 * Offsets are UTF-16 indices into `ShellScript.source`; the Dockerfile model maps them back
 * to document positions.
 */

export type WordPartKind =
  | 'lit' // unquoted literal text
  | 'sq' // '...'
  | 'dq' // "..." (may itself contain expansions: see `parts`)
  | 'ansi' // $'...'
  | 'param' // $x, ${x...}
  | 'cmdsubst' // $(...) or `...`
  | 'arith' // $((...))
  | 'glob' // unquoted * ? [...]
  | 'brace' // unquoted {a,b} brace expansion
  | 'tilde'; // leading ~

export interface WordPart {
  kind: WordPartKind;
  raw: string;
  start: number;
  end: number;
  /** true when the part is inside quotes (a 'param' inside "..." has quoted = true). */
  quoted: boolean;
  /** for 'dq': the parts inside the quotes; for 'cmdsubst': none (see ShellScript.commands). */
  parts?: WordPart[];
}

export interface ShellWord {
  /** the word as written, quotes included */
  raw: string;
  /** the word after quote removal; expansions are kept as written (`"$HOME"/x` -> `$HOME/x`) */
  value: string;
  /** true when the word has no expansion, substitution or unquoted glob, so `value` is exact */
  literal: boolean;
  /** true when any part of the word was quoted */
  quoted: boolean;
  parts: WordPart[];
  start: number;
  end: number;
}

export interface ShellAssignment {
  name: string;
  value: string;
  /** the value word, when there is one (`A=` has none) */
  word: ShellWord | null;
  start: number;
  end: number;
}

export interface ShellRedirect {
  /** '>', '>>', '<', '2>', '&>', '>&', '<<', '<<<', '<>', '>|' ... as written, fd excluded */
  op: string;
  /** the file descriptor written before the operator, if any ('2' in `2>&1`) */
  fd: string | null;
  /** the target word ('/dev/null', '1'); for here-documents the delimiter */
  target: ShellWord | null;
  /** for here-documents (`<<`, `<<-`): the body text, delimiter line excluded; not parsed as commands */
  heredocBody?: string;
  start: number;
  end: number;
}

/** Where a command sits; outermost first in `ShellCommand.context`. */
export type ShellContext =
  | 'subshell' // ( ... )
  | 'group' // { ...; }
  | 'if-condition' // the list after `if`/`elif`
  | 'if-body' // then/else branches
  | 'loop-condition' // while/until condition list
  | 'loop-body' // for/while/until bodies
  | 'case-body'
  | 'function-body'
  | 'cmdsubst' // $(...) or `...`
  | 'procsubst' // <(...) >(...)
  | 'background'; // the command's and-or list ends with &

export type ListOperator = '&&' | '||' | ';' | '&' | '\n';

export interface ShellCommand {
  /** index in ShellScript.commands */
  index: number;
  /** value of argv[0] ('' for an assignment-only command); may contain a path (/usr/bin/apt-get) */
  name: string;
  /** basename of `name` (apt-get for /usr/bin/apt-get) */
  base: string;
  /** all words, argv[0] included; assignments and redirects are not in argv */
  argv: ShellWord[];
  /** argv.slice(1).map(w => w.value): the arguments as values */
  args: string[];
  assignments: ShellAssignment[];
  redirects: ShellRedirect[];
  start: number;
  end: number;
  /** position in a pipeline: index 0-based, length 1 when the command is not piped */
  pipeline: { index: number; length: number; id: number };
  /** `! cmd` */
  negated: boolean;
  /** operator that joins this command's pipeline to the previous one in the same list, null if first */
  prevOperator: ListOperator | null;
  /** operator that joins this command's pipeline to the next one in the same list, null if last */
  nextOperator: ListOperator | null;
  /** enclosing constructs, outermost first; [] at top level */
  context: ShellContext[];
}

/** Compound structure, for rules that need more than the flat command list. */
export type ShellNode =
  | { type: 'list'; items: { node: ShellNode; op: ListOperator | null }[]; start: number; end: number }
  | { type: 'pipeline'; commands: ShellNode[]; negated: boolean; start: number; end: number }
  | { type: 'command'; command: ShellCommand; start: number; end: number }
  | { type: 'subshell' | 'group'; body: ShellNode; redirects: ShellRedirect[]; start: number; end: number }
  | { type: 'if'; clauses: { condition: ShellNode | null; body: ShellNode }[]; start: number; end: number }
  | {
      type: 'for';
      /** '' for the arithmetic form `for ((...))` */
      variable: string;
      words: ShellWord[] | null;
      body: ShellNode;
      start: number;
      end: number;
      /** the `((init; cond; step))` text of an arithmetic for loop */
      arith?: string;
    }
  | { type: 'while' | 'until'; condition: ShellNode; body: ShellNode; start: number; end: number }
  | { type: 'case'; word: ShellWord; items: { patterns: ShellWord[]; body: ShellNode | null }[]; start: number; end: number }
  | { type: 'function'; name: string; body: ShellNode; start: number; end: number }
  | { type: 'arith' | 'test'; raw: string; start: number; end: number };

export interface ShellParseError {
  message: string;
  start: number;
  end: number;
}

export interface ShellScript {
  source: string;
  /** every simple command in source order, including those nested in substitutions and compounds */
  commands: ShellCommand[];
  /** the tree; null only when nothing could be parsed */
  root: ShellNode | null;
  /** syntax errors; parsing recovers and still returns what it could */
  errors: ShellParseError[];
}
