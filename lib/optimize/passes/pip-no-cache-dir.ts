import type { DockerfileModel, Instruction, Stage } from '../../model/types';
import { buildRuns, afterWord, Changes, commandsOf, editableScript, hasArg, stageChain } from '../edit';
import { hasCacheMount, pipInstallWord, repoName } from '../facts';
import type { Pass } from '../types';

/**
 * Releases whose distribution pip predates --no-cache-dir (pip 6.0): Ubuntu 12.04/14.04 ship pip
 * 1.0/1.5, Debian 7/8 pip 1.1/1.5, where the option stops the install.
 */
const OLD_PIP_RELEASE = /^(ubuntu:(12\.04|14\.04|precise|trusty)|debian:(7|8|wheezy|jessie))\b/;

/** pip from the distribution's package on such a release, not upgraded before `ins`. */
function oldDistroPip(model: DockerfileModel, stage: Stage, ins: Instruction): boolean {
  const chain = stageChain(model, stage);
  const root = chain[chain.length - 1];
  const ref = `${repoName(root)}:${root.image.tag ?? 'latest'}`;
  if (!OLD_PIP_RELEASE.test(ref)) return false;
  const before = stageChain(model, stage).flatMap((s) => s.instructions).filter((i) => i.keyword === 'RUN' && i !== ins && (i.stageIndex !== stage.index || i.index < ins.index));
  return !before.some((i) => /pip\S*\s+install\s+(.*\s)?(-U|--upgrade)\s+(.*\s)?pip\b|get-pip\.py|ensurepip/.test(i.argsText));
}

function envDisablesCache(stage: Stage): boolean {
  return stage.instructions.some((i) => i.keyword === 'ENV' && i.pairs.some((p) => p.key === 'PIP_NO_CACHE_DIR'));
}

export const pass: Pass = {
  id: 'pip-no-cache-dir',
  title: 'pip install --no-cache-dir',
  risk: 'safe',
  lesson: 'why-size',
  resolves: ['DL3042'],
  profiles: ['safe', 'recommended', 'smallest'],
  apply({ model }) {
    const changes = new Changes(this);
    for (const stage of model.stages) {
      if (envDisablesCache(stage)) continue;
      const runs = buildRuns(model).filter((i) => i.stageIndex === stage.index);
      for (const ins of runs) {
        const s = editableScript(model, ins, { heredoc: true });
        if (!s || hasCacheMount(ins)) continue;
        for (const cmd of commandsOf(s)) {
          const word = pipInstallWord(cmd);
          if (!word || hasArg(cmd, '--no-cache-dir', '--no-cache') || oldDistroPip(model, stage, ins)) continue;
          changes.add(
            `pip --no-cache-dir`,
            'pip keeps every wheel it downloads in ~/.cache/pip for next time; in an image there is no next time, so the cache (often as big as the packages) only adds weight.',
            [{ start: afterWord(s, word), end: afterWord(s, word), text: ' --no-cache-dir' }],
          );
        }
      }
    }
    return changes.output();
  },
};
