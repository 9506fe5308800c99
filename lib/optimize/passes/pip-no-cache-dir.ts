import type { Stage } from '../../model/types';
import { buildRuns, afterWord, Changes, commandsOf, editableScript, hasArg } from '../edit';
import { hasCacheMount, pipInstallWord } from '../facts';
import type { Pass } from '../types';

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
          if (!word || hasArg(cmd, '--no-cache-dir', '--no-cache')) continue;
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
