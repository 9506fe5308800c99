import type { Rule } from '../types';
import { unquote } from '../correctness/_run-commands';

export const rule: Rule = {
  id: 'from-platform-flag',
  title: 'FROM with a fixed --platform',
  category: 'style',
  severity: 'warning',
  aliases: ['DL3029'],
  lesson: 'layers',
  explanation:
    'A hard-coded FROM --platform forces one architecture whatever the build is asked for, so a multi-platform build or an ARM machine gets an image for the wrong CPU (slow emulation or exec format errors). Leave it out, or use $BUILDPLATFORM / $TARGETPLATFORM, which follow the build request.',
  examples: {
    bad: 'FROM --platform=linux/amd64 debian:12\nRUN echo hello',
    good: 'FROM --platform=$BUILDPLATFORM debian:12\nRUN echo hello',
  },
  check(ctx) {
    for (const stage of ctx.model.stages) {
      const flag = stage.from.flags.find((f) => f.name === 'platform');
      const value = flag?.value ? unquote(flag.value).trim() : '';
      if (!flag || !value || /^\$\{?(BUILDPLATFORM|TARGETPLATFORM)\b/.test(value)) continue;
      ctx.report({ span: stage.from.span, message: `--platform=${value} pins this stage to one platform whatever the build targets: remove it or use $BUILDPLATFORM/$TARGETPLATFORM.` });
    }
  },
};
