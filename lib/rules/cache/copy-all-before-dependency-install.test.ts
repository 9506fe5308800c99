import { describe, it, expect } from 'vitest';
import { rule } from './copy-all-before-dependency-install';
import { lint, linesOf } from '../testing';

describe('copy-all-before-dependency-install', () => {
  it('flags the bad example and not the good one', () => {
    expect(linesOf(rule, rule.examples.bad)).toEqual([3]);
    expect(lint(rule, rule.examples.bad)[0].message).toContain('package.json and package-lock.json');
    expect(linesOf(rule, rule.examples.good)).toEqual([]);
  });
  it('the source article order (requirements first) is fine; the reverse is not', () => {
    expect(linesOf(rule, 'FROM python:3.9\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\nCOPY . .\nCMD ["python", "main.py"]')).toEqual([]);
    const d = lint(rule, 'FROM python:3.9\nWORKDIR /app\nCOPY . .\nRUN pip install --no-cache-dir -r requirements.txt\nCMD ["python", "main.py"]');
    expect(d.map((x) => x.line)).toEqual([3]);
    expect(d[0].message).toContain('copy requirements.txt first');
  });
  it('knows the usual dependency installs', () => {
    for (const run of ['go mod download', 'yarn install --frozen-lockfile', 'yarn', 'pnpm install', 'bundle install', 'composer install', 'poetry install', 'uv sync', 'python -m pip install -r req.txt', 'mvn dependency:go-offline', 'dotnet restore']) {
      expect(linesOf(rule, `FROM x\nCOPY . /src\nRUN ${run}`), run).toEqual([2]);
    }
  });
  it('accepts installs of named packages, the project itself, other stages and --from copies', () => {
    for (const run of ['npm install -g serve', 'pip install .', 'go build ./...', 'yarn build']) {
      expect(linesOf(rule, `FROM x\nCOPY . .\nRUN ${run}`), run).toEqual([]);
    }
    expect(linesOf(rule, 'FROM x AS a\nCOPY . .\nFROM x\nRUN npm ci')).toEqual([]);
    expect(linesOf(rule, 'FROM x\nCOPY --from=a . .\nRUN npm ci')).toEqual([]);
  });
  it('quiet when the same install already ran from the manifests before COPY . (the project-install step)', () => {
    const text = 'FROM python:3.12-slim\nWORKDIR /app\nCOPY pyproject.toml uv.lock ./\nRUN uv sync --frozen --no-install-project\nCOPY . .\nRUN uv sync --frozen';
    expect(lint(rule, text)).toEqual([]);
    expect(lint(rule, 'FROM python:3.12-slim\nCOPY . .\nRUN uv sync --frozen').map((d) => d.line)).toEqual([2]);
  });
});
