import type { Rule } from '../types';
import { instructionsOf } from '../helpers';

const HTTP = /^https?:\/\//i;

export const rule: Rule = {
  id: 'add-remote-without-checksum',
  title: 'ADD downloads a file without --checksum',
  category: 'security',
  severity: 'warning',
  aliases: [],
  lesson: 'security',
  explanation:
    '`ADD https://...` trusts whatever the server returns at build time: a compromised or changed download goes straight into the image, and nothing tells you. `ADD --checksum=sha256:<digest> <url>` makes the build fail when the file is not the one you reviewed.',
  examples: {
    bad: 'FROM alpine:3.20\nADD https://example.com/tool.tar.gz /tmp/',
    good: 'FROM alpine:3.20\nADD --checksum=sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef https://example.com/tool.tar.gz /tmp/',
  },
  check(ctx) {
    for (const ins of instructionsOf(ctx.model, 'ADD')) {
      if (ins.flags.some((f) => f.name.toLowerCase() === 'checksum')) continue;
      const sources = ins.json ? ins.json.slice(0, -1) : ins.words.slice(0, -1).map((w) => w.value);
      // git sources are pinned by commit, not by checksum
      const url = sources.find((s) => HTTP.test(s) && !/\.git(?:[#?].*)?$/i.test(s));
      if (!url) continue;
      ctx.report({ span: ins.span, message: `ADD ${url} is not checked against a known digest: add --checksum=sha256:<digest>.` });
    }
  },
};
