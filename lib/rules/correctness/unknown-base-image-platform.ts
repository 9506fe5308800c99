import type { Rule } from '../types';

// Go's GOOS/GOARCH values plus the spellings containerd normalises (x86_64, aarch64, ...)
const OSES = new Set(['linux', 'windows', 'darwin', 'freebsd', 'netbsd', 'openbsd', 'solaris', 'illumos', 'aix', 'android', 'ios', 'plan9', 'dragonfly', 'js', 'wasip1']);
const ARCHES = new Set([
  'amd64', 'arm64', 'arm', '386', 'ppc64le', 'ppc64', 's390x', 'riscv64', 'mips', 'mipsle', 'mips64', 'mips64le',
  'loong64', 'wasm', 'x86_64', 'x86-64', 'aarch64', 'armhf', 'armel', 'i386', 'i686', 'amd64p32',
]);

export const rule: Rule = {
  id: 'unknown-base-image-platform',
  title: 'FROM --platform names a platform that does not exist',
  category: 'correctness',
  severity: 'warning',
  aliases: ['InvalidBaseImagePlatform'],
  lesson: 'multi-stage',
  explanation:
    'Docker warns when the base image it pulled is not for the platform the stage asked for. From the Dockerfile alone that is certain in one case: the `--platform` value names an operating system or architecture that no image can have (a typo such as `linux/amd46`), so the pull fails or falls back to another platform.',
  examples: {
    bad: 'FROM --platform=linux/amd46 alpine:3.20\nRUN echo hi',
    good: 'FROM --platform=linux/amd64 alpine:3.20 AS amd64\nRUN echo hi',
  },
  check(ctx) {
    for (const stage of ctx.model.stages) {
      const flag = stage.from.flags.find((f) => f.name.toLowerCase() === 'platform');
      if (!flag || !flag.value || flag.value.includes('$')) continue;
      for (const spec of flag.value.split(',')) {
        const [os = '', arch] = spec.trim().toLowerCase().split('/');
        const badOs = !OSES.has(os) && !(arch === undefined && ARCHES.has(os));
        const badArch = arch !== undefined && !ARCHES.has(arch);
        if (!badOs && !badArch) continue;
        ctx.report({
          span: stage.from.span,
          message: `Platform "${spec.trim()}" has an unknown ${badOs ? 'operating system' : 'architecture'}: no base image can match it (e.g. linux/amd64, linux/arm64).`,
        });
      }
    }
  },
};
