import type { DockerfileModel, Stage } from '../../model/types';
import { cgoCopiesWithoutLibc } from '../../rules/correctness/cgo-binary-without-libc';
import { pyinstallerCopiesWithoutLibc } from '../../rules/correctness/pyinstaller-binary-without-libc';
import { repoName, rootStage } from '../../rules/size/_stages';
import { debianReleaseOfTag, DISTROLESS_DEBIAN, DISTROLESS_RELEASE } from '../distroless';
import { Changes, stageChain } from '../edit';
import { familyOf, installedPackages, isInstall } from '../facts';
import type { Pass } from '../types';

/** What one runtime image receives that needs glibc, found by the rules that report it. */
interface Broken {
  runtime: Stage;
  builders: Stage[];
  pyinstaller: boolean;
}

function brokenRuntimes(model: DockerfileModel): Broken[] {
  const byStage = new Map<number, Broken>();
  const note = (root: Stage, src: Stage, pyinstaller: boolean) => {
    const b = byStage.get(root.index) ?? { runtime: root, builders: [], pyinstaller: false };
    const builder = rootStage(model, src);
    if (!b.builders.includes(builder)) b.builders.push(builder);
    b.pyinstaller ||= pyinstaller;
    byStage.set(root.index, b);
  };
  // a staticx executable has its own C library; what it lacks on scratch (a /tmp) is not a base image's job here
  for (const f of pyinstallerCopiesWithoutLibc(model)) if (!f.staticx) note(f.root, f.src, true);
  for (const f of cgoCopiesWithoutLibc(model)) note(f.root, f.src, false);
  return [...byStage.values()];
}

function debianRelease(stage: Stage): 12 | 13 | null {
  return debianReleaseOfTag(repoName(stage), stage.image.tag ?? '');
}

/** The builder is a Debian-based image (the official language images, debian, ubuntu), the glibc distroless has. */
function debianFamily(model: DockerfileModel, stage: Stage): boolean {
  return familyOf(model, stage) === 'debian' && !/alpine/.test(stage.image.tag ?? '');
}

/** The -dev packages a builder installs: the program may link their libraries, which distroless lacks. */
function devPackages(model: DockerfileModel, stage: Stage): string[] {
  const packages = stageChain(model, stage).flatMap((s) => s.instructions.filter((i) => i.keyword === 'RUN').flatMap((i) => i.scripts.flatMap((e) => e.script.commands.filter(isInstall).flatMap(installedPackages))));
  return packages.filter((p) => /-dev(el)?$/.test(p) && !/^(libc6?|linux-libc|libc)-dev$/.test(p));
}

/** distroless tags that mean the same on every distroless image */
const PORTABLE_TAGS = new Set(['nonroot', 'debug', 'debug-nonroot']);

export const pass: Pass = {
  id: 'runtime-with-libc',
  title: 'Runtime image with the C library the program needs',
  risk: 'review',
  lesson: 'distroless',
  resolves: ['pyinstaller-binary-without-libc', 'cgo-binary-without-libc'],
  profiles: ['safe', 'recommended', 'smallest'],
  repairs: true,
  apply({ model }) {
    const changes = new Changes(this);
    for (const { runtime, builders, pyinstaller } of brokenRuntimes(model)) {
      const word = runtime.from.words[0];
      if (!word || word.raw !== word.value || word.value.includes('$')) continue;
      // a builder on Alpine (musl) or another distribution makes a program distroless's glibc cannot start
      if (builders.some((b) => !debianFamily(model, b))) continue;
      const devs = [...new Set(builders.flatMap((b) => devPackages(model, b)))];
      const releases = builders.map(debianRelease);
      // glibc runs programs built against an older version, so the maintained release runs what Debian 12 built
      // distroless has no version tags (pin by digest); :nonroot runs as uid 65532 and is a tag linters accept
      const tag = !runtime.isScratch && PORTABLE_TAGS.has(runtime.image.tag ?? '') ? `:${runtime.image.tag}` : ':nonroot';
      const image = `gcr.io/distroless/${pyinstaller ? 'cc' : 'base'}-${DISTROLESS_RELEASE}${tag}`;
      const was = runtime.isScratch ? 'scratch' : runtime.image.raw;
      const from = builders.map((b) => b.image.raw).join(', ');
      const program = pyinstaller
        ? `The PyInstaller executable is linked against the glibc of the image it was built on (${from}), and a --onefile build unpacks itself into /tmp when it starts.`
        : `The Go binary is built with cgo (the golang image's default), so it is linked against the glibc of ${from}.`;
      const adds = pyinstaller
        ? `${image} adds glibc, libgcc and libstdc++ (which bundled extension modules often need), a /tmp and CA certificates, about 23 MB.`
        : `${image} adds glibc, a /tmp and CA certificates, about 20 MB. If the program does not need cgo, building with CGO_ENABLED=0 and keeping ${was} is the smaller fix.`;
      const glibc = releases.every((r) => r === DISTROLESS_DEBIAN)
        ? `Debian ${DISTROLESS_DEBIAN} is the release the builder uses, so the runtime has the same glibc.`
        : releases.every((r) => r !== null)
          ? `The builder is on an older Debian release, and glibc runs programs built against an older version; distroless updates only its Debian ${DISTROLESS_DEBIAN} images.`
          : `The builder's tag does not name its Debian release, and untagged official images are now on Debian 13 (glibc 2.41): a binary built on a newer glibc does not start on an older one, so the runtime is Debian ${DISTROLESS_DEBIAN}, which also runs binaries built on Debian 12.`;
      changes.add(
        `${was} -> ${image}`,
        `${program} ${was} has ${pyinstaller && runtime.isScratch ? 'neither' : 'no C library'}, so the container fails at start with "no such file or directory". ${adds} This makes the image bigger on purpose: the original cannot run. ${glibc}` +
          (devs.length ? ` The build installs ${devs.join(', ')}: if the program links those libraries at run time, ${image} does not have them either; use debian:${releases.every((r) => r === 12) ? 'bookworm' : 'trixie'}-slim with their runtime packages instead.` : '') +
          `${tag === ':nonroot' ? ' The :nonroot tag runs the program as uid 65532 (distroless images have no version tags: pin the digest for repeatable builds); if it writes outside /tmp, give it a directory it owns.' : ''}`,
        [{ start: word.span.startOffset, end: word.span.endOffset, text: image }],
      );
    }
    return changes.output();
  },
};
