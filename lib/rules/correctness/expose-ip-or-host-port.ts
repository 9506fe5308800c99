import type { Rule } from '../types';

export const rule: Rule = {
  id: 'expose-ip-or-host-port',
  title: 'EXPOSE names an IP address or a host port',
  category: 'correctness',
  severity: 'warning',
  aliases: ['ExposeInvalidFormat'],
  lesson: 'layers',
  explanation:
    'EXPOSE only documents which container port the application listens on. An address (`127.0.0.1:80`) or a host mapping (`8080:80`) belongs to `docker run -p` or a compose file; in a Dockerfile it is ignored today and will become an error in a future Docker release.',
  examples: {
    bad: 'FROM nginx:1.27\nEXPOSE 8080:80',
    good: 'FROM nginx:1.27\nEXPOSE 80',
  },
  check(ctx) {
    for (const ins of ctx.model.instructions) {
      if (ins.keyword !== 'EXPOSE') continue;
      for (const w of ins.words) {
        if (!w.value.includes(':')) continue;
        const container = w.value.slice(w.value.lastIndexOf(':') + 1);
        ctx.report({
          span: ins.span,
          message: `EXPOSE should name only the container port, found '${w.value}': write 'EXPOSE ${container}' and map ports with docker run -p.`,
        });
      }
    }
  },
};
