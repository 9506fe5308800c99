import { cacheMountRule, hasAnyArg } from './_cache-mount';

export const rule = cacheMountRule({
  id: 'composer-without-cache-mount',
  alias: 'DL3073',
  tool: 'Composer',
  matches: (cmd) => hasAnyArg(cmd, ['composer', 'composer.phar'], ['install', 'update', 'require', 'create-project']),
  cachePaths: ['composer'],
  suggestion: '--mount=type=cache,target=/root/.composer/cache',
  bad: 'FROM composer:2\nWORKDIR /app\nCOPY composer.json composer.lock ./\nRUN composer install --no-dev',
  good: 'FROM composer:2\nWORKDIR /app\nCOPY composer.json composer.lock ./\nRUN --mount=type=cache,target=/root/.composer/cache composer install --no-dev',
});
