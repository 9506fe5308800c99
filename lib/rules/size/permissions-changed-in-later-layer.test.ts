import { describe, it, expect } from 'vitest';
import { rule } from './permissions-changed-in-later-layer';
import { lint, linesOf } from '../testing';

describe('permissions-changed-in-later-layer', () => {
  it('flags the bad example and not the good one', () => {
    expect(linesOf(rule, rule.examples.bad)).toEqual([4]);
    expect(lint(rule, rule.examples.bad)[0].message).toContain('COPY --chown=node:node');
    expect(linesOf(rule, rule.examples.good)).toEqual([]);
  });
  it('flags chmod of a copied file, chmod -R of a parent, and relative paths', () => {
    expect(linesOf(rule, 'FROM x\nCOPY entrypoint.sh /usr/local/bin/\nRUN chmod +x /usr/local/bin/entrypoint.sh')).toEqual([3]);
    expect(linesOf(rule, 'FROM x\nCOPY src /opt/app/src\nRUN chmod -R g+w /opt/app')).toEqual([3]);
    expect(linesOf(rule, 'FROM x\nWORKDIR /srv\nCOPY . .\nRUN chown -R www-data .')).toEqual([4]);
  });
  it('accepts unrelated paths, non-recursive parents, builder stages and paths with variables', () => {
    expect(linesOf(rule, 'FROM x\nCOPY . /app\nRUN chown -R app /var/log/app')).toEqual([]);
    expect(linesOf(rule, 'FROM x\nCOPY src /opt/app/src\nRUN chmod 755 /opt/app')).toEqual([]);
    expect(linesOf(rule, 'FROM x AS b\nCOPY . /app\nRUN chown -R a /app\nFROM y\nCOPY --from=b /app /app')).toEqual([]);
    expect(linesOf(rule, 'FROM x\nCOPY . /app\nRUN chown -R a $APP')).toEqual([]);
    expect(linesOf(rule, 'FROM x\nRUN chown -R a /app\nCOPY . /app')).toEqual([]);
  });
  it('does not blame a single-file COPY/ADD into a parent directory for a sibling path (real-world false positive)', () => {
    // ADD docker-entrypoint.sh / puts one file at /docker-entrypoint.sh, nothing under /tmp
    expect(linesOf(rule, 'FROM x\nADD docker-entrypoint.sh /\nWORKDIR /tmp\nRUN chmod -R 777 /tmp')).toEqual([]);
    expect(linesOf(rule, 'FROM x\nWORKDIR /app\nCOPY requirements.txt .\nRUN chmod +x /app/start.sh')).toEqual([]);
    expect(linesOf(rule, 'FROM x\nCOPY package*.json ./\nRUN chmod +x ./wait.sh')).toEqual([]);
    // but the file it did place, directories, archives and globs that match still count
    expect(linesOf(rule, 'FROM x\nADD docker-entrypoint.sh /\nRUN chmod +x /docker-entrypoint.sh')).toEqual([3]);
    expect(linesOf(rule, 'FROM x\nCOPY rootfs/ /\nRUN chmod -R 777 /tmp')).toEqual([3]);
    expect(linesOf(rule, 'FROM x\nCOPY config /\nRUN chmod -R 700 /etc/app')).toEqual([3]);
    expect(linesOf(rule, 'FROM x\nADD app.tar.gz /\nRUN chmod -R 700 /opt/app')).toEqual([3]);
    expect(linesOf(rule, 'FROM x\nCOPY scripts/*.sh /usr/local/bin/\nRUN chmod +x /usr/local/bin/run.sh')).toEqual([3]);
  });
  it('names the COPY that actually placed the file', () => {
    const text = 'FROM x\nWORKDIR /app\nCOPY requirements.txt .\nCOPY docker-entrypoint.sh .\nRUN chmod +x /app/docker-entrypoint.sh';
    expect(lint(rule, text)[0].message).toContain('COPY on line 4');
  });
  it('does not ask for --chown on a COPY that already has it (real-world false positive)', () => {
    expect(linesOf(rule, 'FROM x\nCOPY --chown=app:app pyproject.toml uv.lock /app/\nRUN chown -R app:app /app')).toEqual([]);
    expect(linesOf(rule, 'FROM x\nCOPY --chmod=755 run.sh /usr/local/bin/\nRUN chmod +x /usr/local/bin/run.sh')).toEqual([]);
    // an earlier COPY without the flag is still blamed
    expect(lint(rule, 'FROM x\nCOPY . /app\nCOPY --chown=app:app a.txt /app/\nRUN chown -R app /app')[0].message).toContain('line 2');
  });
});
