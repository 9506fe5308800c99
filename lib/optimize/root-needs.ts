/**
 * Whether a shipped stage's program needs root: its own rights (services, privilege-dropping
 * entrypoints), root's files (home directory, a pipenv/poetry environment under it), or a host's
 * bind-mounted source. The non-root-user pass leaves such images alone; each answer says why.
 */
import type { DockerfileModel, Stage } from '../model/types';
import { actual, stageChain } from './edit';
import { installedPackages, isInstall } from './facts';
import { startCommand } from './multistage';

export const PRIV_TOOLS = /\b(gosu|su-exec|su|sudo|supervisord|service|systemctl|cron|crond|sshd|nginx|apache2|httpd|chown|iptables|setcap|debootstrap|chroot|mount)\b|\/etc\/init\.d\/|(^|[\s"'[])\/usr\/sbin\//;
/** Starts through a build tool, which writes into the build tree that root made (target/, build/). */
const BUILD_TOOL_START = /^(cargo|mvn|\.\/mvnw|gradle|\.\/gradlew|sbt|lein|mix)$/;
/**
 * Steps that store what the program later reads under root's home (models, corpora, browsers),
 * which a non-root user cannot read: /root is mode 0700, and the user's HOME is elsewhere.
 */
const HOME_DATA = /\b(nltk\.download|playwright\s+install|from_pretrained|SentenceTransformer|snapshot_download|huggingface-cli\s+download|whisper\.load_model|torch\.hub|easyocr\.Reader)\b|\s--user\b/;
/** Settings that move those stores out of the home directory. */
const DATA_DIR_ENV = /^(HF_HOME|TRANSFORMERS_CACHE|SENTENCE_TRANSFORMERS_HOME|NLTK_DATA|PLAYWRIGHT_BROWSERS_PATH|XDG_CACHE_HOME|TORCH_HOME|HOME)$/;
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
  if (virtualenvInRootHome(commands.map((c) => `${c.base} ${c.args.join(' ')}`), env)) return 'pipenv or poetry keeps its virtualenv in root\'s home';
  const start = startCommand(stage);
  const argv = start.entrypoint?.length ? start.entrypoint : start.cmd;
  if (argv?.length && BUILD_TOOL_START.test(argv[0])) return 'the program starts through its build tool';
  const startText = stage.instructions.filter((i) => i.keyword === 'CMD' || i.keyword === 'ENTRYPOINT').map((i) => (i.json ?? [i.argsText]).join(' ')).join(' ');
  if (DEV_SERVER.test(startText)) return 'a development server runs the bind-mounted source';
  if (sourceFromMount(stage)) return 'the source comes from a bind mount';
  return null;
}

/** `pipenv install` (without --system) and `poetry install` make a virtualenv under the user's home. */
function virtualenvInRootHome(commands: string[], env: readonly { key: string; value: string }[]): boolean {
  const inProject = env.some((p) => (p.key === 'PIPENV_VENV_IN_PROJECT' && p.value !== '0') || (/^POETRY_VIRTUALENVS_(CREATE|IN_PROJECT)$/.test(p.key)) || p.key === 'WORKON_HOME');
  if (inProject) return false;
  const poetryOff = commands.some((c) => /^poetry config virtualenvs\.(create false|in-project true)/.test(c));
  return commands.some((c) => (/^pipenv (install|sync)\b/.test(c) && !/--system|--deploy --system/.test(c)) || (/^poetry install\b/.test(c) && !poetryOff));
}

/** The stage copies only dependency manifests from the context: the code arrives through a bind mount. */
function sourceFromMount(stage: Stage): boolean {
  const copies = stage.instructions.filter((i) => (i.keyword === 'COPY' || i.keyword === 'ADD') && !i.flags.some((f) => f.name.toLowerCase() === 'from'));
  if (!copies.length) return false;
  return copies.every((i) => (i.json ?? i.words.map((w) => w.value)).slice(0, -1).every((s) => MANIFEST_ONLY.test(s)));
}

