import type { Rule } from '../types';
import type { Instruction } from '../../model/types';
import type { ShellCommand } from '../../shell/types';
import { runCommands } from '../correctness/_run-commands';
import { unquote } from '../correctness/_run-commands';

const ARCHIVE_EXTENSIONS = ['.tar', '.Z', '.bz2', '.gz', '.lz', '.lzma', '.tZ', '.tb2', '.tbz', '.tbz2', '.tgz', '.tlz', '.tpz', '.txz', '.xz'];
const DECOMPRESSORS = new Set(['unzip', 'gunzip', 'bunzip2', 'unlzma', 'unxz', 'zgz', 'uncompress', 'zcat', 'gzcat']);

function basename(path: string): string {
  const p = unquote(path);
  return p.slice(Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\')) + 1);
}

const isArchive = (path: string) => ARCHIVE_EXTENSIONS.some((ext) => unquote(path).endsWith(ext));

function extracts(cmd: ShellCommand): boolean {
  if (DECOMPRESSORS.has(cmd.base)) return true;
  if (cmd.base !== 'tar') return false;
  // -x, -xzf, --extract, --get, and the old dashless form `tar xzf`
  return cmd.args.some((a, i) => a === '--extract' || a === '--get' || (/^-[A-Za-z]+$/.test(a) && a.includes('x')) || (i === 0 && /^[A-Za-z]+$/.test(a) && a.includes('x') && !a.includes('-')));
}

/** Archive names a local COPY brings in: the destination's name when it is an archive, else the sources'. */
function copiedArchives(ins: Instruction): string[] {
  const words = ins.json ?? ins.words.map((w) => w.raw);
  if (words.length < 2 || words.some((w) => w.startsWith('<<'))) return [];
  const dest = words[words.length - 1];
  if (isArchive(dest)) return [basename(dest)];
  return words.slice(0, -1).filter(isArchive).map(basename);
}

export const rule: Rule = {
  id: 'copy-archive-then-extract',
  title: 'Archive copied, then extracted in a later RUN',
  category: 'size',
  severity: 'info',
  aliases: ['DL3010'],
  lesson: 'layers',
  explanation:
    'COPY of a tar archive followed by a RUN that unpacks it stores the data twice: the archive stays in the COPY layer even if the RUN deletes it, and the unpacked files fill the next layer. ADD unpacks a local tar archive directly into the image in one layer.',
  examples: {
    bad: 'FROM debian:12-slim\nCOPY app.tar.gz /tmp/\nRUN tar -xzf /tmp/app.tar.gz -C /opt && rm /tmp/app.tar.gz',
    good: 'FROM debian:12-slim\nADD app.tar.gz /opt/',
  },
  check(ctx) {
    const { model } = ctx;
    // archives copied in the current stage: name -> COPY instruction
    const copied = new Map<number, Map<string, Instruction>>();
    for (const ins of model.instructions) {
      if (ins.keyword !== 'COPY' || ins.flags.some((f) => f.name === 'from')) continue;
      let m = copied.get(ins.stageIndex);
      if (!m) copied.set(ins.stageIndex, (m = new Map()));
      for (const name of copiedArchives(ins)) m.set(name, ins);
    }
    const reported = new Set<number>();
    for (const { ins, cmd } of runCommands(model)) {
      const candidates = copied.get(ins.stageIndex);
      if (!candidates || !extracts(cmd)) continue;
      for (const arg of cmd.args) {
        if (arg.startsWith('-')) continue;
        const copy = candidates.get(basename(arg));
        if (!copy || copy.index > ins.index || reported.has(copy.index)) continue;
        reported.add(copy.index);
        ctx.report({ span: copy.span, message: `${basename(arg)} is copied here and unpacked by a later RUN, so it is stored twice: ADD it instead, which unpacks it in one layer.` });
      }
    }
  },
};
