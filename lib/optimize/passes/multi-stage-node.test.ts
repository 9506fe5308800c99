import { describe, it, expect } from 'vitest';
import { pass, nodeRuntimeTag } from './multi-stage-node';
import { rewrite, runPass, parsesCleanly } from '../testing';
import { optimize } from '../optimize';

/** The pass's output parses, a second run changes nothing, and the full pipeline's estimate does not grow. */
function expectSound(text: string): string {
  const out = rewrite(pass, text);
  expect(parsesCleanly(out), 'parses').toBe(true);
  expect(runPass(pass, out).changes, 'idempotent').toHaveLength(0);
  const r = optimize(text);
  expect(r.image!.bytes, 'never grows').toBeLessThanOrEqual(r.originalBytes!);
  return out;
}

describe('multi-stage-node', () => {
  it('builds, prunes devDependencies and ships the app directory on -slim', () => {
    const out = rewrite(pass, 'FROM node:20\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci\nCOPY . .\nRUN npm run build\nEXPOSE 3000\nCMD ["node", "dist/main.js"]\n');
    expect(out).toBe(
      'FROM node:20 AS build\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci\nCOPY . .\nRUN npm run build\nRUN npm prune --omit=dev\n\n' +
        'FROM node:20-slim\nWORKDIR /app\nEXPOSE 3000\nCOPY --from=build /app /app\nCMD ["node", "dist/main.js"]\n',
    );
    expect(parsesCleanly(out)).toBe(true);
  });
  it('uses Alpine names on Alpine, and leaves a native build against a library it cannot name', () => {
    const alpine = rewrite(pass, 'FROM node:20-alpine\nWORKDIR /app\nRUN apk add --no-cache build-base libpng-dev python3\nCOPY package*.json ./\nRUN npm ci\nCOPY . .\nRUN npm run build\nCMD ["node", "dist/index.js"]\n');
    expect(alpine.split('\n\n')[1]).toMatch(/apk add --no-cache libpng/);
    expect(alpine).not.toMatch(/libpng16-16/);
    expect(runPass(pass, 'FROM node:20-alpine\nWORKDIR /app\nRUN apk add --no-cache build-base vips-dev python3\nCOPY package*.json ./\nRUN npm ci\nCOPY . .\nCMD ["node", "index.js"]\n').changes).toHaveLength(0);
    // node:26 is trixie, where libvips42 is libvips42t64: a bookworm name is not guessed
    expect(rewrite(pass, 'FROM node:26\nWORKDIR /app\nRUN apt-get update && apt-get install -y libvips-dev\nCOPY package*.json ./\nRUN npm ci\nCOPY . .\nCMD ["node", "index.js"]\n')).not.toMatch(/libvips42\b/);
  });
  it('installs openssl in a -slim runtime for Prisma', () => {
    const text = 'FROM node:20\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci\nCOPY . .\nRUN npx prisma generate && npm run build\nCMD ["sh", "-c", "npx prisma migrate deploy && node dist/main.js"]\n';
    const out = expectSound(text);
    const runtime = out.split('\n\n')[1];
    expect(runtime).toMatch(/^FROM node:20-slim\n(.|\n)*apt-get install -y --no-install-recommends openssl/);
    expect(runPass(pass, text).changes[0].why).toMatch(/openssl is installed in the runtime stage for Prisma/);
  });
  it('installs curl in the runtime when the HEALTHCHECK calls it', () => {
    const text = 'FROM node:20\nRUN apt-get update && apt-get install -y python3 make g++ curl\nWORKDIR /app\nCOPY package*.json ./\nRUN npm install\nCOPY . .\nRUN npm run build\nHEALTHCHECK CMD curl -f http://localhost:3000/health || exit 1\nCMD ["node", "dist/server.js"]\n';
    const runtime = expectSound(text).split('\n\n')[1];
    expect(runtime).toContain('apt-get install -y --no-install-recommends curl');
    expect(runtime).not.toMatch(/g\+\+|python3/);
    expect(runPass(pass, text).changes[0].why).toContain('curl is installed in the runtime stage too');
  });
  it('keeps devDependencies when the start command is a development server, and says why', () => {
    for (const cmd of ['["npm", "run", "dev"]', '["nodemon", "server.js"]', '["npx", "ts-node", "src/index.ts"]']) {
      const text = `FROM node:18\nWORKDIR /app\nCOPY package*.json ./\nRUN npm install\nCOPY . .\nCMD ${cmd}\n`;
      const out = expectSound(text);
      expect(out, cmd).toContain('FROM node:18-slim');
      expect(out, cmd).not.toContain('prune');
      expect(runPass(pass, text).changes[0].why, cmd).toContain('keeps devDependencies');
    }
    // yarn's split installs production dependencies only: no split
    expect(runPass(pass, 'FROM node:18\nWORKDIR /app\nCOPY package.json yarn.lock ./\nRUN yarn install\nCOPY . .\nCMD ["yarn", "dev"]\n').changes).toHaveLength(0);
  });
  it('warns that an npm start script may call a devDependency the prune removes', () => {
    const text = 'FROM node:18\nWORKDIR /app\nCOPY package*.json ./\nRUN npm install\nCOPY . .\nCMD ["npm", "start"]\n';
    expect(runPass(pass, text).changes[0].why).toContain('starts through an npm script');
    expect(runPass(pass, text.replace('["npm", "start"]', '["node", "server.js"]')).changes[0].why).not.toContain('npm script');
  });
  it('uses --production on old npm', () => {
    expect(rewrite(pass, 'FROM node:12\nWORKDIR /app\nCOPY . .\nRUN npm install\nCMD ["node", "a.js"]\n')).toContain('RUN npm prune --production\n');
  });
  it('leaves files without a WORKDIR, yarn projects and slim bases without a build', () => {
    expect(runPass(pass, 'FROM node:20\nCOPY . .\nRUN npm ci\nCMD ["node", "a.js"]\n').changes).toHaveLength(0);
    expect(runPass(pass, 'FROM node:20\nWORKDIR /a\nRUN npm ci && yarn build\nCMD ["node", "a.js"]\n').changes).toHaveLength(0);
    expect(runPass(pass, 'FROM node:20-slim\nWORKDIR /a\nRUN npm ci\nCMD ["node", "a.js"]\n').changes).toHaveLength(0);
  });
  it('maps tags', () => {
    expect(nodeRuntimeTag('20')).toBe('20-slim');
    expect(nodeRuntimeTag('20-bookworm')).toBe('20-bookworm-slim');
    expect(nodeRuntimeTag('22-alpine')).toBe('22-alpine');
  });

  describe('yarn v1', () => {
    const app = 'FROM node:20\nWORKDIR /app\nCOPY package.json yarn.lock ./\nRUN yarn install --frozen-lockfile\nCOPY . .\nRUN yarn build\nCMD ["node", "dist/index.js"]\n';

    it('keeps the build, drops node_modules there and installs production dependencies on -slim', () => {
      expect(expectSound(app)).toBe(
        'FROM node:20 AS build\nWORKDIR /app\nCOPY package.json yarn.lock ./\nRUN yarn install --frozen-lockfile\nCOPY . .\nRUN yarn build\nRUN rm -rf node_modules\n\n' +
          'FROM node:20-slim\nWORKDIR /app\nCOPY package.json yarn.lock ./\nRUN yarn install --frozen-lockfile --production \\\n    && yarn cache clean\n' +
          'COPY --from=build /app /app\nCMD ["node", "dist/index.js"]\n',
      );
      const why = runPass(pass, app).changes[0].why;
      expect(why).toContain('with yarn (`yarn install --frozen-lockfile --production`, then `yarn cache clean`');
    });

    it('makes the estimated image smaller through the pipeline', () => {
      const r = optimize(app);
      expect(r.changes.find((c) => c.pass === 'multi-stage-node')?.enabled).toBe(true);
      expect(r.image!.bytes).toBeLessThan(r.originalBytes!);
    });

    it('with nothing to build, needs no build stage and keeps the flags the install depends on', () => {
      const out = expectSound('FROM node:20\nWORKDIR /app\nCOPY package.json yarn.lock ./\nRUN yarn --network-timeout 100000\nCOPY . .\nCMD ["node", "index.js"]\n');
      expect(out).toBe(
        'FROM node:20-slim\nWORKDIR /app\nCOPY package.json yarn.lock ./\n' +
          'RUN yarn install --frozen-lockfile --production --network-timeout 100000 \\\n    && yarn cache clean\nCOPY . .\nCMD ["node", "index.js"]\n',
      );
    });

    it('leaves berry alone: its linker and cache cannot be told from the Dockerfile', () => {
      const berry = [
        'FROM node:20\nWORKDIR /app\nCOPY package.json yarn.lock .yarnrc.yml ./\nCOPY .yarn ./.yarn\nRUN yarn install --immutable\nCOPY . .\nRUN yarn build\nCMD ["node", "dist/index.js"]\n',
        'FROM node:20\nRUN corepack enable\nWORKDIR /app\nCOPY package.json yarn.lock ./\nRUN yarn install\nCOPY . .\nRUN yarn build\nCMD ["node", "dist/index.js"]\n',
        'FROM node:20\nRUN corepack prepare yarn@4.1.0 --activate\nWORKDIR /app\nCOPY package.json yarn.lock ./\nRUN yarn install\nCOPY . .\nRUN yarn build\nCMD ["node", "dist/index.js"]\n',
      ];
      for (const text of berry) {
        expect(runPass(pass, text).changes, text).toHaveLength(0);
        expectSound(text);
      }
    });
  });

  describe('pnpm', () => {
    it('repeats corepack before the runtime install', () => {
      const text =
        'FROM node:20\nRUN corepack enable\nWORKDIR /app\nCOPY package.json pnpm-lock.yaml ./\nRUN pnpm install --frozen-lockfile\nCOPY . .\nRUN pnpm run build\nEXPOSE 3000\nCMD ["node", "dist/server.js"]\n';
      expect(expectSound(text)).toBe(
        'FROM node:20 AS build\nRUN corepack enable\nWORKDIR /app\nCOPY package.json pnpm-lock.yaml ./\nRUN pnpm install --frozen-lockfile\nCOPY . .\nRUN pnpm run build\nRUN rm -rf node_modules\n\n' +
          'FROM node:20-slim\nWORKDIR /app\nEXPOSE 3000\nRUN corepack enable\nCOPY package.json pnpm-lock.yaml ./\nRUN pnpm install --frozen-lockfile --prod\n' +
          'COPY --from=build /app /app\nCMD ["node", "dist/server.js"]\n',
      );
      expect(runPass(pass, text).changes[0].why).toContain('with pnpm (`pnpm install --frozen-lockfile --prod`)');
    });

    it('repeats a global npm install of pnpm, and corepack written in the install RUN', () => {
      const viaNpm = expectSound(
        'FROM node:20-bookworm\nWORKDIR /srv/app\nRUN npm install -g pnpm@9\nCOPY package.json pnpm-lock.yaml .npmrc ./\nRUN pnpm i\nCOPY . .\nRUN pnpm build\nCMD ["node", "dist/index.js"]\n',
      );
      expect(viaNpm).toContain(
        'FROM node:20-bookworm-slim\nWORKDIR /srv/app\nRUN npm install -g pnpm@9\nCOPY package.json pnpm-lock.yaml .npmrc ./\nRUN pnpm install --frozen-lockfile --prod\nCOPY --from=build /srv/app /srv/app\n',
      );
      const inline = expectSound(
        'FROM node:22\nWORKDIR /app\nCOPY package.json pnpm-lock.yaml ./\nRUN corepack enable && pnpm install --frozen-lockfile --ignore-scripts\nCOPY . .\nRUN pnpm build\nCMD ["node", "dist/index.js"]\n',
      );
      expect(inline).toContain('FROM node:22-slim\nWORKDIR /app\nCOPY package.json pnpm-lock.yaml ./\nRUN corepack enable \\\n    && pnpm install --frozen-lockfile --prod --ignore-scripts\n');
      const inlineNpm = expectSound(
        'FROM node:20\nWORKDIR /app\nCOPY package.json pnpm-lock.yaml ./\nRUN npm i -g pnpm && pnpm install\nCOPY . .\nRUN pnpm build\nCMD ["node", "dist/index.js"]\n',
      );
      expect(inlineNpm.split('FROM node:20-slim\n')[1]).toBe(
        'WORKDIR /app\nCOPY package.json pnpm-lock.yaml ./\nRUN npm i -g pnpm \\\n    && pnpm install --frozen-lockfile --prod\nCOPY --from=build /app /app\nCMD ["node", "dist/index.js"]\n',
      );
    });

    it('with nothing to build, getting pnpm is no build step', () => {
      const out = expectSound('FROM node:20\nRUN npm i -g pnpm\nWORKDIR /app\nCOPY package.json pnpm-lock.yaml ./\nRUN pnpm i\nCOPY . .\nCMD ["node", "index.js"]\n');
      expect(out).toBe('FROM node:20-slim\nWORKDIR /app\nRUN npm i -g pnpm\nCOPY package.json pnpm-lock.yaml ./\nRUN pnpm install --frozen-lockfile --prod\nCOPY . .\nCMD ["node", "index.js"]\n');
      // with no build stage to carry its files, a step the runtime would not repeat keeps the file as it is
      expect(runPass(pass, 'FROM node:20\nRUN npm i -g pnpm\nWORKDIR /app\nRUN mkdir uploads\nCOPY package.json pnpm-lock.yaml ./\nRUN pnpm i\nCOPY . .\nCMD ["node", "index.js"]\n').changes).toHaveLength(0);
    });

    it('leaves pnpm alone when the file does not show how pnpm got into the image', () => {
      const text = 'FROM node:20\nWORKDIR /app\nCOPY package.json pnpm-lock.yaml ./\nRUN pnpm install\nCOPY . .\nRUN pnpm build\nCMD ["node", "dist/index.js"]\n';
      expect(runPass(pass, text).changes).toHaveLength(0);
    });
  });

  it('leaves installs it cannot repeat in a runtime stage', () => {
    const build = 'COPY . .\nRUN yarn build\nCMD ["node", "dist/index.js"]\n';
    const cases = [
      // workspaces, another modules folder, a registry given as a flag
      'FROM node:20\nWORKDIR /app\nCOPY package.json yarn.lock ./\nRUN yarn install --frozen-lockfile --modules-folder /deps\n' + build,
      'FROM node:20\nWORKDIR /app\nCOPY package.json yarn.lock ./\nRUN yarn install --registry https://npm.example.com\n' + build,
      'FROM node:20\nRUN corepack enable\nWORKDIR /app\nCOPY package.json pnpm-lock.yaml pnpm-workspace.yaml ./\nRUN pnpm install -r --frozen-lockfile\nCOPY . .\nRUN pnpm build\nCMD ["node", "dist/index.js"]\n',
      'FROM node:20\nWORKDIR /app\nCOPY package.json yarn.lock ./\nCOPY packages/api/package.json packages/api/\nRUN yarn install\n' + build,
      // no lockfile named, a dependency added in the build, a generated client in node_modules
      'FROM node:20\nWORKDIR /app\nCOPY . .\nRUN yarn install\nRUN yarn build\nCMD ["node", "dist/index.js"]\n',
      'FROM node:20\nWORKDIR /app\nCOPY package.json yarn.lock ./\nRUN yarn install && yarn add sharp\n' + build,
      'FROM node:20\nWORKDIR /app\nCOPY package.json yarn.lock ./\nRUN yarn install\nCOPY . .\nRUN yarn prisma generate && yarn build\nCMD ["node", "dist/index.js"]\n',
      // compilers for native modules, registry credentials from a secret
      'FROM node:20-alpine\nRUN apk add --no-cache python3 make g++\nWORKDIR /app\nCOPY package.json yarn.lock ./\nRUN yarn install\n' + build,
      'FROM node:20\nWORKDIR /app\nCOPY package.json yarn.lock ./\nRUN --mount=type=secret,id=npmrc,target=/root/.npmrc yarn install\n' + build,
    ];
    for (const text of cases) {
      expect(runPass(pass, text).changes, text).toHaveLength(0);
      expectSound(text);
    }
  });
});

const APP_22 = 'FROM node:22\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci\nCOPY . .\nRUN npm run build\nEXPOSE 3000\nCMD ["node", "dist/index.js"]\n';

/** Through the whole 'smallest' pipeline: parses, idempotent, never grows, and no bigger than 'recommended' (smaller on distroless). */
function expectSmallest(text: string): string {
  const r = optimize(text, { profile: 'smallest' });
  expect(parsesCleanly(r.dockerfile), 'parses').toBe(true);
  expect(optimize(r.dockerfile, { profile: 'smallest' }).dockerfile, 'idempotent').toBe(r.dockerfile);
  expect(r.image!.bytes, 'never grows').toBeLessThanOrEqual(r.originalBytes!);
  const recommended = optimize(text, { profile: 'recommended' }).image!.bytes;
  if (r.dockerfile.includes('gcr.io/distroless/nodejs')) expect(r.image!.bytes).toBeLessThan(recommended);
  else expect(r.image!.bytes).toBeLessThanOrEqual(recommended);
  return r.dockerfile;
}

describe('multi-stage-node: starts through npx', () => {
  it('leaves an app whose build downloads browsers into root\'s cache (Playwright, Puppeteer)', () => {
    expect(runPass(pass, 'FROM node:20\nWORKDIR /app\nCOPY package*.json ./\nRUN npm install\nCOPY . .\nRUN npx playwright install --with-deps chromium\nCMD ["node", "dist/index.js"]\n').changes).toHaveLength(0);
    expect(runPass(pass, 'FROM node:20\nWORKDIR /app\nCOPY package*.json ./\nRUN npm install puppeteer && npm install\nCOPY . .\nCMD ["node", "index.js"]\n').changes).toHaveLength(0);
  });
  it('keeps devDependencies for `npx nest start` (the Nest CLI and typescript are devDependencies; review of corpus 7)', () => {
    const { text: out, changes } = runPass(pass, 'FROM node:20\nWORKDIR /app\nCOPY package*.json ./\nRUN npm install\nCOPY . .\nRUN npm run build\nCMD ["npx", "nest", "start"]\n');
    expect(out).not.toMatch(/prune|--omit=dev/);
    expect(changes[0].why).toMatch(/keeps devDependencies, because the start command runs a development server or a tool through npx/);
  });
});

describe('multi-stage-node on distroless (smallest profile)', () => {
  it('ships a built npm app on distroless nodejs22 with production dependencies from a deps stage', () => {
    const { text: out, changes } = runPass(pass, APP_22, 'smallest');
    expect(out).toBe(
      'FROM node:22-trixie AS build\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci\nCOPY . .\nRUN npm run build\nRUN rm -rf node_modules\n\n' +
        'FROM node:22-trixie AS deps\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci --omit=dev\n\n' +
        'FROM gcr.io/distroless/nodejs22-debian13:nonroot\nWORKDIR /app\nEXPOSE 3000\n' +
        'COPY --from=deps /app/node_modules /app/node_modules\nCOPY --from=build /app /app\nCMD ["dist/index.js"]\n',
    );
    expect(changes[0].why).toMatch(/same Debian 13 release as the runtime.*Node 22 at \/nodejs\/bin\/node/);
    expect(runPass(pass, out, 'smallest').changes).toHaveLength(0);
    expect(expectSmallest(APP_22)).toContain('FROM gcr.io/distroless/nodejs22-debian13:nonroot\n');
    // the :nonroot image already runs as uid 65532
    expect(optimize(APP_22, { profile: 'smallest' }).dockerfile).not.toContain('USER ');
  });
  it('keeps the recommended profile on -slim', () => {
    expect(rewrite(pass, APP_22)).toContain('RUN npm prune --omit=dev\n\nFROM node:22-slim\n');
  });
  it('keeps a bookworm build on bookworm: what it builds starts on the Debian 13 runtime', () => {
    const { text: out, changes } = runPass(pass, APP_22.replace('node:22', 'node:22-bookworm'), 'smallest');
    expect(out).toContain('FROM node:22-bookworm AS deps\n');
    expect(out).toContain('FROM gcr.io/distroless/nodejs22-debian13:nonroot\n');
    expect(changes[0].why).toMatch(/stay on node:22-bookworm, an older Debian release than the runtime's Debian 13/);
  });
  it('ships a node:22 app without a build step, keeping the user\'s install', () => {
    const text = 'FROM node:22\nWORKDIR /usr/src/app\nCOPY package*.json ./\nRUN npm install\nCOPY . .\nEXPOSE 3000\nCMD node server.js --port 3000\n';
    const out = rewrite(pass, text, 'smallest');
    expect(out).toContain('FROM node:22-trixie AS deps\nWORKDIR /usr/src/app\nCOPY package*.json ./\nRUN npm install --omit=dev\n\n');
    expect(out).toContain('FROM gcr.io/distroless/nodejs22-debian13:nonroot\n');
    expect(out).toContain('COPY --from=deps /usr/src/app/node_modules /usr/src/app/node_modules\nCOPY --from=build /usr/src/app /usr/src/app\nCOPY . .\n');
    expect(out).toContain('CMD ["server.js", "--port", "3000"]\n');
    expect(expectSmallest(text)).toContain('FROM gcr.io/distroless/nodejs22-debian13:nonroot\n');
  });
  it('repeats only the install in the deps stage when the build shares its RUN', () => {
    const out = rewrite(pass, 'FROM node:22\nWORKDIR /app\nCOPY . .\nRUN npm ci && npm run build\nCMD ["node", "dist/main.js"]\n', 'smallest');
    expect(out).toContain('FROM node:22-trixie AS deps\nWORKDIR /app\nCOPY . .\nRUN npm ci --omit=dev\n\n');
  });
  it('keeps a trixie build on Debian 13 and translates an ENTRYPOINT', () => {
    const text = APP_22.replace('node:22', 'node:22-trixie').replace('CMD ["node", "dist/index.js"]', '# start\nENTRYPOINT ["node", "dist/index.js"]\nCMD ["--port", "3000"]');
    const out = rewrite(pass, text, 'smallest');
    expect(out).toContain('FROM node:22-trixie AS deps\n');
    expect(out).toContain('FROM gcr.io/distroless/nodejs22-debian13:nonroot\n');
    expect(out).toContain('# start\nENTRYPOINT ["/nodejs/bin/node", "dist/index.js"]\nCMD ["--port", "3000"]\n');
    expectSmallest(text);
  });
  it('stays on -slim, and says why, when distroless would not surely run', () => {
    const slim = (text: string, runtime: string, reason: RegExp): void => {
      const { text: out, changes } = runPass(pass, text, 'smallest');
      expect(out, text).toContain(`FROM ${runtime}\n`);
      expect(changes[0].why, text).toMatch(/Not gcr\.io\/distroless\/nodejs: /);
      expect(changes[0].why, text).toMatch(reason);
      expectSmallest(text);
    };
    slim(APP_22.replace('CMD ["node", "dist/index.js"]', 'CMD ["npm", "start"]'), 'node:22-slim', /starts with `npm`, which distroless does not have/);
    slim(APP_22.replace('CMD ["node", "dist/index.js"]', 'CMD npm run serve'), 'node:22-slim', /development server/);
    slim(APP_22.replace('CMD ["node", "dist/index.js"]', 'CMD npm run start:prod'), 'node:22-slim', /starts with `npm`/);
    slim('FROM node:22\nWORKDIR /app\nCOPY package.json yarn.lock ./\nRUN yarn install --frozen-lockfile\nCOPY . .\nRUN yarn build\nCMD ["node", "dist/index.js"]\n', 'node:22-slim', /yarn installs production dependencies in the runtime stage/);
    slim(APP_22.replace('node:22', 'node:22-alpine'), 'node:22-alpine', /musl/);
    slim(APP_22.replace('node:22', 'node:20-trixie'), 'node:20-trixie-slim', /Node 22 and 24 only/);
    slim(APP_22.replace('node:22', 'node:18'), 'node:18-slim', /Node 22 and 24 only/);
    // distroless stopped updating nodejs20-debian12 with the rest of its Debian 12 images
    slim(APP_22.replace('node:22', 'node:20'), 'node:20-slim', /distroless stopped updating its debian12 images on 2026-09-01/);
    // the probe's curl came with the full image, so the runtime installs it, which distroless cannot
    slim(APP_22.replace('EXPOSE 3000', 'HEALTHCHECK CMD curl -f http://localhost:3000/ || exit 1'), 'node:22-slim', /the runtime needs curl, ca-certificates and distroless has no apt/);
    slim(APP_22.replace('EXPOSE 3000', 'RUN mkdir -p /app/uploads'), 'node:22-slim', /a RUN step is left/);
    slim(APP_22.replace('COPY package*.json ./\nRUN npm ci', 'COPY . .\nRUN npm install'), 'node:22-slim', /no lockfile is copied by name/);
  });
});

describe('multi-stage-node: what the runtime stage copies', () => {
  const MONOREPO = 'FROM node:20-alpine\nWORKDIR /app\nCOPY services/api/package.json ./services/api/\nRUN cd services/api && npm install\nCOPY services/api/ ./services/api/\nCOPY shared/ ./shared/\nRUN cd services/api && npx tsc\nCMD ["node", "services/api/dist/index.js"]\n';
  it('ships the directories copied beside the package (a monorepo\'s shared/), not the package alone', () => {
    const out = optimize(MONOREPO, { profile: 'recommended' }).dockerfile;
    const runtime = out.split('\n\n')[1];
    expect(runtime).toContain('--from=build /app /app\n');
    expect(runtime).not.toContain('/app/services/api /app/services/api');
    expect(parsesCleanly(out)).toBe(true);
  });
  it('writes the working directory once where the builder went into a subdirectory and back (cd turned into WORKDIR)', () => {
    const runtime = optimize(MONOREPO, { profile: 'recommended' }).dockerfile.split('\n\n')[1];
    expect(runtime.match(/^WORKDIR /gm)).toHaveLength(1);
  });
  it('keeps the package directory when a copy goes into a system directory', () => {
    const text = 'FROM node:20\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci\nCOPY . .\nCOPY nginx.conf /etc/nginx/nginx.conf\nRUN npm run build\nCMD ["node", "dist/server.js"]\n';
    expect(rewrite(pass, text)).toContain('--from=build /app /app\n');
  });
});
