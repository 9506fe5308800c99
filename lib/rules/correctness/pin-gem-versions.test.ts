import { describe, it, expect } from 'vitest';
import { rule } from './pin-gem-versions';
import { linesOf } from '../testing';

const both = (run: string) => [linesOf(rule, `FROM ruby:3\n${run}`), linesOf(rule, `FROM ruby:3\nONBUILD ${run}`)];

describe('pin-gem-versions (DL3028)', () => {
  it('flags the bad example and not the good one', () => {
    expect(linesOf(rule, rule.examples.bad)).toEqual([2]);
    expect(linesOf(rule, rule.examples.good)).toEqual([]);
  });
  it('flags gems without versions for install and i, also in ONBUILD', () => {
    for (const run of ['RUN gem i bundler', 'RUN gem i bunlder:1 nokogiri', 'RUN gem install bundler', 'RUN gem install --no-document rails']) {
      expect(both(run), run).toEqual([[2], [2]]);
    }
  });
  it('accepts name:version, -v/--version and extra build flags', () => {
    for (const run of [
      'RUN gem i bundler:1',
      'RUN gem i bunlder:1 nokogiri:1',
      'RUN gem install bundler:1',
      "RUN gem install bundler -v '2.0.1'",
      "RUN gem install bundler --version '2.0.1'",
      "RUN gem install bundler --version='2.0.1'",
      'RUN gem install bundler:2.0.1 -- --use-system-libraries=true',
      'RUN gem install bundler:2.0.1 -- --use-system-libraries true',
      'RUN gem install bundler:2.0.1 --use-system-libraries true',
      'RUN gem install bundler:2.0.1 --use-system-libraries=true',
      'RUN gem update --system',
    ]) {
      expect(both(run), run).toEqual([[], []]);
    }
  });
});
