import type { DockerfileModel, Instruction, Stage } from '../../model/types';
import type { ShellCommand } from '../../shell/types';
import { Changes, commandsOf, editableScript, hasArg, subcommandWord } from '../edit';
import { familyOf, isPip, pipInstallWord, repoName } from '../facts';
import { isNpmCi, isPlainNpmInstall } from '../node';
import type { Pass } from '../types';

/** True when the `# syntax=` directive names a Dockerfile frontend that has RUN --mount (1.2 and later). */
export function syntaxAllowsMounts(model: DockerfileModel): boolean {
  const d = model.directives.find((x) => x.name === 'syntax');
  if (!d) return false;
  const m = /(?:^|\/)docker\/dockerfile(?:-upstream)?:([^@\s]+)/.exec(d.value.trim());
  if (!m) return false;
  const tag = m[1];
  if (tag === 'latest' || tag === 'labs') return true;
  const v = /^(\d+)(?:\.(\d+))?/.exec(tag);
  if (!v) return false;
  const major = Number(v[1]);
  return major > 1 || (major === 1 && (v[2] === undefined || Number(v[2]) >= 2));
}

/** True when the RUN runs as root (the cache targets below are root's home). */
function runsAsRoot(stage: Stage, ins: Instruction): boolean {
  let user: string | null = null;
  for (const i of stage.instructions) {
    if (i === ins) break;
    if (i.keyword === 'USER') user = i.words[0]?.value ?? null;
  }
  return user === null || user === 'root' || user === '0' || user.startsWith('root:') || user.startsWith('0:');
}

function targetsFor(model: DockerfileModel, stage: Stage, cmd: ShellCommand): { target: string; what: string } [] {
  if (pipInstallWord(cmd) && !hasArg(cmd, '--no-cache-dir')) return [{ target: '/root/.cache/pip', what: 'pip downloads' }];
  if (isNpmCi(cmd) || isPlainNpmInstall(cmd)) return [{ target: '/root/.npm', what: 'npm downloads' }];
  if (cmd.base === 'go' && ['build', 'install', 'mod', 'test'].includes(subcommandWord(cmd)?.value ?? '') && repoName(rootStage(model, stage)) === 'golang') {
    return [
      { target: '/go/pkg/mod', what: 'Go modules' },
      { target: '/root/.cache/go-build', what: 'the Go build cache' },
    ];
  }
  if ((cmd.base === 'mvn' || cmd.base === 'mvnw') && familyOf(model, stage) !== 'unknown') return [{ target: '/root/.m2', what: 'the Maven repository' }];
  return [];
}

/** A RUN that empties its cache on purpose (npm cache clean, pip cache purge) would empty the mount too. */
function clearsCache(cmd: ShellCommand): boolean {
  const sub = subcommandWord(cmd)?.value;
  return ((cmd.base === 'npm' || cmd.base === 'yarn') && sub === 'cache') || (isPip(cmd) && sub === 'cache') || (cmd.base === 'go' && sub === 'clean');
}

function rootStage(model: DockerfileModel, stage: Stage): Stage {
  let s = stage;
  while (s.baseStage !== null) s = model.stages[s.baseStage];
  return s;
}

export const pass: Pass = {
  id: 'build-cache-mounts',
  title: 'BuildKit cache mounts for package downloads',
  risk: 'safe',
  lesson: 'layers',
  resolves: [],
  profiles: ['safe', 'recommended', 'smallest'],
  apply({ model }) {
    const changes = new Changes(this);
    if (!syntaxAllowsMounts(model)) return changes.output();
    for (const stage of model.stages) {
      for (const ins of stage.instructions) {
        const s = editableScript(model, ins);
        if (!s || ins.flags.some((f) => f.name.toLowerCase() === 'mount') || !runsAsRoot(stage, ins)) continue;
        const seen = new Map<string, string>();
        for (const cmd of commandsOf(s)) for (const t of targetsFor(model, stage, cmd)) seen.set(t.target, t.what);
        if (!seen.size || commandsOf(s).some((c) => (isPip(c) && hasArg(c, '--no-cache-dir')) || clearsCache(c))) continue;
        const flags = [...seen.keys()].map((t) => ` --mount=type=cache,target=${t}`).join('');
        const at = ins.keywordSpan.endOffset;
        changes.add(
          `Cache mount for ${[...seen.values()].join(' and ')}`,
          `A cache mount keeps ${[...seen.values()].join(' and ')} between builds without putting them in the image: rebuilds download less and the layer carries only what was installed.`,
          [{ start: at, end: at, text: flags }],
        );
      }
    }
    return changes.output();
  },
};
