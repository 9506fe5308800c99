import { describe, it, expect } from 'vitest';
import { rule } from './copy-dockerignored-file';
import { linesOf } from '../testing';
import { parseDockerfile } from '../../model/parse';
import { parseDockerIgnore } from '../../model/dockerignore';
import { runRules } from '../engine';

const ignore = '\nDockerfile\n';

/** Like BuildKit: the rule only runs when the directive asks for it (lint() switches it on for tests). */
function defaultRun(text: string, dockerignore: string): number[] {
  const { diagnostics } = runRules(parseDockerfile(text), [rule], { dockerignore: parseDockerIgnore(dockerignore) });
  return diagnostics.map((d) => d.line);
}

describe('copy-dockerignored-file', () => {
  it('stays silent unless the experimental check is asked for', () => {
    expect(defaultRun('\nFROM scratch\nCOPY Dockerfile .\nADD Dockerfile /windy\n', ignore)).toEqual([]);
  });
  it('flags COPY and ADD of an ignored file when enabled by the directive', () => {
    expect(defaultRun('# check=experimental=CopyIgnoredFile\nFROM scratch\nCOPY Dockerfile .\nADD Dockerfile /windy\n', ignore)).toEqual([3, 4]);
    expect(defaultRun('# check=experimental=all\nFROM scratch\nCOPY Dockerfile .\n', ignore)).toEqual([3]);
  });
  it('ignores --from copies and destinations', () => {
    const text = '\nFROM scratch AS base\nCOPY Dockerfile /foobar\nADD Dockerfile /windy\n\nFROM base\nCOPY --from=base /foobar /Dockerfile\n';
    expect(linesOf(rule, text, { dockerignore: '\nfoobar\n' })).toEqual([]);
  });
  it('follows directory patterns and re-includes', () => {
    expect(linesOf(rule, 'FROM scratch\nCOPY secrets/a.txt ./\nCOPY keep/x .\nCOPY ./node_modules/y /y\n', { dockerignore: 'secrets\nkeep\n!keep/x\nnode_modules\n' })).toEqual([2, 4]);
  });
  it('does nothing without a .dockerignore, and skips globs, URLs and variables', () => {
    expect(linesOf(rule, 'FROM scratch\nCOPY Dockerfile .\n')).toEqual([]);
    expect(linesOf(rule, 'FROM scratch\nCOPY *.md $X ./\nADD https://example.com/Dockerfile /\n', { dockerignore: '*.md\nDockerfile\n' })).toEqual([]);
  });
  it('reads JSON form sources', () => {
    expect(linesOf(rule, 'FROM scratch\nCOPY ["Dockerfile", "/x"]\n', { dockerignore: 'Dockerfile' })).toEqual([2]);
  });
});
