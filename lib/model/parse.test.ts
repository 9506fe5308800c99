import { describe, it, expect } from 'vitest';
import { parseDockerfile } from './parse';

const article = 'FROM python:3.9\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\nCOPY . .\nCMD ["python", "main.py"]\n';

describe('parseDockerfile: directives', () => {
  it('reads syntax, escape and check directives at the top only', () => {
    const m = parseDockerfile('# syntax=docker/dockerfile:1.7\n# escape=`\n# check=skip=JSONArgsRecommended;error=true\nFROM alpine\n# syntax=ignored\n');
    expect(m.directives.map((d) => [d.name, d.value])).toEqual([
      ['syntax', 'docker/dockerfile:1.7'],
      ['escape', '`'],
      ['check', 'skip=JSONArgsRecommended;error=true'],
    ]);
    expect(m.escapeChar).toBe('`');
  });

  it('stops reading directives at the first ordinary comment', () => {
    const m = parseDockerfile('# a comment\n# syntax=docker/dockerfile:1\nFROM alpine\n');
    expect(m.directives).toEqual([]);
  });
});

describe('parseDockerfile: stages', () => {
  it('models the source article example', () => {
    const m = parseDockerfile(article);
    expect(m.stages).toHaveLength(1);
    const s = m.stages[0];
    expect(s.image).toMatchObject({ repository: 'python', tag: '3.9', digest: null, registry: null });
    expect(s.instructions.map((i) => i.keyword)).toEqual(['FROM', 'WORKDIR', 'COPY', 'RUN', 'COPY', 'CMD']);
    expect(s.instructions.map((i) => i.span.start.line)).toEqual([1, 2, 3, 4, 5, 6]);
    const cmd = s.instructions[5];
    expect(cmd.form).toBe('exec');
    expect(cmd.json).toEqual(['python', 'main.py']);
  });

  it('reads alias, platform, registry, digest and stage references', () => {
    const m = parseDockerfile(
      'FROM --platform=$BUILDPLATFORM golang:1.22 AS Build\nRUN go build\nFROM gcr.io/distroless/static@sha256:abc AS final\nFROM build AS again\nCOPY --from=build /out /out\n',
    );
    expect(m.stages.map((s) => s.name)).toEqual(['Build', 'final', 'again']);
    expect(m.stages[0].platform).toBe('$BUILDPLATFORM');
    expect(m.stages[1].image).toMatchObject({ registry: 'gcr.io', repository: 'distroless/static', tag: null, digest: 'sha256:abc' });
    expect(m.stages[2].baseStage).toBe(0);
    expect(m.stages[2].instructions[1].flags).toMatchObject([{ name: 'from', value: 'build' }]);
  });

  it('resolves ARG-parameterised FROM from global ARG defaults', () => {
    const m = parseDockerfile('ARG PY=3.12\nARG VARIANT\nFROM python:${PY}-slim\nFROM python:${PY}-${VARIANT}\nFROM node:${NODE:-20}\n');
    expect(m.globalArgs.map((a) => [a.name, a.defaultValue])).toEqual([['PY', '3.12'], ['VARIANT', null]]);
    expect(m.stages[0].image).toMatchObject({ resolved: 'python:3.12-slim', tag: '3.12-slim', unresolved: false });
    expect(m.stages[1].image.unresolved).toBe(true);
    expect(m.stages[2].image.tag).toBe('20');
  });

  it('keeps a registry with a port apart from the tag', () => {
    const m = parseDockerfile('FROM localhost:5000/team/app:1.2\n');
    expect(m.stages[0].image).toMatchObject({ registry: 'localhost:5000', repository: 'team/app', tag: '1.2' });
  });

  it('treats scratch as an empty base', () => {
    expect(parseDockerfile('FROM scratch\nCOPY app /\n').stages[0].isScratch).toBe(true);
  });
});

describe('parseDockerfile: instructions', () => {
  it('joins continuations, drops comment lines inside them and maps shell commands back to lines', () => {
    const m = parseDockerfile('FROM debian\nRUN apt-get update \\\n# why\n    && apt-get install -y curl \\\n    && rm -rf /var/lib/apt/lists/*\n');
    const run = m.instructions[1];
    expect(run.span.start.line).toBe(2);
    expect(run.span.end.line).toBe(5);
    const cmds = run.scripts[0].script.commands;
    expect(cmds.map((c) => c.name)).toEqual(['apt-get', 'apt-get', 'rm']);
    const second = cmds[1];
    const docOffset = run.scripts[0].offsets[second.start];
    expect(m.text.slice(docOffset, docOffset + 7)).toBe('apt-get');
    expect(m.lines.findIndex((l) => l.includes('install')) + 1).toBe(4);
  });

  it('records empty lines inside a continuation', () => {
    const m = parseDockerfile('FROM alpine\nRUN echo a \\\n\n    b\n');
    expect(m.instructions[1].emptyContinuationLines).toEqual([3]);
  });

  it('honours the escape directive for continuations', () => {
    const m = parseDockerfile('# escape=`\nFROM mcr.microsoft.com/windows/servercore\nRUN dir `\n    c:\\\n');
    expect(m.instructions[1].argsText.replace(/\s+/g, ' ')).toBe('dir c:\\');
  });

  it('parses heredoc RUN bodies as scripts', () => {
    const m = parseDockerfile('FROM debian\nRUN <<EOF\nset -e\napt-get update\napt-get install -y git\nEOF\nCMD ["bash"]\n');
    const run = m.instructions[1];
    expect(run.heredocs).toHaveLength(1);
    expect(run.heredocs[0]).toMatchObject({ name: 'EOF', terminated: true });
    expect(run.scripts[0].origin).toBe('heredoc');
    expect(run.scripts[0].script.commands.map((c) => c.name)).toEqual(['set', 'apt-get', 'apt-get']);
    const c = run.scripts[0].script.commands[2];
    expect(m.text.slice(run.scripts[0].offsets[c.start]).startsWith('apt-get install')).toBe(true);
    expect(m.instructions[2].keyword).toBe('CMD');
  });

  it('reports an unterminated heredoc', () => {
    const m = parseDockerfile('FROM debian\nRUN <<EOF\necho hi\n');
    expect(m.parseDiagnostics.some((d) => d.message.includes('never closed'))).toBe(true);
  });

  it('tells exec form from shell form', () => {
    const m = parseDockerfile('FROM a\nCMD python app.py\nENTRYPOINT ["/bin/tini", "--"]\nRUN ["apt-get", "update"]\nCMD [not json]\n');
    expect(m.instructions.slice(1).map((i) => i.form)).toEqual(['shell', 'exec', 'exec', 'shell']);
    expect(m.instructions[1].scripts[0].script.commands[0].args).toEqual(['app.py']);
    expect(m.instructions[3].scripts).toEqual([]);
  });

  it('reads ENV, LABEL and ARG pairs including the legacy form', () => {
    const m = parseDockerfile('FROM a\nENV A=1 B="x y"\nENV C d e\nLABEL "org.opencontainers.image.title"="app" v=1\nARG TOKEN\n');
    expect(m.instructions[1].pairs.map((p) => [p.key, p.value, p.hasEquals])).toEqual([['A', '1', true], ['B', 'x y', true]]);
    expect(m.instructions[2].pairs.map((p) => [p.key, p.value, p.hasEquals])).toEqual([['C', 'd e', false]]);
    expect(m.instructions[3].pairs.map((p) => p.key)).toEqual(['org.opencontainers.image.title', 'v']);
    expect(m.instructions[4].pairs).toMatchObject([{ key: 'TOKEN', hasEquals: false }]);
  });

  it('reads several arguments declared by one ARG', () => {
    const m = parseDockerfile('ARG A B=2 C="x y"\nFROM alpine\n');
    expect(m.globalArgs.map((a) => [a.name, a.defaultValue])).toEqual([['A', null], ['B', '2'], ['C', 'x y']]);
  });

  it('parses the ONBUILD trigger as an instruction of its own', () => {
    const m = parseDockerfile('FROM a\nONBUILD RUN apt-get install -y curl\n');
    const t = m.instructions[1].trigger!;
    expect(t.keyword).toBe('RUN');
    expect(t.scripts[0].script.commands[0].args).toEqual(['install', '-y', 'curl']);
  });

  it('keeps keyword casing and flags', () => {
    const m = parseDockerfile('from alpine as base\ncopy --chown=app:app --link src/ /app/\nrun --mount=type=cache,target=/root/.cache pip install x\n');
    expect(m.instructions.map((i) => [i.keyword, i.rawKeyword])).toEqual([['FROM', 'from'], ['COPY', 'copy'], ['RUN', 'run']]);
    expect(m.instructions[1].flags.map((f) => [f.name, f.value])).toEqual([['chown', 'app:app'], ['link', null]]);
    expect(m.instructions[1].words.map((w) => w.value)).toEqual(['src/', '/app/']);
    expect(m.instructions[2].scripts[0].script.commands[0].name).toBe('pip');
  });

  it('attaches comment lines directly above an instruction', () => {
    const m = parseDockerfile('FROM a\n\n# install tools\n# hadolint ignore=DL3008\nRUN apt-get install -y curl\n');
    expect(m.instructions[1].leadingComments.map((c) => c.text)).toEqual(['install tools', 'hadolint ignore=DL3008']);
    expect(m.pragmas).toEqual([{ tool: 'hadolint', kind: 'ignore', values: ['DL3008'], line: 4 }]);
  });
});

describe('parseDockerfile: never throws', () => {
  const odd = [
    '',
    '\uFEFFFROM alpine\r\nRUN echo hi\r\n',
    'FROM alpine\nRUN echo \\',
    'RUN echo no from',
    '\u0000\u0001\u0002binary\uFFFD',
    'FROM alpine\n\tRUN\techo tab\n',
    'FOO bar\nFROM alpine\n',
    'FROM\n',
    'FROM alpine\nRUN <<EOF\n',
    'FROM a\nCMD ["unterminated',
    'x'.repeat(300_000),
  ];
  for (const text of odd) {
    it(`gives a model for ${JSON.stringify(text.slice(0, 30))}`, () => {
      const m = parseDockerfile(text);
      expect(m.text.length).toBeLessThanOrEqual(text.length);
    });
  }

  it('strips a BOM and reads CRLF', () => {
    const m = parseDockerfile('\uFEFFFROM alpine\r\nRUN echo hi\r\n');
    expect(m.stages[0].image.repository).toBe('alpine');
    expect(m.instructions[1].scripts[0].script.commands[0].args).toEqual(['hi']);
  });

  it('reports unknown instructions and a missing FROM', () => {
    const m = parseDockerfile('FOO bar\nRUN echo hi\n');
    const messages = m.parseDiagnostics.map((d) => d.message).join('\n');
    expect(messages).toMatch(/Unknown instruction: FOO/);
    expect(messages).toMatch(/no FROM/);
  });

  it('cuts very large inputs at a line break and says so', () => {
    const big = 'FROM alpine\n' + 'RUN echo hello\n'.repeat(25_000);
    const m = parseDockerfile(big);
    expect(m.truncated).toBe(true);
    expect(m.text.endsWith('\n')).toBe(true);
  });
});
