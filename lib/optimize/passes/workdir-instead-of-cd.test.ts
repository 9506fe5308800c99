import { describe, it, expect } from 'vitest';
import { pass } from './workdir-instead-of-cd';
import { rewrite, runPass, parsesCleanly } from '../testing';

describe('workdir-instead-of-cd', () => {
  it('moves a leading cd into WORKDIR and restores the previous directory', () => {
    const out = rewrite(pass, 'FROM x\nWORKDIR /app\nRUN cd /app/src && make\nCOPY . .\n');
    expect(out).toBe('FROM x\nWORKDIR /app\nWORKDIR /app/src\nRUN make\nWORKDIR /app\nCOPY . .\n');
    expect(parsesCleanly(out)).toBe(true);
  });
  it('needs no restore when the next instruction sets WORKDIR anyway', () => {
    expect(rewrite(pass, 'FROM x\nRUN cd /src \\\n    && make \\\n    && make install\nWORKDIR /app\n')).toBe('FROM x\nWORKDIR /src\nRUN make \\\n    && make install\nWORKDIR /app\n');
  });
  it('leaves it when the previous directory is unknown, or cd is not a leading &&', () => {
    expect(runPass(pass, 'FROM x\nRUN cd /src && make\nCMD ["x"]\n').changes).toHaveLength(0);
    expect(runPass(pass, 'FROM x\nWORKDIR /a\nRUN cd /src; make\n').changes).toHaveLength(0);
    expect(runPass(pass, 'FROM x\nWORKDIR /a\nRUN cd $DIR && make\n').changes).toHaveLength(0);
  });
});
