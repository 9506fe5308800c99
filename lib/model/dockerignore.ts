/**
 * .dockerignore semantics as BuildKit applies them: one pattern per line, `#` comments, `!` re-includes,
 * patterns are cleaned paths relative to the context root matched with Go's filepath.Match plus `**`,
 * the last matching pattern wins, and a pattern that matches a directory excludes what is below it.
 */
export interface DockerIgnorePattern {
  pattern: string;
  exclusion: boolean;
  line: number;
  regex: RegExp;
}

export interface DockerIgnore {
  patterns: DockerIgnorePattern[];
  /** true when the path (relative to the context, `/` separated) is excluded from the context */
  ignores(path: string): boolean;
}

export function parseDockerIgnore(text: string): DockerIgnore {
  const patterns: DockerIgnorePattern[] = [];
  const lines = text.split(/\r\n|\r|\n/);
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i].trim();
    if (line === '' || line.startsWith('#')) continue;
    let exclusion = false;
    if (line.startsWith('!')) {
      exclusion = true;
      line = line.slice(1).trim();
    }
    const clean = cleanPath(line);
    if (clean === '') continue;
    patterns.push({ pattern: clean, exclusion, line: i + 1, regex: compile(clean) });
  }
  return {
    patterns,
    ignores(path: string): boolean {
      const p = cleanPath(path);
      if (p === '' || p === '.') return false;
      let ignored = false;
      for (const pat of patterns) {
        if (matchesSelfOrParent(pat.regex, p)) ignored = !pat.exclusion;
      }
      return ignored;
    },
  };
}

function matchesSelfOrParent(re: RegExp, path: string): boolean {
  if (re.test(path)) return true;
  let idx = path.lastIndexOf('/');
  while (idx > 0) {
    if (re.test(path.slice(0, idx))) return true;
    idx = path.lastIndexOf('/', idx - 1);
  }
  return false;
}

export function cleanPath(p: string): string {
  const parts: string[] = [];
  for (const seg of p.replace(/\\/g, '/').split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') parts.pop();
    else parts.push(seg);
  }
  return parts.join('/');
}

/** Go filepath.Match syntax (`*`, `?`, `[...]`, `\` escapes) plus `**` for any number of directories. */
function compile(pattern: string): RegExp {
  let re = '^';
  let i = 0;
  while (i < pattern.length) {
    const c = pattern[i];
    if (c === '*') {
      if (pattern[i + 1] === '*') {
        i += 2;
        if (pattern[i] === '/') {
          i++;
          re += '(?:.*/)?';
        } else re += '.*';
        continue;
      }
      re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const close = pattern.indexOf(']', i + 1);
      if (close < 0) re += '\\[';
      else {
        let body = pattern.slice(i + 1, close);
        if (body.startsWith('^') || body.startsWith('!')) body = '^' + body.slice(1);
        re += '[' + body.replace(/\\/g, '\\\\') + ']';
        i = close;
      }
    } else if (c === '\\' && i + 1 < pattern.length) {
      re += escapeRe(pattern[++i]);
    } else re += escapeRe(c);
    i++;
  }
  try {
    return new RegExp(re + '$');
  } catch {
    return new RegExp('^' + escapeRe(pattern) + '$');
  }
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
