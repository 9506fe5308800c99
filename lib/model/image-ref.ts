import type { ImageRef } from './types';

/** Parses `[registry/]repo[:tag][@digest]` as Docker's reference grammar splits it. */
export function parseImageRef(raw: string, resolved: string, unresolved: boolean): ImageRef {
  let rest = resolved;
  let digest: string | null = null;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1) || null;
    rest = rest.slice(0, at);
  }
  let registry: string | null = null;
  const slash = rest.indexOf('/');
  if (slash > 0) {
    const first = rest.slice(0, slash);
    if (first.includes('.') || first.includes(':') || first === 'localhost') {
      registry = first;
      rest = rest.slice(slash + 1);
    }
  }
  let tag: string | null = null;
  const colon = rest.lastIndexOf(':');
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1) || null;
    rest = rest.slice(0, colon);
  }
  return { raw, resolved, registry, repository: rest, tag, digest, unresolved };
}

/** Substitutes $VAR, ${VAR}, ${VAR:-x}, ${VAR-x}, ${VAR:+x} from `vars`; reports whether any stayed unknown. */
export function expandVariables(text: string, vars: ReadonlyMap<string, string | null>): { value: string; unresolved: boolean } {
  let unresolved = false;
  let out = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c !== '$') {
      out += c;
      i++;
      continue;
    }
    if (text[i + 1] === '{') {
      const close = text.indexOf('}', i + 2);
      if (close < 0) {
        out += text.slice(i);
        unresolved = true;
        break;
      }
      const body = text.slice(i + 2, close);
      const m = /^([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-+])(.*))?$/s.exec(body);
      if (!m) {
        unresolved = true;
        out += text.slice(i, close + 1);
      } else {
        const known = vars.has(m[1]) ? vars.get(m[1]) ?? null : undefined;
        const set = known !== undefined && known !== null;
        const nonEmpty = set && known !== '';
        const op = m[2];
        if (op === ':-') out += nonEmpty ? known : m[3];
        else if (op === '-') out += set ? known : m[3];
        else if (op === ':+') out += nonEmpty ? m[3] : '';
        else if (op === '+') out += set ? m[3] : '';
        else if (set) out += known;
        else unresolved = true;
      }
      i = close + 1;
      continue;
    }
    const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(i + 1, i + 257));
    if (!m) {
      out += c;
      i++;
      continue;
    }
    const known = vars.get(m[0]);
    if (known !== undefined && known !== null) out += known;
    else unresolved = true;
    i += 1 + m[0].length;
  }
  return { value: out, unresolved };
}
