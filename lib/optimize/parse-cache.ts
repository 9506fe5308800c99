/**
 * The parses of one input's pipeline. Toggling a change, the held-back retry and a profile switch
 * run it again on the same file: every pass before the first difference produces the same text, so
 * its parse (and the estimate cached on the model) is reused. A new input (a keystroke) starts
 * afresh: an older input's intermediate files are never asked for again, and keeping them (dozens
 * of full models per keystroke) made every later garbage collection copy and mark them, which set
 * the slowest analyses of a 300-line file (p99 about 25 ms instead of about 14).
 */
import type { DockerfileModel } from '../model/types';
import { parseDockerfile } from '../model/parse';
import { onForgetTexts } from '../text-cache';

/** bounds for one input (a pipeline has about thirty steps; toggles add a few each) */
const MAX_ENTRIES = 128;
const MAX_CHARS = 4_000_000;

let input: string | null = null;
let models = new Map<string, DockerfileModel>();
let chars = 0;
onForgetTexts(() => startPipeline(null));

function startPipeline(text: string | null): void {
  input = text;
  models = new Map();
  chars = 0;
}

/** The model of `text`, a step of the pipeline that began with `pipelineInput`. */
export function parseInPipeline(pipelineInput: string, text: string): DockerfileModel {
  if (pipelineInput !== input) startPipeline(pipelineInput);
  const hit = models.get(text);
  if (hit) return hit;
  const model = parseDockerfile(text);
  if (models.size < MAX_ENTRIES && chars + text.length <= MAX_CHARS) {
    models.set(text, model);
    chars += text.length;
  }
  return model;
}
