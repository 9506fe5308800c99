/**
 * What image size costs, in the terms the source article uses: time to pull at a bandwidth,
 * registry storage for the tags you keep, and transfer for the deploys you run. Pure functions
 * of compressed bytes (what registries store and clients download).
 */

export const DEFAULT_BANDWIDTH_MBIT = 100;

/** Seconds to download `compressedBytes` at `mbitPerSecond` (decimal megabits). */
export function pullSeconds(compressedBytes: number, mbitPerSecond = DEFAULT_BANDWIDTH_MBIT): number {
  if (mbitPerSecond <= 0) return Infinity;
  return (compressedBytes * 8) / (mbitPerSecond * 1_000_000);
}

/**
 * Registry bytes for `tags` kept versions. Tags share unchanged layers, so only the part that
 * changes per build (`changedBytes`, default: everything above the base) is stored again.
 */
export function registryStorageBytes(compressedBytes: number, tags: number, changedBytes = compressedBytes): number {
  if (tags <= 0) return 0;
  const shared = Math.max(0, compressedBytes - changedBytes);
  return shared + changedBytes * tags;
}

/** Bytes transferred per month for `deploysPerDay` deploys to `nodes` machines without a warm cache. */
export function monthlyTransferBytes(compressedBytes: number, deploysPerDay: number, nodes = 1, days = 30): number {
  return Math.max(0, compressedBytes * deploysPerDay * nodes * days);
}

export interface CostSummary {
  pullSeconds: number;
  storageBytes: number;
  monthlyTransferBytes: number;
}

export function costs(compressedBytes: number, opts: { mbitPerSecond?: number; tags?: number; deploysPerDay?: number; nodes?: number } = {}): CostSummary {
  return {
    pullSeconds: pullSeconds(compressedBytes, opts.mbitPerSecond ?? DEFAULT_BANDWIDTH_MBIT),
    storageBytes: registryStorageBytes(compressedBytes, opts.tags ?? 10),
    monthlyTransferBytes: monthlyTransferBytes(compressedBytes, opts.deploysPerDay ?? 10, opts.nodes ?? 1),
  };
}
