import type { Rule } from '../types';
import { instructionsOf } from '../helpers';

/** Why a source path looks like a private key or a credentials file, or null. */
export function secretFileKind(path: string): string | null {
  const clean = path.replace(/\/+$/, '');
  const name = clean.slice(clean.lastIndexOf('/') + 1);
  const lower = name.toLowerCase();
  if (/^id_(?:rsa|dsa|ecdsa|ed25519)(?:_sk)?$/.test(lower)) return 'an SSH private key';
  if (lower === '.ssh') return 'an SSH key directory';
  if (/\.(?:p12|pfx|jks|keystore)$/.test(lower)) return 'a key store with private keys';
  if (lower.endsWith('.pem') && /key|priv/.test(lower) && !/pub/.test(lower)) return 'a private key';
  // `.key` is also used for public GPG repository keys, which are fine to copy
  if (lower.endsWith('.key') && !/gpg|pgp|pub|release|repo|archive|sign|apt|yum/.test(lower)) return 'a private key';
  if (lower === '.env' || (/^\.env\.[a-z0-9_-]+$/.test(lower) && !/\.(?:example|sample|template|dist|defaults?|test)$/.test(lower))) return 'an environment file that usually holds secrets';
  if (['.npmrc', '.pypirc', '.netrc', '.git-credentials', '.pgpass'].includes(lower)) return 'a file that holds registry or login tokens';
  if (/(?:^|\/)\.aws\/credentials$/.test(clean) || lower === '.aws') return 'AWS credentials';
  if (/(?:^|\/)\.docker\/config\.json$/.test(clean)) return 'Docker registry credentials';
  if (/(?:^|\/)\.kube\/config$/.test(clean)) return 'a Kubernetes config with cluster credentials';
  if (lower === 'credentials.json' || /^service[-_]?account.*\.json$/.test(lower)) return 'a service-account key';
  return null;
}

export const rule: Rule = {
  id: 'secret-file-copied',
  title: 'Private key or credentials file copied into the image',
  category: 'security',
  severity: 'warning',
  aliases: [],
  lesson: 'security',
  explanation:
    'A file copied with COPY or ADD is stored in that layer for good: deleting it later hides it but leaves it in the image and in the build cache. SSH keys, `.env` files, `.npmrc` or `.pypirc` tokens and cloud credential files copied this way can be read by anyone with the image. Use `RUN --mount=type=secret` or `--mount=type=ssh` during the build, and mount credentials at run time.',
  examples: {
    bad: 'FROM node:22\nCOPY .npmrc package.json ./\nRUN npm ci',
    good: 'FROM node:22\nCOPY package.json ./\nRUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci',
  },
  check(ctx) {
    for (const kw of ['COPY', 'ADD']) {
      for (const ins of instructionsOf(ctx.model, kw)) {
        // files taken from another stage were already reported where they entered the build
        if (ins.flags.some((f) => f.name.toLowerCase() === 'from')) continue;
        const sources = ins.json ? ins.json.slice(0, -1) : ins.words.slice(0, -1).map((w) => w.value);
        for (const src of sources) {
          if (src.startsWith('<<') || /^[a-z][a-z0-9+.-]*:\/\//i.test(src)) continue;
          const kind = secretFileKind(src);
          if (kind) ctx.report({ span: ins.span, message: `${kw} ${src} puts ${kind} into a layer for good: use RUN --mount=type=secret (or type=ssh) instead.` });
        }
      }
    }
  },
};
