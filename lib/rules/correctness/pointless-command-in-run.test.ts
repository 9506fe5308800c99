import { describe, it, expect } from 'vitest';
import { rule } from './pointless-command-in-run';
import { linesOf } from '../testing';

describe('pointless-command-in-run (DL3001)', () => {
  it('flags the bad example and not the good one', () => {
    expect(linesOf(rule, rule.examples.bad)).toEqual([2]);
    expect(linesOf(rule, rule.examples.good)).toEqual([]);
  });
  it('flags interactive and service commands, also in ONBUILD', () => {
    for (const run of ['RUN top', 'RUN ssh host ls', 'RUN ps aux | grep x', 'RUN sudo service x start']) {
      expect(linesOf(rule, `FROM debian\n${run}`), run).toEqual([2]);
      expect(linesOf(rule, `FROM debian\nONBUILD ${run}`), run).toEqual([2]);
    }
  });
  it('does not flag installing those tools or RUN --mount', () => {
    for (const run of ['RUN apt-get install ssh', 'RUN --mount=type=cache,target=/root/.cache pip install -r r.txt', 'RUN echo top']) {
      expect(linesOf(rule, `FROM debian\n${run}`), run).toEqual([]);
      expect(linesOf(rule, `FROM debian\nONBUILD ${run}`), run).toEqual([]);
    }
  });
});
