import { describe, it, expect } from 'vitest';
import { rule } from './use-apt-get-not-apt';
import { fixOnce, lint, linesOf } from '../testing';
import { parseDockerfile } from '../../model/parse';

describe('use-apt-get-not-apt (DL3027)', () => {
  it('flags the bad example and not the good one', () => {
    expect(linesOf(rule, rule.examples.bad)).toEqual([2]);
    expect(linesOf(rule, rule.examples.good)).toEqual([]);
  });
  it('flags apt in RUN and ONBUILD RUN, once per instruction', () => {
    expect(linesOf(rule, 'FROM ubuntu\nRUN apt install python')).toEqual([2]);
    expect(linesOf(rule, 'FROM ubuntu\nONBUILD RUN apt install python')).toEqual([2]);
    expect(linesOf(rule, 'FROM ubuntu\nRUN <<EOF\napt update\napt list --installed\nEOF')).toEqual([2]);
  });
  it('does not flag apt-get, apt-cache or apt as an argument', () => {
    for (const run of ['RUN apt-get install -y python', 'RUN apt-cache policy curl', 'RUN echo apt', 'RUN ls /etc/apt']) {
      expect(linesOf(rule, `FROM ubuntu\n${run}`), run).toEqual([]);
    }
  });
  it('the fix renames apt to apt-get when every apt subcommand exists in apt-get', () => {
    const fixed = fixOnce(rule, rule.examples.bad);
    expect(fixed).toBe(rule.examples.good);
    expect(lint(rule, fixed)).toEqual([]);
    expect(parseDockerfile(fixed).parseDiagnostics).toEqual([]);
    expect(lint(rule, 'FROM ubuntu\nRUN apt list --installed')[0].fix).toBeNull();
  });
});
