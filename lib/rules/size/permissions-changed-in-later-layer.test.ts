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
});
