import type { FileResult, Severity } from '../types';

const GITLAB: Record<Severity, string> = { error: 'major', warning: 'minor', info: 'info', style: 'info' };

/** GitLab Code Quality report (a JSON array of issues with stable fingerprints). */
export function renderGitlab(files: FileResult[]): string {
  const issues = files.flatMap((f) =>
    f.diagnostics.map((d) => ({
      description: d.message,
      check_name: d.aliases[0] ?? d.rule,
      fingerprint: fingerprint(`${f.path}\u0000${d.rule}\u0000${d.line}\u0000${d.column}\u0000${d.message}`),
      severity: GITLAB[d.severity],
      location: { path: f.path, lines: { begin: d.line, end: d.endLine } },
    })),
  );
  return JSON.stringify(issues, null, 2) + '\n';
}

/** 128-bit FNV-1a style hash as hex: stable across runs, no crypto API needed. */
export function fingerprint(s: string): string {
  const seeds = [0x811c9dc5, 0x01000193, 0x9e3779b9, 0x7f4a7c15];
  return seeds
    .map((seed) => {
      let h = seed >>> 0;
      for (let i = 0; i < s.length; i++) {
        h ^= s.charCodeAt(i);
        h = Math.imul(h, 0x01000193) >>> 0;
      }
      return h.toString(16).padStart(8, '0');
    })
    .join('');
}
