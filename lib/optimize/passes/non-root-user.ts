import type { DockerfileModel, Instruction, Stage } from '../../model/types';
import { actual, Changes, kw, shippedStage, stageChain, styleOf, wholeLines } from '../edit';
import { familyOf, installedPackages, isInstall, repoName } from '../facts';
import { resolvePath, startCommand, workdirAt } from '../multistage';
import type { Pass } from '../types';

/** Images whose own entrypoint needs root to start (it drops privileges itself) or that serve on root-owned paths. */
const NEEDS_ROOT = new Set(['nginx', 'httpd', 'php', 'postgres', 'mysql', 'mariadb', 'redis', 'mongo', 'rabbitmq', 'elasticsearch', 'jenkins', 'wordpress', 'tomcat', 'docker', 'haproxy', 'traefik', 'memcached', 'couchdb', 'cassandra']);
const PRIV_TOOLS = /\b(gosu|su-exec|su|sudo|supervisord|service|systemctl|cron|crond|sshd|nginx|apache2|httpd|chown|iptables|setcap|debootstrap|chroot|mount)\b/;
/** Starts through a build tool, which writes into the build tree that root made (target/, build/). */
const BUILD_TOOL_START = /^(cargo|mvn|\.\/mvnw|gradle|\.\/gradlew|sbt|lein|mix)$/;
/**
 * Steps that store what the program later reads under root's home (models, corpora, browsers),
 * which a non-root user cannot read: /root is mode 0700, and the user's HOME is elsewhere.
 */
const HOME_DATA = /\b(nltk\.download|playwright\s+install|from_pretrained|SentenceTransformer|snapshot_download|huggingface-cli\s+download|whisper\.load_model|torch\.hub|easyocr\.Reader)\b|\s--user\b/;
/**
 * Development servers: such images run the source bind-mounted from the host, owned by the host's
 * user, where a fixed uid could not write (Rails' tmp/pids, Next's .next, a SQLite file).
 */
const DEV_SERVER = /(^|[\s"'[,])(runserver|--reload|nodemon|ts-node-dev|next\s+dev|vite|(npm|pnpm)\s+run\s+(dev|watch|start:dev)|yarn\s+(run\s+)?dev|flask\s+run\s+.*--debug|air)(?=$|[\s"',\]])/;
/** Settings that move those stores out of the home directory. */
const DATA_DIR_ENV = /^(HF_HOME|TRANSFORMERS_CACHE|SENTENCE_TRANSFORMERS_HOME|NLTK_DATA|PLAYWRIGHT_BROWSERS_PATH|XDG_CACHE_HOME|TORCH_HOME|HOME)$/;
/** Directories that belong to the system, never to the program. */
const SYSTEM_DIR = /^\/(etc|usr|bin|sbin|lib|lib32|lib64|proc|sys|dev|root|tmp|run|var\/run|var\/lib\/(apt|dpkg))(\/|$)|^\/$/;
/**
 * System services installed with the package manager: they bind privileged ports, switch users or
 * write under /var and /etc, so an image that ships one usually starts it as root (often from a
 * script the file does not show).
 */
const DAEMON_PACKAGES = new Set([
  'samba', 'openssh-server', 'openssh', 'rsyslog', 'syslog-ng', 'cron', 'cronie', 'dcron', 'supervisor', 'nginx', 'apache2', 'httpd', 'lighttpd',
  'postfix', 'exim4', 'dovecot-core', 'dovecot', 'bind9', 'bind', 'unbound', 'dnsmasq', 'squid', 'openvpn', 'strongswan', 'wireguard-tools',
  'vsftpd', 'proftpd', 'pure-ftpd', 'haproxy', 'keepalived', 'nfs-kernel-server', 'nfs-utils', 'tor', 'privoxy', 'isc-dhcp-server', 'systemd', 'openrc',
  // not services, but tools that refuse to run without root
  'debootstrap', 'multistrap', 'schroot',
]);

/** Why the program probably needs root's files or rights, or null. */
function needsRootFiles(model: DockerfileModel, stage: Stage): string | null {
  const chain = stageChain(model, stage);
  const env = chain.flatMap((s) => s.instructions.filter((i) => i.keyword === 'ENV').flatMap((i) => i.pairs));
  if (env.some((p) => /(^|[:=\s])(\/root|~)(\/|$|:)/.test(p.value))) return 'an ENV points into /root';
  const runs = chain.flatMap((s) => s.instructions.filter((i) => i.keyword === 'RUN'));
  // deleting from root's home (rm -rf /root/.cache) leaves nothing the program reads there
  const homeWord = /^["']?(\/root|~|\$HOME|\$\{HOME\})(\/|["']?$)/;
  const intoHome = (r: Instruction) => r.scripts.some((e) => e.script.commands.some((c) => actual(c).base !== 'rm' && actual(c).args.some((a) => homeWord.test(a) || /=(\/root|~)\//.test(a))));
  if (runs.some(intoHome)) return 'a RUN writes into root\'s home';
  const movedData = env.some((p) => DATA_DIR_ENV.test(p.key) && !p.value.startsWith('/root'));
  if (!movedData && runs.some((r) => HOME_DATA.test(r.argsText))) return 'a RUN downloads data into root\'s home';
  const start = startCommand(stage);
  const argv = start.entrypoint?.length ? start.entrypoint : start.cmd;
  if (argv?.length && BUILD_TOOL_START.test(argv[0])) return 'the program starts through its build tool';
  if (stage.instructions.some((i) => (i.keyword === 'CMD' || i.keyword === 'ENTRYPOINT') && DEV_SERVER.test((i.json ?? [i.argsText]).join(' ')))) return 'a development server runs the bind-mounted source';
  return null;
}

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
        if (cmd.base !== 'mkdir' || wd === null) continue;
        for (const w of cmd.args.filter((a, k) => !a.startsWith('-') && cmd.args[k - 1] !== '-m' && !/[$*?{`]/.test(a))) dirs.add(resolvePath(wd, w));
      }
    }
  }
  const missing = [...volumes].filter((v) => !dirs.has(v) && !SYSTEM_DIR.test(v));
  return { dirs: [...dirs, ...missing].filter((d) => !SYSTEM_DIR.test(d)), missing };
}

/** True when the stage (or one it builds on) installs a system service. */
function installsDaemon(model: DockerfileModel, stage: Stage): boolean {
  return stageChain(model, stage).some((s) =>
    s.instructions.some((ins) => ins.keyword === 'RUN' && ins.scripts.some((e) => e.script.commands.some((c) => isInstall(c) && installedPackages(c).some((p) => DAEMON_PACKAGES.has(p))))),
  );
}

function lastUser(stage: Stage): string | null {
  let user: string | null = null;
  for (const i of stage.instructions) if (i.keyword === 'USER') user = i.words[0]?.value ?? '';
  return user;
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
    if (NEEDS_ROOT.has(repo) || root.image.unresolved || installsDaemon(model, stage) || needsRootFiles(model, stage)) return changes.output();
    const family = familyOf(model, stage);
    const style = styleOf(model);
    let create: string | null = null;
    let user: string;
    let who: string;
    if (family === 'distroless') {
      if ((root.image.tag ?? '').includes('nonroot')) return changes.output();
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
    // the user must exist before a COPY --chown names it
    const writers = stage.instructions.filter((i) => ['RUN', 'COPY', 'ADD', 'WORKDIR', 'FROM'].includes(i.keyword));
    const after = writers[writers.length - 1];
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
      edits.push({ start: at, end: at, text: (needsEol ? eol : '') + [...run([own]), `${kw(style, 'USER')} ${user}`].join(eol) + eol });
    } else {
      const lines = [...run([create, own]), `${kw(style, 'USER')} ${user}`];
      edits.push({ start: at, end: at, text: (needsEol ? eol : '') + lines.join(eol) + eol });
    }
    changes.add(
      'Run the program as a non-root user',
      `The image ran its program as root, so a bug in it is a bug running as root in the container (and on the host, if it escapes). It now runs as ${who}. ` +
        (copies.length ? `What is copied into \`${appDir}\` is copied with --chown, at no cost in size. ` : '') +
        (dirs.length ? `${dirs.map((d) => `\`${d}\``).join(', ')} ${dirs.length > 1 ? 'are' : 'is'} given to the user, so the program can create files there as before. ` : '') +
        'Files that RUN steps write as root stay root\'s and readable: if the program writes into one of them at run time (a build cache such as .next/cache, a database file), give it to the user too.',
      edits,
    );
    return changes.output();
  },
};
