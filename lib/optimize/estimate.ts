/**
 * The optimizer's view of the size estimator: the shipped image, or null when no estimate can
 * be made. Kept in one place so the pipeline does not depend on the estimator's shape.
 */
import type { DockerfileModel } from '../model/types';
import type { ImageEstimate } from '../types';
import { estimateImage, type BuildContext, type SizeEstimate } from '../size';

/** What the estimate depends on besides the text: the stage that ships and the context size. */
export interface EstimateInputs {
  target: string | null;
  contextBytes: number | null;
  context?: BuildContext | null;
}

const cache = new WeakMap<DockerfileModel, Map<string, SizeEstimate | null>>();

function estimateOf(model: DockerfileModel, inputs: EstimateInputs): SizeEstimate | null {
  if (!model.stages.length) return null;
  let byInputs = cache.get(model);
  if (!byInputs) cache.set(model, (byInputs = new Map()));
  const key = `${inputs.target ?? ''}\u0000${inputs.contextBytes ?? ''}\u0000${inputs.context?.id ?? ''}`;
  if (!byInputs.has(key)) {
    byInputs.set(key, estimateImage(model, { target: inputs.target ?? undefined, contextBytes: inputs.contextBytes, context: inputs.context ?? null, shippedOnly: true }));
  }
  return byInputs.get(key) ?? null;
}

export function shippedImage(model: DockerfileModel, inputs: EstimateInputs): ImageEstimate | null {
  return estimateOf(model, inputs)?.image ?? null;
}

export function shippedBytes(model: DockerfileModel, inputs: EstimateInputs): number | null {
  return shippedImage(model, inputs)?.bytes ?? null;
}

/** Shipped bytes each instruction adds (by instruction index); null when nothing could be estimated. */
export function shippedBytesPerInstruction(model: DockerfileModel, inputs: EstimateInputs): Float64Array | null {
  const est = estimateOf(model, inputs);
  if (!est) return null;
  const byLine = new Map<number, number>();
  for (const l of est.layers) if (l.shipped) byLine.set(l.line, (byLine.get(l.line) ?? 0) + l.bytes);
  const out = new Float64Array(model.instructions.length);
  model.instructions.forEach((ins, i) => {
    out[i] = byLine.get(ins.span.start.line) ?? 0;
  });
  return out;
}
