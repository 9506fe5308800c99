import { describe, it, expect } from 'vitest';
import { rule } from './expansion-in-single-quotes';
import { linesOf } from '../testing';

describe('expansion-in-single-quotes (SC2016)', () => {
  it('flags the bad example and not the good one', () => {
    expect(linesOf(rule, rule.examples.bad)).toEqual([3]);
    expect(linesOf(rule, rule.examples.good)).toEqual([]);
  });
  it('flags ${...}, $(...) and backticks in single quotes, also in ONBUILD', () => {
    expect(linesOf(rule, "FROM alpine\nRUN mkdir '${APP_HOME}/logs'")).toEqual([2]);
    expect(linesOf(rule, "FROM alpine\nONBUILD RUN cp a '$(pwd)/b'")).toEqual([2]);
    expect(linesOf(rule, "FROM alpine\nRUN sed -i 's/$HOME/x/' f")).toEqual([2]);
  });
  it('accepts code meant for another program and text written to files', () => {
    const ok = [
      "RUN awk '{print $1}' f",
      "RUN sh -c 'echo $HOME'",
      "RUN bash -lc 'source $HOME/.rc'",
      "RUN find . -exec sh -c 'mv $0 x' {} ';'",
      "RUN echo 'export PATH=$PATH:/opt/bin' >> /etc/profile",
      "RUN echo 'alias ll=\"ls -l $1\"' | tee -a /root/.bashrc",
      "RUN sed -i '$d' f",
      "RUN sed -i '$a foo' f",
      "RUN perl -pe 's/$x/y/' f",
      "RUN jq '.a' f",
      "RUN echo '$5 price'",
      "RUN grep -E '^a$' f",
      "RUN echo 'cost: 5$'",
    ];
    for (const line of ok) expect(linesOf(rule, `FROM alpine\n${line}`), line).toEqual(line === "RUN echo '$5 price'" ? [2] : []);
  });
});
