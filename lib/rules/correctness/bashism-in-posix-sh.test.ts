import { describe, it, expect } from 'vitest';
import { rule } from './bashism-in-posix-sh';
import { lint, linesOf } from '../testing';

const codes = (text: string) => lint(rule, text).map((d) => /\((SC\d+)\)/.exec(d.message)?.[1]);

describe('bashism-in-posix-sh (SC3xxx)', () => {
  it('flags the bad example and not the good one', () => {
    expect(codes(rule.examples.bad)).toEqual(['SC3010', 'SC3046']);
    expect(linesOf(rule, rule.examples.good)).toEqual([]);
  });
  it('names each construct by its ShellCheck code', () => {
    const cases: [string, string][] = [
      ['RUN if [ "$a" == b ]; then echo; fi', 'SC3014'],
      ['RUN a=(1 2)', 'SC3030'],
      ['RUN echo ${a[0]}', 'SC3054'],
      ['RUN mkdir -p /x/{a,b}', 'SC3009'],
      ['RUN set -o pipefail && curl x | sh', 'SC3040'],
      ['RUN echo -e "a\\nb"', 'SC3037'],
      ['RUN echo $RANDOM', 'SC3028'],
      ['RUN cat <<< "$x"', 'SC3011'],
      ['RUN make &> /dev/null', 'SC3020'],
      ['RUN diff <(ls a) <(ls b)', 'SC3001'],
      ["RUN echo $'a\\tb'", 'SC3003'],
      ['RUN (( i = 1 ))', 'SC3006'],
      ['RUN function f { echo; }', 'SC2113'],
      ['RUN echo "${v:0:3}"', 'SC3057'],
      ['RUN echo "${v/a/b}"', 'SC3060'],
      ['RUN declare -x A=1', 'SC3044'],
      ['ONBUILD RUN source /env', 'SC3046'],
    ];
    for (const [line, code] of cases) expect(codes(`FROM ubuntu:24.04\n${line}`), line).toContain(code);
  });
  it('is silent under SHELL bash, a bash pragma, on Alpine/BusyBox, and for POSIX syntax', () => {
    expect(linesOf(rule, 'FROM debian\nSHELL ["/bin/bash", "-c"]\nRUN [[ -f x ]]')).toEqual([]);
    expect(linesOf(rule, '# hadolint shell=bash\nFROM debian\nRUN [[ -f x ]]')).toEqual([]);
    expect(linesOf(rule, 'FROM alpine:3.20\nRUN [[ -f x ]] && source /x')).toEqual([]);
    expect(linesOf(rule, 'FROM python:3.12-alpine AS a\nFROM a\nRUN [[ -f x ]]')).toEqual([]);
    expect(linesOf(rule, 'FROM debian\nRUN if [ "$a" = b ]; then . /env; fi; f() { echo "${v%.*}" "${v:-x}"; }; echo $((1+2))')).toEqual([]);
    // SHELL applies per stage
    expect(linesOf(rule, 'FROM debian\nSHELL ["/bin/bash", "-c"]\nFROM debian\nRUN [[ -f x ]]')).toEqual([4]);
  });
});
