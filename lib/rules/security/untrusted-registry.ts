import type { Rule } from '../types';
import type { Span } from '../../model/types';
import { parseImageRef } from '../../model/image-ref';
import { mountsOf } from '../correctness/_run-commands';
import { copyFrom, isEarlierAlias } from '../correctness/_stages';

/** `*` allows all, `*.corp.com` a suffix, `registry.*` a prefix, anything else one exact host. */
function matches(pattern: string, registry: string): boolean {
  const p = pattern.toLowerCase();
  const r = registry.toLowerCase();
  if (p === '*') return true;
  if (p.startsWith('*')) return r.endsWith(p.slice(1));
  if (p.endsWith('*')) return r.startsWith(p.slice(0, -1));
  return p === r;
}

function allowed(image: string, trusted: string[]): boolean {
  const ref = parseImageRef(image, image, false);
  if (ref.registry) return trusted.some((t) => matches(t, ref.registry!));
  // Docker Hub images carry no registry host
  return image.toLowerCase() === 'scratch' || trusted.some((t) => matches(t, 'docker.io') || matches(t, 'hub.docker.com'));
}

export const rule: Rule = {
  id: 'untrusted-registry',
  title: 'Image pulled from a registry that is not trusted',
  category: 'security',
  severity: 'error',
  aliases: ['DL3026'],
  lesson: 'security',
  explanation:
    'Your configuration lists the registries images may come from (trustedRegistries). An image from anywhere else, in FROM, COPY --from or a RUN --mount from=, bypasses the vetting and mirroring those registries provide, and is a common way for unreviewed code to enter a build.',
  examples: {
    bad: 'FROM random.example.com/debian:12\nRUN echo hello',
    good: 'FROM registry.corp.example/debian:12\nRUN echo hello',
  },
  exampleConfig: { trustedRegistries: ['registry.corp.example'] },
  check(ctx) {
    const { model, config } = ctx;
    const trusted = config.trustedRegistries;
    if (!trusted.length) return;
    const report = (span: Span, image: string) =>
      ctx.report({ span, message: `${image} comes from a registry outside the trusted list (${trusted.join(', ')}): use an image from a trusted registry.` });
    const checkRef = (ref: string, stageIndex: number, span: Span) => {
      if (!ref || ref.includes('$') || /^\d+$/.test(ref) || isEarlierAlias(model, ref, stageIndex, false)) return;
      if (!allowed(ref, trusted)) report(span, ref);
    };
    for (const stage of model.stages) {
      if (stage.baseStage !== null || stage.image.raw.startsWith('$')) continue;
      checkRef(stage.image.resolved || stage.image.raw, stage.index, stage.from.span);
    }
    for (const ins of model.instructions) {
      if (ins.keyword === 'COPY') {
        const ref = copyFrom(ins);
        // an alias of any stage defined so far (the current one included) is not a registry image
        if (ref) checkRef(ref, ins.stageIndex + 1, ins.span);
      } else if (ins.keyword === 'RUN') {
        for (const m of mountsOf(ins)) if (m.from && (m.type === 'bind' || m.type === 'cache')) checkRef(m.from, ins.stageIndex + 1, ins.span);
      }
    }
  },
};
