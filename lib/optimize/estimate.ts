/**
 * The optimizer's view of the size estimator: the shipped image, or null when no estimate can
 * be made. Kept in one place so the pipeline does not depend on the estimator's shape.
 */
import type { DockerfileModel } from '../model/types';
import type { ImageEstimate } from '../types';

export function shippedImage(_model: DockerfileModel, _target?: string | null): ImageEstimate | null {
  return null;
}

export function shippedBytes(model: DockerfileModel, target?: string | null): number | null {
  return shippedImage(model, target)?.bytes ?? null;
}
