import type { Rule } from '../types';

const VAR_CHAR = /[A-Za-z0-9_]/;

/** `${name}` or `$name` not followed by another name character. */
function references(value: string, name: string): boolean {
  if (value.includes('${' + name + '}') || value.includes('${' + name + ':')) return true;
  const bare = '$' + name;
  let from = 0;
  for (;;) {
    const at = value.indexOf(bare, from);
    if (at < 0) return false;
    const next = value[at + bare.length];
    if (next === undefined || !VAR_CHAR.test(next)) return true;
    from = at + 1;
  }
}

export const rule: Rule = {
  id: 'env-self-reference',
  title: 'ENV uses a variable it defines itself',
  category: 'correctness',
  severity: 'error',
  aliases: ['DL3044'],
  lesson: 'layers',
  explanation:
    'All the pairs of one ENV instruction are expanded with the values from before the instruction. A pair that refers to a variable defined earlier in the same ENV gets the old value (often empty), not the one just set. Split it into two ENV instructions.',
  examples: {
    bad: 'FROM alpine:3.20\nENV APP_HOME=/app APP_BIN=$APP_HOME/bin',
    good: 'FROM alpine:3.20\nENV APP_HOME=/app\nENV APP_BIN=$APP_HOME/bin',
  },
  check(ctx) {
    const defined = new Set<string>();
    for (const ins of ctx.model.instructions) {
      if (ins.keyword === 'ARG') for (const p of ins.pairs) defined.add(p.key);
      if (ins.keyword !== 'ENV') continue;
      const pairs = ins.pairs;
      const bad = pairs.filter((p, i) => !defined.has(p.key) && pairs.some((q, j) => j !== i && references(q.value, p.key)));
      for (const p of pairs) defined.add(p.key);
      if (bad.length) {
        const names = [...new Set(bad.map((p) => p.key))].join(', ');
        ctx.report({ span: ins.span, message: `This ENV refers to ${names}, which it defines itself: the reference still sees the old value. Split it into two ENV instructions.` });
      }
    }
  },
};
