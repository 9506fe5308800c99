import type { Rule } from '../types';
import type { Stage } from '../../model/types';
import { lookupBaseImage } from '../../size/base-image';
import { mb, repoName, rootStage, shippedStages } from './_stages';

/** Official images that publish a -slim variant of the same runtime on the same Debian release. */
const SLIM_IMAGES = new Set(['python', 'node', 'ruby', 'perl', 'debian']);
const CODENAMES = new Set(['trixie', 'bookworm', 'bullseye', 'buster']);

/** The slim tag for a full tag, or null when the tag is already a variant or not understood. */
export function slimTag(repo: string, tag: string | null): string | null {
  const t = tag ?? 'latest';
  if (repo === 'debian') {
    if (CODENAMES.has(t) || /^\d+(?:\.\d+)?$/.test(t) || t === 'stable' || t === 'oldstable') return `${t}-slim`;
    return null;
  }
  if (t === 'latest') return 'slim';
  if (/^(?:lts|current)$/.test(t) || /^\d+(?:\.\d+)*(?:(?:a|b|rc)\d+)?$/.test(t)) return `${t}-slim`;
  const m = /^(\d+(?:\.\d+)*(?:(?:a|b|rc)\d+)?|lts|current)-([a-z]+)$/.exec(t);
  if (m && CODENAMES.has(m[2])) return `${m[1]}-slim-${m[2]}`;
  if (CODENAMES.has(t)) return `slim-${t}`;
  return null;
}

function sizeText(stage: Stage, tag: string): string {
  const full = lookupBaseImage(stage.image);
  const slim = lookupBaseImage({ ...stage.image, tag });
  if (full.confidence !== 'guessed' && slim.confidence !== 'guessed' && full.bytes > slim.bytes) {
    return `about ${mb(full.bytes - slim.bytes)} less (${mb(full.bytes)} vs ${mb(slim.bytes)}, ${full.confidence === 'known' && slim.confidence === 'known' ? 'measured' : 'estimated'} from the base-image table)`;
  }
  return 'typically 500-800 MB less';
}

export const rule: Rule = {
  id: 'full-base-image',
  title: 'Full base image where a slim variant exists',
  category: 'size',
  severity: 'info',
  aliases: [],
  lesson: 'minimal-base',
  explanation:
    'The default tags of python, node, ruby and debian are the full images: compilers, headers and hundreds of libraries for building software. A running application rarely needs them, and every pull and every node stores them. The -slim variant has the same runtime on the same Debian release without the build tools.',
  examples: {
    bad: 'FROM python:3.12\nCOPY app.py .\nCMD ["python", "app.py"]',
    good: 'FROM python:3.12-slim\nCOPY app.py .\nCMD ["python", "app.py"]',
  },
  check(ctx) {
    const { model } = ctx;
    if (!model.stages.length) return;
    const final = model.stages[model.stages.length - 1];
    const root = rootStage(model, final);
    if (!shippedStages(model).has(root.index) || root.isScratch || root.image.unresolved || root.image.digest) return;
    const reg = root.image.registry;
    if (reg && !/^(?:docker\.io|index\.docker\.io)$/.test(reg)) return;
    const repo = repoName(root);
    if (!SLIM_IMAGES.has(repo)) return;
    const slim = slimTag(repo, root.image.tag);
    if (!slim) return;
    const suggestion = `${repo}:${slim}`;
    const tagSpan = root.from.words[0]?.span;
    const rawTag = root.image.tag;
    const canFix = !!tagSpan && root.from.words[0].raw === root.image.raw && !root.image.raw.includes('$');
    const start = tagSpan ? tagSpan.startOffset : 0;
    ctx.report({
      span: root.from.span,
      message:
        repo === 'debian'
          ? `${root.image.raw} is the full Debian image (documentation, locales, man pages); the shipped image would be ${sizeText(root, slim)} on ${suggestion}.`
          : `${root.image.raw} is the full image with compilers and headers; the shipped image would be ${sizeText(root, slim)} on ${suggestion}.`,
      fix: canFix
        ? {
            title: `Use ${suggestion}`,
            edits: [
              rawTag === null
                ? { start: tagSpan!.endOffset, end: tagSpan!.endOffset, text: `:${slim}` }
                : { start: start + root.image.raw.length - rawTag.length, end: tagSpan!.endOffset, text: slim },
            ],
          }
        : undefined,
    });
  },
};
