import type { DockerfileModel, Instruction, Stage } from '../../model/types';
import { actual, Changes, kw, shippedStage, stageChain, styleOf, wholeLines } from '../edit';
import { familyOf, repoName } from '../facts';
import { needsRoot, PRIV_TOOLS, systemDir } from '../root-needs';
import { resolvePath, workdirAt } from '../multistage';
import type { Pass } from '../types';

/** Images whose own entrypoint needs root to start (it drops privileges itself) or that serve on root-owned paths. */
const NEEDS_ROOT = new Set(['nginx', 'httpd', 'php', 'postgres', 'mysql', 'mariadb', 'redis', 'mongo', 'rabbitmq', 'elasticsearch', 'jenkins', 'wordpress', 'tomcat', 'docker', 'haproxy', 'traefik', 'memcached', 'couchdb', 'cassandra']);
/** What Rails' own Dockerfile template gives its user: the directories a running app writes. */
const RAILS_DIRS = ['db', 'log', 'storage', 'tmp'];

/**
 * COPY and ADD into the program's directory: they get --chown, which costs nothing (ownership
 * is set while copying), so the program can write its files as before.
 */
function appCopies(stage: Stage, appDir: string | null): Instruction[] {
  return stage.instructions.filter((i) => {
    if ((i.keyword !== 'COPY' && i.keyword !== 'ADD') || i.heredocs.length || i.flags.some((f) => f.name.toLowerCase() === 'chown')) return false;
    const args = i.json ?? i.words.map((w) => w.value);
    const dest = args.at(-1);
    const wd = workdirAt(stage, i);
    if (args.length < 2 || !dest || dest.includes('$') || wd === null) return false;
    const at = resolvePath(wd, dest);
    return appDir !== null && appDir !== '/' && (at === appDir || at.startsWith(`${appDir}/`));
  });
}

/**
 * Directories the program may write into: its working directory, the ones the file creates with
 * mkdir, and declared volumes (a new volume takes the ownership of the image's directory).
 */
function writableDirs(stage: Stage, appDir: string | null): { dirs: string[]; missing: string[] } {
  const dirs = new Set<string>();
  const volumes = new Set<string>();
  if (appDir) dirs.add(appDir);
  for (const ins of stage.instructions) {
    if (ins.keyword === 'VOLUME') for (const v of ins.json ?? ins.words.map((w) => w.value)) if (v.startsWith('/') && !v.includes('$')) volumes.add(resolvePath('/', v));
    if (ins.keyword !== 'RUN') continue;
    const wd = workdirAt(stage, ins);
    for (const e of ins.scripts) {
      for (const c of e.script.commands) {
        const cmd = actual(c);
        if ((cmd.base !== 'mkdir' && cmd.base !== 'rm') || wd === null) continue;
        const paths = cmd.args.filter((a, k) => !a.startsWith('-') && cmd.args[k - 1] !== '-m' && !/[$*?{`]/.test(a)).map((w) => resolvePath(wd, w));
        (cmd.base === 'mkdir' ? paths : []).forEach((d) => dirs.add(d));
        // a build directory made and removed again is not there to chown
        if (cmd.base === 'rm') for (const gone of paths) for (const d of [...dirs]) if (d === gone || d.startsWith(`${gone}/`)) dirs.delete(d);
      }
    }
  }
  const missing = [...volumes].filter((v) => !dirs.has(v) && !systemDir(v));
  return { dirs: [...dirs, ...missing].filter((d) => !systemDir(d)), missing };
}

function lastUser(stage: Stage): string | null {
  let user: string | null = null;
  for (const i of stage.instructions) if (i.keyword === 'USER') user = i.words[0]?.value ?? '';
  return user;
}

/**
 * A :nonroot distroless image already runs as uid 65532, but what COPY brings in is root's: the
 * program could not write its own files (a SQLite database, logs, a saved config). --chown costs nothing.
 */
function ownCopies(changes: Changes, stage: Stage): ReturnType<Changes['output']> {
  const appDir = workdirAt(stage, null);
  const copies = appCopies(stage, appDir);
  if (!copies.length) return changes.output();
  changes.add(
    `Give the nonroot user the files copied into ${appDir}`,
    `${stage.image.raw} runs the program as its \`nonroot\` user (uid 65532), while COPY writes files as root: the program could read them but not write them, so a database, log or config file it keeps next to its code would fail with "Permission denied". ` +
      `What is copied into \`${appDir}\` is copied with --chown=nonroot:nonroot, at no cost in size (the directory WORKDIR creates already belongs to the image's user under BuildKit). If the program only reads its files, this changes nothing.`,
    copies.map((c) => ({ start: c.keywordSpan.endOffset, end: c.keywordSpan.endOffset, text: ' --chown=nonroot:nonroot' })),
  );
  return changes.output();
}

function rootImage(model: DockerfileModel, stage: Stage): Stage {
  return stageChain(model, stage).at(-1)!;
}

export const pass: Pass = {
  id: 'non-root-user',
  title: 'Run as a non-root user',
  risk: 'review',
  lesson: 'security',
  resolves: ['DL3002'],
  profiles: ['recommended', 'smallest'],
  apply({ model, options }) {
    const changes = new Changes(this);
    const stage = shippedStage(model, options.target);
    if (!stage) return changes.output();
    // any USER in the stage (or its parents) is a decision the author already made
    if (stageChain(model, stage).some((s) => lastUser(s) !== null)) return changes.output();
    const start = stage.instructions.filter((i) => i.keyword === 'CMD' || i.keyword === 'ENTRYPOINT');
    if (!start.length || start.some((i) => PRIV_TOOLS.test(i.argsText))) return changes.output();
    const root = rootImage(model, stage);
    const repo = repoName(root);
    if (NEEDS_ROOT.has(repo) || root.image.unresolved || needsRoot(model, stage)) return changes.output();
    // a GitHub Docker action (action.yml beside it): GitHub runs it as root with the workspace mounted for root
    if (Object.keys(options.context?.files ?? {}).some((f) => /^action\.ya?ml$/.test(f))) return changes.output();
    // a base for other images: their ONBUILD steps would run as the user, where they expect root
    if (stage.instructions.some((i) => i.keyword === 'ONBUILD')) return changes.output();
    const family = familyOf(model, stage);
    // a working directory inherited from a parent stage would be read as / by the paths below
    const firstWorkdir = stage.instructions.find((i) => i.keyword === 'WORKDIR');
    const inherits = stageChain(model, stage).slice(1).some((s) => s.instructions.some((i) => i.keyword === 'WORKDIR'));
    if (inherits && !(firstWorkdir?.words[0]?.value ?? '').startsWith('/')) return changes.output();
    // scratch and distroless have no shell to give the user a volume or a directory the file makes
    if ((family === 'scratch' || family === 'distroless') && stageChain(model, stage).some((s) => s.instructions.some((i) => i.keyword === 'VOLUME' || (i.keyword === 'RUN' && /\bmkdir\b/.test(i.argsText))))) return changes.output();
    const style = styleOf(model);
    let create: string | null = null;
    let user: string;
    let who: string;
    if (family === 'distroless') {
      if ((root.image.tag ?? '').includes('nonroot')) return ownCopies(changes, stage);
      user = 'nonroot';
      who = 'the `nonroot` user distroless images define (uid 65532)';
    } else if (family === 'scratch') {
      user = '65534:65534';
      who = 'uid 65534 (nobody); scratch has no user database, so a number is used';
    } else if (repo === 'node' && family !== 'unknown') {
      user = 'node';
      who = 'the `node` user the official image already has';
    } else if (family === 'alpine') {
      create = 'adduser -D -u 10001 app';
      user = 'app';
      who = 'a new `app` user (uid 10001), created with Alpine\'s adduser';
    } else if (family === 'debian') {
      create = 'useradd --create-home --uid 10001 app';
      user = 'app';
      who = 'a new `app` user (uid 10001)';
    } else {
      return changes.output();
    }
    const eol = style.eol;
    const edits = [];
    const appDir = workdirAt(stage, null);
    const copies = appCopies(stage, appDir);
    const owner = user.includes(':') ? user : `${user}:${user}`;
    for (const c of copies) edits.push({ start: c.keywordSpan.endOffset, end: c.keywordSpan.endOffset, text: ` --chown=${owner}` });
    // distroless and scratch have no shell to change ownership with
    const { dirs, missing } = family === 'distroless' || family === 'scratch' ? { dirs: [], missing: [] } : writableDirs(stage, appDir);
    const own = dirs.length ? `${missing.length ? `mkdir -p ${missing.join(' ')} && ` : ''}chown ${owner} ${dirs.join(' ')}` : null;
    // Rails writes caches, pids and logs under these at run time, and assets:precompile made some as root
    const rails = dirs.length && appDir && stage.instructions.some((i) => ['RUN', 'CMD', 'ENTRYPOINT'].includes(i.keyword) && /\brails\b/.test(i.argsText));
    const railsOwn = rails ? `mkdir -p ${RAILS_DIRS.join(' ')} && chown -R ${owner} ${RAILS_DIRS.join(' ')}` : null;
    // the user must exist before a COPY --chown names it
    const writers = stage.instructions.filter((i) => ['RUN', 'COPY', 'ADD', 'WORKDIR', 'FROM'].includes(i.keyword));
    const after = writers[writers.length - 1];
    // a line continued into the end of the file would swallow the USER line written after it
    if (model.text.slice(after.span.startOffset, after.span.endOffset).trimEnd().endsWith(model.escapeChar)) return changes.output();
    const at = wholeLines(model, after.span.endOffset, after.span.endOffset).end;
    const needsEol = at === model.text.length && !model.text.endsWith('\n');
    const run = (cmds: (string | null)[]) => {
      const list = cmds.filter((c): c is string => c !== null);
      return list.length ? [`${kw(style, 'RUN')} ${list.join(' && ')}`] : [];
    };
    if (create && copies.length) {
      const first = copies[0];
      const cAt = wholeLines(model, first.leadingComments.length ? first.leadingComments[0].span.startOffset : first.span.startOffset, first.span.startOffset).start;
      edits.push({ start: cAt, end: cAt, text: `${kw(style, 'RUN')} ${create}${eol}` });
      edits.push({ start: at, end: at, text: (needsEol ? eol : '') + [...run([own, railsOwn]), `${kw(style, 'USER')} ${user}`].join(eol) + eol });
    } else {
      const lines = [...run([create, own, railsOwn]), `${kw(style, 'USER')} ${user}`];
      edits.push({ start: at, end: at, text: (needsEol ? eol : '') + lines.join(eol) + eol });
    }
    changes.add(
      'Run the program as a non-root user',
      `The image ran its program as root, so a bug in it is a bug running as root in the container (and on the host, if it escapes). It now runs as ${who}. ` +
        (copies.length ? `What is copied into \`${appDir}\` is copied with --chown, at no cost in size. ` : '') +
        (dirs.length ? `${dirs.map((d) => `\`${d}\``).join(', ')} ${dirs.length > 1 ? 'are' : 'is'} given to the user, so the program can create files there as before. ` : '') +
        (railsOwn ? `So are ${RAILS_DIRS.join(', ')} with what is in them, as Rails' own Dockerfile does: the app writes its caches, pids and logs there. ` : '') +
        'Files that RUN steps write as root stay root\'s and readable: if the program writes into one of them at run time (a build cache such as .next/cache, a database file), give it to the user too.',
      edits,
    );
    return changes.output();
  },
};
