/**
 * A tiny Dockerfile highlighter for the lesson pages: splits text into tokens that the server
 * renders as spans. Not a parser; it only has to look right for the examples.
 */
export type TokenKind = 'keyword' | 'comment' | 'flag' | 'string' | 'variable' | 'plain';
export interface Token {
  kind: TokenKind;
  text: string;
}

const KEYWORDS = new Set([
  'FROM', 'RUN', 'CMD', 'LABEL', 'MAINTAINER', 'EXPOSE', 'ENV', 'ADD', 'COPY', 'ENTRYPOINT', 'VOLUME',
  'USER', 'WORKDIR', 'ARG', 'ONBUILD', 'STOPSIGNAL', 'HEALTHCHECK', 'SHELL', 'AS',
]);

const INLINE = /("(?:[^"\\]|\\.)*"|'[^']*')|(\$\{[^}]*\}|\$[A-Za-z_][A-Za-z0-9_]*)|((?<=^|\s)--?[A-Za-z][\w-]*(?:=[^\s\\]*)?)|(&&|\|\||\\$)/g;

function inline(text: string, out: Token[]): void {
  let last = 0;
  for (const m of text.matchAll(INLINE)) {
    const at = m.index ?? 0;
    if (at > last) out.push({ kind: 'plain', text: text.slice(last, at) });
    const kind: TokenKind = m[1] ? 'string' : m[2] ? 'variable' : m[3] ? 'flag' : 'keyword';
    out.push({ kind, text: m[0] });
    last = at + m[0].length;
  }
  if (last < text.length) out.push({ kind: 'plain', text: text.slice(last) });
}

/** Tokens per line; joined with '\n' they give back the text exactly. */
export function highlightDockerfile(text: string): Token[][] {
  const lines = text.replace(/\n$/, '').split('\n');
  let continued = false;
  return lines.map((line) => {
    const out: Token[] = [];
    if (/^\s*#/.test(line)) {
      out.push({ kind: 'comment', text: line });
      return out;
    }
    let rest = line;
    if (!continued) {
      const m = /^(\s*)([A-Za-z]+)(?=\s|$)/.exec(line);
      if (m && KEYWORDS.has(m[2].toUpperCase())) {
        if (m[1]) out.push({ kind: 'plain', text: m[1] });
        out.push({ kind: 'keyword', text: m[2] });
        rest = line.slice(m[0].length);
        const as = /^(.*\s)(AS)(\s+\S+\s*)$/i.exec(rest);
        if (m[2].toUpperCase() === 'FROM' && as) {
          inline(as[1], out);
          out.push({ kind: 'keyword', text: as[2] });
          out.push({ kind: 'plain', text: as[3] });
          rest = '';
        }
      }
    }
    if (rest) inline(rest, out);
    continued = /\\\s*$/.test(line);
    return out;
  });
}
