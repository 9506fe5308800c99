import type { Rule } from '../types';

const GLOB = /[*?[]/;

export const rule: Rule = {
  id: 'copy-dockerignored-file',
  title: 'COPY or ADD names a file that .dockerignore excludes',
  category: 'correctness',
  severity: 'warning',
  aliases: ['CopyIgnoredFile'],
  lesson: 'layers',
  explanation:
    '.dockerignore removes files from the build context before any instruction runs, so a COPY or ADD of an excluded file fails with "not found" (or, for a directory, silently copies less). Either stop ignoring the file or stop copying it. Docker keeps this check experimental: it runs when `# check=experimental=CopyIgnoredFile` is set or the rule is switched on.',
  examples: {
    bad: '# check=experimental=CopyIgnoredFile\nFROM alpine:3.20\nCOPY .env /app/.env',
    good: 'FROM alpine:3.20\nCOPY config.example /app/config',
  },
  exampleDockerignore: '.env\n',
  experimental: true,
  check(ctx) {
    const ignore = ctx.dockerignore;
    if (!ignore) return;
    for (const ins of ctx.model.instructions) {
      if (ins.keyword !== 'COPY' && ins.keyword !== 'ADD') continue;
      // files copied from a stage or an image are not read from the context
      if (ins.flags.some((f) => f.name.toLowerCase() === 'from')) continue;
      const sources = ins.json ? ins.json.slice(0, -1) : ins.words.slice(0, -1).map((w) => w.value);
      for (const src of sources) {
        if (src.startsWith('<<') || src.includes('$') || GLOB.test(src) || /^[a-z][a-z0-9+.-]*:\/\//i.test(src) || src.startsWith('git@')) continue;
        if (!ignore.ignores(src)) continue;
        const verb = ins.keyword === 'COPY' ? 'Copy' : 'Add';
        ctx.report({
          span: ins.span,
          message: `Attempting to ${verb} file "${src}" that is excluded by .dockerignore: the build will not find it.`,
        });
      }
    }
  },
};
