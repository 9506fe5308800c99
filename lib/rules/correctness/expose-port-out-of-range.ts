import type { Rule } from '../types';
import { instructionsOf } from '../helpers';

/** Port numbers of one EXPOSE word (`80`, `80/tcp`, `8000-8010/udp`); empty when it holds a variable or is not numeric. */
function portsOf(word: string): number[] {
  if (word.includes('$')) return [];
  const ports = word.split('/')[0].split('-');
  if (ports.length > 2 || ports.some((p) => !/^\d+$/.test(p))) return [];
  return ports.map(Number);
}

export const rule: Rule = {
  id: 'expose-port-out-of-range',
  title: 'EXPOSE port above 65535',
  category: 'correctness',
  severity: 'error',
  aliases: ['DL3011'],
  lesson: 'layers',
  explanation:
    'TCP and UDP ports are 16-bit numbers, from 0 to 65535. A larger number in EXPOSE is a typo: Docker rejects it when the container is published, and the port you meant is not documented.',
  examples: {
    bad: 'FROM nginx:1.27\nEXPOSE 80800',
    good: 'FROM nginx:1.27\nEXPOSE 8080',
  },
  check(ctx) {
    for (const ins of instructionsOf(ctx.model, 'EXPOSE')) {
      const bad = ins.words.filter((w) => portsOf(w.value).some((p) => p > 65535));
      if (!bad.length) continue;
      ctx.report({ span: ins.span, message: `${bad.map((w) => w.value).join(', ')}: ports go from 0 to 65535; fix the number.` });
    }
  },
};
