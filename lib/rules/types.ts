import type { DockerfileModel, Instruction, Span } from '../model/types';
import type { Category, Fix, LessonId, Severity } from '../types';
import type { RuleConfig } from './config';
import type { DockerIgnore } from '../model/dockerignore';

export interface RuleReport {
  span: Span;
  /** defaults to the rule's title */
  message?: string;
  fix?: Fix;
}

export interface RuleContext {
  model: DockerfileModel;
  config: RuleConfig;
  /** the build context's .dockerignore when known (CLI: from disk; playground: its second tab) */
  dockerignore: DockerIgnore | null;
  report(finding: RuleReport): void;
}

export interface Rule {
  /** kebab-case, self-explaining: apt-lists-not-cleaned */
  id: string;
  title: string;
  category: Category;
  severity: Severity;
  /** hadolint DL/SC code, Docker build-check name, Trivy AVD-DS / Checkov CKV_DOCKER ids */
  aliases: string[];
  lesson: LessonId;
  /** plain words: what goes wrong and why it matters */
  explanation: string;
  examples: { bad: string; good: string };
  /** false for rules that hadolint also keeps off unless configured (labels, registries, HEALTHCHECK) */
  enabledByDefault?: boolean;
  /** settings the examples need (for rules that only act when configured, like label schemas) */
  exampleConfig?: Partial<RuleConfig>;
  /** the .dockerignore the examples are linted with (for rules that read it) */
  exampleDockerignore?: string;
  /** a Docker build check that BuildKit runs only when `# check=experimental=<Name>` names it */
  experimental?: boolean;
  check(ctx: RuleContext): void;
}

export type { Instruction };
