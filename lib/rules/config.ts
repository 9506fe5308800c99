import type { Severity } from '../types';

export type LabelType = 'text' | 'url' | 'semver' | 'hash' | 'rfc3339' | 'spdx' | 'email';

/** Rule settings; the keys and meanings follow hadolint's config file where the two overlap. */
export interface RuleConfig {
  /** rule ids or aliases (DL3008, JSONArgsRecommended) never reported */
  ignored: string[];
  /** severity overrides, by id or alias */
  override: Partial<Record<Severity, string[]>>;
  /** registries FROM may pull from; empty = the check is off (as in hadolint) */
  trustedRegistries: string[];
  /** labels every stage must set, with the type of their value; empty = the checks are off */
  labelSchema: Record<string, LabelType>;
  /** with a label schema: labels outside it are reported */
  strictLabels: boolean;
  /** inline `# hadolint ignore=` / `# layerlab ignore=` comments are not honoured */
  disableIgnorePragma: boolean;
  /** rules that are off by default and switched on (ids or aliases) */
  enabled: string[];
  /** BuildKit's BUILDKIT_DOCKERFILE_CHECK build argument: replaces the `# check=` directive when set */
  checkOverride: string | null;
}

export const DEFAULT_CONFIG: RuleConfig = {
  ignored: [],
  override: {},
  trustedRegistries: [],
  labelSchema: {},
  strictLabels: false,
  disableIgnorePragma: false,
  enabled: [],
  checkOverride: null,
};

export function withDefaults(partial: Partial<RuleConfig> | null | undefined): RuleConfig {
  return { ...DEFAULT_CONFIG, ...(partial ?? {}) };
}
