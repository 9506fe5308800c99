import { describe, it, expect } from 'vitest';
import { pass } from './multi-stage-ruby';
import { rewrite, runPass, parsesCleanly } from '../testing';

describe('multi-stage-ruby', () => {
  it('leaves a file whose package RUN also builds something besides gems, and keeps bundler set-up before the install', () => {
    expect(runPass(pass, 'FROM ruby:3.3\nWORKDIR /app\nRUN gem install passenger && apt-get update && apt-get install -y libcurl4-openssl-dev && passenger-install-nginx-module --auto\nCOPY Gemfile Gemfile.lock ./\nRUN bundle install\nCOPY . .\nCMD ["./start.sh"]\n').changes).toHaveLength(0);
    const out = rewrite(pass, 'FROM ruby:3.3\nWORKDIR /app\nRUN bundle config --global frozen 1\nCOPY Gemfile Gemfile.lock ./\nRUN bundle install\nCOPY . .\nCMD ["bundle", "exec", "rails", "s"]\n');
    const [builder, runtime] = out.split('\n\n');
    expect(builder).toContain('RUN bundle config --global frozen 1\nCOPY Gemfile Gemfile.lock ./\nRUN bundle install');
    expect(runtime).not.toContain('bundle config');
  });
  it('installs curl in the -slim runtime when a runtime step calls it and the full image brought it', () => {
    const text = 'FROM ruby:3.3\nWORKDIR /app\nCOPY Gemfile Gemfile.lock ./\nRUN bundle install\nCOPY . .\nRUN curl -o /usr/local/bin/wait-for-it.sh https://example.org/wait-for-it.sh && chmod +x /usr/local/bin/wait-for-it.sh\nCMD ["bundle", "exec", "rails", "s"]\n';
    const runtime = rewrite(pass, text).split('\n\n')[1];
    expect(runtime).toMatch(/^FROM ruby:3\.3-slim/);
    expect(runtime).toMatch(/apt-get install -y --no-install-recommends libpq5 libmariadb3 libsqlite3-0 curl ca-certificates/);
  });
  it('installs gems in a builder and ships them on -slim with the runtime packages', () => {
    const out = rewrite(pass, 'FROM ruby:3.3\nRUN apt-get update && apt-get install -y build-essential libpq-dev nodejs\nWORKDIR /app\nCOPY Gemfile Gemfile.lock ./\nRUN bundle install\nCOPY . .\nCMD ["rails", "server"]\n');
    const [builder, runtime] = out.split('\n\n');
    expect(builder).toContain('FROM ruby:3.3 AS builder\n');
    expect(builder).toContain('RUN bundle install');
    expect(runtime).toBe(
      'FROM ruby:3.3-slim\nWORKDIR /app\nRUN apt-get update \\\n    && apt-get install -y --no-install-recommends libpq5 nodejs libmariadb3 libsqlite3-0 \\\n    && rm -rf /var/lib/apt/lists/*\n' +
        'COPY --from=builder /usr/local/bundle /usr/local/bundle\nCOPY . .\nCMD ["rails", "server"]\n',
    );
    expect(parsesCleanly(out)).toBe(true);
  });
  it('leaves the file alone when node or yarn, kept for the runtime, come from a repository the build adds', () => {
    const yarnRepo =
      'FROM ruby:3.3\nRUN curl -sS https://dl.yarnpkg.com/debian/pubkey.gpg | apt-key add - \\\n' +
      '    && echo "deb https://dl.yarnpkg.com/debian/ stable main" > /etc/apt/sources.list.d/yarn.list \\\n' +
      '    && apt-get update && apt-get install -y build-essential libpq-dev yarn\nWORKDIR /app\nCOPY Gemfile Gemfile.lock ./\nRUN bundle install\nCOPY . .\nCMD ["rails", "server"]\n';
    expect(runPass(pass, yarnRepo).changes).toHaveLength(0);
  });
  it('installs the runtime libraries of build packages that the bundle RUN installs itself', () => {
    const out = rewrite(pass, 'FROM ruby:3.3\nWORKDIR /app\nCOPY Gemfile Gemfile.lock ./\nRUN apt-get update && apt-get install -y build-essential libpq-dev && bundle install\nCOPY . .\nCMD ["rails", "server"]\n');
    const [builder, runtime] = out.split('\n\n');
    expect(builder).toContain('bundle install');
    expect(runtime).toContain('apt-get install -y --no-install-recommends libpq5');
    expect(runtime).not.toContain('build-essential');
    expect(parsesCleanly(out)).toBe(true);
  });
  it('keeps Gemfile and Gemfile.lock in the runtime when no later COPY of the context brings them', () => {
    const runtime = rewrite(pass, 'FROM ruby:3.3\nWORKDIR /app\nCOPY Gemfile Gemfile.lock ./\nRUN bundle install\nCMD ["rails", "server"]\n').split('\n\n')[1];
    expect(runtime).toContain('COPY Gemfile Gemfile.lock ./\n');
  });
  it('copies gems that bundle install --deployment put into the app directory (its setting is in GEM_HOME, BUNDLE_APP_CONFIG of the official images)', () => {
    const out = rewrite(pass, 'FROM ruby:2.6.10\nWORKDIR /var/app\nCOPY Gemfile Gemfile.lock ./\nRUN bundle install --deployment --without development test\nCOPY . ./\nCMD ["bundle", "exec", "puma"]\n');
    expect(out).toContain('COPY --from=builder /usr/local/bundle /usr/local/bundle\nCOPY --from=builder /var/app/vendor/bundle /var/app/vendor/bundle\nCOPY . ./\n');
    expect(out).not.toContain('.bundle ');
    expect(parsesCleanly(out)).toBe(true);
  });
  it('leaves gems installed at a path of the user\'s, a deployment install without a working directory, and slim bases', () => {
    expect(runPass(pass, 'FROM ruby:3.3\nRUN bundle install --deployment\nCMD ["ruby", "a.rb"]\n').changes).toHaveLength(0);
    expect(runPass(pass, 'FROM ruby:3.3\nWORKDIR /app\nRUN bundle install --path /gems\nCMD ["ruby", "a.rb"]\n').changes).toHaveLength(0);
    expect(runPass(pass, 'FROM ruby:3.3\nWORKDIR /app\nRUN bundle config set deployment true && bundle install\nCMD ["ruby", "a.rb"]\n').changes).toHaveLength(0);
    expect(runPass(pass, 'FROM ruby:3.3-slim\nRUN bundle install\nCMD ["ruby", "a.rb"]\n').changes).toHaveLength(0);
  });
  it('installs the client libraries of the database gems the full image built (pg, mysql2, sqlite3), and says so', () => {
    const text = 'FROM ruby:3.2.1\nWORKDIR /app\nCOPY Gemfile Gemfile.lock ./\nRUN bundle install\nCOPY . .\nCMD ["rails", "server"]\n';
    expect(rewrite(pass, text).split('\n\n')[1]).toContain('apt-get install -y --no-install-recommends libpq5 libmariadb3 libsqlite3-0');
    expect(runPass(pass, text).changes[0].why).toMatch(/client library of the pg, mysql2 and sqlite3 gems/);
  });
  it('leaves development environments without a start command, and binstubs in the app directory', () => {
    expect(runPass(pass, 'FROM ruby:latest\nRUN apt-get update && apt-get -y install git build-essential libssl-dev\nWORKDIR /workspace\nCOPY Gemfile* ./\nRUN bundle install\nENV SHELL=/bin/bash\n').changes).toHaveLength(0);
    expect(runPass(pass, 'FROM ruby:3.0.2\nWORKDIR /usr/src/app\nCOPY Gemfile Gemfile.lock ./\nRUN bundle install --binstubs\nRUN bin/rspec --init\nCMD ["bin/rspec"]\n').changes).toHaveLength(0);
  });
});
