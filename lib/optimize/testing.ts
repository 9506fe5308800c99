/** Helpers for the optimizer tests (imported from *.test.ts only). */
import { parseDockerfile } from '../model/parse';
import { applyEdits } from '../rules/fixes';
import type { ChangeRecord, Pass, Profile } from './types';

/** One pass alone on `text`: its output (all its changes applied) and its change records. */
export function runPass(pass: Pass, text: string, profile: Profile = 'recommended', target?: string): { text: string; changes: ChangeRecord[] } {
  const model = parseDockerfile(text);
  const out = pass.apply({ model, text, options: { profile, target } });
  return { text: applyEdits(text, out.edits), changes: out.changes };
}

/** The pass's output, or the input unchanged when it had nothing to do. */
export function rewrite(pass: Pass, text: string, profile: Profile = 'recommended'): string {
  return runPass(pass, text, profile).text;
}

export function parsesCleanly(text: string): boolean {
  return parseDockerfile(text).parseDiagnostics.length === 0;
}

