import type { DockerfileModel, Instruction } from '../../model/types';
import { Changes, commandsOf, editableScript } from '../edit';
import { fromLine, installRun, METADATA, packagesOnly, replaceStage, runtimeTools, SHARED, source, splitPackages, systemSetupIn, toolsNote, writerFor, officialSingleStage, workdirAt, devEnvironment } from '../multistage';
import { runtimeTag } from './multi-stage-python';
import { wholeContextCopy } from './copy-manifests-first';
import type { Pass } from '../types';

/** Client libraries of the database gems (pg, mysql2, sqlite3); the same names on bookworm and trixie. */
const DB_CLIENT_LIBS = ['libpq5', 'libmariadb3', 'libsqlite3-0'];

/** Where the official ruby images install gems (GEM_HOME). */
const GEMS = '/usr/local/bundle';

function bundleRun(model: DockerfileModel, ins: Instruction): boolean {
  const s = editableScript(model, ins);
  return !!s && commandsOf(s).some((c) => c.base === 'bundle' && (c.args.length === 0 || c.args[0] === 'install' || c.args[0].startsWith('-')));
}

/** Commands of a package RUN that leave nothing but packages behind. */
const PACKAGE_STEP = new Set(['apt-get', 'apt', 'apk', 'rm', 'mkdir', 'echo', 'ln', 'true', 'set', 'export', 'cd', 'chmod', 'printf', 'update-ca-certificates', 'dpkg', 'bundle']);
/** Bundler's own set-up before the install (its settings live in the gem directory the runtime copies). */
const BUNDLER_SETUP = /^(bundle config\b|gem install bundler\b|gem update --system\b)/;

export const pass: Pass = {
  id: 'multi-stage-ruby',
  title: 'Multi-stage build for a Ruby app',
  risk: 'structural',
  lesson: 'multi-stage',
  resolves: [],
  profiles: ['recommended', 'smallest'],
  apply({ model }) {
    const changes = new Changes(this);
    const official = officialSingleStage(model, 'ruby');
    if (!official || official.family !== 'debian') return changes.output();
    const { stage, tag } = official;
    const rtTag = runtimeTag(tag);
    if (!rtTag || rtTag === tag) return changes.output();
    const list = stage.instructions.slice(1);
    // a development environment: its tools are the point
    if (devEnvironment(model, stage)) return changes.output();
    const bundles = list.filter((i) => bundleRun(model, i));
    if (bundles.length !== 1) return changes.output();
    const bundle = bundles[0];
    // gems installed elsewhere than GEM_HOME, at a path of the user's: leave the file alone
    if (/--path|BUNDLE_PATH|bundle config (set )?(--local )?(path|deployment)|GEM_HOME/.test(model.text)) return changes.output();
    // binstubs go to the app's bin/, which the builder keeps
    if (/--binstubs|BUNDLE_BIN|bundle binstubs/.test(model.text)) return changes.output();
    // --deployment installs into vendor/bundle of the app directory; the setting itself goes to
    // BUNDLE_APP_CONFIG, which the official images point at GEM_HOME (copied anyway), not to .bundle
    const hasWorkdir = list.some((i) => i.keyword === 'WORKDIR' && i.index < bundle.index);
    const appDir = /--deployment\b/.test(bundle.argsText) && hasWorkdir ? workdirAt(stage, bundle) : null;
    if (/--deployment\b/.test(bundle.argsText) && (!appDir || appDir.includes('$'))) return changes.output();
    const gemDirs = [GEMS, ...(appDir ? [`${appDir.replace(/\/$/, '')}/vendor/bundle`] : [])];
    const w = writerFor(model);
    const image = stage.from.words[0].value;
    const repoPart = image.slice(0, image.length - tag.length);
    const asKw = w.style.lowerKeywords ? 'as' : 'AS';
    const runtimePackages: string[] = [];
    const unknownDev: string[] = [];

    w.line(fromLine(model, stage, `${image} ${asKw} builder`));
    const builderOnly = new Set<Instruction>();
    for (const ins of list) {
      if (ins.index > bundle.index) break;
      if (METADATA.has(ins.keyword)) continue;
      if (ins.keyword === 'RUN') {
        // the bundle RUN may install its build packages itself: their runtime libraries count too
        const split = splitPackages(model, ins);
        const cmds = editableScript(model, ins) ? commandsOf(editableScript(model, ins)!) : [];
        // something built besides packages and gems (passenger-install-nginx-module into /opt/nginx) would stay in the builder
        if (split && cmds.some((c) => !PACKAGE_STEP.has(c.base) && !(c.base === 'gem' && c.args[0] === 'install'))) return changes.output();
        // the runtime installs the packages again, not what the RUN set up besides them (a locale, a link)
        if (split && systemSetupIn(model, ins)) return changes.output();
        if (split) {
          // node and yarn also run the asset build in the runtime stage, so they stay
          const keep = commandsOf(editableScript(model, ins)!).flatMap((c) => c.args).filter((a) => /^(nodejs|yarn|npm)$/.test(a));
          // the runtime stage would install them from the stock sources, without the repository they come from
          if (split.fromAddedSource || (keep.length && split.afterSourceChange)) return changes.output();
          [...split.runtime, ...keep].forEach((p) => runtimePackages.includes(p) || runtimePackages.push(p));
          unknownDev.push(...split.unknownDev);
        } else if (ins !== bundle && !packagesOnly(model, ins) && !cmds.every((c) => BUNDLER_SETUP.test(`${c.base} ${c.args.join(' ')}`))) {
          continue; // other steps run in the runtime stage
        }
      }
      if (ins.keyword === 'RUN' || ins.keyword === 'COPY' || ins.keyword === 'ADD') builderOnly.add(ins);
      w.line(source(model, ins));
    }

    // the full image has the -dev packages of the database gems, so bundle install built pg, mysql2 and
    // sqlite3 against them; the Gemfile.lock is not in view, so their client libraries come along
    const dbLibs = rtTag !== tag ? DB_CLIENT_LIBS.filter((p) => !runtimePackages.includes(p)) : [];
    runtimePackages.push(...dbLibs);
    const contextLater = list.some((i) => i.index > bundle.index && wholeContextCopy(i) !== null);
    const tools = runtimeTools(model, stage, list.filter((i) => i.keyword === 'RUN' && !builderOnly.has(i)));
    tools.keep.forEach((p) => runtimePackages.includes(p) || runtimePackages.push(p));
    w.blank();
    w.line(`${stage.from.rawKeyword} ${repoPart}${rtTag}`);
    let copied = false;
    const copyGems = (): void => {
      if (copied) return;
      installRun(w, 'debian', runtimePackages);
      for (const dir of gemDirs) w.line(`${w.kw('COPY')} --from=builder ${dir} ${dir}`);
      copied = true;
    };
    for (const ins of list) {
      if (SHARED.has(ins.keyword)) {
        w.line(source(model, ins));
        continue;
      }
      // Bundler reads Gemfile and Gemfile.lock at run time: they stay unless a later COPY of the context brings them
      if (builderOnly.has(ins) && (ins.keyword === 'RUN' || (onlyGemfiles(ins) && contextLater))) continue;
      if (['COPY', 'ADD', 'RUN', 'CMD', 'ENTRYPOINT', 'HEALTHCHECK'].includes(ins.keyword)) copyGems();
      w.line(source(model, ins));
    }
    copyGems();

    const base = `${repoPart}${rtTag}`;
    changes.add(
      `Install gems in a builder stage, ship ${base}`,
      `${image} carries compilers and headers that bundle install needs to build native gems and the app never needs again. ` +
        `The builder runs bundle install; the runtime stage starts from ${base} (the same Ruby on the same Debian, so compiled gems keep working) and copies ${gemDirs.join(', ')} and your code. ` +
        (runtimePackages.length ? `It installs ${runtimePackages.join(', ')} for the libraries and tools the app uses at run time. ` : '') +
        (unknownDev.length ? `The runtime libraries of ${unknownDev.join(', ')} are not installed in the runtime stage: add them if a gem fails to load. ` : '') +
        (dbLibs.length ? `${dbLibs.join(', ')} ${dbLibs.length > 1 ? 'are' : 'is'} the client library of the pg, mysql2 and sqlite3 gems, which bundle install built against the full image's headers: drop the ones your Gemfile does not use. ` : '') +
        toolsNote(tools),
      [replaceStage(model, stage, w.text())],
    );
    return changes.output();
  },
};

function onlyGemfiles(ins: Instruction): boolean {
  const args = ins.json ?? ins.words.map((w) => w.value);
  return args.length >= 2 && !ins.flags.length && args.slice(0, -1).every((a) => /(^|\/)Gemfile(\.lock)?\*?$/.test(a));
}
