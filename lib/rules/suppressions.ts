import type { DockerfileModel, Span } from '../model/types';
import type { Severity } from '../types';
import type { RuleConfig } from './config';
import type { Rule } from './types';
import { instructionAt } from './helpers';

const SEVERITIES: Severity[] = ['error', 'warning', 'info', 'style'];

/** Decides which findings are kept: config ignores and overrides, `# check=` directive, inline pragmas. */
export class Suppressions {
  private readonly ignored: Set<string>;
  private readonly enabled: Set<string>;
  private readonly globalIgnored = new Set<string>();
  /** instruction index -> ids/aliases ignored on it */
  private readonly perInstruction = new Map<number, Set<string>>();
  private readonly checkSkip = new Set<string>();
  private readonly checkExperimental = new Set<string>();
  private checkSkipAll = false;
  private checkError = false;

  constructor(private readonly model: DockerfileModel, private readonly config: RuleConfig) {
    this.ignored = lowerSet(config.ignored);
    // as in hadolint, giving an off-by-default rule a severity switches it on
    this.enabled = lowerSet([...config.enabled, ...Object.values(config.override).flatMap((l) => l ?? [])]);
    this.readCheckDirective();
    if (!config.disableIgnorePragma) this.readPragmas();
  }

  ruleEnabled(rule: Rule): boolean {
    const names = namesOf(rule);
    if (names.some((n) => this.ignored.has(n) || this.globalIgnored.has(n))) return false;
    const switchedOn = names.some((n) => this.enabled.has(n));
    if (rule.experimental) {
      // BuildKit runs an experimental check only when `# check=experimental=` names it, whatever skip says
      const named = this.checkExperimental.has('all') || names.some((n) => this.checkExperimental.has(n));
      return named || switchedOn;
    }
    if (this.isBuildCheck(rule) && (this.checkSkipAll || names.some((n) => this.checkSkip.has(n)))) return false;
    if (rule.enabledByDefault === false && !switchedOn) return false;
    return true;
  }

  severityOf(rule: Rule): Severity {
    const names = namesOf(rule);
    for (const sev of SEVERITIES) {
      const list = this.config.override[sev];
      if (list && list.some((x) => names.includes(x.toLowerCase()))) return sev;
    }
    if (this.checkError && this.isBuildCheck(rule)) return 'error';
    return rule.severity;
  }

  suppressedAt(rule: Rule, span: Span): boolean {
    if (this.perInstruction.size === 0) return false;
    const ins = instructionAt(this.model, span);
    if (!ins) return false;
    const set = this.perInstruction.get(ins.index);
    return !!set && namesOf(rule).some((n) => set.has(n));
  }

  private isBuildCheck(rule: Rule): boolean {
    // Docker's build checks are the aliases spelled as one CamelCase word (JSONArgsRecommended)
    return rule.aliases.some((a) => /^[A-Z][A-Za-z]+$/.test(a));
  }

  private readCheckDirective(): void {
    const value = this.config.checkOverride ?? this.model.directives.find((x) => x.name === 'check')?.value;
    if (value === undefined) return;
    for (const part of value.split(';')) {
      const [k, v = ''] = part.split('=', 2).map((s) => s.trim());
      if (k === 'skip') {
        for (const name of v.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean)) {
          if (name === 'all') this.checkSkipAll = true;
          else this.checkSkip.add(name);
        }
      } else if (k === 'error') this.checkError = v.toLowerCase() === 'true';
      else if (k === 'experimental') {
        for (const name of v.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean)) this.checkExperimental.add(name);
      }
    }
  }

  private readPragmas(): void {
    const insByLine = new Map<number, number>();
    for (const ins of this.model.instructions) insByLine.set(ins.span.start.line, ins.index);
    for (const p of this.model.pragmas) {
      if (p.kind === 'global-ignore') {
        for (const v of p.values) this.globalIgnored.add(v.toLowerCase());
      } else if (p.kind === 'ignore') {
        // hadolint drops a whole ignore comment when one of its names is not a rule code
        if (p.tool === 'hadolint' && !p.values.every((v) => /^(?:DL|SC)\d+$/i.test(v))) continue;
        // the pragma covers the next instruction; only comment lines may stand between them
        let line = p.line + 1;
        while (line <= this.model.lines.length && /^\s*#/.test(this.model.lines[line - 1]) && !insByLine.has(line)) line++;
        const idx = insByLine.get(line);
        if (idx === undefined) continue;
        let set = this.perInstruction.get(idx);
        if (!set) this.perInstruction.set(idx, (set = new Set()));
        for (const v of p.values) set.add(v.toLowerCase());
      }
    }
  }
}

function namesOf(rule: Rule): string[] {
  return [rule.id.toLowerCase(), ...rule.aliases.map((a) => a.toLowerCase())];
}

function lowerSet(list: string[]): Set<string> {
  return new Set(list.map((s) => s.toLowerCase()));
}
