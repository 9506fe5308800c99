import type { Rule } from '../types';

export const rule: Rule = {
  id: 'definition-description-format',
  title: 'Comment above ARG or FROM does not start with its name',
  category: 'style',
  severity: 'warning',
  aliases: ['InvalidDefinitionDescription'],
  lesson: 'layers',
  explanation:
    'Docker reads a comment directly above a build argument or a named stage as its description, shown by `docker buildx build --call=outline`, when the comment starts with that name: `# version the release to build`. A comment there that does not start with the name is not picked up. Start it with the name, or put a blank line between comment and instruction. Docker keeps this check experimental, so it runs only with `# check=experimental=InvalidDefinitionDescription` or when switched on.',
  examples: {
    bad: '# the version to build\nARG VERSION=1.0\nFROM alpine:3.20',
    good: '# VERSION the version to build\nARG VERSION=1.0\nFROM alpine:3.20',
  },
  // Docker keeps the check experimental: the engine runs it only when `# check=experimental=` names it
  // or the config switches it on.
  experimental: true,
  check(ctx) {
    for (const ins of ctx.model.instructions) {
      let names: string[];
      let expected: string;
      if (ins.keyword === 'ARG') {
        names = ins.pairs.map((p) => p.key);
        expected = names.length === 1 ? names[0] : '<arg_key>';
      } else if (ins.keyword === 'FROM') {
        const stage = ctx.model.stages.find((s) => s.from === ins);
        if (!stage?.name) continue;
        names = [stage.name];
        expected = stage.name;
      } else continue;
      const directiveLines = new Set(ctx.model.directives.map((d) => d.span.start.line));
      const first = ins.leadingComments.find((c) => !directiveLines.has(c.span.start.line))?.text.trim();
      if (!first) continue;
      const word = first.split(/\s+/)[0];
      if (names.includes(word)) continue;
      ctx.report({
        span: ins.span,
        message: `Comment for ${ins.keyword} should follow the format: \`# ${expected} <description>\`; or add a blank line if it is not a description.`,
      });
    }
  },
};
