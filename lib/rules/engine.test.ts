import { describe, it, expect } from 'vitest';
import { parseDockerfile } from '../model/parse';
import { runRules } from './engine';
import type { Rule } from './types';

/** A rule that reports every RUN, standing in for a real one with hadolint and BuildKit aliases. */
function fakeRule(over: Partial<Rule> = {}): Rule {
  return {
    id: 'every-run',
    title: 'Every RUN',
    category: 'style',
    severity: 'info',
    aliases: ['DL9999', 'EveryRunCheck'],
    lesson: 'layers',
    explanation: 'test',
    examples: { bad: '', good: '' },
    check(ctx) {
      for (const ins of ctx.model.instructions) if (ins.keyword === 'RUN') ctx.report({ span: ins.span });
    },
    ...over,
  };
}

const lines = (text: string, rule = fakeRule(), config = {}) =>
  runRules(parseDockerfile(text), [rule], { config }).diagnostics.map((d) => `${d.line}:${d.severity}`);

describe('runRules', () => {
  it('reports with the rule metadata', () => {
    const { diagnostics } = runRules(parseDockerfile('FROM a\nRUN x\n'), [fakeRule()]);
    expect(diagnostics[0]).toMatchObject({ rule: 'every-run', aliases: ['DL9999', 'EveryRunCheck'], line: 2, column: 1, fixable: false });
  });

  it('honours `# hadolint ignore=` and `# layerlab ignore=` on the instruction below', () => {
    const text = 'FROM a\n# hadolint ignore=DL9999\nRUN x\n# layerlab ignore=every-run\n# another comment\nRUN y\nRUN z\n';
    expect(lines(text)).toEqual(['7:info']);
  });

  it('a pragma for another rule does not hide this one', () => {
    expect(lines('FROM a\n# hadolint ignore=DL3008,DL3009\nRUN x\n')).toEqual(['3:info']);
  });

  it('honours `# hadolint global ignore=` anywhere in the file', () => {
    expect(lines('FROM a\nRUN x\n# hadolint global ignore=DL9999\nRUN y\n')).toEqual([]);
  });

  it('can be told to disregard pragmas', () => {
    expect(lines('FROM a\n# hadolint ignore=DL9999\nRUN x\n', fakeRule(), { disableIgnorePragma: true })).toEqual(['3:info']);
  });

  it('applies config ignores and severity overrides by id or alias', () => {
    expect(lines('FROM a\nRUN x\n', fakeRule(), { ignored: ['dl9999'] })).toEqual([]);
    expect(lines('FROM a\nRUN x\n', fakeRule(), { override: { error: ['every-run'] } })).toEqual(['2:error']);
  });

  it('follows the # check= directive for build checks only', () => {
    expect(lines('# check=skip=EveryRunCheck\nFROM a\nRUN x\n')).toEqual([]);
    expect(lines('# check=skip=all\nFROM a\nRUN x\n')).toEqual([]);
    expect(lines('# check=error=true\nFROM a\nRUN x\n')).toEqual(['3:error']);
    const hadolintOnly = fakeRule({ aliases: ['DL9999'] });
    expect(lines('# check=skip=all;error=true\nFROM a\nRUN x\n', hadolintOnly)).toEqual(['3:info']);
  });

  it('keeps rules that are off by default off until enabled', () => {
    const off = fakeRule({ enabledByDefault: false });
    expect(lines('FROM a\nRUN x\n', off)).toEqual([]);
    expect(lines('FROM a\nRUN x\n', off, { enabled: ['DL9999'] })).toEqual(['2:info']);
  });

  it('switches an off-by-default rule on when the config gives it a severity, as hadolint does', () => {
    const off = fakeRule({ enabledByDefault: false });
    expect(lines('FROM a\nRUN x\n', off, { override: { warning: ['DL9999'] } })).toEqual(['2:warning']);
  });

  it('lets BUILDKIT_DOCKERFILE_CHECK replace the # check= directive', () => {
    expect(lines('# check=skip=EveryRunCheck\nFROM a\nRUN x\n', fakeRule(), { checkOverride: 'skip=none' })).toEqual(['3:info']);
    expect(lines('FROM a\nRUN x\n', fakeRule(), { checkOverride: 'skip=all' })).toEqual([]);
  });

  it('drops a hadolint ignore comment that names something that is not a rule code, as hadolint does', () => {
    expect(lines('FROM a\n# hadolint ignore=crazy,DL9999\nRUN x\n')).toEqual(['3:info']);
    expect(lines('FROM a\n# hadolint ignore=DL9999 # known and accepted\nRUN x\n')).toEqual([]);
  });

  it('isolates a rule that throws', () => {
    const broken = fakeRule({ check: () => { throw new Error('boom'); } });
    const r = runRules(parseDockerfile('FROM a\n'), [broken, fakeRule({ id: 'ok' })]);
    expect(r.failures).toEqual([{ rule: 'every-run', error: 'boom' }]);
  });
});
