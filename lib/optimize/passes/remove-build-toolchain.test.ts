import { describe, it, expect } from 'vitest';
import { pass } from './remove-build-toolchain';
import { rewrite, runPass } from '../testing';

describe('remove-build-toolchain', () => {
  it('purges compilers at the end of the RUN that used them', () => {
    expect(rewrite(pass, 'FROM python:3.12-slim\nRUN apt-get update && apt-get install -y gcc libpq-dev && pip install psycopg2\nCMD ["python"]\n')).toContain(
      '&& pip install psycopg2 \\\n    && apt-get purge -y --auto-remove gcc\n',
    );
  });
  it('leaves toolchains used later, or installed without a build in the same RUN', () => {
    expect(runPass(pass, 'FROM python:3\nRUN apt-get install -y gcc && pip install a\nRUN make\n').changes).toHaveLength(0);
    expect(runPass(pass, 'FROM python:3\nRUN apt-get install -y gcc\n').changes).toHaveLength(0);
  });
});
