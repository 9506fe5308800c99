import type { DockerfileModel, EmbeddedScript, Instruction, Stage } from '../../model/types';
import type { ShellCommand } from '../../shell/types';
import { Changes, commandsOf, editableScript, kw, styleOf, subcommandWord, wholeLines, withComments } from '../edit';
import { pipInstallWord, repoName, tagVersion } from '../facts';
import { packagesOnly, resolvePath, source, workdirAt } from '../multistage';

/** Instructions that neither read the build context nor change where files go. */
const PASSIVE = new Set(['ENV', 'ARG', 'LABEL', 'EXPOSE', 'MAINTAINER', 'STOPSIGNAL']);
import { isNpmCi, isPlainNpmInstall } from '../node';
import type { Pass } from '../types';
import type { BuildContext } from '../../size/context';
import { listsByName, READS_MORE, requirementLines } from '../python-source-built';

/** `COPY . <dest>` (the whole context) with its destination, or null. */
export function wholeContextCopy(ins: Instruction): string | null {
  if (ins.keyword !== 'COPY' && ins.keyword !== 'ADD') return null;
  if (ins.flags.some((f) => f.name.toLowerCase() === 'from') || ins.heredocs.length) return null;
  const args = ins.json ?? ins.words.map((w) => w.value);
  if (args.length !== 2 || (args[0] !== '.' && args[0] !== './')) return null;
  return args[1].includes('$') ? null : args[1];
}

/** The manifest files a dependency-install command reads, or null when it is not one. */
function manifestsOf(cmd: ShellCommand): string[] | null {
  const pipWord = pipInstallWord(cmd);
  if (pipWord) {
    const files: string[] = [];
    const a = cmd.args;
    let pkgs = 0;
    for (let i = a.indexOf('install') + 1; i < a.length; i++) {
      if (a[i] === '-r' || a[i] === '--requirement' || a[i] === '-c' || a[i] === '--constraint') files.push(a[++i] ?? '');
      else if (a[i].startsWith('--requirement=')) files.push(a[i].slice(14));
      else if (a[i].startsWith('-r') && a[i].length > 2) files.push(a[i].slice(2));
      else if (!a[i].startsWith('-')) pkgs++;
    }
    // a local project, archive or wheel directory on the command line is read from the sources too
    const localLinks = a.some((x, i) => /^(-f|--find-links)$/.test(x) ? !/:\/\//.test(a[i + 1] ?? '') : /^--find-links=/.test(x) && !/:\/\//.test(x));
    if (localLinks || a.some((x) => x === '.' || x.startsWith('./') || x.startsWith('../') || x.startsWith('/') || (/\.(whl|tar\.gz|zip)$/.test(x) && !/:\/\//.test(x)) || /^(-e|--editable)/.test(x))) return null;
    if (files.length === 0) return pkgs > 0 ? [] : null;
    return files.every((f) => f && !f.includes('$') && !f.startsWith('/') && !f.includes('..')) ? files : null;
  }
  if (isNpmCi(cmd) || isPlainNpmInstall(cmd)) return ['package*.json'];
  if (cmd.base === 'yarn' && (cmd.args.length === 0 || cmd.args[0] === 'install' || cmd.args[0].startsWith('--'))) return ['package.json', 'yarn.lock*'];
  if (cmd.base === 'pnpm' && (cmd.args[0] === 'install' || cmd.args[0] === 'i')) return ['package.json', 'pnpm-lock.yaml*'];
  if (cmd.base === 'bundle' && (cmd.args.length === 0 || cmd.args[0] === 'install' || cmd.args[0].startsWith('--'))) return ['Gemfile', 'Gemfile.lock*'];
  if (cmd.base === 'gem' && cmd.args[0] === 'install' && cmd.args.includes('bundler')) return [];
  if (cmd.base === 'go' && cmd.args[0] === 'mod' && cmd.args[1] === 'download') return ['go.mod', 'go.sum*'];
  return null;
}

interface Plan {
  manifests: string[];
  /** how many leading top-level commands of the RUN install dependencies */
  prefix: ShellCommand[];
  rest: ShellCommand | null;
}

function plan(s: EmbeddedScript): Plan | null {
  const cmds = commandsOf(s);
  if (s.script.root?.type !== 'list' && s.script.root?.type !== 'command') return null;
  const prefix: ShellCommand[] = [];
  const manifests = new Set<string>();
  for (const c of cmds) {
    if (c.context.length) return null;
    const m = manifestsOf(c);
    if (m === null) break;
    if (prefix.length && prefix[prefix.length - 1].nextOperator !== '&&') break;
    prefix.push(c);
    m.forEach((f) => manifests.add(f));
  }
  if (!prefix.length || !manifests.size) return null;
  const rest = cmds[prefix.length] ?? null;
  if (rest && (prefix[prefix.length - 1].nextOperator !== '&&' || cmds.slice(prefix.length).some((c) => c.start < prefix[prefix.length - 1].end))) return null;
  return { manifests: [...manifests], prefix, rest };
}

function goModules(model: DockerfileModel, stage: Stage): boolean {
  if (repoName(stage) !== 'golang') return false;
  const v = tagVersion(stage.image.tag);
  if (v && (v[0] < 1 || (v[0] === 1 && v[1] < 16))) return false;
  return !stage.instructions.some((i) => i.keyword === 'ENV' && i.pairs.some((p) => p.key === 'GO111MODULE' && p.value === 'off'));
}

function dirOf(dest: string): string {
  if (dest === '.' || dest === './') return './';
  return dest.endsWith('/') ? dest : dest + '/';
}

/**
 * A requirements list in view that names other files of the project (`-r base.txt`, `-e .`, a local
 * path or wheel): copied alone, pip could not open them.
 */
function readsLocalFiles(manifests: string[], context: BuildContext | null | undefined): boolean {
  if (!context) return false;
  const texts = listsByName(context);
  return manifests.some((m) => {
    const text = texts.get(m.split('/').pop()!) ?? (/requirements|constraints/.test(m) ? context.requirements : null);
    // includes (-r base.txt, -rbase.txt), editable or local projects (., .[extra], ./libs/x, name @ file:...), local wheels
    return !!text && requirementLines(text).some((line) => /^(-r|--requirement)/.test(line) || READS_MORE.test(line) || /^(\.|\/|file:)/.test(line) || /@\s*file:/.test(line) || /\.(whl|tar\.gz|zip)$/.test(line));
  });
}

export const pass: Pass = {
  id: 'copy-manifests-first',
  title: 'Copy dependency manifests before the install',
  risk: 'safe',
  lesson: 'layers',
  resolves: [],
  profiles: ['safe', 'recommended', 'smallest'],
  apply({ model, options }) {
    // a node_modules that .dockerignore lets into the context would land over the one the install made
    const hostModules = Object.keys(options.context?.files ?? {}).some((f) => /(^|\/)node_modules\//.test(f));
    const changes = new Changes(this);
    const style = styleOf(model);
    for (const stage of model.stages) {
      const list = stage.instructions;
      const ci = list.findIndex((i) => wholeContextCopy(i) !== null);
      if (ci < 0) continue;
      const copy = list[ci];
      const dest = dirOf(wholeContextCopy(copy)!);
      // something already comes in before the whole context: the file is already layered by hand
      if (list.slice(0, ci).some((i) => (i.keyword === 'COPY' || i.keyword === 'ADD') && !i.flags.some((f) => f.name.toLowerCase() === 'from'))) continue;
      const flags = copy.flags.map((f) => model.text.slice(f.span.startOffset, f.span.endOffset)).join(' ');
      const copyKw = copy.rawKeyword === copy.rawKeyword.toLowerCase() ? 'copy' : 'COPY';
      const at = withComments(copy).start;
      const line = wholeLines(model, at, at);
      const indent = model.text.slice(line.start, at);
      const copyLine = (files: string[]): string => `${copyKw} ${flags ? flags + ' ' : ''}${files.join(' ')} ${dest}`;
      // the install may come after steps that do not read the sources (system packages, ENV...)
      let k = ci + 1;
      while (k < list.length && (PASSIVE.has(list[k].keyword) || (list[k].keyword === 'RUN' && packagesOnly(model, list[k]) && !list[k].flags.length))) {
        const s0 = editableScript(model, list[k]);
        if (s0 && plan(s0)) break;
        k++;
      }
      const next = list[k];
      const s = next ? editableScript(model, next) : null;
      const p = s && !next.flags.length ? plan(s) : null;
      // pip told through the environment to read a constraints file or local wheels from the sources
      const pipEnv = list.some((i) => (i.keyword === 'ENV' || i.keyword === 'ARG') && /\bPIP_(CONSTRAINT|REQUIREMENT|FIND_LINKS)\b/.test(i.argsText));
      if (next && s && p && !(hostModules && p.manifests.some((m) => /package/.test(m))) && !readsLocalFiles(p.manifests, options.context) && !(pipEnv && p.manifests.some((m) => /\.(txt|in)$/.test(m)))) {
        const copyText = source(model, copy);
        const del = wholeLines(model, withComments(copy).start, copy.span.endOffset);
        const at2 = withComments(next).start;
        const indent2 = model.text.slice(wholeLines(model, at2, at2).start, at2);
        const edits = [
          { start: del.start, end: del.end, text: '' },
          { start: at2, end: at2, text: `${copyLine(p.manifests)}${style.eol}${indent2}` },
        ];
        if (p.rest) {
          const prefixEnd = s.offsets[p.prefix[p.prefix.length - 1].end - 1] + 1;
          edits.push({ start: prefixEnd, end: s.offsets[p.rest.start], text: `${style.eol}${indent2}${copyText}${style.eol}${indent2}${next.rawKeyword} ` });
        } else {
          edits.push({ start: next.span.endOffset, end: next.span.endOffset, text: `${style.eol}${indent2}${copyText}` });
        }
        changes.add(
          `Install dependencies before copying the sources`,
          `\`COPY . .\` changes whenever any source file does, and every layer after it is rebuilt: the dependency install ran again on every code edit. ` +
            `Copying only ${p.manifests.map((m) => m.replace(/\*$/, '')).join(', ')} first lets Docker reuse the installed dependencies until they change. ` +
            'If the install reads other files from the project (a local package, a setup.py), copy those too.' +
            (p.manifests.some((m) => /package/.test(m))
              ? ' List node_modules in .dockerignore: `COPY . .` now comes after the install, so a node_modules on your machine would land over the one it made.'
              : ''),
          edits,
        );
        continue;
      }
      // Go: download modules in their own layer before the sources; the build stays where it is
      const build = list.slice(ci + 1).find((i) => i.keyword === 'RUN' && editableScript(model, i) && commandsOf(editableScript(model, i)!).some((c) => c.base === 'go' && ['build', 'install'].includes(subcommandWord(c)?.value ?? '')));
      // go mod download reads go.mod in the working directory; a module made by `go mod init` or vendored needs none
      const wd = workdirAt(stage, copy);
      const intoWorkdir = wd !== null && resolvePath(wd, dest) === resolvePath(wd, '.');
      const goModLater = list.some((i) => i.keyword === 'RUN' && /go\s+mod\s+(download|init|vendor)|-mod=vendor/.test(i.argsText));
      if (build && intoWorkdir && goModules(model, stage) && !goModLater) {
        changes.add(
          'Download Go modules before copying the sources',
          '`COPY . .` changes on every code edit, so `go build` fetched every module again. Copying go.mod and go.sum first and running `go mod download` keeps the modules in a layer that only changes with them.',
          [{ start: at, end: at, text: `${copyLine(['go.mod', 'go.sum*'])}${style.eol}${indent}${kw(style, 'RUN')} go mod download${style.eol}${indent}` }],
        );
      }
    }
    return changes.output();
  },
};
