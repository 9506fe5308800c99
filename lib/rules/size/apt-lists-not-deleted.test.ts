import { describe, it, expect } from 'vitest';
import { rule } from './apt-lists-not-deleted';
import { fixOnce, lint, linesOf } from '../testing';
import { parseDockerfile } from '../../model/parse';

const ONBUILD = (text: string) => text.replace(/^RUN /gm, 'ONBUILD RUN ');

describe('apt-lists-not-deleted (DL3009)', () => {
  it('flags the bad example and not the good one', () => {
    expect(linesOf(rule, rule.examples.bad)).toEqual([2]);
    expect(linesOf(rule, rule.examples.good)).toEqual([]);
  });
  it('flags an update without cleanup in the final stage, also in ONBUILD', () => {
    const f = 'FROM scratch\nRUN apt-get update && apt-get install python';
    expect(linesOf(rule, f)).toEqual([2]);
    expect(linesOf(rule, ONBUILD(f))).toEqual([2]);
    const last = 'FROM ubuntu as foo\nRUN hey!\nFROM scratch\nRUN apt-get update && apt-get install python';
    expect(linesOf(rule, last)).toEqual([4]);
    expect(linesOf(rule, ONBUILD(last))).toEqual([4]);
    expect(linesOf(rule, 'FROM scratch\nRUN apt update && apt install python')).toEqual([2]);
    expect(linesOf(rule, 'FROM scratch\nRUN aptitude update && aptitude install python')).toEqual([2]);
  });
  it('intermediate stages count only when a later FROM builds on them (ONBUILD always counts)', () => {
    const unused = 'FROM ubuntu as foo\nRUN apt-get update && apt-get install python\nFROM scratch\nRUN echo hey!';
    expect(linesOf(rule, unused)).toEqual([]);
    expect(linesOf(rule, ONBUILD(unused))).toEqual([2]);
    const used = 'FROM ubuntu as foo\nRUN apt-get update && apt-get install python\nFROM foo\nRUN hey!';
    expect(linesOf(rule, used)).toEqual([2]);
    expect(linesOf(rule, ONBUILD(used))).toEqual([2]);
  });
  it('accepts cleanup in the same RUN', () => {
    const ok = [
      'FROM scratch\nRUN apt-get update && apt-get install python && rm -rf /var/lib/apt/lists/*',
      'FROM ubuntu as foo\nRUN apt-get update && apt-get install python && rm -rf /var/lib/apt/lists/*\nFROM foo\nRUN hey!',
      'FROM scratch\nRUN apt-get update && apt-get install -y x && apt-get clean && rm -r /var/lib/apt/lists',
      'FROM scratch\nRUN <<EOF\napt-get update\napt-get install -y x\nrm -rf /var/lib/apt/lists/*\nEOF',
    ];
    for (const f of ok) {
      expect(linesOf(rule, f), f).toEqual([]);
      expect(linesOf(rule, ONBUILD(f)), f).toEqual([]);
    }
  });
  it('accepts BuildKit cache or tmpfs mounts over the lists', () => {
    const ok = [
      'RUN --mount=type=cache,target=/var/lib/apt/lists \\\n    apt-get update && apt-get install python',
      'RUN --mount=type=cache,target=/var/lib/apt \\\n    --mount=type=cache,target=/var/cache/apt \\\n    rm -f /etc/apt/apt.conf.d/docker-clean && \\\n    apt-get update && apt-get install python',
      'RUN rm -f /etc/apt/apt.conf.d/docker-clean\nRUN --mount=type=cache,target=/var/cache/apt \\\n    --mount=type=cache,target=/var/lib/apt \\\n    apt-get update && apt-get install foo',
      'RUN \\\n  --mount=type=tmpfs,target=/var/cache/apt \\\n  --mount=type=tmpfs,target=/var/lib/apt \\\n  apt-get update',
      'RUN \\\n  --mount=type=cache,target=/var/cache/apt \\\n  --mount=type=tmpfs,target=/var/lib/apt \\\n  apt-get update',
    ];
    for (const f of ok) {
      expect(linesOf(rule, f), f).toEqual([]);
      expect(linesOf(rule, ONBUILD(f)), f).toEqual([]);
    }
    const half = [
      ['RUN --mount=type=cache,target=/var/cache/apt \\\n    rm -f /etc/apt/apt.conf.d/docker-clean && \\\n    apt-get update && apt-get install python', 1],
      ['RUN rm -f /etc/apt/apt.conf.d/docker-clean\nRUN --mount=type=cache,target=/var/lib/apt \\\n    apt-get update && apt-get install python', 2],
    ] as const;
    for (const [f, line] of half) {
      expect(linesOf(rule, f), f).toEqual([line]);
      expect(linesOf(rule, ONBUILD(f)), f).toEqual([line]);
    }
  });
  it('the fix appends the cleanup to the same RUN (shell form, after ;, heredoc, ONBUILD)', () => {
    const check = (text: string, expected: string) => {
      const fixed = fixOnce(rule, text);
      expect(fixed).toBe(expected);
      expect(lint(rule, fixed)).toEqual([]);
      expect(parseDockerfile(fixed).parseDiagnostics).toEqual([]);
    };
    check(rule.examples.bad, rule.examples.good);
    check('FROM debian:12\nRUN apt-get update \\\n && apt-get install -y x # trailing comment\n', 'FROM debian:12\nRUN apt-get update \\\n && apt-get install -y x && rm -rf /var/lib/apt/lists/* # trailing comment\n');
    check('FROM debian:12\nRUN apt-get update; apt-get install -y x;', 'FROM debian:12\nRUN apt-get update; apt-get install -y x && rm -rf /var/lib/apt/lists/*;');
    check('FROM debian:12\nRUN <<EOF\napt-get update\napt-get install -y x\nEOF\n', 'FROM debian:12\nRUN <<EOF\napt-get update\napt-get install -y x\nrm -rf /var/lib/apt/lists/*\nEOF\n');
    check('FROM debian:12\nONBUILD RUN apt-get update', 'FROM debian:12\nONBUILD RUN apt-get update && rm -rf /var/lib/apt/lists/*');
  });
});
