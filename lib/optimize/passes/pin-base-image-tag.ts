import stableTags from '../../data/stable-tags.json';
import type { Stage } from '../../model/types';
import { Changes } from '../edit';
import { isDockerHub, repoName, tagVersion } from '../facts';
import type { Pass } from '../types';

const TABLE = (stableTags as { tags: Record<string, string> }).tags;
const COLLECTED = (stableTags as { collected: string }).collected.slice(0, 7);

/** What only runs on the interpreter that built it: a venv, installed packages, native modules. */
const BOUND_TO_RUNTIME = /(venv|site-packages|dist-packages|node_modules|\/bundle|vendor\/bundle|\.so(\.|$))/;

/**
 * A version the file already uses for this image in a stage whose interpreter-bound output
 * (a venv, node_modules, gems) this stage copies (`python:3.11-slim` -> `3.11`): there `latest`
 * would not run it. Otherwise pinning to another stage's line could move the image back (node 11
 * under a `yarn global add` that needs a current node), which is not what `latest` gives.
 */
function familyTag(stages: Stage[], stage: Stage, repo: string, registry: string | null): string | null {
  const from = new Set(stage.instructions.filter((i) => i.keyword === 'COPY').flatMap((i) => {
    const f = i.flags.find((x) => x.name.toLowerCase() === 'from')?.value;
    const srcs = (i.json ?? i.words.map((w) => w.value)).slice(0, -1);
    return f && srcs.some((p) => BOUND_TO_RUNTIME.test(p)) ? [f] : [];
  }));
  for (const s of stages) {
    if (!from.has(s.name ?? '') && !from.has(String(s.index))) continue;
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
      const family = familyTag(model.stages, stage, repo, stage.image.registry);
      const pinned = family ?? (isDockerHub(stage) ? TABLE[repo] : undefined);
      if (!pinned) continue;
      const base = tag === null ? word.value : word.value.slice(0, word.value.length - ':latest'.length);
      const from = tag === null ? 'untagged' : '`latest`';
      changes.add(
        `Pin ${base} to ${base}:${pinned}`,
        `The base image is ${from}, so each build can silently pull a different major version and break or grow. ` +
          (family
            ? `${base}:${pinned} is the release line of the stage whose installed packages this one copies, which run only on that line; it still receives security fixes until you choose to move.`
            : `${base}:${pinned} is the release line \`latest\` pointed to when Layerlab's table was collected (${COLLECTED}), or the stable line where \`latest\` follows short-lived releases; it still receives security fixes until you choose to move.`),
        [{ start: word.span.startOffset, end: word.span.endOffset, text: `${base}:${pinned}` }],
      );
    }
    return changes.output();
  },
};
