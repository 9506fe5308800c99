import { describe, it, expect } from 'vitest';
import { parseDockerfile } from '../model/parse';
import { runRules } from './engine';
import { ALL_RULES } from './registry';

/**
 * Long runs of the characters that regular expressions in rules look at. A pattern that can
 * backtrack catastrophically takes seconds or hangs on one of these; linear code takes milliseconds.
 */
const PIECES = ['a', ' ', '-', '--', '=', '"', "'", '\\', '$', '${', '/', '.', ':', '@', 'a=', '-a ', 'x y', '# ', '\t', '0', 'ab', '*', '|', '&&', 'http://', '\u200f', '\u0000'];
const INSTRUCTIONS = ['RUN', 'ENV', 'ARG', 'LABEL', 'COPY', 'FROM', 'EXPOSE', 'USER', 'WORKDIR', 'CMD'];

describe('rules on adversarial long lines', () => {
  for (const keyword of INSTRUCTIONS) {
    it(`stay linear on long ${keyword} lines`, () => {
      let worst = 0;
      let worstCase = '';
      for (const piece of PIECES) {
        const body = piece.repeat(Math.ceil(20_000 / piece.length));
        const text = keyword === 'FROM' ? `FROM ${body}\n` : `FROM debian:bookworm\n${keyword} ${body}\n${keyword} x${body}=1\n`;
        const model = parseDockerfile(text);
        const t = performance.now();
        const { failures } = runRules(model, ALL_RULES, { config: { enabled: ALL_RULES.map((r) => r.id) } });
        const ms = performance.now() - t;
        expect(failures).toEqual([]);
        if (ms > worst) {
          worst = ms;
          worstCase = JSON.stringify(piece);
        }
      }
      // generous for a loaded CI machine; catastrophic backtracking on 20,000 characters takes far longer
      expect(worst, `slowest piece ${worstCase}`).toBeLessThan(3000);
    });
  }
});
