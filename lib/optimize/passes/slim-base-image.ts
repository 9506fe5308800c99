import type { DockerfileModel, Stage } from '../../model/types';
import { Changes, commandsOf, editableScript, shippedStage } from '../edit';
import { installedPackages, isDockerHub, isInstall, repoName } from '../facts';
import { usesPrisma } from '../node';
import { requirementNames, sourceBuilt, systemLibraryUsers } from '../python-source-built';
import type { Pass } from '../types';

/** Official images with a -slim variant, and how the variant is spelled for a tag. */
const SLIM: Record<string, (tag: string) => string | null> = {
  python: (t) => slimAfterVersion(t),
  ruby: (t) => slimAfterVersion(t),
  node: (t) => slimAtEnd(t),
  debian: (t) => (/^[a-z]+$|^\d+(\.\d+)?$/.test(t) ? `${t}-slim` : null),
  rust: (t) => slimAfterVersion(t),
  openjdk: (t) => slimAfterVersion(t),
};

const SUITE = /^(bookworm|bullseye|buster|trixie|stretch|jessie)$/;

/** python/ruby spell it 3.9-slim and 3.9-slim-bookworm */
function slimAfterVersion(tag: string): string | null {
  const parts = tag.split('-');
  if (!/^\d+(\.\d+)*$/.test(parts[0])) return null;
  if (parts.length === 1) return `${tag}-slim`;
  if (parts.length === 2 && SUITE.test(parts[1])) return `${parts[0]}-slim-${parts[1]}`;
  return null;
}

/** node spells it 20-slim and 20-bookworm-slim */
function slimAtEnd(tag: string): string | null {
  const parts = tag.split('-');
  if (!/^\d+(\.\d+)*$|^lts$|^current$/.test(parts[0])) return null;
  if (parts.length === 1) return `${tag}-slim`;
  if (parts.length === 2 && SUITE.test(parts[1])) return `${tag}-slim`;
  return null;
}

const JRE_VERSIONS = new Set([8, 11, 17, 21, 25]);
const JDK_TOOLS = new Set(['javac', 'mvn', 'mvnw', 'gradle', 'gradlew', 'jar', 'jlink', 'jpackage', 'native-image', 'jshell']);

/** Smaller images that run the same program: a JRE instead of a JDK, nginx on Alpine. */
const ALTERNATIVES: Record<string, (tag: string, model: DockerfileModel, stage: Stage) => { image: string; why: string } | null> = {
  openjdk: (tag, model, stage) => jre(tag, model, stage),
  'eclipse-temurin': (tag, model, stage) => (/^\d+(-jdk)?$/.test(tag) ? jre(tag, model, stage) : null),
  nginx: (tag, model, stage) => {
    if (!/^(\d+(\.\d+)*|stable|mainline)$/.test(tag)) return null;
    if (stage.instructions.some((i) => i.keyword === 'RUN')) return null; // apt-get and bash scripts would need rewriting for Alpine
    return {
      image: `nginx:${tag}-alpine`,
      why: `nginx:${tag}-alpine is the same nginx built on Alpine, about a quarter of the size. Static files and configuration work unchanged; custom modules or scripts that expect Debian tools would not.`,
    };
  },
};

function jre(tag: string, model: DockerfileModel, stage: Stage): { image: string; why: string } | null {
  const v = Number(/^(\d+)/.exec(tag)?.[1] ?? NaN);
  if (!JRE_VERSIONS.has(v) || (tag !== String(v) && tag !== `${v}-jdk`)) return null;
  for (const i of stage.instructions) {
    if (i.keyword !== 'RUN' && i.keyword !== 'CMD' && i.keyword !== 'ENTRYPOINT') continue;
    const names = i.json ? [i.json[0] ?? ''] : i.scripts.flatMap((e) => e.script.commands.map((c) => c.base));
    if (names.some((n) => JDK_TOOLS.has(n.split('/').pop()!))) return null;
  }
  const start = stage.instructions.filter((i) => i.keyword === 'CMD' || i.keyword === 'ENTRYPOINT');
  if (!start.length || !start.every((i) => (i.json ? i.json[0] : i.words[0]?.value) === 'java')) return null;
  return {
    image: `eclipse-temurin:${v}-jre`,
    why: `This image only runs a jar, which needs a Java runtime, not the compiler and tools of a JDK. eclipse-temurin:${v}-jre is the same Java ${v} as a runtime (the openjdk images are deprecated), a few hundred megabytes smaller. It is Ubuntu-based: check package names if the file installs system packages.`,
  };
}

/** Tools the full images have and the slim ones lack. */
const NOT_IN_SLIM = new Set(['git', 'curl', 'wget', 'gcc', 'g++', 'cc', 'c++', 'make', 'ssh', 'scp', 'svn', 'hg', 'bzr', 'pkg-config', 'autoconf', 'automake', 'libtool', 'patch', 'unzip', 'xz', 'file', 'gpg', 'dirmngr', 'procps', 'ps']);

/** A tool the stage uses but would no longer have on -slim (and does not install itself). */
function missingTool(model: DockerfileModel, stage: Stage): string | null {
  const installed = new Set<string>();
  for (const ins of stage.instructions) {
    if (ins.keyword !== 'RUN' && ins.keyword !== 'CMD' && ins.keyword !== 'ENTRYPOINT' && ins.keyword !== 'HEALTHCHECK') continue;
    // a HEALTHCHECK probe (curl localhost) is a command like any other
    if (ins.keyword === 'HEALTHCHECK') {
      const probe = /\b(curl|wget|nc|netcat)\b/.exec(ins.argsText)?.[1];
      if (probe && NOT_IN_SLIM.has(probe) && !installed.has(probe)) return probe;
      continue;
    }
    if (ins.form === 'exec') {
      const first = (ins.json ?? [])[0] ?? '';
      if (NOT_IN_SLIM.has(first.split('/').pop()!)) return first;
      continue;
    }
    const s = editableScript(model, ins);
    const cmds = s ? commandsOf(s) : ins.scripts.flatMap((e) => e.script.commands);
    for (const c of cmds) {
      if (isInstall(c)) installedPackages(c).forEach((p) => installed.add(p));
      if (installed.has('build-essential')) ['gcc', 'g++', 'make', 'cc', 'c++'].forEach((t) => installed.add(t));
      if (NOT_IN_SLIM.has(c.base) && !installed.has(c.base)) return c.base;
    }
  }
  return null;
}

export const pass: Pass = {
  id: 'slim-base-image',
  title: 'Slim variant of the same base image',
  risk: 'review',
  lesson: 'minimal-base',
  resolves: [],
  profiles: ['recommended', 'smallest'],
  apply({ model, options }) {
    const changes = new Changes(this);
    const stage = shippedStage(model, options.target);
    if (!stage || stage.baseStage !== null || stage.image.unresolved || stage.image.digest || !isDockerHub(stage)) return changes.output();
    const repo = repoName(stage);
    const tag = stage.image.tag;
    const word = stage.from.words[0];
    if (!tag || !word || word.raw !== word.value || word.value.includes('$') || !word.value.endsWith(':' + tag)) return changes.output();
    const alt = ALTERNATIVES[repo]?.(tag, model, stage);
    if (alt) {
      changes.add(`${repo}:${tag} -> ${alt.image}`, alt.why, [{ start: word.span.startOffset, end: word.span.endOffset, text: alt.image }]);
      return changes.output();
    }
    if (!SLIM[repo]) return changes.output();
    const slim = SLIM[repo](tag);
    if (!slim || missingTool(model, stage)) return changes.output();
    // Prisma's query engine needs OpenSSL, which the full node image has and -slim does not
    if (repo === 'node' && usesPrisma(stage.instructions) && !stage.instructions.some((i) => /\bopenssl\b/.test(i.argsText))) return changes.output();
    // gems with C extensions (pg, mysql2, nio4r...) are compiled by bundle install: slim has no compiler
    if (repo === 'ruby' && stage.instructions.some((i) => i.keyword === 'RUN' && /\b(bundle|gem)\b/.test(i.argsText)) && !stage.instructions.some((i) => /\b(build-essential|gcc)\b/.test(i.argsText))) return changes.output();
    const compiles = stage.instructions.some((i) => /\b(pip3?|npm|yarn|gem|bundle)\b/.test(i.argsText) && i.keyword === 'RUN');
    // installing -dev headers without a compiler means the full image's gcc builds something (psycopg2 from source)
    const packages = stage.instructions.filter((i) => i.keyword === 'RUN').flatMap((i) => i.scripts.flatMap((e) => e.script.commands.filter(isInstall).flatMap(installedPackages)));
    // Python's sysconfig calls gcc, not clang
    const headersOnly = packages.some((p) => p.endsWith('-dev')) && !packages.some((p) => /^(build-essential|gcc|g\+\+)(-\d+)?$/.test(p));
    if (compiles && headersOnly) return changes.output();
    // crates link system libraries (openssl-sys wants pkg-config and libssl-dev, cmake builds want
    // make) that the full rust image has and -slim does not; which ones is in Cargo.lock, not in view
    if (repo === 'rust' && stage.instructions.some((i) => i.keyword === 'RUN' && /\bcargo\s+(build|install|run|test|b|t)\b/.test(i.argsText))) return changes.output();
    // a requirement in view that pip can only build from source (uwsgi, psycopg2) needs the compiler slim lacks
    const compilerInstalled = packages.some((p) => /^(build-essential|gcc)(-\d+)?$/.test(p));
    const runs = stage.instructions.filter((i) => i.keyword === 'RUN');
    const requirements = repo === 'python' ? requirementNames(model, runs, options.context) : null;
    if (repo === 'python' && !compilerInstalled && sourceBuilt(requirements).length) return changes.output();
    // a wheel that loads a system library the full image has (xgboost's libgomp1, python-magic's libmagic1)
    if (repo === 'python' && systemLibraryUsers(requirements).length) return changes.output();
    changes.add(
      `${repo}:${tag} -> ${repo}:${slim}`,
      `${repo}:${slim} is the same ${repo} on the same Debian release without compilers, headers and version-control tools, several hundred megabytes smaller.` +
        (compiles ? ' If a dependency has no prebuilt wheel or binary for this platform, its install will now fail for lack of a compiler: install build-essential in that RUN (or use the multi-stage build).' : '') +
        ' Check that nothing at run time relied on the tools the full image had.',
      [{ start: word.span.startOffset, end: word.span.endOffset, text: word.value.slice(0, word.value.length - tag.length) + slim }],
    );
    return changes.output();
  },
};
