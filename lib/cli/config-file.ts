import { parse as parseYaml } from 'yaml';
import type { LabelType, RuleConfig } from '../rules/config';
import { isThreshold, type Threshold } from '../report/severity';
import type { Severity } from '../types';

export interface FileConfig {
  rules: Partial<RuleConfig>;
  failureThreshold: Threshold | null;
  noFail: boolean;
}

export class ConfigError extends Error {}

const LABEL_TYPES = new Set<LabelType>(['text', 'url', 'semver', 'hash', 'rfc3339', 'spdx', 'email']);

/** Reads a .layerlab.yaml / .hadolint.yaml; keys follow hadolint's where they overlap. */
export function parseConfigFile(text: string, name: string): FileConfig {
  let doc: unknown;
  try {
    doc = parseYaml(text);
  } catch (e) {
    throw new ConfigError(`${name} is not valid YAML: ${e instanceof Error ? e.message.split('\n')[0] : e}`);
  }
  if (doc === null || doc === undefined) return { rules: {}, failureThreshold: null, noFail: false };
  if (typeof doc !== 'object' || Array.isArray(doc)) throw new ConfigError(`${name} must be a mapping of keys to values`);
  const o = doc as Record<string, unknown>;
  const get = (...keys: string[]) => keys.map((k) => o[k]).find((v) => v !== undefined);
  const rules: Partial<RuleConfig> = {};

  const ignored = strings(get('ignored', 'ignore'), name, 'ignored');
  if (ignored) rules.ignored = ignored;
  const enabled = strings(get('enabled', 'enable'), name, 'enabled');
  if (enabled) rules.enabled = enabled;
  const trusted = strings(get('trustedRegistries', 'trusted-registries', 'trusted_registries'), name, 'trustedRegistries');
  if (trusted) rules.trustedRegistries = trusted;

  const override = get('override');
  if (override !== undefined) {
    if (typeof override !== 'object' || override === null) throw new ConfigError(`${name}: override must map severities to rule lists`);
    rules.override = {};
    for (const [sev, list] of Object.entries(override as Record<string, unknown>)) {
      if (!['error', 'warning', 'info', 'style'].includes(sev)) throw new ConfigError(`${name}: override has unknown severity "${sev}"`);
      rules.override[sev as Severity] = strings(list, name, `override.${sev}`) ?? [];
    }
  }
  const schema = get('label-schema', 'labelSchema', 'label_schema');
  if (schema !== undefined && schema !== null) {
    if (typeof schema !== 'object' || Array.isArray(schema)) throw new ConfigError(`${name}: label-schema must map label names to types`);
    rules.labelSchema = {};
    for (const [label, type] of Object.entries(schema as Record<string, unknown>)) {
      if (typeof type !== 'string' || !LABEL_TYPES.has(type as LabelType)) {
        throw new ConfigError(`${name}: label "${label}" has unknown type "${String(type)}" (use ${[...LABEL_TYPES].join(', ')})`);
      }
      rules.labelSchema[label] = type as LabelType;
    }
  }
  const strict = get('strict-labels', 'strictLabels', 'strict_labels');
  if (strict !== undefined) rules.strictLabels = strict === true;
  const noIgnore = get('disable-ignore-pragma', 'disableIgnorePragma');
  if (noIgnore !== undefined) rules.disableIgnorePragma = noIgnore === true;

  const t = get('failure-threshold', 'failureThreshold');
  let failureThreshold: Threshold | null = null;
  if (t !== undefined) {
    if (typeof t !== 'string' || !isThreshold(t)) throw new ConfigError(`${name}: failure-threshold must be error, warning, info, style or none`);
    failureThreshold = t;
  }
  return { rules, failureThreshold, noFail: get('no-fail', 'noFail') === true };
}

function strings(v: unknown, file: string, key: string): string[] | null {
  if (v === undefined || v === null) return null;
  if (typeof v === 'string') return [v];
  if (Array.isArray(v) && v.every((x) => typeof x === 'string' || typeof x === 'number')) return v.map(String);
  throw new ConfigError(`${file}: ${key} must be a list of names`);
}
