import type { DockerfileModel } from '../model/types';
import type { BuildContext } from '../size/context';
import type { LessonId, OptimizationChange, OptimizedResult, Risk, TextEdit } from '../types';

export type Profile = 'safe' | 'recommended' | 'smallest';

export interface OptimizeOptions {
  profile?: Profile;
  /** change ids the user switched off */
  disabled?: readonly string[];
  /** build target stage, passed to the estimator */
  target?: string | null;
  /** the user's build context size in bytes, passed to the estimator */
  contextBytes?: number | null;
  /** the build context's files and dependency lists, passed to the estimator */
  context?: BuildContext | null;
}

export interface PassInput {
  model: DockerfileModel;
  text: string;
  options: Required<Pick<OptimizeOptions, 'profile'>> & OptimizeOptions;
}

/**
 * One change a pass proposes. Its `edits` are offsets into the pass's input text; a change's edits
 * never overlap another change's edits of the same pass, so any subset can be applied.
 */
export interface ChangeRecord {
  /** stable within one run: the pass id, plus `-2`, `-3`... for its later changes */
  id: string;
  title: string;
  /** plain words: what changed and why it helps (and what it could break, for review/structural) */
  why: string;
  risk: Risk;
  edits: TextEdit[];
  /** filled by the pipeline: 1-based lines of the final output this change wrote */
  lines: number[];
  /** filled by the pipeline from the size estimator; 0 when no estimate is available */
  savedBytes: number;
}

export interface PassOutput {
  edits: TextEdit[];
  changes: ChangeRecord[];
}

export interface Pass {
  id: string;
  title: string;
  risk: Risk;
  lesson: LessonId;
  /** rule ids or aliases (DL3009, ...) whose findings this pass removes */
  resolves: string[];
  /** profiles that run this pass */
  profiles: Profile[];
  /**
   * True for a pass that repairs an image that cannot run as written (a glibc program on
   * scratch). Its changes may add bytes; they are never held back for it, and they say so.
   */
  repairs?: boolean;
  apply(input: PassInput): PassOutput;
}

/** What the playground shows per change: the contract's fields plus switch state and provenance. */
export interface OptimizedChange extends OptimizationChange {
  pass: string;
  lesson: LessonId;
  resolves: string[];
  lines: number[];
  /** false when the user switched the change off (it is listed but not applied) */
  enabled: boolean;
}

export interface OptimizeResult extends OptimizedResult {
  changes: OptimizedChange[];
  /** estimated bytes of the input's shipped image (null without an estimate) */
  originalBytes: number | null;
  profile: Profile;
}
