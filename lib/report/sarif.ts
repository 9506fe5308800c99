import type { Rule } from '../rules/types';
import type { FileResult, Severity } from '../types';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note', style: 'note' };

export interface SarifOptions {
  toolVersion: string;
  /** base of the rule pages (`<base>/rules/<id>/`) */
  docsBase: string;
}

/** SARIF 2.1.0 with rule metadata, for code-scanning tools. */
export function renderSarif(files: FileResult[], rules: readonly Rule[], opts: SarifOptions): string {
  const used = new Set(files.flatMap((f) => f.diagnostics.map((d) => d.rule)));
  const ruleList = rules.filter((r) => used.has(r.id));
  const index = new Map(ruleList.map((r, i) => [r.id, i]));
  const base = opts.docsBase.replace(/\/+$/, '');
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'layerlab',
            version: opts.toolVersion,
            informationUri: base + '/',
            rules: ruleList.map((r) => ({
              id: r.id,
              name: pascal(r.id),
              shortDescription: { text: r.title },
              fullDescription: { text: r.explanation },
              helpUri: `${base}/rules/${r.id}/`,
              help: { text: `${r.explanation}\n\nBad:\n${r.examples.bad}\n\nGood:\n${r.examples.good}` },
              defaultConfiguration: { level: LEVEL[r.severity] },
              properties: { category: r.category, aliases: r.aliases, tags: [r.category, ...r.aliases] },
            })),
          },
        },
        results: files.flatMap((f) =>
          f.diagnostics.map((d) => ({
            ruleId: d.rule,
            ...(index.has(d.rule) ? { ruleIndex: index.get(d.rule) } : {}),
            level: LEVEL[d.severity],
            message: { text: d.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: toUri(f.path) },
                  region: { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn },
                },
              },
            ],
            properties: { category: d.category, aliases: d.aliases },
          })),
        ),
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}

function pascal(id: string): string {
  return id.replace(/(^|-)([a-z0-9])/g, (_, __, c: string) => c.toUpperCase());
}

function toUri(path: string): string {
  if (path === '-') return 'stdin';
  return path.replace(/\\/g, '/').split('/').map(encodeURIComponent).join('/');
}
