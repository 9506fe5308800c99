import { buildRuns, afterWord, Changes, commandsOf, editableScript, hasArg, subcommandWord } from '../edit';
import { hasCacheMount } from '../facts';
import type { Pass } from '../types';

export const pass: Pass = {
  id: 'apk-no-cache',
  title: 'apk add --no-cache',
  risk: 'safe',
  lesson: 'why-size',
  resolves: ['DL3019'],
  profiles: ['safe', 'recommended', 'smallest'],
  apply({ model }) {
    const changes = new Changes(this);
    for (const ins of buildRuns(model)) {
      const s = editableScript(model, ins, { heredoc: true });
      if (!s || hasCacheMount(ins, '/var/cache/apk')) continue;
      for (const cmd of commandsOf(s)) {
        if (cmd.base !== 'apk') continue;
        const verb = subcommandWord(cmd);
        if (verb?.value !== 'add' || hasArg(cmd, '--no-cache')) continue;
        changes.add(
          `apk add --no-cache`,
          'Without --no-cache apk keeps the package index it downloaded in /var/cache/apk, and it ships in the layer; --no-cache fetches a fresh index and keeps nothing.',
          [{ start: afterWord(s, verb), end: afterWord(s, verb), text: ' --no-cache' }],
        );
      }
    }
    return changes.output();
  },
};
