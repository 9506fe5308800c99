import { describe, it, expect } from 'vitest';
import { rule } from './curl-pipe-to-shell';
import { linesOf } from '../testing';

describe('curl-pipe-to-shell', () => {
  it('flags the bad example and not the good one', () => {
    expect(linesOf(rule, rule.examples.bad)).toEqual([2]);
    expect(linesOf(rule, rule.examples.good)).toEqual([]);
  });
  it('flags the usual spellings, ONBUILD and heredocs', () => {
    const bad = [
      'RUN wget -qO- https://x/install | bash',
      'RUN wget -O - https://x/install | sudo bash -s -- --yes',
      'RUN curl -sL https://deb.nodesource.com/setup_20.x | bash -',
      'RUN sh -c "$(curl -fsSL https://x/install.sh)"',
      'RUN bash <(curl -s https://x/install.sh)',
      'RUN curl -s https://bootstrap.pypa.io/get-pip.py | python3',
      'ONBUILD RUN curl https://x | sh',
    ];
    for (const line of bad) expect(linesOf(rule, `FROM debian\n${line}`), line).toEqual([2]);
    expect(linesOf(rule, 'FROM debian\nRUN <<EOF\ncurl https://x | sh\nEOF')).toEqual([3]);
  });
  it('accepts downloads to files, pipes into other tools and local scripts', () => {
    const ok = [
      'RUN curl -fsSL https://x/key.gpg | gpg --dearmor -o /usr/share/keyrings/x.gpg',
      'RUN curl -o /tmp/i.sh https://x && sh /tmp/i.sh',
      'RUN curl -L https://x/a.tgz | tar xz',
      'RUN cat local.sh | sh',
      'RUN curl https://x | sh /tmp/other.sh',
      'RUN wget https://x/i.sh | sh',
    ];
    for (const line of ok) expect(linesOf(rule, `FROM debian\n${line}`), line).toEqual([]);
  });
});
