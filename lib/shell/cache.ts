/**
 * A shell tree does not depend on where its script sits in the Dockerfile (offsets are mapped
 * outside it), so an unchanged RUN is not parsed again when the file around it changes.
 */
import { textMemo } from '../text-cache';
import { parseShell } from './parse';

export const parseShellCached = textMemo(parseShell, 4096, 4_000_000);
