import { cacheMountRule, hasAnyArg } from './_cache-mount';

export const rule = cacheMountRule({
  id: 'bundler-without-cache-mount',
  alias: 'DL3077',
  tool: 'gem/bundler',
  matches: (cmd) => hasAnyArg(cmd, ['gem'], ['install']) || hasAnyArg(cmd, ['bundle', 'bundler'], ['install']),
  cachePaths: ['bundle', '.gem'],
  suggestion: '--mount=type=cache,target=/usr/local/bundle/cache',
  bad: 'FROM ruby:3.3\nWORKDIR /app\nCOPY Gemfile Gemfile.lock ./\nRUN bundle install',
  good: 'FROM ruby:3.3\nWORKDIR /app\nCOPY Gemfile Gemfile.lock ./\nRUN --mount=type=cache,target=/usr/local/bundle/cache bundle install',
});
