import type { Rule } from '../types';

export const rule: Rule = {
  id: 'from-platform-constant',
  title: 'FROM --platform is pinned to a constant',
  category: 'correctness',
  severity: 'warning',
  aliases: ['FromPlatformFlagConstDisallowed'],
  lesson: 'multi-stage',
  explanation:
    '`FROM --platform=linux/amd64` forces one architecture whatever platform the build targets, so an arm64 build quietly ships amd64 binaries (or fails at run time). Use `$BUILDPLATFORM` for build tools or `$TARGETPLATFORM` for the result; a stage whose name says its platform (`AS build-amd64`) is taken as deliberate.',
  examples: {
    bad: 'FROM --platform=linux/amd64 golang:1.23\nRUN go build ./...',
    good: 'FROM --platform=$BUILDPLATFORM golang:1.23\nRUN go build ./...',
  },
  check(ctx) {
    for (const stage of ctx.model.stages) {
      const flag = stage.from.flags.find((f) => f.name.toLowerCase() === 'platform');
      if (!flag || !flag.value || flag.value.includes('$')) continue;
      const [os = '', arch = ''] = flag.value.toLowerCase().split('/');
      const name = (stage.name ?? '').toLowerCase();
      // BuildKit accepts a constant when the stage name carries the OS or the architecture
      if (name && ((os && name.includes(os)) || (arch && name.includes(arch)))) continue;
      ctx.report({
        span: stage.from.span,
        message: `FROM --platform uses the constant "${flag.value}": use $BUILDPLATFORM or $TARGETPLATFORM, or name the stage after its platform.`,
      });
    }
  },
};
