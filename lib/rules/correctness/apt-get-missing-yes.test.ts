import { describe, it, expect } from 'vitest';
import { rule } from './apt-get-missing-yes';
import { fixAll, fixOnce, lint, linesOf } from '../testing';
import { parseDockerfile } from '../../model/parse';

const flagged = (run: string) => linesOf(rule, `FROM debian:12\n${run}`).length > 0;
const flaggedOnBuild = (run: string) => linesOf(rule, `FROM debian:12\nONBUILD ${run}`).length === 1;

describe('apt-get-missing-yes (DL3014)', () => {
  it('flags the bad example and not the good one', () => {
    expect(linesOf(rule, rule.examples.bad)).toEqual([2]);
    expect(linesOf(rule, rule.examples.good)).toEqual([]);
  });
  it('flags apt-get install without an assume-yes flag, also in ONBUILD', () => {
    for (const run of ['RUN apt-get install python', 'RUN apt-get install -q python', 'RUN apt-get install --quiet python', 'RUN sudo apt-get install python']) {
      expect(flagged(run), run).toBe(true);
      expect(flaggedOnBuild(run), run).toBe(true);
    }
  });
  it('accepts every spelling of yes, and quiet level 2', () => {
    const ok = [
      'RUN apt-get install -yq python',
      'RUN apt-get install -y python',
      'RUN apt-get -y install python',
      'RUN apt-get --yes install python',
      'RUN apt-get --assume-yes install python',
      'RUN apt-get install -qq python',
      'RUN apt-get install -q -q python',
      'RUN apt-get install -q=2 python',
      'RUN apt-get install --quiet --quiet python',
      'RUN apt-get -o APT::Get::Assume-Yes=true install python',
      'RUN yes | apt-get install python',
      'RUN apt-get $APT_FLAGS install python',
      'RUN apt-get update',
      'RUN apt-cache show install',
    ];
    for (const run of ok) {
      expect(flagged(run), run).toBe(false);
      expect(flaggedOnBuild(run), run).toBe(false);
    }
  });
  it('reports the RUN line of multi-line and heredoc RUNs', () => {
    expect(linesOf(rule, 'FROM debian:12\nRUN apt-get update \\\n && apt-get install curl')).toEqual([2]);
    expect(linesOf(rule, 'FROM debian:12\nRUN <<EOF\napt-get update\napt-get install curl\nEOF')).toEqual([2]);
    expect(linesOf(rule, 'FROM debian:12\nRUN apt-get install a && apt-get install b')).toEqual([2]);
  });
  it('the fix adds -y after install, for every offending command in the RUN', () => {
    const fixed = fixOnce(rule, rule.examples.bad);
    expect(fixed).toContain('apt-get install -y --no-install-recommends');
    expect(lint(rule, fixed)).toEqual([]);
    expect(parseDockerfile(fixed).parseDiagnostics).toEqual([]);
    const two = fixOnce(rule, 'FROM debian:12\nRUN apt-get install a && apt-get install b');
    expect(two).toBe('FROM debian:12\nRUN apt-get install -y a && apt-get install -y b');
    expect(fixAll(rule, 'FROM debian:12\nRUN <<EOF\napt-get install curl\nEOF')).toBe('FROM debian:12\nRUN <<EOF\napt-get install -y curl\nEOF');
    expect(fixOnce(rule, 'FROM debian:12\nONBUILD RUN apt-get install curl')).toBe('FROM debian:12\nONBUILD RUN apt-get install -y curl');
  });
});
