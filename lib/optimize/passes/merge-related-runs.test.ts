import { describe, it, expect } from 'vitest';
import { pass } from './merge-related-runs';
import { rewrite, runPass, parsesCleanly } from '../testing';

describe('merge-related-runs', () => {
  it('joins an apt-get update with the install and the clean-up after it', () => {
    const out = rewrite(pass, 'FROM x\nRUN apt-get update\n# tools\nRUN apt-get install -y curl\nRUN rm -rf /var/lib/apt/lists/*\n');
    expect(out).toBe('FROM x\nRUN apt-get update \\\n    # tools\n    && apt-get install -y curl \\\n    && rm -rf /var/lib/apt/lists/*\n');
    expect(parsesCleanly(out)).toBe(true);
  });
  it('follows the file\'s trailing-&& style', () => {
    const out = rewrite(pass, 'FROM x\nRUN apk update && \\\n    apk add a\nRUN apk add b\n');
    expect(out).toBe('FROM x\nRUN apk update && \\\n    apk add a && \\\n    apk add b\n');
  });
  it('does not merge a RUN whose own list goes on after a failure (; or ||), which would hide the first part\'s exit status', () => {
    expect(runPass(pass, 'FROM debian:12\nRUN apt-get update\nRUN apt-get install -y curl; rm -rf /var/lib/apt/lists/*\n').changes).toHaveLength(0);
    expect(runPass(pass, 'FROM debian:12\nRUN apt-get update\nRUN apt-get install -y curl || true\n').changes).toHaveLength(0);
  });
  it('leaves unrelated RUNs, flags, and RUNs whose state would leak', () => {
    expect(runPass(pass, 'FROM x\nRUN pip install a\nRUN npm ci\n').changes).toHaveLength(0);
    expect(runPass(pass, 'FROM x\nRUN cd /x && apt-get update\nRUN apt-get install -y a\n').changes).toHaveLength(0);
    expect(runPass(pass, 'FROM x\nRUN apt-get update\nRUN --mount=type=cache,target=/var/cache/apt apt-get install -y a\n').changes).toHaveLength(0);
    expect(runPass(pass, 'FROM x\nRUN apt-get update # refresh\nRUN apt-get install -y a\n').changes).toHaveLength(0);
  });
});
