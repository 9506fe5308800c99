import { describe, it, expect } from 'vitest';
import { pass } from './php-purge-dev-packages';
import { rewrite, runPass, parsesCleanly } from '../testing';
import { optimize } from '../optimize';
import { analyze } from '../../analyze';

const LARAVEL =
  'FROM php:8.2-fpm\n' +
  '# extensions for Laravel\n' +
  'RUN apt-get update && apt-get install -y --no-install-recommends git unzip libzip-dev libicu-dev libpng-dev \\\n' +
  '    && docker-php-ext-install pdo_mysql zip intl gd \\\n' +
  '    && rm -rf /var/lib/apt/lists/*\n' +
  'COPY --from=composer:2 /usr/bin/composer /usr/bin/composer\n' +
  'CMD ["php-fpm"]\n';

describe('php-purge-dev-packages', () => {
  it('keeps the linked libraries and purges the -dev packages in the RUN that built the extensions', () => {
    const out = rewrite(pass, LARAVEL);
    expect(out).toContain('# extensions for Laravel\n# hadolint ignore=DL4006\nRUN apt-get update');
    expect(out).toContain('    && ldd "$(php -r \'echo ini_get("extension_dir");\')"/*.so \\\n       | awk ');
    expect(out).toContain('       | xargs -r apt-mark manual \\\n    && apt-get purge -y --auto-remove libzip-dev libicu-dev libpng-dev\n');
    // git and unzip (composer needs them) are not purged
    expect(out).not.toMatch(/purge[^\n]*\b(git|unzip)\b/);
    expect(parsesCleanly(out)).toBe(true);
    expect(runPass(pass, out).changes).toHaveLength(0);
  });
  it('goes through the pipeline: smaller, idempotent, and no new DL4006 finding', () => {
    const r = optimize(LARAVEL);
    expect(r.changes.map((c) => c.id)).toContain('php-purge-dev-packages');
    expect(r.image!.bytes).toBeLessThan(r.originalBytes! - 30e6);
    expect(optimize(r.dockerfile).dockerfile).toBe(r.dockerfile);
    expect(analyze(r.dockerfile, { skipOptimize: true }).diagnostics.map((d) => d.rule)).not.toContain('pipe-without-pipefail');
  });
  it('adds DL4006 to an ignore pragma already above the RUN, or leaves it when it is there', () => {
    const withPragma = LARAVEL.replace('# extensions for Laravel\n', '# hadolint ignore=DL3008\n');
    expect(rewrite(pass, withPragma)).toContain('# hadolint ignore=DL3008,DL4006\nRUN apt-get update');
    const already = LARAVEL.replace('# extensions for Laravel\n', '# hadolint ignore=DL4006\n');
    expect(rewrite(pass, already)).toContain('FROM php:8.2-fpm\n# hadolint ignore=DL4006\nRUN apt-get update');
  });
  it('purges compilers installed for pecl along with the headers', () => {
    const out = rewrite(pass, 'FROM php:8.3-cli\nRUN apt-get update && apt-get install -y libmemcached-dev zlib1g-dev gcc make \\\n    && pecl install memcached && docker-php-ext-enable memcached\n');
    expect(out).toContain('apt-get purge -y --auto-remove libmemcached-dev zlib1g-dev gcc make');
    // a later npm install may compile native modules: the compilers stay, the headers go
    const npmLater = rewrite(pass, 'FROM php:8.3-cli\nRUN apt-get update && apt-get install -y libzip-dev build-essential && docker-php-ext-install zip\nRUN npm ci\n');
    expect(npmLater).toContain('apt-get purge -y --auto-remove libzip-dev\n');
  });
  it('leaves alpine, other images, split RUNs, later builds, earlier purges and pipefail shells alone', () => {
    const none = (text: string): void => expect(runPass(pass, text).changes, text).toHaveLength(0);
    none(LARAVEL.replace('php:8.2-fpm', 'php:8.2-fpm-alpine'));
    none(LARAVEL.replace('php:8.2-fpm', 'debian:12'));
    none('FROM php:8.2-fpm\nRUN apt-get update && apt-get install -y libzip-dev\nRUN docker-php-ext-install zip\n');
    none(LARAVEL.replace('CMD', 'RUN pecl install redis && docker-php-ext-enable redis\nCMD'));
    none(LARAVEL.replace('&& rm -rf', '&& apt-get purge -y --auto-remove libzip-dev && rm -rf'));
    none(LARAVEL.replace('FROM php:8.2-fpm\n', 'FROM php:8.2-fpm\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\n'));
    none('FROM php:8.2-fpm\nRUN apt-get update && apt-get install -y git unzip\n');
  });
});
