import { actual, appendCommand, Changes, commandsOf, editableScript, isAptInstall, styleOf } from '../edit';
import { descendants, hasCacheMount, isDockerHub, isUpdate, managerOf, removesUnder, safeToAppend } from '../facts';
import type { Pass } from '../types';

export const pass: Pass = {
  id: 'apt-clean-lists',
  title: 'Delete the apt package lists in the same RUN',
  risk: 'safe',
  lesson: 'why-size',
  resolves: ['DL3009'],
  profiles: ['safe', 'recommended', 'smallest'],
  apply({ model }) {
    const changes = new Changes(this);
    const style = styleOf(model);
    for (const stage of model.stages) {
      const later = descendants(model, stage);
      for (const ins of stage.instructions) {
        const s = editableScript(model, ins, { heredoc: true });
        if (!s || hasCacheMount(ins, '/var/lib/apt') || !safeToAppend(s)) continue;
        const cmds = commandsOf(s);
        if (!cmds.some(isAptInstall)) continue;
        if (cmds.some((c) => removesUnder(c, '/var/lib/apt/lists'))) continue;
        // a later RUN that installs without its own update needs these lists
        const needed = later.some((st) =>
          st.instructions.some((o) => {
            if (o.index <= ins.index) return false;
            const os = editableScript(model, o, { heredoc: true });
            if (!os) return o.keyword === 'RUN' && /apt(-get)?\s+install/.test(o.argsText + o.heredocs.map((h) => h.content).join('\n'));
            // an install that comes before that RUN's own update (apt install … && apt update) needs them too
            const oc = commandsOf(os);
            const install = oc.findIndex(isAptInstall);
            const update = oc.findIndex((c) => managerOf(c) === 'apt' && isUpdate(c));
            return install >= 0 && (update < 0 || install < update);
          }),
        );
        if (needed) continue;
        const cleanFirst = !isDockerHub(stage) || stage.image.repository.includes('/');
        const hasClean = cmds.some((c) => managerOf(c) === 'apt' && c.args[0] === 'clean');
        // images that run as a user (circleci, cimg) call apt through sudo: so must the clean-up
        const sudo = s.script.commands.some((c) => c.base === 'sudo' && managerOf(actual(c)) === 'apt') ? 'sudo ' : '';
        const text = (cleanFirst && !hasClean ? `${sudo}apt-get clean && ` : '') + `${sudo}rm -rf /var/lib/apt/lists/*`;
        changes.add(
          `Delete the apt lists`,
          'apt-get update downloads package lists (often 20-40 MB) that are only needed while installing; deleting them in the same RUN keeps them out of the layer.' +
            (cleanFirst && !hasClean ? ' `apt-get clean` empties the package cache too, which this base image may not do on its own (official Debian and Ubuntu images do).' : ''),
          [appendCommand(style, s, text)],
        );
      }
    }
    return changes.output();
  },
};
