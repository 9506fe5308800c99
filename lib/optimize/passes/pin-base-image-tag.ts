import stableTags from '../../data/stable-tags.json';
import type { Stage } from '../../model/types';
import { Changes } from '../edit';
import { isDockerHub, repoName, tagVersion } from '../facts';
import type { Pass } from '../types';

const TABLE = (stableTags as { tags: Record<string, string> }).tags;
const COLLECTED = (stableTags as { collected: string }).collected.slice(0, 7);

/** A version the file already uses for this image elsewhere (`python:3.11-slim` -> `3.11`). */
function familyTag(stages: Stage[], repo: string, registry: string | null): string | null {
  for (const s of stages) {
    if (s.baseStage !== null || s.image.unresolved || repoName(s) !== repo || s.image.registry !== registry) continue;
    const tag = s.image.tag;
    if (!tag || tag === 'latest') continue;
    const v = tagVersion(tag);
    if (v) return /^v?[\d.]+/.exec(tag)![0];
  }
  return null;
}

export const pass: Pass = {
  id: 'pin-base-image-tag',
  title: 'Pin the base image to a release line',
  risk: 'safe',
  lesson: 'minimal-base',
  resolves: ['DL3006', 'DL3007'],
  profiles: ['safe', 'recommended', 'smallest'],
  apply({ model }) {
    const changes = new Changes(this);
    for (const stage of model.stages) {
      if (stage.isScratch || stage.baseStage !== null || stage.image.unresolved || stage.image.digest) continue;
      const word = stage.from.words[0];
      if (!word || word.raw !== word.value || word.value.includes('$')) continue;
      const tag = stage.image.tag;
      if (tag !== null && tag !== 'latest') continue;
      const repo = repoName(stage);
      const pinned = familyTag(model.stages, repo, stage.image.registry) ?? (isDockerHub(stage) ? TABLE[repo] : undefined);
      if (!pinned) continue;
      const base = tag === null ? word.value : word.value.slice(0, word.value.length - ':latest'.length);
      const from = tag === null ? 'untagged' : '`latest`';
      changes.add(
        `Pin ${base} to ${base}:${pinned}`,
        `The base image is ${from}, so each build can silently pull a different major version and break or grow. ` +
          (familyTag(model.stages, repo, stage.image.registry)
            ? `${base}:${pinned} is the release line the file already uses elsewhere; it still receives security fixes until you choose to move.`
            : `${base}:${pinned} is the release line \`latest\` pointed to when Layerlab's table was collected (${COLLECTED}), or the stable line where \`latest\` follows short-lived releases; it still receives security fixes until you choose to move.`),
        [{ start: word.span.startOffset, end: word.span.endOffset, text: `${base}:${pinned}` }],
      );
    }
    return changes.output();
  },
};
