/** Byte units and formatting live with the report code; the estimator uses the same ones. */
export { KB, MB, GB, formatBytes, groupThousands } from '../report/bytes';
