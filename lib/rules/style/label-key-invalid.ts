import type { Rule } from '../types';

const RESERVED = ['com.docker.', 'io.docker.', 'org.dockerproject.'];

/** Docker's label-key convention: lower-case letters, digits, dots and dashes, starting with a letter, ending alphanumeric, no doubled separators, no Docker-reserved namespace. */
export function labelKeyProblem(key: string): string | null {
  if (RESERVED.some((ns) => key.startsWith(ns))) return 'uses a namespace reserved for Docker';
  if (!/^[a-z]/.test(key)) return 'must start with a lower-case letter';
  if (!/[a-z0-9]$/.test(key)) return 'must end with a lower-case letter or a digit';
  if (!/^[a-z0-9.-]+$/.test(key)) return 'may only hold lower-case letters, digits, dots and dashes';
  if (key.includes('..') || key.includes('--')) return 'has two separators in a row';
  return null;
}

export const rule: Rule = {
  id: 'label-key-invalid',
  title: 'Label key breaks the naming convention',
  category: 'style',
  severity: 'style',
  aliases: ['DL3048'],
  lesson: 'layers',
  explanation:
    'Docker recommends label keys in reverse-DNS style made of lower-case letters, digits, dots and dashes, and reserves the com.docker., io.docker. and org.dockerproject. namespaces for itself. Keys outside that convention are easy to mistype and may clash with labels Docker sets.',
  examples: {
    bad: 'FROM alpine:3.20\nLABEL Version="1.0"',
    good: 'FROM alpine:3.20\nLABEL org.opencontainers.image.version="1.0"',
  },
  check(ctx) {
    for (const ins of ctx.model.instructions) {
      if (ins.keyword !== 'LABEL') continue;
      for (const p of ins.pairs) {
        const problem = labelKeyProblem(p.key);
        if (problem) {
          ctx.report({ span: ins.span, message: `Label key "${p.key}" ${problem}: use lower-case reverse-DNS keys such as org.example.version.` });
          break;
        }
      }
    }
  },
};
