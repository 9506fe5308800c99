import type { ParserDirective, Pragma } from './types';
import type { PositionMap } from './positions';

const DIRECTIVE = /^\s*#\s*([A-Za-z][A-Za-z0-9_-]*)\s*=\s*(.*?)\s*$/;

/** Parser directives are `# key=value` comments at the very top; the first other line ends them. */
export function parseDirectives(lines: string[], pm: PositionMap): ParserDirective[] {
  const out: ParserDirective[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < lines.length; i++) {
    const line = i === 0 ? lines[i].replace(/^\uFEFF/, '') : lines[i];
    const m = DIRECTIVE.exec(line);
    if (!m) break;
    const name = m[1].toLowerCase();
    if (seen.has(name)) break;
    seen.add(name);
    out.push({ name, value: m[2], span: pm.lineSpan(i + 1) });
  }
  return out;
}

const PRAGMA = /^\s*#\s*(hadolint|layerlab)\s+(global\s+ignore|ignore|shell)\s*=\s*(.*?)\s*$/i;

/** `# hadolint ignore=DL3008,DL3009`, `# hadolint global ignore=...`, `# hadolint shell=pwsh`, and the same with `layerlab`. */
export function parsePragmas(lines: string[]): Pragma[] {
  const out: Pragma[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.indexOf('#') < 0) continue;
    const m = PRAGMA.exec(line);
    if (!m) continue;
    const kindWord = m[2].toLowerCase().replace(/\s+/g, ' ');
    const kind = kindWord === 'global ignore' ? 'global-ignore' : kindWord === 'ignore' ? 'ignore' : 'shell';
    // a trailing `# reason` after the list is a comment, not more names
    const values = m[3].split('#')[0].split(/[,\s]+/).map((v) => v.trim()).filter(Boolean);
    out.push({ tool: m[1].toLowerCase(), kind, values, line: i + 1 });
  }
  return out;
}
