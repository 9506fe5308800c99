/** Shared by the label-schema rules (DL3049-DL3058): LABEL pairs and value checks per label type. */
import type { KeyValue, Instruction } from '../../model/types';
import type { LabelType } from '../config';
import type { RuleContext } from '../types';

/** Every LABEL instruction with its pairs (ONBUILD LABEL is not checked, as in hadolint). */
export function* labelPairs(ctx: RuleContext): Generator<{ ins: Instruction; pair: KeyValue }> {
  for (const ins of ctx.model.instructions) {
    if (ins.keyword !== 'LABEL') continue;
    for (const pair of ins.pairs) yield { ins, pair };
  }
}

/** Labels of the schema with the given type. */
export function labelsOfType(ctx: RuleContext, type: LabelType): Set<string> {
  const out = new Set<string>();
  for (const [name, t] of Object.entries(ctx.config.labelSchema ?? {})) if (t === type) out.add(name);
  return out;
}

/** Reports each LABEL whose value for a schema label of `type` fails `valid`. */
export function checkLabelType(ctx: RuleContext, type: LabelType, valid: (v: string) => boolean, what: string): void {
  const names = labelsOfType(ctx, type);
  if (!names.size) return;
  for (const { ins, pair } of labelPairs(ctx)) {
    if (names.has(pair.key) && !valid(pair.value)) {
      ctx.report({ span: ins.span, message: `Label \`${pair.key}\` is not ${what}: "${pair.value}".` });
    }
  }
}

/** URI with a scheme and no whitespace (what Network.URI.parseURI accepts, roughly). */
export function isUrl(v: string): boolean {
  return /^[A-Za-z][A-Za-z0-9+.-]*:[^\s"<>\\^`{|}]*$/.test(v);
}

export function isRfc3339(v: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/.exec(v);
  if (!m) return false;
  const [mo, d, h, mi, s] = [m[2], m[3], m[4], m[5], m[6]].map(Number);
  return mo >= 1 && mo <= 12 && d >= 1 && d <= 31 && h <= 23 && mi <= 59 && s <= 60;
}

const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;
export function isSemver(v: string): boolean {
  return v.length < 256 && SEMVER.test(v);
}

/** A git commit hash: the full 40 hex digits or an abbreviation of at least 7. */
export function isGitHash(v: string): boolean {
  return /^[0-9a-fA-F]{7,40}$/.test(v);
}

export function isEmail(v: string): boolean {
  if (v.length > 320) return false;
  const at = v.lastIndexOf('@');
  if (at <= 0 || at === v.length - 1) return false;
  const local = v.slice(0, at);
  const domain = v.slice(at + 1);
  return /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+$/.test(local) && !local.startsWith('.') && !local.endsWith('.') && !local.includes('..') &&
    /^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*$/.test(domain);
}

/** SPDX license identifiers in common use (the full list has ~600; these cover nearly all images). */
const SPDX = new Set(
  [
    '0BSD', 'AAL', 'AFL-1.1', 'AFL-1.2', 'AFL-2.0', 'AFL-2.1', 'AFL-3.0', 'AGPL-1.0', 'AGPL-1.0-only', 'AGPL-1.0-or-later', 'AGPL-3.0', 'AGPL-3.0-only',
    'AGPL-3.0-or-later', 'Apache-1.0', 'Apache-1.1', 'Apache-2.0', 'APSL-2.0', 'Artistic-1.0', 'Artistic-2.0', 'BlueOak-1.0.0', 'BSD-1-Clause',
    'BSD-2-Clause', 'BSD-2-Clause-Patent', 'BSD-3-Clause', 'BSD-3-Clause-Clear', 'BSD-4-Clause', 'BSL-1.0', 'BUSL-1.1', 'CC-BY-1.0', 'CC-BY-2.0',
    'CC-BY-2.5', 'CC-BY-3.0', 'CC-BY-4.0', 'CC-BY-SA-3.0', 'CC-BY-SA-4.0', 'CC-BY-NC-4.0', 'CC-BY-NC-SA-4.0', 'CC-BY-ND-4.0', 'CC0-1.0',
    'CDDL-1.0', 'CDDL-1.1', 'CECILL-2.1', 'CPAL-1.0', 'CPL-1.0', 'ECL-2.0', 'EFL-2.0', 'EPL-1.0', 'EPL-2.0', 'EUPL-1.1', 'EUPL-1.2', 'GFDL-1.3',
    'GFDL-1.3-only', 'GFDL-1.3-or-later', 'GPL-1.0', 'GPL-1.0-only', 'GPL-1.0-or-later', 'GPL-2.0', 'GPL-2.0-only', 'GPL-2.0-or-later', 'GPL-3.0',
    'GPL-3.0-only', 'GPL-3.0-or-later', 'HPND', 'ICU', 'IJG', 'IPL-1.0', 'ISC', 'LGPL-2.0', 'LGPL-2.0-only', 'LGPL-2.0-or-later', 'LGPL-2.1',
    'LGPL-2.1-only', 'LGPL-2.1-or-later', 'LGPL-3.0', 'LGPL-3.0-only', 'LGPL-3.0-or-later', 'LPPL-1.3c', 'MIT', 'MIT-0', 'MPL-1.0', 'MPL-1.1',
    'MPL-2.0', 'MPL-2.0-no-copyleft-exception', 'MS-PL', 'MS-RL', 'NCSA', 'ODbL-1.0', 'OFL-1.1', 'OpenSSL', 'OSL-3.0', 'PHP-3.0', 'PHP-3.01',
    'PostgreSQL', 'PSF-2.0', 'Python-2.0', 'Ruby', 'SSPL-1.0', 'Unicode-DFS-2016', 'Unlicense', 'UPL-1.0', 'Vim', 'W3C', 'WTFPL', 'X11',
    'Zlib', 'ZPL-2.0', 'ZPL-2.1',
  ].map((s) => s.toLowerCase()),
);
export function isSpdx(v: string): boolean {
  return SPDX.has(v.trim().toLowerCase());
}
