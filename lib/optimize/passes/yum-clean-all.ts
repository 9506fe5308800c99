import { buildRuns, appendCommand, Changes, commandsOf, editableScript, styleOf } from '../edit';
import { hasCacheMount, isInstall, managerOf, removesUnder, safeToAppend } from '../facts';
import type { Pass } from '../types';

export const pass: Pass = {
  id: 'yum-clean-all',
  title: 'yum/dnf clean all in the same RUN',
  risk: 'safe',
  lesson: 'why-size',
  resolves: ['DL3032', 'DL3040'],
  profiles: ['safe', 'recommended', 'smallest'],
  apply({ model }) {
    const changes = new Changes(this);
    const style = styleOf(model);
    for (const ins of buildRuns(model)) {
      const s = editableScript(model, ins, { heredoc: true });
      if (!s || hasCacheMount(ins, '/var/cache') || !safeToAppend(s)) continue;
      const cmds = commandsOf(s);
      const installs = cmds.filter((c) => isInstall(c) && (c.base === 'yum' || c.base === 'dnf' || c.base === 'microdnf'));
      if (!installs.length) continue;
      const tool = installs[installs.length - 1].base;
      const family = tool === 'yum' ? 'yum' : 'dnf';
      if (cmds.some((c) => removesUnder(c, `/var/cache/${family}`) || (managerOf(c) && c.args[0] === 'clean'))) continue;
      changes.add(
        `${tool} clean all`,
        `${tool} keeps downloaded metadata and packages under /var/cache/${family}, often 100 MB or more; cleaning in the same RUN keeps them out of the layer.`,
        [appendCommand(style, s, `${tool} clean all`)],
      );
    }
    return changes.output();
  },
};
