/**
 * Likely secrets in a Dockerfile, found before the text goes into a shareable link.
 * Pure TypeScript (no DOM), so the page, the CLI and the tests share it.
 *
 * Every regular expression here runs in linear time on any input, including a 1 MB line:
 * - each token pattern starts with a negative lookbehind for its own character class, so it can
 *   only start at the beginning of a run (a run of 1,000,000 `a` is scanned once, not 1,000,000
 *   times);
 * - every repetition that precedes something that can fail is bounded ({0,512});
 * - no nested quantifiers.
 * Lines longer than MAX_LINE_CHARS are scanned in bounded windows, so cost stays proportional
 * to the input.
 */

export type SecretKind =
  | 'aws-access-key'
  | 'github-token'
  | 'gitlab-token'
  | 'slack-token'
  | 'stripe-key'
  | 'google-api-key'
  | 'npm-token'
  | 'jwt'
  | 'private-key'
  | 'password'
  | 'authorization-header'
  | 'url-credentials'
  | 'secret-assignment';

export interface SecretFinding {
  kind: SecretKind;
  /** 1-based line of the start of the value */
  line: number;
  /** [start, end) of the secret value in the text (UTF-16 offsets) */
  start: number;
  end: number;
  /** the variable or flag the value was assigned to, when known */
  name: string | null;
  /** a redacted hint of the value (first characters and its length), safe to display */
  hint: string;
}

/** What each kind is called in a warning. */
export const SECRET_KIND_LABELS: Record<SecretKind, string> = {
  'aws-access-key': 'AWS access key',
  'github-token': 'GitHub token',
  'gitlab-token': 'GitLab token',
  'slack-token': 'Slack token',
  'stripe-key': 'Stripe secret key',
  'google-api-key': 'Google API key',
  'npm-token': 'npm token',
  jwt: 'JSON Web Token',
  'private-key': 'private key',
  password: 'password',
  'authorization-header': 'Authorization header',
  'url-credentials': 'password in a URL',
  'secret-assignment': 'secret value',
};

export const MASK = '***';

/** Longest value we look at; longer runs are cut (the first 512 characters are enough to decide). */
const MAX_VALUE = 512;

interface TokenPattern {
  kind: SecretKind;
  re: RegExp;
}

// Lookbehinds make each pattern start only at the beginning of a token.
const TOKEN_PATTERNS: TokenPattern[] = [
  { kind: 'aws-access-key', re: /(?<![A-Za-z0-9])(?:AKIA|ASIA|AGPA|AIDA|AROA|ANPA|ANVA|AIPA)[0-9A-Z]{16}(?![A-Za-z0-9])/g },
  { kind: 'github-token', re: /(?<![A-Za-z0-9_])(?:gh[pousr]_[A-Za-z0-9]{36,255}|github_pat_[A-Za-z0-9_]{22,255})(?![A-Za-z0-9_])/g },
  { kind: 'gitlab-token', re: /(?<![A-Za-z0-9_-])glpat-[A-Za-z0-9_-]{20,255}(?![A-Za-z0-9_-])/g },
  { kind: 'slack-token', re: /(?<![A-Za-z0-9-])xox[abposr]-[A-Za-z0-9-]{10,255}(?![A-Za-z0-9-])/g },
  { kind: 'stripe-key', re: /(?<![A-Za-z0-9_])(?:sk|rk)_live_[A-Za-z0-9]{16,255}(?![A-Za-z0-9])/g },
  { kind: 'google-api-key', re: /(?<![A-Za-z0-9_-])AIza[0-9A-Za-z_-]{35}(?![A-Za-z0-9_-])/g },
  { kind: 'npm-token', re: /(?<![A-Za-z0-9_])npm_[A-Za-z0-9]{36}(?![A-Za-z0-9])/g },
  { kind: 'jwt', re: /(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{10,2048}\.eyJ[A-Za-z0-9_-]{10,2048}\.[A-Za-z0-9_-]{10,2048}(?![A-Za-z0-9_-])/g },
];

/** A value: double-quoted, single-quoted, or bare up to a shell separator. Bounded. */
const VALUE = `("[^"\\n]{0,${MAX_VALUE}}"|'[^'\\n]{0,${MAX_VALUE}}'|[^\\s"';&|\\\\\`]{1,${MAX_VALUE}})`;

/** `--password value`, `--password=value`, `--pass value` (docker login, mysql, curl ...). */
const PASSWORD_FLAG = new RegExp(`(?<![A-Za-z0-9_-])--?(?:password|passwd|pass)(?:=|[ \\t]{1,16})${VALUE}`, 'gi');
/** `Authorization: Bearer xxx` / `Basic` / `token` (curl -H, wget --header). */
const AUTH_HEADER = /authorization[ \t]{0,16}:[ \t]{0,16}(?:bearer|basic|token|bot)[ \t]{1,16}([A-Za-z0-9._~+/=-]{8,2048})/gi;
/** `scheme://user:password@host`. */
const URL_CREDENTIALS = /(?<![A-Za-z0-9+.-])[A-Za-z][A-Za-z0-9+.-]{0,31}:\/\/[^\s/:@'"]{1,256}:([^\s/@'"]{1,256})@/g;
/** `NAME=value` anywhere (ENV, ARG, RUN export, inline env, build args). */
const ASSIGNMENT = new RegExp(`(?<![A-Za-z0-9_$.-])([A-Za-z_][A-Za-z0-9_.-]{0,127})[ \\t]{0,16}=[ \\t]{0,16}${VALUE}`, 'g');
/** `ENV NAME value` / `ARG NAME value` (the legacy, space-separated form). */
const LEGACY_ENV = /^[ \t]{0,64}(?:ENV|ARG)[ \t]{1,64}([A-Za-z_][A-Za-z0-9_]{0,127})[ \t]{1,64}([^\s=][^\n]{0,511})$/i;

/** Names whose value is a password whatever it looks like. */
const PASSWORD_NAME = /pass(?:word|wd|phrase)?(?![a-z])|pwd|passwd/i;
/** Names that hold secrets when their value looks random. */
const SECRET_NAME = /secret|token|key|pass|pwd|credential|auth|api_?key|private/i;
/** Names that look secret but usually hold public or non-secret values. */
const NOT_SECRET_NAME = /public|gpg|pgp|fingerprint|keyring|keyserver|_file$|_path$|_dir$|_url$|_uri$|_id$|_name$|_user(name)?$|_length$|_size$|_type$|_algorithm$|^key_?id$/i;

/** Obvious placeholders and booleans that are not secrets. */
const PLACEHOLDER = /^(?:\*+|x+|\.\.\.|<[^>]*>|\{\{.*\}\}|true|false|yes|no|none|null|nil|changeme|change_me|example|dummy|redacted|secret|password|your[-_a-z]*|\$.*|%.*%)$/i;

function unquote(raw: string): { value: string; offset: number } {
  if (raw.length >= 2 && (raw[0] === '"' || raw[0] === "'") && raw[raw.length - 1] === raw[0]) return { value: raw.slice(1, -1), offset: 1 };
  return { value: raw, offset: 0 };
}

/** Shannon entropy in bits per character. */
export function entropy(value: string): number {
  if (!value) return 0;
  const counts = new Map<string, number>();
  for (const ch of value) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let bits = 0;
  const n = value.length;
  for (const c of counts.values()) {
    const p = c / n;
    bits -= p * Math.log2(p);
  }
  return bits;
}

/** A value that looks machine-generated: long enough, several character classes, high entropy. */
export function looksRandom(value: string): boolean {
  if (value.length < 12 || /\s/.test(value)) return false;
  if (/^[a-z]+$/i.test(value) || /^\d+$/.test(value)) return false;
  if (/^[./~]/.test(value) || /^[a-z][a-z0-9+.-]*:\/\//i.test(value)) return false; // paths, URLs
  return entropy(value) >= 3.2;
}

function hintOf(value: string): string {
  const head = value.length > 8 ? value.slice(0, 4) : value.slice(0, Math.min(2, value.length));
  return `${head}… (${value.length} characters)`;
}

function isVariable(value: string): boolean {
  return value.startsWith('$') || value.startsWith('%');
}

/** Finds likely secrets. Findings are sorted by offset and never overlap. */
export function findSecrets(text: string): SecretFinding[] {
  const found: Omit<SecretFinding, 'line' | 'hint'>[] = [];
  const add = (kind: SecretKind, start: number, end: number, name: string | null) => {
    if (end > start) found.push({ kind, start, end, name });
  };

  // Private key blocks span lines: plain string search, no regex.
  let from = 0;
  for (;;) {
    const begin = text.indexOf('-----BEGIN ', from);
    if (begin === -1) break;
    const headerEnd = text.indexOf('-----', begin + 11);
    if (headerEnd === -1) break;
    const label = text.slice(begin + 11, headerEnd);
    from = headerEnd + 5;
    if (label.length > 64 || !label.endsWith('PRIVATE KEY')) continue;
    const endMarker = text.indexOf('-----END ' + label + '-----', from);
    const bodyEnd = endMarker === -1 ? Math.min(text.length, from + 16_384) : endMarker;
    add('private-key', from, bodyEnd, null);
    from = bodyEnd;
  }

  for (const { kind, re } of TOKEN_PATTERNS) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) add(kind, m.index!, m.index! + m[0].length, null);
  }

  for (const m of text.matchAll(PASSWORD_FLAG)) {
    const { value, offset } = unquote(m[1]);
    if (!value || isVariable(value) || PLACEHOLDER.test(value)) continue;
    const start = m.index! + m[0].length - m[1].length + offset;
    add('password', start, start + value.length, m[0].replace(/[=\s].*$/s, ''));
  }

  for (const m of text.matchAll(AUTH_HEADER)) {
    const start = m.index! + m[0].length - m[1].length;
    if (isVariable(m[1])) continue;
    add('authorization-header', start, start + m[1].length, 'Authorization');
  }

  for (const m of text.matchAll(URL_CREDENTIALS)) {
    const value = m[1];
    if (isVariable(value) || PLACEHOLDER.test(value)) continue;
    const start = m.index! + m[0].length - 1 - value.length;
    add('url-credentials', start, start + value.length, null);
  }

  const considerAssignment = (name: string, raw: string, rawStart: number) => {
    if (!SECRET_NAME.test(name) || NOT_SECRET_NAME.test(name)) return;
    const { value, offset } = unquote(raw);
    if (!value || isVariable(value) || PLACEHOLDER.test(value)) return;
    const password = PASSWORD_NAME.test(name);
    if (!password && !looksRandom(value)) return;
    const start = rawStart + offset;
    add(password ? 'password' : 'secret-assignment', start, start + value.length, name);
  };

  for (const m of text.matchAll(ASSIGNMENT)) {
    const name = m[1];
    considerAssignment(name, m[2], m.index! + m[0].length - m[2].length);
  }

  // Legacy `ENV NAME value`: per line, on lines that start with ENV/ARG only.
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const head = text.slice(lineStart, Math.min(lineEnd, lineStart + 8)).trimStart().slice(0, 4).toUpperCase();
    if ((head === 'ENV ' || head === 'ARG ' || head === 'ENV\t' || head === 'ARG\t') && lineEnd - lineStart <= 1024) {
      const line = text.slice(lineStart, lineEnd).replace(/\r$/, '');
      const m = LEGACY_ENV.exec(line);
      if (m && !m[2].includes('=')) {
        const raw = m[2].replace(/[ \t]*\\?$/, '');
        considerAssignment(m[1], raw, lineStart + line.length - m[2].length);
      }
    }
    lineStart = lineEnd + 1;
  }

  return finish(text, found);
}

function finish(text: string, found: Omit<SecretFinding, 'line' | 'hint'>[]): SecretFinding[] {
  // Longest first at the same start, then drop anything overlapping an earlier finding.
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Omit<SecretFinding, 'line' | 'hint'>[] = [];
  for (const f of found) {
    const last = kept[kept.length - 1];
    if (last && f.start < last.end) continue;
    kept.push(f);
  }
  // Line numbers in one pass over the text (each newline is found once).
  const result: SecretFinding[] = [];
  let line = 1;
  let nextNewline = text.indexOf('\n');
  for (const f of kept) {
    while (nextNewline !== -1 && nextNewline < f.start) {
      line++;
      nextNewline = text.indexOf('\n', nextNewline + 1);
    }
    result.push({ ...f, line, hint: hintOf(text.slice(f.start, f.end)) });
  }
  return result;
}

/** The text with each finding's value replaced by `***` (private key bodies by one `***` line). */
export function maskSecrets(text: string, findings: readonly SecretFinding[] = findSecrets(text)): string {
  const sorted = [...findings].sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const f of sorted) {
    if (f.start < at) continue;
    out += text.slice(at, f.start) + (f.kind === 'private-key' ? `\n${MASK}\n` : MASK);
    at = f.end;
  }
  return out + text.slice(at);
}
