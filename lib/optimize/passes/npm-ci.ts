import { Changes, commandsOf, editableScript, subcommandWord } from '../edit';
import { isPlainNpmInstall, lockfileCopied } from '../node';
import type { Pass } from '../types';

export const pass: Pass = {
  id: 'npm-ci',
  title: 'npm ci instead of npm install',
  risk: 'safe',
  lesson: 'layers',
  resolves: [],
  profiles: ['safe', 'recommended', 'smallest'],
  apply({ model, options }) {
    const changes = new Changes(this);
    // npm ci fails without a lockfile, and `COPY package*.json` copies one only if the repository has
    // it (many do not): a safe change needs the lockfile named, or seen in the build context
    const files = options.context?.files;
    const lockInContext = files ? Object.keys(files).some((f) => /(^|\/)(package-lock|npm-shrinkwrap)\.json$/.test(f)) : null;
    for (const stage of model.stages) {
      for (const ins of stage.instructions) {
        const s = editableScript(model, ins, { heredoc: true });
        if (!s || !lockfileCopied(stage, ins)) continue;
        for (const cmd of commandsOf(s)) {
          if (!isPlainNpmInstall(cmd) || cmd.args.some((a) => a === '--no-package-lock' || a === '-g' || a === '--global')) continue;
          const verb = subcommandWord(cmd)!;
          const named = lockfileCopied(stage, ins, ['package-lock.json', 'npm-shrinkwrap.json']);
          if (!named && lockInContext !== true) continue;
          changes.add(
            `npm ci`,
            'npm install may resolve newer versions than the lockfile and rewrite it; npm ci installs exactly what package-lock.json says, so every build gets the same dependencies (and it fails loudly when the lockfile is out of date).' +
              (named ? '' : ' The build context has package-lock.json, which `COPY package*.json` brings along.'),
            [{ start: s.offsets[verb.start], end: s.offsets[verb.end - 1] + 1, text: 'ci' }],
          );
        }
      }
    }
    return changes.output();
  },
};
