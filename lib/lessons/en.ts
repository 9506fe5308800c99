/** English prose of the lessons. Placeholders in braces are filled from the estimator (see types.ts). */
import type { LessonId } from '../types';
import type { LessonText } from './types';

export const EN: Record<LessonId, LessonText> = {
  'why-size': {
    title: 'Why image size matters',
    summary:
      'Every megabyte in an image is paid for again and again: in minutes of waiting, in registry and network bills, and in slower starts. This lesson puts numbers on it.',
    sections: [
      {
        heading: 'Three costs that grow with the image',
        paragraphs: [
          'An image is built once but moved many times. Each CI run pushes it, each deploy pulls it onto a machine that does not have it yet, and the registry keeps a copy of every tag you do not delete.',
          'Time: a bigger image makes every build, push and pull slower, so the loop from commit to running code gets longer for the whole team.',
          'Money: registries charge for storage and clouds charge for the bytes that leave them. Both grow with the image and with how often you ship it.',
          'Performance: a new node cannot start a container until the image is on its disk. When an autoscaler adds capacity under load, the size of the image decides how long users wait for it.',
        ],
      },
      {
        heading: 'The article’s example',
        paragraphs: [
          'The source article starts from an everyday Python Dockerfile (on the left below) and reports that the image it builds weighs about 1.2 GB, and that the techniques of these lessons bring it to about 85 MB: more than 90 % smaller, and up to 99 % for some applications.',
          'Layerlab’s estimator, which never builds anything and guesses what it cannot see, puts the same file at {beforeSize} on disk ({beforeCompressed} to download). Most of that is the full `python:3.9` base image with compilers and headers the program never uses. The requirements and the build context are not visible here, so the estimator assumes typical sizes for them; type the real ones into the playground to sharpen the figure.',
          'The file on the right applies the first three lessons: a builder stage, a slim base and no pip cache. It estimates at {afterSize} ({afterCompressed} compressed), {reduction} smaller. The last step down to the article’s 85 MB needs the distroless lesson, and an honest look at what that step really ships.',
        ],
      },
      {
        heading: 'Try the numbers',
        paragraphs: [
          'The calculator below uses these two estimates. Change the bandwidth, the number of tags you keep and the number of deploys per day to see what the difference means for your team. Registries store layers once, so tags that share a base image only pay again for the layers above it.',
        ],
      },
    ],
    beforeCaption: 'The article’s Dockerfile',
    afterCaption: 'The same application, slimmed',
    alternatives: [],
    keyPoints: [
      'Size costs time (build, push, pull), money (storage, transfer) and performance (cold starts, scaling).',
      'The article: about 1.2 GB down to about 85 MB, up to 99 % with every technique.',
      'Most of a typical image is its base; the application is often the small part.',
      'Estimates are estimates: measure the real image with `docker image ls` once it builds.',
    ],
  },
  'multi-stage': {
    title: 'Multi-stage builds',
    summary:
      'Build in one stage, ship from another. Compilers, headers and caches stay behind in the builder; only what the program needs at run time is copied forward.',
    sections: [
      {
        heading: 'Build-time and run-time are different jobs',
        paragraphs: [
          'Installing Python packages with C extensions needs `gcc`, headers and `build-essential`. Running the result needs none of them. In a single-stage Dockerfile every tool you installed to build ships to production, and every layer you write stays in the image even if a later line deletes it.',
          'A multi-stage Dockerfile has several `FROM` lines. Each starts a fresh stage; only the last one (or the one you name with `--target`) becomes the image. `COPY --from=builder` picks the files you want out of an earlier stage and leaves everything else behind.',
        ],
      },
      {
        heading: 'The pattern for Python',
        paragraphs: [
          'The builder installs the compilers, then runs `pip install --prefix=/install`, so the packages land in one directory that is easy to copy. The runtime stage starts again from the slim image of the same Python version and copies `/install` into `/usr/local`, where that interpreter looks for packages.',
          'Keep the Python version and the Debian release the same in both stages: compiled extensions are built against the builder’s interpreter and C library. The example also moves from Python 3.9, which no longer gets security fixes, to 3.12.',
          'The estimator puts the single-stage file at {beforeSize} and the two-stage file at {afterSize}: {reduction} smaller. The builder stage is still built, and still cached on your build machine, but it is never pushed or pulled.',
        ],
      },
      {
        heading: 'What the article did, and what we changed',
        paragraphs: [
          'The article’s build stage uses `python:3.9-slim`, installs `build-essential gcc` with `--no-install-recommends`, removes the apt lists in the same RUN, and then freezes the program with PyInstaller into a single file that the production stage copies onto `scratch`. The first part is exactly the pattern above. The `scratch` part does not start as written; the distroless lesson explains why and shows working versions.',
        ],
      },
    ],
    beforeCaption: 'One stage: the compilers ship too',
    afterCaption: 'Two stages: only the results ship',
    alternatives: [],
    keyPoints: [
      'Only the final stage is shipped; everything else is a build step.',
      'Copy results, not environments: `COPY --from=builder /install /usr/local`.',
      'Match the Python version and C library of the builder and the runtime.',
      'Name stages (`AS builder`) so `COPY --from` does not depend on their order.',
    ],
  },
  layers: {
    title: 'Layer optimization',
    summary:
      'Each instruction adds a layer, and a layer can only add files. Combine the commands that create and delete files, and order instructions so the slow ones stay cached.',
    sections: [
      {
        heading: 'A later layer cannot make the image smaller',
        paragraphs: [
          'An image is a stack of layers, and each RUN, COPY and ADD writes one. Deleting a file in a later layer only hides it: the bytes are still in the earlier layer and still downloaded. `RUN apt-get clean` on its own line therefore saves nothing.',
          'The fix is to clean up in the same RUN that made the mess: `apt-get update && apt-get install ... && rm -rf /var/lib/apt/lists/*`, joined with `&&` so a failure stops the build. The article shows exactly this with `python3-pip` and `pip3 install numpy pandas`.',
          'The same goes for caches: `pip install --no-cache-dir` and `apt-get install --no-install-recommends` keep the downloaded archives and the optional extras out of the layer in the first place.',
        ],
      },
      {
        heading: 'Order for the cache',
        paragraphs: [
          'Docker reuses a cached layer as long as the instruction and everything before it are unchanged. `COPY . .` near the top means every edit to any file invalidates every layer after it, so the packages are downloaded and installed again on every commit.',
          'Put what changes rarely first (system packages, then dependencies) and what changes often last (your code). Copy only the files a step needs: a requirements file before the install, the source after it.',
        ],
      },
      {
        heading: 'What the estimator sees',
        paragraphs: [
          'The original estimates at {beforeSize}; the rewrite at {afterSize} ({reduction} smaller). Part of the saving is the apt lists and caches that now never reach a layer, and part is `python3-dev`: numpy and pandas ship ready-built wheels, so no headers or compiler are needed. Pinning the versions keeps the next build from silently picking up a new release.',
          'Fewer layers is a side effect, not the goal. Three well-ordered RUNs that each clean up after themselves are better than one giant RUN that reinstalls everything whenever a line changes.',
        ],
      },
    ],
    beforeCaption: 'One command per RUN, clean-up too late',
    afterCaption: 'Install and clean in one layer, code last',
    alternatives: [],
    keyPoints: [
      'Deleting in a later layer does not shrink the image: clean up in the same RUN.',
      '`--no-cache-dir` and `--no-install-recommends` keep waste out of the layer.',
      'Order instructions from rarely changing to often changing.',
      'Copy the dependency list before the install and the code after it.',
    ],
  },
  'minimal-base': {
    title: 'Minimal base images',
    summary:
      'The base image is usually the biggest layer you ship. Slim and alpine variants carry the same interpreter with far less around it, but alpine changes the C library.',
    sections: [
      {
        heading: 'Full, slim and alpine',
        paragraphs: [
          'The default `python:3.13` tag is built on a full Debian with compilers, headers and version-control tools, so that `pip install` of almost anything works out of the box. That convenience is over 1 GB on disk.',
          '`python:3.13-slim` has the same Python on a minimal Debian: no compilers, no headers, but the same glibc, so the same wheels install. For most applications switching the tag is the whole change. The estimator puts the full-image version at {beforeSize} and the slim one at {afterSize} ({reduction} smaller).',
          'If `pip install` needs to compile something, do that in a builder stage (the multi-stage lesson) and keep the runtime slim.',
        ],
      },
      {
        heading: 'Alpine and musl: read this before switching',
        paragraphs: [
          '`python:3.13-alpine` is smaller still, but Alpine uses musl instead of glibc. Wheels built for glibc (`manylinux`) do not load on musl; pip needs `musllinux` wheels, and when a package does not publish one, pip quietly downloads the source and tries to compile it, which fails without a compiler or makes a build that takes many minutes.',
          'Many popular packages publish musllinux wheels today, but not all, and small differences in musl (DNS resolution, locale handling, thread stack size) occasionally change behaviour. The alpine variant below asks pip for wheels only, so a missing one fails the build at once instead of compiling. It estimates at {alt1Size}.',
        ],
      },
      {
        heading: 'Choose a tag you can trust',
        paragraphs: [
          'Whichever variant you pick, name a version: `latest` or no tag at all means a rebuild can change the Python version under you. Naming the Debian release too (`-slim-trixie`) keeps the C library stable, which matters when you copy compiled files between stages.',
        ],
      },
    ],
    beforeCaption: 'Full image: compilers included',
    afterCaption: 'Slim image: same Python, same glibc',
    alternatives: [
      {
        title: 'Alpine variant (musl libc)',
        note: 'Smaller again, but only if every dependency publishes a musllinux wheel. Test the whole application on it before you switch.',
      },
    ],
    keyPoints: [
      'The base image is usually most of the image: choose it first.',
      '`-slim` keeps glibc, so the same wheels install; usually a one-word change.',
      '`-alpine` uses musl: manylinux wheels do not fit, compiling from source is slow or fails.',
      'Pin the version (and the Debian release) instead of `latest`.',
    ],
  },
  distroless: {
    title: 'Distroless images',
    summary:
      'Distroless images keep the runtime and drop the operating system around it: no shell, no package manager. The article goes one step further, to scratch, and that step does not work as written. Here is why, and what does.',
    sections: [
      {
        heading: 'What distroless removes',
        paragraphs: [
          'A distroless image contains your program, its runtime and the few files every program expects: a C library, certificates, time zones, `/etc/passwd` and a writable `/tmp`. There is no shell, no `apt`, no `curl`. That is less to download, and much less for an attacker to use if they get in.',
          'Google’s images come in layers: `static` (no C library, for fully static binaries such as Go with CGO off), `base` (adds glibc and OpenSSL), `cc` (adds libgcc and libstdc++) and language images such as `python3` (adds the interpreter). Each has a `:nonroot` tag that runs as user 65532.',
        ],
      },
      {
        heading: 'Why the article’s scratch image does not start',
        paragraphs: [
          'The article freezes the program with `pyinstaller --onefile` and copies the executable onto `scratch`, the empty image. The build succeeds, and the estimator agrees it would be small ({beforeSize}, close to the article’s 85 MB). But the container fails at start, usually with a bare “no such file or directory”.',
          'First, a PyInstaller executable is not static. It is linked against the glibc of the image it was built in and needs the dynamic loader `/lib64/ld-linux-x86-64.so.2` and `libc.so.6` to start. `scratch` has no C library at all, so the kernel cannot even load it; that missing loader is the file the error talks about.',
          'Second, a one-file executable is an archive: at start it unpacks Python and the libraries into a temporary directory and runs from there. `scratch` has no `/tmp`, so even with a C library it would fail there.',
          'Layerlab reports this as `pyinstaller-binary-without-libc` (open the left-hand file in the playground to see it), and its optimizer repairs it in every profile: `scratch` becomes distroless `cc` on Debian 13, the only release whose distroless images are still updated. That also covers builders on Debian 12, because a newer C library still runs programs built against an older one (never the reverse).',
        ],
      },
      {
        heading: 'Working variants',
        paragraphs: [
          'Closest to the article: keep PyInstaller and ship on `gcr.io/distroless/cc-debian13`, which has glibc, libstdc++ and a writable `/tmp`. Build on the same Debian release (`-trixie`) or an older one, so the executable does not need a newer glibc than the runtime has. (Distroless stopped updating its Debian 12 images on 1 September 2026: use the `-debian13` names.) Before you trust it, run `ldd dist/inference` in the builder: every library it lists must exist in the runtime image (add any that do not, such as zlib, with another COPY). The estimate is {afterSize}: the C library costs a few tens of megabytes, and it is what makes the image start. The playground’s Smallest profile writes this variant for you when distroless Python cannot take an app, and lists what to check before you trust it: imports made by name at run time, and files read next to `__file__`, such as Flask’s templates. The article’s six-line file is on Python 3.9, which no distroless image ships and which reached its end of life in October 2025, so Smallest writes this variant for it. Paste its requirements.txt into the playground: when nothing in it is pinned, the optimizer also offers to move it to Python 3.13 (a change you review and can switch off), and Smallest then takes the next variant.',
          'Simpler and often better: skip PyInstaller. `gcr.io/distroless/python3-debian13` already has Python 3.13, so install the packages with `pip install --target` in a `python:3.13-slim-trixie` builder and copy them into `/usr/local/lib/python3.13/dist-packages`, the site directory that Debian’s Python reads after its standard library (on `PYTHONPATH` they would come before it, where a stray backport such as `enum34` hides the real module). The estimate is {alt1Size}, larger than the frozen variant in this estimate mostly because it counts the installed packages at full size, but there is no freezing step to debug.',
          'If it must be `scratch`: make the executable truly static (for example with staticx, which bundles the C library into it) and create `/tmp` yourself, by copying an empty directory with mode 1777 from the builder. It works, but you now own everything a base image would have given you, certificates and time zones included. For a workshop, prefer the distroless images.',
        ],
      },
    ],
    beforeCaption: 'The article’s recipe: builds, but does not start',
    afterCaption: 'PyInstaller on distroless/cc: starts',
    alternatives: [
      {
        title: 'Without PyInstaller: distroless/python3',
        note: 'Same Python (3.13) and Debian release in both stages; the packages are plain files in Debian’s site directory.',
      },
    ],
    keyPoints: [
      'Distroless: runtime and libraries only, no shell or package manager.',
      'scratch is empty: no C library, no /tmp, no certificates.',
      'A PyInstaller one-file executable needs glibc and a writable /tmp: use distroless/cc or base, not scratch.',
      'Build on the same Debian release as the runtime, and check `ldd` before you ship.',
    ],
  },
  security: {
    title: 'Security best practices',
    summary:
      'A small image is also a smaller target. Five habits close the most common holes: run as a normal user, pin what you build from, keep secrets out of layers, never switch off TLS checks, and stay on supported versions.',
    sections: [
      {
        heading: 'Run as a normal user',
        paragraphs: [
          'Containers run as root unless told otherwise, and root in a container is far too close to root on the host. Add `USER` with a numeric id (`USER 10001:10001`) as the last user change in the final stage; numeric ids work even where `/etc/passwd` does not list the name, and Kubernetes can verify them with `runAsNonRoot`.',
          'Layerlab’s check for a missing USER (`final-stage-without-user`) is off by default because many base images set one; switch it on with `--enable` for your own images.',
        ],
      },
      {
        heading: 'Pin what you build from',
        paragraphs: [
          'A tag is a moving name. Pin a specific version and Debian release (`python:3.12-slim-trixie`) so rebuilds are predictable, and in production pin the digest (`@sha256:...`) so nobody can swap the image under the same tag. Let a bot such as Dependabot or Renovate propose the updates.',
          'End-of-life bases get no security fixes: `python:3.8` stopped in October 2024 and `python:3.9` in October 2025. The article’s example uses 3.9; every lesson here moves to a supported line.',
        ],
      },
      {
        heading: 'Secrets do not belong in ARG or ENV',
        paragraphs: [
          'ARG and ENV values are written into the image metadata and history: anyone who can pull the image can read them with `docker history` or `docker inspect`. Deleting them later does not help, for the same reason a later layer cannot shrink an image.',
          'For build-time credentials use a BuildKit secret: `RUN --mount=type=secret,id=pipconf,target=/etc/pip.conf pip install ...` makes the file exist for that one command only (build with `docker build --secret id=pipconf,src=pip.conf .`). Run-time secrets such as API keys come from the platform when the container starts.',
        ],
      },
      {
        heading: 'Keep certificate checks on',
        paragraphs: [
          '`curl -k`, `pip --trusted-host`, `PYTHONHTTPSVERIFY=0` and their cousins accept any certificate, so anyone on the network path can replace what you download. If a download fails on certificates, install the right CA certificate instead. And do not pipe a downloaded script straight into `sh`: download a pinned release and check its checksum.',
          'The estimator flags {beforeIssues} findings in the left-hand file and none of the security rules fire on the right-hand one, which also estimates at {afterSize} instead of {beforeSize}.',
        ],
      },
    ],
    beforeCaption: 'Root, secrets in the image, TLS off, end-of-life base',
    afterCaption: 'Non-root, pinned, secrets mounted, TLS on',
    alternatives: [],
    keyPoints: [
      'End the final stage with a numeric non-root `USER`.',
      'Pin versions, and digests in production; leave end-of-life bases.',
      'Build secrets through `RUN --mount=type=secret`, never ARG or ENV.',
      'Never disable TLS verification; verify downloads by checksum.',
    ],
  },
};
