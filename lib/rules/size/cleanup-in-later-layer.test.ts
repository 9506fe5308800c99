import { describe, it, expect } from 'vitest';
import { rule } from './cleanup-in-later-layer';
import { lint, linesOf } from '../testing';

describe('cleanup-in-later-layer', () => {
  it('flags the bad example and not the good one', () => {
    expect(linesOf(rule, rule.examples.bad)).toEqual([3]);
    expect(lint(rule, rule.examples.bad)[0].message).toContain('line 2');
    expect(linesOf(rule, rule.examples.good)).toEqual([]);
  });
  it('covers apt-get clean, yum clean, apk cache, npm cache, pip cache, go clean and ~/.m2', () => {
    const cases: [string, string][] = [
      ['RUN apt-get update && apt-get install -y curl', 'RUN apt-get clean'],
      ['RUN yum install -y httpd', 'RUN yum clean all'],
      ['RUN apk add curl', 'RUN rm -rf /var/cache/apk/*'],
      ['RUN npm ci', 'RUN npm cache clean --force'],
      ['RUN pip install -r r.txt', 'RUN rm -rf /root/.cache/pip'],
      ['RUN go build -o /app', 'RUN go clean -modcache'],
      ['RUN mvn package', 'RUN rm -rf ~/.m2/repository'],
    ];
    for (const [a, b] of cases) expect(linesOf(rule, `FROM x\n${a}\n${b}`), b).toEqual([3]);
  });
  it('accepts clean-up in the same RUN, clean-ups without an earlier install, and builder stages', () => {
    expect(linesOf(rule, 'FROM x\nRUN apt-get update && apt-get install -y a && rm -rf /var/lib/apt/lists/*\nRUN rm -rf /var/lib/apt/lists/*')).toEqual([]);
    expect(linesOf(rule, 'FROM x\nRUN rm -rf /var/lib/apt/lists/*')).toEqual([]);
    expect(linesOf(rule, 'FROM x AS b\nRUN apt-get update\nRUN rm -rf /var/lib/apt/lists/*\nFROM y\nCOPY --from=b /a /a')).toEqual([]);
    expect(linesOf(rule, 'FROM x\nRUN apk add --no-cache curl\nRUN rm -rf /var/cache/apk/*')).toEqual([]);
  });
  it('follows the FROM <stage> chain of the final stage', () => {
    expect(linesOf(rule, 'FROM debian AS base\nRUN apt-get update\nFROM base\nRUN rm -rf /var/lib/apt/lists/*')).toEqual([4]);
  });
});
