import type { DockerfileModel, Stage } from '../../model/types';
import { Changes, kw, shippedStage, stageChain, styleOf, wholeLines } from '../edit';
import { familyOf, installedPackages, isInstall, repoName } from '../facts';
import type { Pass } from '../types';
import { wholeContextCopy } from './copy-manifests-first';

/** Images whose own entrypoint needs root to start (it drops privileges itself) or that serve on root-owned paths. */
const NEEDS_ROOT = new Set(['nginx', 'httpd', 'php', 'postgres', 'mysql', 'mariadb', 'redis', 'mongo', 'rabbitmq', 'elasticsearch', 'jenkins', 'wordpress', 'tomcat', 'docker', 'haproxy', 'traefik', 'memcached', 'couchdb', 'cassandra']);
const PRIV_TOOLS = /\b(gosu|su-exec|su|sudo|supervisord|service|systemctl|cron|crond|sshd|nginx|apache2|httpd|chown|iptables|setcap)\b/;
/**
 * System services installed with the package manager: they bind privileged ports, switch users or
 * write under /var and /etc, so an image that ships one usually starts it as root (often from a
 * script the file does not show).
 */
const DAEMON_PACKAGES = new Set([
  'samba', 'openssh-server', 'openssh', 'rsyslog', 'syslog-ng', 'cron', 'cronie', 'dcron', 'supervisor', 'nginx', 'apache2', 'httpd', 'lighttpd',
  'postfix', 'exim4', 'dovecot-core', 'dovecot', 'bind9', 'bind', 'unbound', 'dnsmasq', 'squid', 'openvpn', 'strongswan', 'wireguard-tools',
  'vsftpd', 'proftpd', 'pure-ftpd', 'haproxy', 'keepalived', 'nfs-kernel-server', 'nfs-utils', 'tor', 'privoxy', 'isc-dhcp-server', 'systemd', 'openrc',
]);

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
    if (NEEDS_ROOT.has(repo) || root.image.unresolved || installsDaemon(model, stage)) return changes.output();
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
    // the application's own files become the user's, so it can write its tmp/ and logs as before
    const appCopies = stage.instructions.filter((i) => wholeContextCopy(i) !== null && !i.flags.some((f) => f.name.toLowerCase() === 'chown'));
    const owner = user.includes(':') ? user : `${user}:${user}`;
    for (const c of appCopies) edits.push({ start: c.keywordSpan.endOffset, end: c.keywordSpan.endOffset, text: ` --chown=${owner}` });
    // the user must exist before a COPY --chown names it
    const writers = stage.instructions.filter((i) => ['RUN', 'COPY', 'ADD', 'WORKDIR', 'FROM'].includes(i.keyword));
    const after = writers[writers.length - 1];
    const at = wholeLines(model, after.span.endOffset, after.span.endOffset).end;
    const needsEol = at === model.text.length && !model.text.endsWith('\n');
    if (create && appCopies.length) {
      const first = appCopies[0];
      const cAt = wholeLines(model, first.leadingComments.length ? first.leadingComments[0].span.startOffset : first.span.startOffset, first.span.startOffset).start;
      edits.push({ start: cAt, end: cAt, text: `${kw(style, 'RUN')} ${create}${eol}` });
      edits.push({ start: at, end: at, text: (needsEol ? eol : '') + `${kw(style, 'USER')} ${user}${eol}` });
    } else {
      const lines = [...(create ? [`${kw(style, 'RUN')} ${create}`] : []), `${kw(style, 'USER')} ${user}`];
      edits.push({ start: at, end: at, text: (needsEol ? eol : '') + lines.join(eol) + eol });
    }
    changes.add(
      'Run the program as a non-root user',
      `The image ran its program as root, so a bug in it is a bug running as root in the container (and on the host, if it escapes). It now runs as ${who}. ` +
        (appCopies.length
          ? 'The application files are copied with --chown so it can still write into its own directory; files elsewhere stay owned by root.'
          : 'The copied files stay owned by root and readable; if the program writes into its directory, give it that directory (COPY --chown or a writable volume).'),
      edits,
    );
    return changes.output();
  },
};
