import type { DockerfileModel, Instruction, Stage } from '../../model/types';
import { appendCommand, Changes, joiner, stageChain, styleOf } from '../edit';
import { appendableAptInstalls, installedPackages, isDockerHub, managerOf, repoName } from '../facts';
import type { Pass } from '../types';
import type { TextEdit } from '../../types';
import { laterStepsBuild, TOOLCHAIN } from './remove-build-toolchain';

/**
 * Marks the packages that own the libraries the built extensions link against as manually
 * installed, so purging the -dev packages keeps them (docker-library's php and python images do
 * the same). Libraries under /usr/local come from the image itself, not from dpkg.
 */
export const KEEP_LINKED_LIBRARIES = [
  `ldd "$(php -r 'echo ini_get("extension_dir");')"/*.so`,
  `awk '/=> \\// && $(NF-1) !~ /^\\/usr\\/local\\// { print $(NF-1) }'`,
  `sed -E 's#^/(usr/)?#*#' | sort -u`,
  'xargs -r dpkg-query --search | cut -d: -f1 | sort -u',
  'xargs -r apt-mark manual',
];

/** Commands that compile PHP extensions (and need the -dev headers while they run). */
const BUILDS_EXTENSIONS = /\b(docker-php-ext-install|docker-php-ext-configure|pecl\s+install|phpize|make|gcc|cc|cmake)\b/;

function isPhpImage(model: DockerfileModel, stage: Stage): boolean {
  const s = stageChain(model, stage).at(-1)!;
  return !s.isScratch && !s.image.unresolved && isDockerHub(s) && repoName(s) === 'php' && !/alpine/.test(s.image.tag ?? '');
}

/** True when a SHELL in effect or the script turns on pipefail: one library outside dpkg would then fail the RUN. */
function pipefail(model: DockerfileModel, stage: Stage, ins: Instruction): boolean {
  return /pipefail/.test(ins.argsText) || stageChain(model, stage).some((s) => s.instructions.some((i) => i.keyword === 'SHELL' && /pipefail/.test(i.argsText)));
}

/**
 * The lookup must go on past a library dpkg does not know, so it runs without pipefail: a pragma
 * says so to hadolint and Layerlab (DL4006) rather than leaving a warning the change introduced.
 */
function ignorePipefail(model: DockerfileModel, ins: Instruction, eol: string): TextEdit[] {
  const at = ins.span.startOffset;
  const lineStart = model.text.lastIndexOf('\n', at - 1) + 1;
  const indent = /^[ \t]*/.exec(model.text.slice(lineStart, at))![0];
  // hadolint reads only the comment line right above: an ignore pragma there gets DL4006 added
  const prevEnd = lineStart > 0 ? (model.text[lineStart - 2] === '\r' ? lineStart - 2 : lineStart - 1) : -1;
  const prevStart = prevEnd > 0 ? model.text.lastIndexOf('\n', prevEnd - 1) + 1 : 0;
  const prev = prevEnd > 0 ? model.text.slice(prevStart, prevEnd) : '';
  if (/^\s*#\s*hadolint\s+ignore=\S+\s*$/.test(prev)) {
    if (/\bDL4006\b/.test(prev)) return [];
    const end = prevStart + prev.trimEnd().length;
    return [{ start: end, end, text: ',DL4006' }];
  }
  return [{ start: at, end: at, text: `# hadolint ignore=DL4006${eol}${indent}` }];
}

export const pass: Pass = {
  id: 'php-purge-dev-packages',
  title: 'Purge the -dev packages once the PHP extensions are built',
  risk: 'review',
  lesson: 'layers',
  resolves: [],
  profiles: ['recommended', 'smallest'],
  apply({ model, options }) {
    const changes = new Changes(this);
    const style = styleOf(model);
    for (const { stage, ins, script, cmds, installAt } of appendableAptInstalls(model, options.target)) {
      if (!isPhpImage(model, stage) || pipefail(model, stage, ins)) continue;
      const installed = installedPackages(cmds[installAt]).filter((p) => !p.includes('$'));
      const devs = installed.filter((p) => /-dev$/.test(p));
      if (!devs.length) continue;
      // compilers installed for pecl go with them, unless a later step builds something (npm's node-gyp, pip)
      if (!laterStepsBuild(stage, ins)) devs.push(...installed.filter((p) => TOOLCHAIN.has(p)));
      // the headers are for extensions this same RUN builds
      if (!cmds.slice(installAt + 1).some((c) => c.base === 'docker-php-ext-install' || (c.base === 'pecl' && c.args[0] === 'install'))) continue;
      if (cmds.some((c) => (managerOf(c) === 'apt' && /^(purge|remove|autoremove)$/.test(c.args[0] ?? '')) || c.base === 'apt-mark')) continue;
      // a later step that compiles still needs them
      if (stage.instructions.some((i) => i.index > ins.index && i.keyword === 'RUN' && BUILDS_EXTENSIONS.test(i.argsText))) continue;
      changes.add(
        `Purge ${devs.join(', ')} after building the extensions`,
        `The -dev packages (headers, static libraries, pkg-config files and the compilers some of them pull in) are needed only while docker-php-ext-install or pecl compiles; they stay in the image otherwise. ` +
          'The RUN now marks the packages of the libraries the built extensions link against as manually installed (found with ldd), then purges the -dev packages with what only they needed, in the same layer. ' +
          'Check that nothing at run time compiles code or needs those headers.',
        [
          ...(cmds.some((c) => c.pipeline.length > 1) ? [] : ignorePipefail(model, ins, style.eol)),
          appendCommand(style, script, `${KEEP_LINKED_LIBRARIES.join(` ${style.escape}${style.eol}${style.indent}   | `)}${joiner(style)}apt-get purge -y --auto-remove ${devs.join(' ')}`),
        ],
      );
    }
    return changes.output();
  },
};
