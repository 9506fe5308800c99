export { estimateImage, type EstimateOptions, type SizeEstimate, type StageSummary } from './estimate';
export { lookupBaseImage, type BaseImageInfo } from './base-image';
export { costs, pullSeconds, registryStorageBytes, monthlyTransferBytes, DEFAULT_BANDWIDTH_MBIT, type CostSummary } from './costs';
export { type BuildContext, type MeasuredContext, CONTEXT_TEXT_FILE, pastedRequirements } from './context';
export { formatBytes, KB, MB, GB } from './units';
