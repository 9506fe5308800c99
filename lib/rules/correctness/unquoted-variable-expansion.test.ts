import { describe, it, expect } from 'vitest';
import { rule } from './unquoted-variable-expansion';
import { fixOnce, lint, linesOf } from '../testing';
import { parseDockerfile } from '../../model/parse';

describe('unquoted-variable-expansion (SC2086)', () => {
  it('flags the bad example and not the good one', () => {
    expect(linesOf(rule, rule.examples.bad)).toEqual([2]);
    expect(linesOf(rule, rule.examples.good)).toEqual([]);
  });
  it('flags a variable nobody declared (hadolint: RUN echo $MISSING_QUOTES), also in ONBUILD', () => {
    expect(linesOf(rule, 'FROM alpine\nRUN echo $MISSING_QUOTES')).toEqual([2]);
    expect(linesOf(rule, 'FROM alpine\nONBUILD RUN echo $MISSING_QUOTES')).toEqual([2]);
    expect(linesOf(rule, 'FROM alpine\nRUN echo ${MISSING}/bin')).toEqual([2]);
  });
  it('treats ARG and ENV names of the stage as space-free, like hadolint', () => {
    expect(linesOf(rule, 'FROM alpine\nARG VERSION=1\nENV A=1 B=2\nRUN echo $VERSION $A ${B}')).toEqual([]);
    // the state resets at FROM
    expect(linesOf(rule, 'ARG VERSION=1\nFROM alpine\nRUN echo $VERSION')).toEqual([3]);
    // reassigned from a command substitution: may hold spaces again
    expect(linesOf(rule, 'FROM alpine\nARG V\nRUN V=$(cat /v) && echo $V')).toEqual([3]);
    // the proxy variables are always known
    expect(linesOf(rule, 'FROM alpine\nRUN curl -x $http_proxy example.com')).toEqual([]);
  });
  it('does not flag space-free assignments, numbers, quotes, [[ ]], arithmetic and for words', () => {
    const ok = [
      'RUN x=abc && echo $x',
      'RUN echo $? $# $$ $! ${#PATH} $RANDOM',
      'RUN echo "$HOME" "${PATH}:/x"',
      'RUN y=$HOME',
      'RUN export PATH=$PATH:/opt/bin',
      'RUN [[ -n $FOO ]] && echo ok',
      'RUN echo $((X + 1))',
      'RUN for f in $LIST; do echo "$f"; done',
      'RUN case $X in a) echo a;; esac',
      'RUN echo \'$HOME\'',
      'RUN echo "$@" $@ $*',
      'RUN n=$((1+2)) && echo $n',
    ];
    for (const line of ok) expect(linesOf(rule, `FROM alpine\n${line}`), line).toEqual([]);
  });
  it('flags positional parameters, read results and loop variables over words with expansions', () => {
    expect(linesOf(rule, 'FROM alpine\nRUN read name && echo $name')).toEqual([2]);
    expect(linesOf(rule, 'FROM alpine\nRUN for f in $(ls); do rm $f; done')).toEqual([2]);
    expect(linesOf(rule, 'FROM alpine\nRUN for f in a b; do rm $f; done')).toEqual([]);
    expect(linesOf(rule, 'FROM alpine\nRUN [ -n $FOO ] && echo ok')).toEqual([2]);
  });
  it('reports inside heredocs and skips non-POSIX shells', () => {
    expect(linesOf(rule, 'FROM alpine\nRUN <<EOF\necho $X\nEOF')).toEqual([3]);
    expect(linesOf(rule, 'FROM mcr.microsoft.com/windows\nSHELL ["pwsh", "-c"]\nRUN echo $X')).toEqual([]);
  });
  it('the fix quotes the expansion and removes the finding', () => {
    const fixed = fixOnce(rule, rule.examples.bad);
    expect(fixed).toContain('cp -r /etc/skel "$dir"');
    expect(lint(rule, fixed)).toEqual([]);
    expect(parseDockerfile(fixed).parseDiagnostics).toEqual([]);
  });
});
