import { describe, it, expect } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ALL_RULES } from './registry';
import { lint } from './testing';
import { applyFix } from './fixes';
import { parseDockerfile } from '../model/parse';

const HADOLINT_CODES = [
  'DL1001', 'DL3000', 'DL3001', 'DL3002', 'DL3003', 'DL3004', 'DL3006', 'DL3007', 'DL3008', 'DL3009', 'DL3010', 'DL3011',
  'DL3012', 'DL3013', 'DL3014', 'DL3015', 'DL3016', 'DL3018', 'DL3019', 'DL3020', 'DL3021', 'DL3022', 'DL3023', 'DL3024',
  'DL3025', 'DL3026', 'DL3027', 'DL3028', 'DL3029', 'DL3030', 'DL3032', 'DL3033', 'DL3034', 'DL3035', 'DL3036', 'DL3037',
  'DL3038', 'DL3040', 'DL3041', 'DL3042', 'DL3043', 'DL3044', 'DL3045', 'DL3046', 'DL3047', 'DL3048', 'DL3049', 'DL3050',
  'DL3051', 'DL3052', 'DL3053', 'DL3054', 'DL3055', 'DL3056', 'DL3057', 'DL3058', 'DL3059', 'DL3060', 'DL3061', 'DL3062',
  'DL3063', 'DL3064', 'DL3065', 'DL3066', 'DL3067', 'DL4000', 'DL4001', 'DL4003', 'DL4004', 'DL4005', 'DL4006',
];
const BUILD_CHECKS = [
  'ConsistentInstructionCasing', 'CopyIgnoredFile', 'DuplicateStageName', 'ExposeInvalidFormat', 'ExposeProtoCasing',
  'FromAsCasing', 'FromPlatformFlagConstDisallowed', 'InvalidBaseImagePlatform', 'InvalidDefaultArgInFrom',
  'InvalidDefinitionDescription', 'JSONArgsRecommended', 'LegacyKeyValueFormat', 'MaintainerDeprecated',
  'MultipleInstructionsDisallowed', 'NoEmptyContinuation', 'RedundantTargetPlatform', 'ReservedStageName',
  'SecretsUsedInArgOrEnv', 'StageNameCasing', 'UndefinedArgInFrom', 'UndefinedVar', 'WorkdirRelativePath',
];

describe('rule registry', () => {
  it('lists rules with unique kebab-case ids', () => {
    const ids = ALL_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('covers every hadolint DL code and every Docker build check as an alias', () => {
    const aliases = new Set(ALL_RULES.flatMap((r) => r.aliases));
    expect(HADOLINT_CODES.length).toBe(71);
    expect(BUILD_CHECKS.length).toBe(22);
    expect(HADOLINT_CODES.filter((c) => !aliases.has(c))).toEqual([]);
    expect(BUILD_CHECKS.filter((c) => !aliases.has(c))).toEqual([]);
  });
});

describe.each(ALL_RULES.map((r) => [r.id, r] as const))('rule %s', (id, rule) => {
  it('is documented and has its tests next to it', () => {
    expect(rule.title.length).toBeGreaterThan(5);
    expect(rule.explanation.length).toBeGreaterThan(40);
    expect(rule.examples.bad.trim()).not.toBe('');
    expect(rule.examples.good.trim()).not.toBe('');
    const file = join(__dirname, rule.category, `${id}.test.ts`);
    expect(existsSync(file), `${file} exists`).toBe(true);
  });

  it('fires on its bad example and not on its good one', () => {
    const opts = { config: rule.exampleConfig, dockerignore: rule.exampleDockerignore };
    expect(lint(rule, rule.examples.bad, opts).length).toBeGreaterThan(0);
    expect(lint(rule, rule.examples.good, opts)).toEqual([]);
  });

  it('has fixes that remove their own finding and keep the file parseable', () => {
    const opts = { config: rule.exampleConfig, dockerignore: rule.exampleDockerignore };
    const before = lint(rule, rule.examples.bad, opts);
    for (const d of before.filter((x) => x.fix)) {
      const fixed = applyFix(rule.examples.bad, d.fix!);
      const after = lint(rule, fixed, opts);
      expect(after.some((x) => x.line === d.line && x.message === d.message && x.column === d.column), fixed).toBe(false);
      const before = parseDockerfile(rule.examples.bad).parseDiagnostics.length;
      expect(parseDockerfile(fixed).parseDiagnostics.length).toBeLessThanOrEqual(before);
    }
  });
});
