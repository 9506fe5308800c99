import { Changes } from '../edit';
import type { Pass } from '../types';

/** ADD unpacks local tar archives (by content, whatever the name): leave anything that may be one. */
const ARCHIVE = /\.(tar|tgz|tbz2?|txz|tzst|gz|bz2|xz|zst|lz|lzma|z)$/i;

export const pass: Pass = {
  id: 'copy-instead-of-add',
  title: 'COPY instead of ADD for local files',
  risk: 'safe',
  lesson: 'layers',
  resolves: ['DL3020'],
  profiles: ['safe', 'recommended', 'smallest'],
  apply({ model }) {
    const changes = new Changes(this);
    for (const ins of model.instructions) {
      if (ins.keyword !== 'ADD' || ins.heredocs.length) continue;
      if (ins.flags.some((f) => !['chown', 'chmod', 'link', 'exclude', 'parents'].includes(f.name.toLowerCase()))) continue;
      const args = ins.json ?? ins.words.map((w) => w.value);
      if (args.length < 2) continue;
      const sources = args.slice(0, -1);
      if (sources.some((s) => s.includes('://') || s.startsWith('git@') || s.includes('$') || ARCHIVE.test(s))) continue;
      const raw = ins.rawKeyword;
      const copy = raw === raw.toLowerCase() ? 'copy' : raw === raw.toUpperCase() ? 'COPY' : 'Copy';
      changes.add(
        `COPY instead of ADD`,
        'ADD also downloads URLs and unpacks archives, so a reader cannot tell what it will do; for plain local files COPY does the same thing and says so.',
        [{ start: ins.keywordSpan.startOffset, end: ins.keywordSpan.endOffset, text: copy }],
      );
    }
    return changes.output();
  },
};
