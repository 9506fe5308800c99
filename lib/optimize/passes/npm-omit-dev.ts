import { afterWord, Changes, commandsOf, editableScript, runtimeStages, subcommandWord } from '../edit';
import { isNpmCi, isPlainNpmInstall, nodeMajor, omitsDev } from '../node';
import { descendants } from '../facts';
import type { DockerfileModel, Instruction, Stage } from '../../model/types';
import type { Pass } from '../types';

const runsSomething = (i: Instruction) => i.keyword === 'RUN' || i.keyword === 'CMD' || i.keyword === 'ENTRYPOINT';

/**
 * What runs with this stage's node_modules in other stages: stages built FROM it (a development
 * target's `npm run dev`) and stages that COPY --from it (a builder's `npm run build`).
 */
function laterUsers(model: DockerfileModel, stage: Stage): Instruction[] {
  const users = descendants(model, stage);
  const names = new Set(users.flatMap((s) => [String(s.index), ...(s.name ? [s.name.toLowerCase()] : [])]));
  const copiers = model.stages.filter((s) => !users.includes(s) && s.instructions.some((i) => i.keyword === 'COPY' && i.flags.some((f) => f.name.toLowerCase() === 'from' && names.has((f.value ?? '').toLowerCase()))));
  return [...users, ...copiers].filter((s) => s !== stage).flatMap((s) => s.instructions.filter(runsSomething));
}

/** Commands that may need devDependencies after the install. */
const DEV_USERS = new Set(['npx', 'yarn', 'pnpm', 'tsc', 'webpack', 'vite', 'next', 'nest', 'ng', 'babel', 'jest', 'mocha', 'nodemon', 'ts-node', 'gulp', 'grunt', 'rollup', 'esbuild', 'parcel', 'prisma']);

/** Loaders that run the sources through a devDependency: node -r ts-node/register, --loader tsx. */
const DEV_LOADER = /^(ts-node|tsx|@babel\/register|babel-register|babel-node|@swc-node\/register|esbuild-register)(\/|$)/;
/** A start through a script file: what it runs (a test runner, a build) is not in view. */
const OPAQUE_SCRIPT = /(^|[\s"'[\/])[\w.-]+\.sh(?=$|[\s"',\]])/;

export const pass: Pass = {
  id: 'npm-omit-dev',
  title: 'Leave devDependencies out of the runtime image',
  risk: 'safe',
  lesson: 'why-size',
  resolves: [],
  profiles: ['safe', 'recommended', 'smallest'],
  apply({ model, options }) {
    const changes = new Changes(this);
    const shipped = runtimeStages(model, options.target);
    for (const stage of model.stages) {
      if (!shipped.has(stage.index)) continue;
      if (stage.instructions.some((i) => i.keyword === 'ENV' && i.pairs.some((p) => p.key === 'NODE_ENV' && p.value === 'production'))) continue;
      const major = nodeMajor(model, stage);
      const run = stage.instructions.filter(runsSomething);
      const elsewhere = laterUsers(model, stage);
      for (const ins of stage.instructions) {
        const s = editableScript(model, ins);
        if (!s) continue;
        for (const cmd of commandsOf(s)) {
          if (!(isNpmCi(cmd) || isPlainNpmInstall(cmd)) || omitsDev(cmd)) continue;
          // anything after the install that runs scripts or build tools may need devDependencies
          const after = [...run.filter((r) => r.index > ins.index || r === ins), ...elsewhere];
          const risky = after.some((r) => {
            if (r.form === 'exec') return (r.json ?? []).some((a) => a === 'npm' || a === 'npx' || DEV_USERS.has(a) || DEV_LOADER.test(a) || OPAQUE_SCRIPT.test(a));
            if ((r.keyword === 'CMD' || r.keyword === 'ENTRYPOINT') && OPAQUE_SCRIPT.test(r.argsText)) return true;
            // a tool called by its path in node_modules (./node_modules/brunch/bin/brunch) may be a devDependency
            return r.scripts.some((e) => e.script.commands.some((c) => (c.start > cmd.start || r !== ins) && (DEV_USERS.has(c.base) || c.args.some((a) => DEV_LOADER.test(a)) || c.name.includes('node_modules/') || (c.base === 'npm' && c !== cmd && !['ci', 'install', 'i', 'cache', 'prune', 'config'].includes(c.args[0] ?? '')))));
          });
          if (risky) continue;
          const flag = major !== null && major < 15 ? '--production' : '--omit=dev';
          const verb = subcommandWord(cmd)!;
          changes.add(
            `npm ${verb.value} ${flag}`,
            'This stage ships and nothing after the install (here or in a stage built from it) runs a build or test tool, so devDependencies (compilers, bundlers, test runners) are dead weight in the image.',
            [{ start: afterWord(s, verb), end: afterWord(s, verb), text: ` ${flag}` }],
          );
        }
      }
    }
    return changes.output();
  },
};
