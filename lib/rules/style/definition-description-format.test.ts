import { describe, it, expect } from 'vitest';
import { rule } from './definition-description-format';
import { linesOf } from '../testing';
import { parseDockerfile } from '../../model/parse';
import { runRules } from '../engine';

describe('definition-description-format', () => {
  it('accepts descriptions that start with the name, empty comments and other instructions', () => {
    const text = '# check=experimental=InvalidDefinitionDescription\n# foo this is the foo\nARG foo=bar\n\n# base this is the base image\nFROM scratch AS base\n\n# version this is the version number\nARG version=latest\n\n# baz this is the baz\nARG foo=baz bar=qux baz=quux\n#\nARG bit=bat\n\n# comment for something other than ARG or FROM\nCOPY Dockerfile .\n';
    expect(linesOf(rule, text)).toEqual([]);
  });
  it('flags comments that name something else', () => {
    const text = '# check=experimental=InvalidDefinitionDescription\n# bar this is the bar\nARG foo=bar\n# BasE this is the BasE image\nFROM scratch AS base\n# definitely a bad comment\nARG version=latest\n# definitely a bad comment\nARG foo=baz bar=qux baz=quux\n';
    expect(linesOf(rule, text)).toEqual([3, 5, 7, 9]);
  });
  it('is off by default and on with the experimental directive', () => {
    const bad = 'FROM scratch\n# nope\nARG foo=bar\n';
    expect(runRules(parseDockerfile(bad), [rule]).diagnostics).toEqual([]);
    expect(runRules(parseDockerfile('# check=experimental=InvalidDefinitionDescription\n' + bad), [rule]).diagnostics.map((d) => d.line)).toEqual([4]);
  });
});
