import { describe, it, expect } from 'vitest';
import { rule } from './apt-missing-no-install-recommends';
import { fixOnce, lint, linesOf } from '../testing';
import { parseDockerfile } from '../../model/parse';

const flagged = (run: string) => linesOf(rule, `FROM debian:12\n${run}`).length > 0;
const flaggedOnBuild = (run: string) => linesOf(rule, `FROM debian:12\nONBUILD ${run}`).length === 1;

describe('apt-missing-no-install-recommends (DL3015)', () => {
  it('flags the bad example and not the good one', () => {
    expect(linesOf(rule, rule.examples.bad)).toEqual([2]);
    expect(linesOf(rule, rule.examples.good)).toEqual([]);
  });
  it('flags apt-get install without the switch, also in ONBUILD', () => {
    for (const run of ['RUN apt-get install python', 'RUN apt-get -y install python']) {
      expect(flagged(run), run).toBe(true);
      expect(flaggedOnBuild(run), run).toBe(true);
    }
  });
  it('accepts the flag and the apt option form', () => {
    for (const run of [
      'RUN apt-get install --no-install-recommends python',
      'RUN apt-get -o APT::Install-Recommends=false install python',
      'RUN apt-get -oAPT::Install-Recommends=0 install -y python',
      'RUN apt-get update',
      'RUN apt-get install $APT_OPTS python',
    ]) {
      expect(flagged(run), run).toBe(false);
      expect(flaggedOnBuild(run), run).toBe(false);
    }
  });
  it('reports the first line of a heredoc RUN', () => {
    expect(linesOf(rule, 'FROM debian:12\nRUN <<EOF\nset -e\napt-get install -y curl\nEOF')).toEqual([2]);
  });
  it('the fix inserts --no-install-recommends after install', () => {
    const fixed = fixOnce(rule, rule.examples.bad);
    expect(fixed).toBe(rule.examples.good.replace('-y --no-install-recommends', '--no-install-recommends -y'));
    expect(lint(rule, fixed)).toEqual([]);
    expect(parseDockerfile(fixed).parseDiagnostics).toEqual([]);
  });
});
