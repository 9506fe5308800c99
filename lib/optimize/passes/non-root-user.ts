import type { DockerfileModel, Stage } from '../../model/types';
import { Changes, kw, shippedStage, styleOf, wholeLines } from '../edit';
import { familyOf, repoName } from '../facts';
import type { Pass } from '../types';

/** Images whose own entrypoint needs root to start (it drops privileges itself) or that serve on root-owned paths. */
const NEEDS_ROOT = new Set(['nginx', 'httpd', 'php', 'postgres', 'mysql', 'mariadb', 'redis', 'mongo', 'rabbitmq', 'elasticsearch', 'jenkins', 'wordpress', 'tomcat', 'docker', 'haproxy', 'traefik', 'memcached', 'couchdb', 'cassandra']);
const PRIV_TOOLS = /\b(gosu|su-exec|su|sudo|supervisord|service|systemctl|cron|crond|sshd|nginx|apache2|httpd|chown|iptables|setcap)\b/;

function lastUser(stage: Stage): string | null {
  let user: string | null = null;
  for (const i of stage.instructions) if (i.keyword === 'USER') user = i.words[0]?.value ?? '';
  return user;
}

function rootImage(model: DockerfileModel, stage: Stage): Stage {
  let s = stage;
  while (s.baseStage !== null) s = model.stages[s.baseStage];
  return s;
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
    for (let s: Stage | null = stage; s; s = s.baseStage !== null ? model.stages[s.baseStage] : null) {
      if (lastUser(s) !== null) return changes.output();
    }
    const start = stage.instructions.filter((i) => i.keyword === 'CMD' || i.keyword === 'ENTRYPOINT');
    if (!start.length || start.some((i) => PRIV_TOOLS.test(i.argsText))) return changes.output();
    const root = rootImage(model, stage);
    const repo = repoName(root);
    if (NEEDS_ROOT.has(repo) || root.image.unresolved) return changes.output();
    const family = familyOf(model, stage);
    const style = styleOf(model);
    let lines: string[];
    let who: string;
    if (family === 'distroless') {
      if ((root.image.tag ?? '').includes('nonroot')) return changes.output();
      lines = [`${kw(style, 'USER')} nonroot`];
      who = 'the `nonroot` user distroless images define (uid 65532)';
    } else if (family === 'scratch') {
      lines = [`${kw(style, 'USER')} 65534:65534`];
      who = 'uid 65534 (nobody); scratch has no user database, so a number is used';
    } else if (repo === 'node' && family !== 'unknown') {
      lines = [`${kw(style, 'USER')} node`];
      who = 'the `node` user the official image already has';
    } else if (family === 'alpine') {
      lines = [`${kw(style, 'RUN')} adduser -D -u 10001 app`, `${kw(style, 'USER')} app`];
      who = 'a new `app` user (uid 10001), created with Alpine\'s adduser';
    } else if (family === 'debian') {
      lines = [`${kw(style, 'RUN')} useradd --create-home --uid 10001 app`, `${kw(style, 'USER')} app`];
      who = 'a new `app` user (uid 10001)';
    } else {
      return changes.output();
    }
    // after the last instruction that writes files, before the metadata and the start command
    const writers = stage.instructions.filter((i) => ['RUN', 'COPY', 'ADD', 'WORKDIR', 'FROM'].includes(i.keyword));
    const after = writers[writers.length - 1];
    const at = wholeLines(model, after.span.endOffset, after.span.endOffset).end;
    const eol = style.eol;
    const needsEol = at === model.text.length && !model.text.endsWith('\n');
    changes.add(
      'Run the program as a non-root user',
      `The image ran its program as root, so a bug in it is a bug running as root in the container (and on the host, if it escapes). It now runs as ${who}. ` +
        'The copied files stay owned by root and readable; if the program writes into its directory, give it that directory (COPY --chown or a writable volume).',
      [{ start: at, end: at, text: (needsEol ? eol : '') + lines.join(eol) + eol }],
    );
    return changes.output();
  },
};
