import { describe, expect, it } from 'vitest';
import { parseShell } from './parse';
import { commandsNamed, flagValue, flagValues, hasFlag, positionalArgs, positionalWords, subcommand, unwrapCommand } from './query';
import type { ShellCommand } from './types';

function cmd(src: string): ShellCommand {
  return parseShell(src).commands[0];
}

const line = (c: ShellCommand) => [c.name, ...c.args].join(' ');

describe('commandsNamed', () => {
  it('matches basenames across the whole script', () => {
    const script = parseShell('apt-get update && /usr/bin/apt-get install -y x; echo $(apt-get -v) | pip install y');
    expect(commandsNamed(script, 'apt-get').map(line)).toEqual(['apt-get update', '/usr/bin/apt-get install -y x', 'apt-get -v']);
    expect(commandsNamed(script.commands, 'pip', 'echo').map((c) => c.base)).toEqual(['echo', 'pip']);
  });
});

describe('hasFlag', () => {
  it('understands clusters, long flags with values and --', () => {
    const c = cmd('apt-get -qy install --no-install-recommends --target-release=buster -- -x');
    expect(hasFlag(c, '-y', '--yes', '--assume-yes')).toBe(true);
    expect(hasFlag(c, '-q')).toBe(true);
    expect(hasFlag(c, '--no-install-recommends')).toBe(true);
    expect(hasFlag(c, '--target-release')).toBe(true);
    expect(hasFlag(c, '-x')).toBe(false);
    expect(hasFlag(c, '--yes')).toBe(false);
    expect(hasFlag(cmd('apt-get --assume-yes install'), '-y', '--yes', '--assume-yes')).toBe(true);
    expect(hasFlag(cmd('find . -name x'), '-name')).toBe(true);
  });

  it('sees quoted flags but not flags hidden in variables', () => {
    expect(hasFlag(cmd('apt-get "-y" install'), '-y')).toBe(true);
    expect(hasFlag(cmd('apt-get $OPTS install'), '-y')).toBe(false);
  });
});

describe('flagValue', () => {
  it('reads separate, glued, clustered and long values', () => {
    expect(flagValue(cmd('curl -o out.txt url'), '-o', '--output')).toBe('out.txt');
    expect(flagValue(cmd('curl -oout.txt url'), '-o', '--output')).toBe('out.txt');
    expect(flagValue(cmd('curl -sSLo out.txt url'), '-o', '--output')).toBe('out.txt');
    expect(flagValue(cmd('curl --output=out.txt url'), '-o', '--output')).toBe('out.txt');
    expect(flagValue(cmd('curl --output out.txt url'), '-o', '--output')).toBe('out.txt');
    expect(flagValue(cmd('curl url -- -o x'), '-o', '--output')).toBeNull();
    expect(flagValue(cmd('curl url'), '-o')).toBeNull();
    expect(flagValues(cmd('apt-get -o A=1 -o B=2 install'), '-o')).toEqual(['A=1', 'B=2']);
  });
});

describe('positional arguments and subcommands', () => {
  it('skips flags and the values of options that take one', () => {
    const c = cmd('apt-get -o Dpkg::Options=x -qy install --no-install-recommends curl "git" -- -weird');
    expect(positionalArgs(c)).toEqual(['Dpkg::Options=x', 'install', 'curl', 'git', '-weird']);
    expect(positionalArgs(c, ['-o'])).toEqual(['install', 'curl', 'git', '-weird']);
    expect(subcommand(c, ['-o'])).toBe('install');
    expect(subcommand(cmd('apt-get -y install x'))).toBe('install');
    expect(subcommand(cmd('pip'))).toBeNull();
    expect(positionalArgs(cmd('tar -xzf a.tgz -C /opt b'), ['-f', '-C'])).toEqual(['b']);
    expect(positionalArgs(cmd('cat - file'))).toEqual(['-', 'file']);
    expect(positionalWords(cmd('rm -rf /tmp/x'))[0]).toMatchObject({ value: '/tmp/x', start: 7 });
  });
});

describe('unwrapCommand', () => {
  const unwrap = (src: string) => unwrapCommand(cmd(src)).map(line);

  it('steps through wrappers', () => {
    expect(unwrap('sudo -u root -E apt-get install -y x')).toEqual(['apt-get install -y x']);
    expect(unwrap('env -i A=1 B=2 pip install y')).toEqual(['pip install y']);
    expect(unwrapCommand(cmd('env A=1 pip'))[0].assignments.map((a) => [a.name, a.value])).toEqual([['A', '1']]);
    expect(unwrap('nice -n 10 nohup time -p make -j4')).toEqual(['make -j4']);
    expect(unwrap('timeout -s KILL 30 curl url')).toEqual(['curl url']);
    expect(unwrap('exec gosu app node server.js')).toEqual(['node server.js']);
    expect(unwrap('xargs -n 1 -I {} rm -f {}')).toEqual(['rm -f {}']);
    expect(unwrap('command apt-get update')).toEqual(['apt-get update']);
    expect(unwrap('command -v curl')).toEqual([]);
    expect(unwrap('sudo')).toEqual([]);
    expect(unwrap('apt-get update')).toEqual(['apt-get update']);
  });

  it('parses sh -c / bash -c scripts with positions in the outer source', () => {
    const src = `bash -eo pipefail -c 'apt-get update && sudo apt-get install -y x'`;
    const inner = unwrapCommand(cmd(src));
    expect(inner.map(line)).toEqual(['apt-get update', 'apt-get install -y x']);
    expect(src.slice(inner[0].start, inner[0].end)).toBe('apt-get update');
    expect(inner[1].prevOperator).toBe('&&');
    expect(unwrap('sh -ec "cd /x; make"')).toEqual(['cd /x', 'make']);
    expect(unwrap('sh script.sh -c x')).toEqual(['sh script.sh -c x']);
  });

  it('keeps the position of the wrapper in its list and pipeline', () => {
    const script = parseShell('a && sudo b | c');
    const [b] = unwrapCommand(script.commands[1]);
    expect(b.name).toBe('b');
    expect([b.prevOperator, b.pipeline.index, b.pipeline.length]).toEqual(['&&', 0, 2]);
  });
});
