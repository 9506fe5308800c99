import { parseDockerfile, MAX_ANALYSED_CHARS } from './model/parse';
import { parseDockerIgnore } from './model/dockerignore';
import { runRules } from './rules/engine';
import { ALL_RULES } from './rules/registry';
import type { RuleConfig } from './rules/config';
import { estimateImage, type BuildContext } from './size';
import { optimize } from './optimize';
import type { Profile } from './optimize/types';
import type { AnalysisResult } from './types';
import { groupThousands } from './report/bytes';

export interface AnalyzeOptions {
  /** build target stage (only it and what it needs ship) */
  target?: string | null;
  /** the user's estimate of the build context size, in bytes */
  contextBytes?: number | null;
  /** the build context's files after .dockerignore and its dependency lists (the CLI reads them) */
  context?: BuildContext | null;
  /** text of the build context's .dockerignore */
  dockerignore?: string | null;
  config?: Partial<RuleConfig> | null;
  /** `--build-arg` values (BUILDKIT_DOCKERFILE_CHECK among them replaces the `# check=` directive) */
  buildArgs?: Readonly<Record<string, string>> | null;
  /** optimizer profile (default recommended) */
  profile?: Profile;
  /** optimizer change ids the user switched off */
  disabledChanges?: readonly string[];
  /** skip the optimizer (linting alone, e.g. the CLI without optimize output) */
  skipOptimize?: boolean;
}

/**
 * The optimizer re-parses and re-estimates the file once per pass, so its cost grows with the file;
 * past this many instructions it is left out and the user is told (real Dockerfiles have tens).
 */
export const MAX_OPTIMIZED_INSTRUCTIONS = 400;

const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/** The one entry point: parse, lint, estimate, optimize. Never throws on any input text. */
export function analyze(input: string, options: AnalyzeOptions = {}): AnalysisResult {
  const timings: Record<string, number> = {};
  const notices: string[] = [];
  const text = typeof input === 'string' ? input : String(input ?? '');

  let t = now();
  const buildArgs = options.buildArgs ?? null;
  const model = parseDockerfile(text, { buildArgs });
  timings.parse = now() - t;
  if (model.truncated) {
    notices.push(
      `This text is over ${Math.round(MAX_ANALYSED_CHARS / 1000)} kB; the first ${groupThousands(model.lines.length)} lines were analysed and the rest was left out.`,
    );
  }

  t = now();
  const dockerignore = options.dockerignore ? parseDockerIgnore(options.dockerignore) : null;
  const checkOverride = buildArgs?.BUILDKIT_DOCKERFILE_CHECK ?? null;
  const config = checkOverride !== null ? { ...options.config, checkOverride } : options.config;
  const { diagnostics, failures } = runRules(model, ALL_RULES, { config, dockerignore });
  timings.rules = now() - t;
  if (failures.length) {
    notices.push(`Some checks could not run on this text (${failures.map((f) => f.rule).join(', ')}); their findings are missing.`);
  }

  t = now();
  const size = model.stages.length
    ? estimateImage(model, { target: options.target ?? undefined, contextBytes: options.contextBytes ?? null, context: options.context ?? null, dockerignore })
    : null;
  timings.size = now() - t;

  t = now();
  const tooBig = model.instructions.length > MAX_OPTIMIZED_INSTRUCTIONS;
  if (tooBig && !options.skipOptimize) {
    notices.push(`With ${model.instructions.length} instructions this file is too large to optimize here (the limit is ${MAX_OPTIMIZED_INSTRUCTIONS}); issues and sizes are complete.`);
  }
  const optimized =
    model.stages.length && !options.skipOptimize && !tooBig
      ? optimize(model.text, {
          profile: options.profile ?? 'recommended',
          disabled: options.disabledChanges ?? [],
          target: options.target ?? null,
          contextBytes: options.contextBytes ?? null,
          context: options.context ?? null,
        })
      : null;
  timings.optimize = now() - t;

  return {
    model,
    diagnostics,
    layers: size?.layers ?? [],
    image: size?.image ?? null,
    size: size ? { wastedBytes: size.wastedBytes, efficiency: size.efficiency, stages: size.stages } : null,
    optimized,
    notice: notices.length ? notices.join(' ') : null,
    timings,
  };
}
