import type { Rule } from '../types';
import { runCommands, reportSpan } from '../correctness/_run-commands';

/** Variables that switch certificate checks off, and the values that do it (null = any non-empty value). */
const INSECURE_ENV: Record<string, { off: RegExp | null; what: string }> = {
  NODE_TLS_REJECT_UNAUTHORIZED: { off: /^0$/, what: 'Node.js accepts any certificate' },
  PYTHONHTTPSVERIFY: { off: /^0$/, what: 'Python skips HTTPS certificate checks' },
  NPM_CONFIG_STRICT_SSL: { off: /^false$/i, what: 'npm accepts any registry certificate' },
  YARN_STRICT_SSL: { off: /^false$/i, what: 'yarn accepts any registry certificate' },
  GIT_SSL_NO_VERIFY: { off: null, what: 'git skips certificate checks' },
  PIP_TRUSTED_HOST: { off: null, what: 'pip trusts that host without a valid certificate' },
  GOINSECURE: { off: null, what: 'go fetches those modules without certificate checks' },
};

/** The reason a `name=value` setting disables TLS checks, or null. */
export function insecureSetting(name: string, value: string): string | null {
  const entry = INSECURE_ENV[name.toUpperCase()];
  if (!entry) return null;
  const v = value.trim();
  if (entry.off ? !entry.off.test(v) : v === '') return null;
  return `${name}=${v}: ${entry.what}`;
}

export const rule: Rule = {
  id: 'tls-verification-disabled-env',
  title: 'Environment variable switches certificate checks off',
  category: 'security',
  severity: 'warning',
  aliases: ['CKV2_DOCKER_5', 'CKV2_DOCKER_6', 'CKV2_DOCKER_12', 'CKV2_DOCKER_14', 'CKV2_DOCKER_16', 'CKV2_DOCKER_18'],
  lesson: 'security',
  explanation:
    'Variables such as `NODE_TLS_REJECT_UNAUTHORIZED=0`, `PYTHONHTTPSVERIFY=0`, `GIT_SSL_NO_VERIFY`, `NPM_CONFIG_STRICT_SSL=false`, `PIP_TRUSTED_HOST` or `GOINSECURE` make every later download skip certificate checks, and set with ENV they stay on in the running container too. Trust the right CA instead of turning verification off.',
  examples: {
    bad: 'FROM node:22\nENV NODE_TLS_REJECT_UNAUTHORIZED=0\nRUN npm ci',
    good: 'FROM node:22\nCOPY corp-ca.pem /usr/local/share/ca-certificates/corp-ca.crt\nENV NODE_EXTRA_CA_CERTS=/usr/local/share/ca-certificates/corp-ca.crt\nRUN npm ci',
  },
  check(ctx) {
    const model = ctx.model;
    for (const ins of model.instructions) {
      const target = ins.keyword === 'ONBUILD' && ins.trigger ? ins.trigger : ins;
      if (target.keyword !== 'ENV' && target.keyword !== 'ARG') continue;
      for (const p of target.pairs) {
        // an ARG without a default sets nothing unless the build passes it
        if (target.keyword === 'ARG' && !p.hasEquals) continue;
        const why = insecureSetting(p.key, p.value);
        if (why) ctx.report({ span: ins.span, message: `${why}: remove it and trust the right CA instead.` });
      }
    }
    for (const found of runCommands(model)) {
      const { cmd } = found;
      const settings = cmd.assignments.map((a) => [a.name, a.value] as const);
      if (cmd.base === 'export' || cmd.base === 'declare') {
        for (const a of cmd.args) {
          const eq = a.indexOf('=');
          if (eq > 0) settings.push([a.slice(0, eq), a.slice(eq + 1)]);
        }
      }
      for (const [name, value] of settings) {
        const why = insecureSetting(name, value);
        if (why) ctx.report({ span: reportSpan(model, found), message: `${why}: remove it and trust the right CA instead.` });
      }
    }
  },
};
