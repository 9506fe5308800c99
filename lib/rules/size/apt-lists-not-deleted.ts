import type { Rule } from '../types';
import type { DockerfileModel, EmbeddedScript, Instruction } from '../../model/types';
import type { ShellCommand } from '../../shell/types';
import type { TextEdit } from '../../types';
import { APT_GET_VALUE_OPTIONS } from '../correctness/_apt';
import { hasCacheMountUnder, positionals, reportSpan, runCommandsByInstruction, subcommandWord, type RunCommand } from '../correctness/_run-commands';

const LISTS = '/var/lib/apt/lists';
const CLEANUP = 'rm -rf /var/lib/apt/lists/*';

function isUpdate(cmd: ShellCommand): boolean {
  return ['apt-get', 'apt', 'aptitude'].includes(cmd.base) && subcommandWord(cmd, APT_GET_VALUE_OPTIONS, ['update']) !== null;
}

function removesLists(cmd: ShellCommand): boolean {
  if (cmd.base === 'rm') return cmd.args.some((a) => a.startsWith(LISTS));
  if (cmd.base === 'find') return positionals(cmd, []).some((w) => w.value.startsWith(LISTS)) && (cmd.args.includes('-delete') || cmd.args.includes('-exec'));
  return false;
}

/** Lists left in an intermediate stage only matter when a later FROM builds on that stage. */
function layerShips(model: DockerfileModel, ins: Instruction): boolean {
  if (ins.keyword === 'ONBUILD') return true; // runs in whatever image builds FROM this one
  const stage = model.stages[ins.stageIndex];
  if (!stage || stage.index === model.stages.length - 1) return true;
  const name = stage.name?.toLowerCase();
  return model.stages.some((s) => s.baseStage === stage.index || (name !== undefined && s.image.raw.toLowerCase() === name));
}

function cleanupEdit(embedded: EmbeddedScript): TextEdit | null {
  const { script, offsets, origin } = embedded;
  if (origin === 'heredoc') {
    const src = script.source;
    const body = src.trimEnd();
    if (!body) return null;
    const at = offsets[body.length - 1] + 1;
    return { start: at, end: at, text: '\n' + CLEANUP };
  }
  const root = script.root;
  if (!root) return null;
  // after the last top-level command, so a trailing comment or `;` stays where it is
  const last = root.type === 'list' ? root.items[root.items.length - 1] : null;
  if (last && last.op === '&') return null;
  const end = last ? last.node.end : root.end;
  const body = script.source.slice(0, end).trimEnd();
  if (!body || /[|&;]$/.test(body)) return null;
  const at = offsets[body.length - 1] + 1;
  return { start: at, end: at, text: ' && ' + CLEANUP };
}

export const rule: Rule = {
  id: 'apt-lists-not-deleted',
  title: 'apt package lists left in the image',
  category: 'size',
  severity: 'info',
  aliases: ['DL3009'],
  lesson: 'why-size',
  explanation:
    'apt-get update downloads the package index of every configured repository into /var/lib/apt/lists, often 20-50 MB. If the same RUN does not delete it, it is frozen into that layer for good: a later RUN that deletes it only hides it. Finish the install RUN with rm -rf /var/lib/apt/lists/* (or keep the lists in a BuildKit cache mount).',
  examples: {
    bad: 'FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u5',
    good: 'FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u5 && rm -rf /var/lib/apt/lists/*',
  },
  check(ctx) {
    const { model } = ctx;
    for (const { ins, commands } of runCommandsByInstruction(model)) {
      const update = commands.find((f) => isUpdate(f.cmd));
      if (!update || commands.some((f) => removesLists(f.cmd))) continue;
      if (hasCacheMountUnder(ins, LISTS) || (hasCacheMountUnder(ins, '/var/lib/apt') && hasCacheMountUnder(ins, '/var/cache/apt'))) continue;
      if (!layerShips(model, ins)) continue;
      const lastCmd: RunCommand = commands.filter((f) => f.embedded === update.embedded).pop() ?? update;
      const edit = cleanupEdit(update.embedded);
      ctx.report({
        span: reportSpan(model, lastCmd),
        message: `apt-get update leaves its package lists (${LISTS}, tens of MB) in this layer: end the same RUN with && ${CLEANUP}.`,
        fix: edit ? { title: 'Delete the apt lists in the same RUN', edits: [edit] } : undefined,
      });
    }
  },
};
