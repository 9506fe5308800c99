/**
 * Whether a shipped stage's program needs root: its own rights (services, privilege-dropping
 * entrypoints), root's files (home directory, a pipenv/poetry environment under it), or a host's
 * bind-mounted source. The non-root-user pass leaves such images alone; each answer says why.
 */
import type { DockerfileModel, Stage } from '../model/types';
import { actual, stageChain } from './edit';
import { changesPackageSources, installedPackages, isInstall } from './facts';
import { resolvePath, startCommand, workdirAt } from './multistage';
import type { Instruction } from '../model/types';

export const PRIV_TOOLS = /\b(gosu|su-exec|su|sudo|supervisord|service|systemctl|cron|crond|crontab|sshd|nginx|apache2|httpd|chown|iptables|setcap|debootstrap|chroot|mount|dockerd|dind)\b|\/etc\/cron|\/etc\/init\.d\/|(^|[\s"'[])\/usr\/sbin\//;
/** Starts through a build tool, which writes into the build tree that root made (target/, build/). */
const BUILD_TOOL_START = /^(cargo|mvn|\.\/mvnw|gradle|\.\/gradlew|sbt|\.\/sbt|lein|mix|iex|cabal|stack|mill|\.\/mill|dune|opam)$/;
/** Runners that sync or build the project before they start it (`uv run` writes .venv, `dotnet run` obj/). */
const SYNCING_RUN = /^(uv|hatch|dotnet|swift)$/;
/**
 * Tools that install into the home directory of whoever runs them (Hex and rebar, cabal's store,
 * rustup, SDKMAN, nvm): run by root at build time, the program's user finds none of it.
 */
const HOME_INSTALLS = /^((dart|flutter) pub (get|upgrade|global activate)|pub get|mix (local\.hex|local\.rebar|archive\.install)|cabal (update|install|v2-install|build|v2-build)|stack (setup|build|install)|rustup\b|sdk install|nvm install|pyenv install|cs (install|setup)|opam (init|install)|composer global|mill\b|sbt\b|coursier\b)/;
/** A start command that only opens a shell, or keeps the container idle for `docker exec`: a toolbox to work in. */
const SHELL_ONLY = /^(\/bin\/|\/usr\/bin\/)?(bash|sh|zsh|ash|fish)$|^(sleep infinity|tail -f \/dev\/null)$/;
/** Directories that belong to the system, never to the program (an app under /usr/src is the program's). */
const SYSTEM_DIR = /^\/(etc|usr|bin|sbin|lib|lib32|lib64|proc|sys|dev|root|tmp|run|var\/run|var\/lib\/(apt|dpkg))(\/|$)|^\/$/;
/** The non-root pass gives no such directory to the user: a working directory there stays root's. */
export const systemDir = (d: string): boolean => SYSTEM_DIR.test(d) && !/^\/usr\/(src\/[^/]+|(local\/)?app)(\/|$)/.test(d);
/** Files a program reads or writes where it runs, rather than the program itself. */
const DATA_FILE = /\.(toml|ya?ml|json|ini|cfg|conf|env|db|sqlite3?|dat|csv|txt|properties|xml)$|(^|\/)\.env$/;
/**
 * Steps that store what the program later reads under root's home (models, corpora, browsers),
 * which a non-root user cannot read: /root is mode 0700, and the user's HOME is elsewhere.
 */
const HOME_DATA = /\b(nltk\.download(er)?|playwright\s+install|puppeteer\s+browsers\s+install|from_pretrained|SentenceTransformer|snapshot_download|(huggingface-cli|hf)\s+download|pipeline\(|whisper\.load_model|torch\.hub|easyocr\.Reader|spacy\.load)\b|\s--user\b/;
/** Files made readable by their owner only (keys): root's, where the user cannot read them. */
const OWNER_ONLY = /\bchmod\s+(-R\s+)?(0?[46]00|go-rwx|og-rwx|go=|og=|u=rw?,go=)(\s|$)/;
/** Settings that name where the program keeps its data: a directory the user must be able to write. */
const DATA_DIR_KEY = /^[A-Z_]*(DATA|DB|DATABASE|STORAGE|UPLOADS?|MEDIA|STATE|LOGS?)_(DIR|PATH|FOLDER|ROOT)$/;
/** Settings that move those stores out of the home directory. */
const DATA_DIR_ENV = /^(HF_HOME|TRANSFORMERS_CACHE|SENTENCE_TRANSFORMERS_HOME|NLTK_DATA|PLAYWRIGHT_BROWSERS_PATH|PUPPETEER_CACHE_DIR|XDG_CACHE_HOME|TORCH_HOME|HOME)$/;
/**
 * Development servers: such images run the source bind-mounted from the host, owned by the host's
 * user, where a fixed uid could not write (Rails' tmp/pids, Next's .next, a SQLite file).
 */
const DEV_SERVER = /(^|[\s"'[,])(runserver|--reload|nodemon|ts-node-dev|next\s+dev|vite|(npm|pnpm)\s+run\s+(dev|watch|start:dev)|yarn\s+(run\s+)?dev|flask\s+run\s+.*--debug|air)(?=$|[\s"',\]])/;
/**
 * System services installed with the package manager: they bind privileged ports, switch users or
 * write under /var and /etc, so an image that ships one usually starts it as root (often from a
 * script the file does not show).
 */
const DAEMON_PACKAGES = new Set([
  'samba', 'openssh-server', 'openssh', 'rsyslog', 'syslog-ng', 'cron', 'cronie', 'dcron', 'supervisor', 'nginx', 'apache2', 'httpd', 'lighttpd',
  'postfix', 'exim4', 'dovecot-core', 'dovecot', 'bind9', 'bind', 'unbound', 'dnsmasq', 'squid', 'openvpn', 'strongswan', 'wireguard-tools',
  'vsftpd', 'proftpd', 'pure-ftpd', 'haproxy', 'keepalived', 'nfs-kernel-server', 'nfs-utils', 'tor', 'privoxy', 'isc-dhcp-server', 'systemd', 'openrc',
  'opensmtpd', 'postgresql', 'mysql-server', 'mariadb-server', 'redis-server', 'redis', 'mongodb', 'mongodb-org', 'rabbitmq-server', 'memcached',
  // not services, but tools that drop privileges from root or refuse to run without it
  'debootstrap', 'multistrap', 'schroot', 'gosu', 'su-exec',
  // firewall and network set-up: a program that shapes the network needs root's capabilities
  'iptables', 'nftables', 'ebtables', 'ipset', 'bridge-utils',
]);
/** Files only a development image copies: the dependency manifests, with the source left to a bind mount. */
const MANIFEST_ONLY = /(^|\/)(Gemfile(\.lock)?|package(-lock)?\.json|package\*\.json|yarn\.lock|pnpm-lock\.yaml|requirements[\w.-]*\.txt|Pipfile(\.lock)?|pyproject\.toml|poetry\.lock|go\.(mod|sum)|composer\.(json|lock))$/;

/** Why the program probably needs root's rights or files, or null. */
export function needsRoot(model: DockerfileModel, stage: Stage): string | null {
  const chain = stageChain(model, stage);
  const all = chain.flatMap((s) => s.instructions);
  const runs = all.filter((i) => i.keyword === 'RUN');
  const commands = runs.flatMap((r) => r.scripts.flatMap((e) => e.script.commands.map(actual)));
  // a service, or gosu/su-exec: the entrypoint starts as root and drops to the service's own user
  if (commands.some((c) => isInstall(c) && installedPackages(c).some((p) => DAEMON_PACKAGES.has(p) || /^postgresql(-\d+)?$/.test(p)))) return 'it installs a system service';
  const env = all.filter((i) => i.keyword === 'ENV').flatMap((i) => i.pairs);
  if (env.some((p) => /(^|[:=\s])(\/root|~)(\/|$|:)/.test(p.value))) return 'an ENV points into /root';
  if (all.some((i) => i.keyword === 'VOLUME' && /(^|[\s"[,])\/root(\/|["\s,\]]|$)/.test(i.argsText))) return 'a volume is under /root';
  // deleting from root's home (rm -rf /root/.cache) leaves nothing the program reads there
  const homeWord = /^["']?(\/root|~|\$HOME|\$\{HOME\})(\/|["']?$)/;
  if (commands.some((c) => c.base !== 'rm' && c.args.some((a) => homeWord.test(a) || /=(\/root|~)\//.test(a)))) return 'a RUN writes into root\'s home';
  const movedData = env.some((p) => DATA_DIR_ENV.test(p.key) && !p.value.startsWith('/root'));
  if (!movedData && runs.some((r) => HOME_DATA.test(r.argsText))) return 'a RUN downloads data into root\'s home';
  const texts = commands.map((c) => `${c.base} ${c.args.join(' ')}`);
  if (virtualenvInRootHome(texts, env)) return 'pipenv or poetry keeps its virtualenv in root\'s home';
  if (texts.some((t) => HOME_INSTALLS.test(t))) return 'a RUN installs tools into root\'s home (Hex, cabal, rustup and the like install per user)';
  // `curl ... | bash`: installers (JBang, SDKMAN, nvm, rustup) go to $HOME; vendor repository set-ups do not
  if (runs.some((r) => pipedInstaller(r.argsText))) return 'a RUN pipes a downloaded installer into a shell, which installs into root\'s home';
  if (runs.some((r) => OWNER_ONLY.test(r.argsText))) return 'a RUN makes files readable by root only (chmod 600)';
  if (commands.some((c) => c.base === 'crontab' || c.args.some((a) => /^\/(etc\/cron|var\/spool\/cron)/.test(a)) || c.redirects.some((r) => /^\/(etc\/cron|var\/spool\/cron)/.test(r.target?.value ?? '')))) return 'it installs a crontab, which cron runs as root';
  const dataDir = env.find((p) => DATA_DIR_KEY.test(p.key) && p.value.startsWith('/') && !p.value.includes('$'));
  if (dataDir) return `${dataDir.key}=${dataDir.value} names a data directory the user could not create or write`;
  // GitHub runs a Docker action with the workspace mounted for root, and says such images must run as root
  if (all.some((i) => i.keyword === 'LABEL' && /com\.github\.actions\./.test(i.argsText))) return 'it is a GitHub Docker action, which must run as root';
  // the comment GitHub's action template starts its Dockerfile with
  if (/^\s*#\s*Container image that runs your code/im.test(model.text)) return 'it is a GitHub Docker action (its template comment), which must run as root';
  if (all.some((i) => /\bdocker\.sock\b/.test(i.argsText))) return 'it talks to the Docker socket, which belongs to root';
  const where = workdirAt(stage, null);
  if (where && (where === '/root' || where.startsWith('/root/'))) return 'the program lives in /root, which only root can enter';
  const start = startCommand(stage);
  const argv = start.entrypoint?.length ? start.entrypoint : start.cmd;
  if (argv?.length && (BUILD_TOOL_START.test(argv[0]) || (SYNCING_RUN.test(argv[0]) && argv[1] === 'run'))) return 'the program starts through its build tool, which writes into what root built';
  if (argv?.some((a) => /^\/root\//.test(a))) return 'the program lives in /root, which only root can enter';
  if (argv?.length && (SHELL_ONLY.test(argv.join(' ')) || (argv.length >= 2 && /^(bash|sh)$/.test(argv[0].split('/').pop()!) && /^-l?c$/.test(argv[1]) && SHELL_ONLY.test(argv[2] ?? '')))) return 'the image is a shell to work in, where tools and package installs need root';
  if (where && where !== '/' && !/^\/tmp(\/|$)/.test(where) && systemDir(where)) return `the working directory ${where} is a system directory the user cannot write`;
  // no WORKDIR, and data or configuration copied to relative paths: the program keeps its files in /, which stays root's
  if (where === '/' && stage.instructions.some((i) => (i.keyword === 'COPY' || i.keyword === 'ADD') && relativeDest(i) && (i.json ?? i.words.map((w) => w.value)).slice(0, -1).some((s) => DATA_FILE.test(s) && !MANIFEST_ONLY.test(s)))) return 'the program keeps its files in /, which the user cannot write';
  if (unpacksInto(stage, where)) return `a RUN unpacks or downloads into ${where}, and those files stay root's`;
  const startText = stage.instructions.filter((i) => i.keyword === 'CMD' || i.keyword === 'ENTRYPOINT').map((i) => (i.json ?? [i.argsText]).join(' ')).join(' ');
  if (DEV_SERVER.test(startText)) return 'a development server runs the bind-mounted source';
  if (sourceFromMount(model, stage)) return 'the source comes from a bind mount';
  return null;
}

/** `pipenv install` (without --system) and `poetry install` make a virtualenv under the user's home. */
function virtualenvInRootHome(commands: string[], env: readonly { key: string; value: string }[]): boolean {
  const inProject = env.some((p) => (p.key === 'PIPENV_VENV_IN_PROJECT' && p.value !== '0') || (/^POETRY_VIRTUALENVS_(CREATE|IN_PROJECT)$/.test(p.key)) || p.key === 'WORKON_HOME');
  if (inProject) return false;
  const poetryOff = commands.some((c) => /^poetry config virtualenvs\.(create false|in-project true)/.test(c));
  return commands.some((c) => (/^pipenv (install|sync)\b/.test(c) && !/--system|--deploy --system/.test(c)) || (/^poetry install\b/.test(c) && !poetryOff));
}

/**
 * The stage, with the stages it copies from (a builder that installed the dependencies), copies only
 * dependency manifests from the context: the code arrives through a bind mount.
 */
function sourceFromMount(model: DockerfileModel, stage: Stage): boolean {
  const fromOf = (i: Instruction) => i.flags.find((f) => f.name.toLowerCase() === 'from')?.value?.toLowerCase();
  const sources = new Set(stage.instructions.map(fromOf).filter((f): f is string => !!f));
  const stages = [stage, ...model.stages.filter((s) => s !== stage && (sources.has(s.name?.toLowerCase() ?? '') || sources.has(String(s.index))))];
  const copies = stages.flatMap((s) => s.instructions.filter((i) => (i.keyword === 'COPY' || i.keyword === 'ADD') && !fromOf(i)));
  if (!copies.length) return false;
  return copies.every((i) => (i.json ?? i.words.map((w) => w.value)).slice(0, -1).every((s) => MANIFEST_ONLY.test(s)));
}

/** `curl -fsSL URL | bash` (or wget -O-): a downloaded installer, unless it sets up a package repository. */
function pipedInstaller(runText: string): boolean {
  return /\b(curl|wget)\b[^|;&]*\|\s*(sudo\s+)?(-E\s+)?(ba|z)?sh\b/.test(runText) && !/(deb\.nodesource\.com|rpm\.nodesource\.com|dl\.yarnpkg\.com|packages\.microsoft\.com|download\.docker\.com|get\.docker\.com|packagecloud|apt\.postgresql|setup_\d+\.x|nodesource)/.test(runText);
}

function relativeDest(ins: Instruction): boolean {
  const args = ins.json ?? ins.words.map((w) => w.value);
  const dest = args[args.length - 1] ?? '/';
  return args.length >= 2 && !dest.startsWith('/') && !dest.includes('$');
}

/**
 * A RUN that extracts an archive or clones into the working directory (not COPY, which the pass
 * gives --chown): the directories it makes (data/, logs/) stay root's. A downloaded file is only read.
 */
function unpacksInto(stage: Stage, dir: string | null): boolean {
  if (!dir || dir === '/') return false;
  return stage.instructions.some((i) => {
    if (i.keyword !== 'RUN') return false;
    const at = workdirAt(stage, i) ?? '/';
    return i.scripts.some((e) => e.script.commands.some((c) => {
      const targets: string[] = [];
      const valueOf = (...flags: string[]): string => {
        const at = c.args.findIndex((a) => flags.includes(a));
        return at < 0 ? '.' : c.args[at + 1] ?? '';
      };
      if (c.base === 'unzip') targets.push(valueOf('-d'));
      else if (c.base === 'tar' && c.args.some((a) => /^-?[a-zA-Z]*x/.test(a))) targets.push(valueOf('-C', '--directory'));
      else if (c.base === 'git' && c.args[0] === 'clone') {
        const words = c.args.filter((a) => !a.startsWith('-'));
        targets.push(words.length >= 3 ? words[2] : '.');
      }
      return targets.some((t) => t !== '' && !t.startsWith('-') && !t.includes('$') && (resolvePath(at, t) === dir || resolvePath(at, t).startsWith(`${dir}/`)));
    }));
  });
}
