import { describe, it, expect } from 'vitest';
import { parseDockerfile } from '../../model/parse';
import { lint, fixOnce, type LintOptions } from '../testing';
import { rule } from './pin-pecl-versions';

const opts: LintOptions = {};

describe(rule.id, () => {
  it('flags the bad example and passes the good one', () => {
    const ex: LintOptions = opts;
    expect(lint(rule, rule.examples.bad, ex).length).toBeGreaterThan(0);
    expect(lint(rule, rule.examples.good, ex)).toEqual([]);
  });
  it("fires: RUN pecl install pecl.php.net/redis", () => {
    expect(lint(rule, "RUN pecl install pecl.php.net/redis", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: ONBUILD RUN pecl install pecl.php.net/redis", () => {
    expect(lint(rule, "ONBUILD RUN pecl install pecl.php.net/redis", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: RUN pecl install channel://pecl.php.net/redis", () => {
    expect(lint(rule, "RUN pecl install channel://pecl.php.net/redis", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: ONBUILD RUN pecl install channel://pecl.php.net/redis", () => {
    expect(lint(rule, "ONBUILD RUN pecl install channel://pecl.php.net/redis", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: RUN pecl install redis", () => {
    expect(lint(rule, "RUN pecl install redis", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: ONBUILD RUN pecl install redis", () => {
    expect(lint(rule, "ONBUILD RUN pecl install redis", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: RUN pecl install pecl_http", () => {
    expect(lint(rule, "RUN pecl install pecl_http", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: ONBUILD RUN pecl install pecl_http", () => {
    expect(lint(rule, "ONBUILD RUN pecl install pecl_http", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: RUN pecl install xdebug redis-6.1.0", () => {
    expect(lint(rule, "RUN pecl install xdebug redis-6.1.0", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: ONBUILD RUN pecl install xdebug redis-6.1.0", () => {
    expect(lint(rule, "ONBUILD RUN pecl install xdebug redis-6.1.0", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: RUN pecl install pecl.php.net/xdebug redis-6.1.0", () => {
    expect(lint(rule, "RUN pecl install pecl.php.net/xdebug redis-6.1.0", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: ONBUILD RUN pecl install pecl.php.net/xdebug redis-6.1.0", () => {
    expect(lint(rule, "ONBUILD RUN pecl install pecl.php.net/xdebug redis-6.1.0", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: RUN pecl install redis-beta", () => {
    expect(lint(rule, "RUN pecl install redis-beta", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: ONBUILD RUN pecl install redis-beta", () => {
    expect(lint(rule, "ONBUILD RUN pecl install redis-beta", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: RUN pecl install xdebug-alpha", () => {
    expect(lint(rule, "RUN pecl install xdebug-alpha", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: ONBUILD RUN pecl install xdebug-alpha", () => {
    expect(lint(rule, "ONBUILD RUN pecl install xdebug-alpha", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: RUN pecl install redis-stable", () => {
    expect(lint(rule, "RUN pecl install redis-stable", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: ONBUILD RUN pecl install redis-stable", () => {
    expect(lint(rule, "ONBUILD RUN pecl install redis-stable", opts).map((d) => d.line)).toEqual([1]);
  });
  it("quiet: RUN pecl install redis-6.1.0", () => {
    expect(lint(rule, "RUN pecl install redis-6.1.0", opts)).toEqual([]);
  });
  it("quiet: ONBUILD RUN pecl install redis-6.1.0", () => {
    expect(lint(rule, "ONBUILD RUN pecl install redis-6.1.0", opts)).toEqual([]);
  });
  it("quiet: RUN pecl install redis-6.1.0 --phpize", () => {
    expect(lint(rule, "RUN pecl install redis-6.1.0 --phpize", opts)).toEqual([]);
  });
  it("quiet: ONBUILD RUN pecl install redis-6.1.0 --phpize", () => {
    expect(lint(rule, "ONBUILD RUN pecl install redis-6.1.0 --phpize", opts)).toEqual([]);
  });
  it("quiet: RUN pecl install -f redis-6.1.0", () => {
    expect(lint(rule, "RUN pecl install -f redis-6.1.0", opts)).toEqual([]);
  });
  it("quiet: ONBUILD RUN pecl install -f redis-6.1.0", () => {
    expect(lint(rule, "ONBUILD RUN pecl install -f redis-6.1.0", opts)).toEqual([]);
  });
  it("quiet: RUN pecl install redis-6", () => {
    expect(lint(rule, "RUN pecl install redis-6", opts)).toEqual([]);
  });
  it("quiet: ONBUILD RUN pecl install redis-6", () => {
    expect(lint(rule, "ONBUILD RUN pecl install redis-6", opts)).toEqual([]);
  });
  it("quiet: RUN pecl install pecl_http-4.2.4", () => {
    expect(lint(rule, "RUN pecl install pecl_http-4.2.4", opts)).toEqual([]);
  });
  it("quiet: ONBUILD RUN pecl install pecl_http-4.2.4", () => {
    expect(lint(rule, "ONBUILD RUN pecl install pecl_http-4.2.4", opts)).toEqual([]);
  });
  it("quiet: RUN pecl install pecl.php.net/redis-6.1.0", () => {
    expect(lint(rule, "RUN pecl install pecl.php.net/redis-6.1.0", opts)).toEqual([]);
  });
  it("quiet: ONBUILD RUN pecl install pecl.php.net/redis-6.1.0", () => {
    expect(lint(rule, "ONBUILD RUN pecl install pecl.php.net/redis-6.1.0", opts)).toEqual([]);
  });
  it("quiet: RUN pecl install mychannel/redis-6.1.0", () => {
    expect(lint(rule, "RUN pecl install mychannel/redis-6.1.0", opts)).toEqual([]);
  });
  it("quiet: ONBUILD RUN pecl install mychannel/redis-6.1.0", () => {
    expect(lint(rule, "ONBUILD RUN pecl install mychannel/redis-6.1.0", opts)).toEqual([]);
  });
  it("quiet: RUN pecl install channel://pecl.php.net/redis-6.1.0", () => {
    expect(lint(rule, "RUN pecl install channel://pecl.php.net/redis-6.1.0", opts)).toEqual([]);
  });
  it("quiet: ONBUILD RUN pecl install channel://pecl.php.net/redis-6.1.0", () => {
    expect(lint(rule, "ONBUILD RUN pecl install channel://pecl.php.net/redis-6.1.0", opts)).toEqual([]);
  });
  it("quiet: RUN pecl install redis-6.1.0.tgz", () => {
    expect(lint(rule, "RUN pecl install redis-6.1.0.tgz", opts)).toEqual([]);
  });
  it("quiet: ONBUILD RUN pecl install redis-6.1.0.tgz", () => {
    expect(lint(rule, "ONBUILD RUN pecl install redis-6.1.0.tgz", opts)).toEqual([]);
  });
  it("quiet: RUN pecl install ./build/redis-6.1.0.tgz", () => {
    expect(lint(rule, "RUN pecl install ./build/redis-6.1.0.tgz", opts)).toEqual([]);
  });
  it("quiet: ONBUILD RUN pecl install ./build/redis-6.1.0.tgz", () => {
    expect(lint(rule, "ONBUILD RUN pecl install ./build/redis-6.1.0.tgz", opts)).toEqual([]);
  });
  it("quiet: RUN pecl install /tmp/redis-6.1.0.tgz", () => {
    expect(lint(rule, "RUN pecl install /tmp/redis-6.1.0.tgz", opts)).toEqual([]);
  });
  it("quiet: ONBUILD RUN pecl install /tmp/redis-6.1.0.tgz", () => {
    expect(lint(rule, "ONBUILD RUN pecl install /tmp/redis-6.1.0.tgz", opts)).toEqual([]);
  });
  it("quiet: RUN pecl install package.xml", () => {
    expect(lint(rule, "RUN pecl install package.xml", opts)).toEqual([]);
  });
  it("quiet: ONBUILD RUN pecl install package.xml", () => {
    expect(lint(rule, "ONBUILD RUN pecl install package.xml", opts)).toEqual([]);
  });
  it("quiet: RUN pecl install /src/ext/package.xml", () => {
    expect(lint(rule, "RUN pecl install /src/ext/package.xml", opts)).toEqual([]);
  });
  it("quiet: ONBUILD RUN pecl install /src/ext/package.xml", () => {
    expect(lint(rule, "ONBUILD RUN pecl install /src/ext/package.xml", opts)).toEqual([]);
  });
  it("quiet: RUN pecl install https://example.com/redis.tgz", () => {
    expect(lint(rule, "RUN pecl install https://example.com/redis.tgz", opts)).toEqual([]);
  });
  it("quiet: ONBUILD RUN pecl install https://example.com/redis.tgz", () => {
    expect(lint(rule, "ONBUILD RUN pecl install https://example.com/redis.tgz", opts)).toEqual([]);
  });
  it("quiet: RUN pecl run --crazy install", () => {
    expect(lint(rule, "RUN pecl run --crazy install", opts)).toEqual([]);
  });
  it("quiet: ONBUILD RUN pecl run --crazy install", () => {
    expect(lint(rule, "ONBUILD RUN pecl run --crazy install", opts)).toEqual([]);
  });
});
