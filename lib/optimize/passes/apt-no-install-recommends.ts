import { buildRuns, afterWord, Changes, commandsOf, editableScript, hasArg, isAptInstall, subcommandWord } from '../edit';
import { familyOf, installedPackages } from '../facts';
import type { Pass } from '../types';

/** Packages that fetch over TLS and only recommend the CA bundle they need for it. */
const NEEDS_CA = new Set(['curl', 'wget', 'git', 'gnupg', 'gnupg2', 'openssl', 'subversion']);

export const pass: Pass = {
  id: 'apt-no-install-recommends',
  title: 'apt-get install --no-install-recommends',
  risk: 'safe',
  lesson: 'why-size',
  resolves: ['DL3015'],
  profiles: ['safe', 'recommended', 'smallest'],
  apply({ model }) {
    const changes = new Changes(this);
    for (const ins of buildRuns(model)) {
      const s = editableScript(model, ins, { heredoc: true });
      if (!s) continue;
      const stage = model.stages[ins.stageIndex];
      for (const cmd of commandsOf(s)) {
        if (!isAptInstall(cmd)) continue;
        if (hasArg(cmd, '--no-install-recommends') || cmd.args.some((a) => /Install-Recommends/i.test(a))) continue;
        const verb = subcommandWord(cmd)!;
        const edits = [{ start: afterWord(s, verb), end: afterWord(s, verb), text: ' --no-install-recommends' }];
        const pkgs = installedPackages(cmd);
        let extra = '';
        const lastWord = cmd.argv[cmd.argv.length - 1];
        // curl & co. recommend ca-certificates; bare Debian/Ubuntu images lack it, and HTTPS would then fail
        if (stage && familyOf(model, stage) === 'debian' && pkgs.some((p) => NEEDS_CA.has(p)) && !pkgs.includes('ca-certificates') && lastWord.literal && !lastWord.value.startsWith('-')) {
          edits.push({ start: afterWord(s, lastWord), end: afterWord(s, lastWord), text: ' ca-certificates' });
          extra = ' ca-certificates is added explicitly because the packages here use HTTPS and would otherwise have pulled it in only as a recommendation.';
        }
        changes.add(
          `--no-install-recommends`,
          `By default apt also installs every "recommended" package: often documentation, X11 or language packs the program never uses, commonly tens of megabytes.${extra}`,
          edits,
        );
      }
    }
    return changes.output();
  },
};
