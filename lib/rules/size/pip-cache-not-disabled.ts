import type { Rule } from '../types';
import type { ShellCommand } from '../../shell/types';
import type { DockerfileModel, Stage } from '../../model/types';
import { insertAfterWord, runSites, stageAncestry } from '../correctness/_run-scan';

const TRUTHY = new Set(['1', 'true', 'True', 'TRUE', 'on', 'On', 'ON', 'yes', 'Yes', 'YES']);
const PIP = /^pip(?:\d+(?:\.\d+)*)?$/;

function isPipInstall(cmd: ShellCommand): boolean {
  if (PIP.test(cmd.base)) return cmd.args.includes('install');
  if (!cmd.base.startsWith('python')) return false;
  const m = cmd.args.indexOf('-m');
  return m >= 0 && cmd.args[m + 1] === 'pip' && cmd.args.slice(m + 2).includes('install');
}

/** `PIP_NO_CACHE_DIR=<truthy>` anywhere in the RUN text (inline assignment or export), as hadolint reads it. */
function inlineNoCache(source: string): boolean {
  const at = source.indexOf('PIP_NO_CACHE_DIR=');
  if (at < 0) return false;
  let value = source.slice(at + 'PIP_NO_CACHE_DIR='.length).split(/[\s;&|]/, 1)[0];
  value = value.replace(/^["']|["']$/g, '');
  return TRUTHY.has(value);
}

function stageSetsNoCache(stage: Stage, beforeIndex: number): boolean {
  return stage.instructions.some(
    (i) => i.index < beforeIndex && i.keyword === 'ENV' && i.pairs.some((p) => p.key === 'PIP_NO_CACHE_DIR' && TRUTHY.has(p.value)),
  );
}

function envDisablesCache(model: DockerfileModel, stageIndex: number, insIndex: number): boolean {
  const stage = model.stages[stageIndex];
  // A fragment without FROM (stageIndex -1) still runs its RUNs with the ENV set above them.
  if (!stage) {
    return model.instructions.some(
      (i) => i.stageIndex === stageIndex && i.index < insIndex && i.keyword === 'ENV' && i.pairs.some((p) => p.key === 'PIP_NO_CACHE_DIR' && TRUTHY.has(p.value)),
    );
  }
  if (stageSetsNoCache(stage, insIndex)) return true;
  return stageAncestry(model, stage).some((s) => stageSetsNoCache(s, Number.MAX_SAFE_INTEGER));
}

/** --no-cache-dir, or an abbreviation pip accepts for it (optparse takes any unambiguous prefix, e.g. --no-cache). */
function disablesCache(arg: string): boolean {
  const name = arg.split('=')[0];
  return name.length >= '--no-cache'.length && '--no-cache-dir'.startsWith(name);
}

export const rule: Rule = {
  id: 'pip-cache-not-disabled',
  title: 'pip install keeps its download cache',
  category: 'size',
  severity: 'warning',
  aliases: ['DL3042'],
  lesson: 'why-size',
  explanation:
    'pip saves every wheel it downloads under ~/.cache/pip. In an image that cache is never used again, yet it is stored in the layer, often doubling the size of the installed packages. Pass --no-cache-dir, or set PIP_NO_CACHE_DIR=1.',
  examples: {
    bad: 'FROM python:3.12-slim\nRUN pip install requests==2.32.3',
    good: 'FROM python:3.12-slim\nRUN pip install --no-cache-dir requests==2.32.3',
  },
  check(ctx) {
    for (const site of runSites(ctx.model)) {
      // the stage scan below is linear in the stage: only pay for it on RUNs that install with pip
      const rc = site.commands.find(({ cmd }) => isPipInstall(cmd) && !cmd.args.some(disablesCache));
      if (!rc) continue;
      if (site.run.scripts.some((s) => inlineNoCache(s.script.source))) continue;
      if (!site.onbuild && envDisablesCache(ctx.model, site.ins.stageIndex, site.ins.index)) continue;
      ctx.report({
        span: site.ins.span,
        message: 'pip install stores its download cache in this layer: add --no-cache-dir (or set PIP_NO_CACHE_DIR=1).',
        fix: insertAfterWord(rc, ['install'], '--no-cache-dir', 'Add --no-cache-dir'),
      });
    }
  },
};
