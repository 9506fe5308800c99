/**
 * The optimizer's view of the size estimator: the shipped image, or null when no estimate can
 * be made. Kept in one place so the pipeline does not depend on the estimator's shape.
 */
import type { DockerfileModel } from '../model/types';
import type { ImageEstimate } from '../types';
import { estimateImage } from '../size';

/** What the estimate depends on besides the text: the stage that ships and the context size. */
export interface EstimateInputs {
  target: string | null;
  contextBytes: number | null;
}

const cache = new WeakMap<DockerfileModel, Map<string, ImageEstimate | null>>();

export function shippedImage(model: DockerfileModel, inputs: EstimateInputs): ImageEstimate | null {
  if (!model.stages.length) return null;
  let byInputs = cache.get(model);
  if (!byInputs) cache.set(model, (byInputs = new Map()));
  const key = `${inputs.target ?? ''}\u0000${inputs.contextBytes ?? ''}`;
  if (!byInputs.has(key)) {
    byInputs.set(key, estimateImage(model, { target: inputs.target ?? undefined, contextBytes: inputs.contextBytes }).image);
  }
  return byInputs.get(key) ?? null;
}

export function shippedBytes(model: DockerfileModel, inputs: EstimateInputs): number | null {
  return shippedImage(model, inputs)?.bytes ?? null;
}
