/** Test helpers shared by the rule tests (imported from *.test.ts only). */
import { parseDockerfile } from '../model/parse';
import { parseDockerIgnore } from '../model/dockerignore';
import { runRules } from './engine';
import { applyFix } from './fixes';
import type { RuleConfig } from './config';
import type { Rule } from './types';
import type { Diagnostic } from '../types';

export interface LintOptions {
  config?: Partial<RuleConfig>;
  dockerignore?: string;
}

/** Findings of one rule on a Dockerfile text (the rule is switched on even when it is off by default). */
export function lint(rule: Rule, text: string, options: LintOptions = {}): Diagnostic[] {
  const model = parseDockerfile(text);
  const config: Partial<RuleConfig> = { ...options.config, enabled: [...(options.config?.enabled ?? []), rule.id] };
  const { diagnostics, failures } = runRules(model, [rule], {
    config,
    dockerignore: options.dockerignore != null ? parseDockerIgnore(options.dockerignore) : null,
  });
  if (failures.length) throw new Error(`rule ${rule.id} threw: ${failures[0].error}`);
  return diagnostics;
}

/** Lines (1-based) the rule reports on. */
export function linesOf(rule: Rule, text: string, options: LintOptions = {}): number[] {
  return lint(rule, text, options).map((d) => d.line);
}

/** Applies the first finding's fix and returns the new text (throws when there is no fix). */
export function fixOnce(rule: Rule, text: string, options: LintOptions = {}): string {
  const d = lint(rule, text, options).find((x) => x.fix);
  if (!d || !d.fix) throw new Error(`rule ${rule.id} offers no fix for this text`);
  return applyFix(text, d.fix);
}

/** Applies every fix of the rule repeatedly until none is left (bounded), returning the text. */
export function fixAll(rule: Rule, text: string, options: LintOptions = {}): string {
  let current = text;
  for (let i = 0; i < 20; i++) {
    const d = lint(rule, current, options).find((x) => x.fix);
    if (!d || !d.fix) return current;
    current = applyFix(current, d.fix);
  }
  return current;
}
