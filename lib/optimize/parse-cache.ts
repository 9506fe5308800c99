/**
 * Toggling a change, the held-back retry and the profile switch re-run the pipeline on the same
 * file: every pass before the first difference produces the same text, so its parse (and the
 * estimate cached on the model) is reused.
 */
import { parseDockerfile } from '../model/parse';
import { textMemo } from '../text-cache';

export const parseCached = textMemo((text: string) => parseDockerfile(text), 96, 2_000_000);
