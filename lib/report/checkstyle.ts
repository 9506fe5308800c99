import type { FileResult } from '../types';

/** Checkstyle XML, as Jenkins and many CI dashboards read it. */
export function renderCheckstyle(files: FileResult[]): string {
  const out = ['<?xml version="1.0" encoding="UTF-8"?>', '<checkstyle version="4.3">'];
  for (const f of files) {
    out.push(`  <file name="${xml(f.path)}">`);
    for (const d of f.diagnostics) {
      const sev = d.severity === 'style' ? 'info' : d.severity;
      out.push(
        `    <error line="${d.line}" column="${d.column}" severity="${sev}" message="${xml(d.message)}" source="${xml(d.aliases[0] ?? d.rule)}"/>`,
      );
    }
    out.push('  </file>');
  }
  out.push('</checkstyle>');
  return out.join('\n') + '\n';
}

function xml(s: string): string {
  // characters XML 1.0 cannot carry at all are dropped
  return s
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}
