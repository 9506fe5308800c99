/**
 * The optimizer's view of the size estimator: the shipped image, or null when no estimate can
 * be made. Kept in one place so the pipeline does not depend on the estimator's shape.
 */
import type { DockerfileModel } from '../model/types';
import type { ImageEstimate } from '../types';
import { estimateImage } from '../size';

const cache = new WeakMap<DockerfileModel, Map<string, ImageEstimate | null>>();

export function shippedImage(model: DockerfileModel, target?: string | null): ImageEstimate | null {
  if (!model.stages.length) return null;
  let byTarget = cache.get(model);
  if (!byTarget) cache.set(model, (byTarget = new Map()));
  const key = target ?? '';
  if (!byTarget.has(key)) byTarget.set(key, estimateImage(model, target ? { target } : {}).image);
  return byTarget.get(key) ?? null;
}

export function shippedBytes(model: DockerfileModel, target?: string | null): number | null {
  return shippedImage(model, target)?.bytes ?? null;
}
