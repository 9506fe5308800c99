import type { DockerfileModel, Stage } from '../../model/types';
import { buildRuns, afterWord, Changes, commandsOf, editableScript, hasArg, isAptInstall, stageChain, subcommandWord } from '../edit';
import { familyOf, installedPackages, repoName } from '../facts';
import type { Pass } from '../types';

/** Packages that fetch over TLS and only recommend the CA bundle they need for it. */
const NEEDS_CA = new Set(['curl', 'wget', 'git', 'gnupg', 'gnupg2', 'openssl', 'subversion', 'docker.io', 'podman', 'skopeo', 'buildah']);
/** A compiler already asked for by name. */
const COMPILER = /^(build-essential|gcc(-\d+)?|g\+\+(-\d+)?|clang(-\d+)?|cc)$/;
/**
 * Debian's python3-pip recommends build-essential and python3-dev: without them, pip cannot
 * build the packages that have no wheel (psycopg2, uwsgi, many pins on older Pythons).
 */
const PIP_BUILD = { 'python3-pip': 'build-essential python3-dev', 'python-pip': 'build-essential python-dev' } as Record<string, string>;
/**
 * Recommends a package is rarely used without: autoreconf (autogen.sh, bootstrap.sh) runs automake,
 * xvfb-run needs xauth, and gcc compiles nothing without libc6-dev's headers (a -slim base lacks
 * them). Named explicitly, they stay.
 */
const USED_RECOMMENDS: Record<string, string> = { autoconf: 'automake', xvfb: 'xauth', gcc: 'libc6-dev' };

/** A Debian or Ubuntu base without the development packages of buildpack-deps: -slim variants, plain distributions. */
function bareDebian(model: DockerfileModel, stage: Stage): boolean {
  const chain = stageChain(model, stage);
  const root = chain[chain.length - 1];
  return /slim|minimal/.test(root.image.tag ?? '') || ['debian', 'ubuntu'].includes(repoName(root)) || familyOf(model, stage) === 'unknown';
}

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
        // packages go after the last one, or (after `apt install curl -y`) right after the option
        const addPackage = (name: string): void => {
          if (lastWord.literal && !lastWord.value.startsWith('-')) edits.push({ start: afterWord(s, lastWord), end: afterWord(s, lastWord), text: ` ${name}` });
          else edits[0].text += ` ${name}`;
        };
        // curl & co. recommend ca-certificates; bare Debian/Ubuntu images lack it, and HTTPS would then fail
        // apt means a Debian or Ubuntu base, recognised or not (oven/bun is Debian): none ships the bundle
        if (stage && ['debian', 'unknown'].includes(familyOf(model, stage)) && pkgs.some((p) => NEEDS_CA.has(p)) && !pkgs.includes('ca-certificates')) {
          addPackage('ca-certificates');
          extra = ' ca-certificates is added explicitly because the packages here use HTTPS and would otherwise have pulled it in only as a recommendation.';
        }
        const pipPkg = pkgs.find((p) => PIP_BUILD[p]);
        const pipLater = stage?.instructions.some((i) => i.keyword === 'RUN' && /\bpip[\d.]*\s+install\b|-m\s+pip\s+install\b/.test(i.argsText));
        if (pipPkg && pipLater && !pkgs.some((p) => COMPILER.test(p))) {
          addPackage(PIP_BUILD[pipPkg]);
          extra += ` ${PIP_BUILD[pipPkg]} ${PIP_BUILD[pipPkg].includes(' ') ? 'are' : 'is'} now named, because ${pipPkg} only recommended them and pip needs them to build packages that have no wheel.`;
        }
        // full language images (python:3.12, node:22) already carry libc6-dev
        const bare = !!stage && bareDebian(model, stage);
        const kept = Object.entries(USED_RECOMMENDS).filter(([p, r]) => pkgs.includes(p) && !pkgs.includes(r) && (r !== 'libc6-dev' || bare));
        for (const [, r] of kept) addPackage(r);
        if (kept.length) extra += ` ${kept.map(([p, r]) => `${r} (for ${p})`).join(' and ')} ${kept.length > 1 ? 'are' : 'is'} named explicitly, because ${kept.length > 1 ? 'they were' : 'it was'} only recommended and the tool is rarely used without ${kept.length > 1 ? 'them' : 'it'}.`;
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
