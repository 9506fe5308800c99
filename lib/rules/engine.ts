import type { DockerfileModel } from '../model/types';
import type { Diagnostic, Severity } from '../types';
import type { DockerIgnore } from '../model/dockerignore';
import type { Rule, RuleReport } from './types';
import { withDefaults, type RuleConfig } from './config';
import { Suppressions } from './suppressions';

export interface RunRulesOptions {
  config?: Partial<RuleConfig> | null;
  dockerignore?: DockerIgnore | null;
}

export interface RuleFailure {
  rule: string;
  error: string;
}

/** Runs every enabled rule over the model and applies config, `# check=` and ignore pragmas. */
export function runRules(model: DockerfileModel, rules: readonly Rule[], options: RunRulesOptions = {}): { diagnostics: Diagnostic[]; failures: RuleFailure[] } {
  const config = withDefaults(options.config);
  const suppress = new Suppressions(model, config);
  const diagnostics: Diagnostic[] = [];
  const failures: RuleFailure[] = [];
  for (const rule of rules) {
    if (!suppress.ruleEnabled(rule)) continue;
    const severity = suppress.severityOf(rule);
    const report = (f: RuleReport) => {
      if (suppress.suppressedAt(rule, f.span)) return;
      diagnostics.push(toDiagnostic(rule, severity, f));
    };
    try {
      rule.check({ model, config, dockerignore: options.dockerignore ?? null, report });
    } catch (e) {
      // one broken rule must not take the whole analysis down; the failure is reported
      failures.push({ rule: rule.id, error: e instanceof Error ? e.message : String(e) });
    }
  }
  diagnostics.sort(compareDiagnostics);
  return { diagnostics: dedupe(diagnostics), failures };
}

function toDiagnostic(rule: Rule, severity: Severity, f: RuleReport): Diagnostic {
  const s = f.span;
  return {
    rule: rule.id,
    aliases: rule.aliases,
    severity,
    category: rule.category,
    message: f.message ?? rule.title,
    line: s.start.line,
    column: s.start.column,
    endLine: s.end.line,
    endColumn: s.end.column,
    fixable: !!f.fix,
    fix: f.fix ?? null,
    span: s,
  };
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return a.line - b.line || a.column - b.column || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
}

function dedupe(list: Diagnostic[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  let prevKey = '';
  for (const d of list) {
    const key = `${d.rule}\u0000${d.span.startOffset}\u0000${d.span.endOffset}\u0000${d.message}`;
    if (key !== prevKey) out.push(d);
    prevKey = key;
  }
  return out;
}
