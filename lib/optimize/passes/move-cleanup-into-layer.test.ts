import { describe, it, expect } from 'vitest';
import { pass } from './move-cleanup-into-layer';
import { rewrite, runPass } from '../testing';

describe('move-cleanup-into-layer', () => {
  it('moves a later clean-up into the RUN that made the files', () => {
    const out = rewrite(pass, 'FROM x\nRUN apt-get update && apt-get install -y a\nENV A=1\nRUN rm -rf /var/lib/apt/lists/*\nCMD ["a"]\n');
    expect(out).toBe('FROM x\nRUN apt-get update && apt-get install -y a \\\n    && rm -rf /var/lib/apt/lists/*\nENV A=1\nCMD ["a"]\n');
  });
  it('handles yum and pip caches', () => {
    expect(rewrite(pass, 'FROM x\nRUN yum install -y a\nCOPY . .\nRUN yum clean all\n')).toBe('FROM x\nRUN yum install -y a \\\n    && yum clean all\nCOPY . .\n');
  });
  it('leaves RUNs that do more than clean up, and clean-ups with no maker', () => {
    expect(runPass(pass, 'FROM x\nRUN apt-get install -y a\nRUN rm -rf /var/lib/apt/lists/* && echo hi\n').changes).toHaveLength(0);
    expect(runPass(pass, 'FROM x\nRUN rm -rf /var/lib/apt/lists/*\n').changes).toHaveLength(0);
  });
});
