import { describe, it, expect } from 'vitest';
import { pass, runtimeTag } from './multi-stage-python';
import { rewrite, runPass, parsesCleanly } from '../testing';

const ARTICLE = 'FROM python:3.9\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\nCOPY . .\nCMD ["python", "main.py"]\n';

describe('multi-stage-python', () => {
  it('builds a venv in a builder and ships it on -slim (the article example)', () => {
    const out = rewrite(pass, ARTICLE);
    expect(out).toBe(
      'FROM python:3.9 AS builder\nWORKDIR /app\nCOPY requirements.txt .\nRUN python -m venv /opt/venv\nENV PATH="/opt/venv/bin:$PATH"\nRUN pip install -r requirements.txt\n\n' +
        'FROM python:3.9-slim\nWORKDIR /app\nCOPY --from=builder /opt/venv /opt/venv\nENV PATH="/opt/venv/bin:$PATH"\nCOPY . .\nCMD ["python", "main.py"]\n',
    );
    expect(parsesCleanly(out)).toBe(true);
    expect(out).not.toMatch(/scratch|pyinstaller/i);
  });
  it('keeps build packages in the builder and installs the runtime libraries they imply', () => {
    const out = rewrite(pass, 'FROM python:3.11\nRUN apt-get update && apt-get install -y gcc libpq-dev\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\nCOPY . .\nCMD ["gunicorn", "app:app"]\n');
    const [builder, runtime] = out.split('\n\n');
    expect(builder).toContain('apt-get install -y gcc libpq-dev');
    expect(runtime).toContain('apt-get install -y --no-install-recommends libpq5');
    expect(runtime).not.toContain('gcc');
  });
  it('keeps alpine on alpine (musl wheels need musl)', () => {
    expect(rewrite(pass, 'FROM python:3.12-alpine\nRUN apk add gcc musl-dev\nRUN pip install -r r.txt\nCMD ["python"]\n')).toContain('FROM python:3.12-alpine\n');
  });
  it('leaves multi-stage files, other installers and user installs alone', () => {
    expect(runPass(pass, 'FROM python:3.9 AS a\nRUN pip install x\nFROM python:3.9-slim\n').changes).toHaveLength(0);
    expect(runPass(pass, 'FROM python:3.9\nRUN pip install poetry && poetry install\n').changes).toHaveLength(0);
    expect(runPass(pass, 'FROM python:3.9\nRUN pip install --user x\n').changes).toHaveLength(0);
    expect(runPass(pass, 'FROM python:3.9-slim\nRUN pip install x\n').changes).toHaveLength(0);
  });
  it('maps build tags to runtime tags', () => {
    expect(runtimeTag('3.9')).toBe('3.9-slim');
    expect(runtimeTag('3.12-bookworm')).toBe('3.12-slim-bookworm');
    expect(runtimeTag('3.12-slim')).toBe('3.12-slim');
    expect(runtimeTag('3.13-windowsservercore')).toBeNull();
  });
});
