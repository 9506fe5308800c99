import type { Rule } from '../types';
import type { Instruction } from '../../model/types';

const KNOWN = new Set([
  'ACCESS_TOKEN', 'APPLICATION_KEY', 'APP_SECRET', 'AUTH_TOKEN', 'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'BITTREX_API_KEY',
  'BITTREX_API_SECRET', 'CF_PASSWORD', 'CF_USERNAME', 'CIRCLE_TOKEN', 'CI_DEPLOY_PASSWORD', 'CI_DEPLOY_USER', 'DOCKERHUB_PASSWORD',
  'DOCKER_EMAIL', 'DOCKER_PASSWORD', 'DOCKER_USERNAME', 'FACEBOOK_ACCESS_TOKEN', 'FACEBOOK_APP_ID', 'FACEBOOK_APP_SECRET',
  'FIREBASE_API_TOKEN', 'FIREBASE_TOKEN', 'FOSSA_API_KEY', 'GH_ENTERPRISE_TOKEN', 'GH_TOKEN', 'GITHUB_ENTERPRISE_TOKEN', 'GITHUB_TOKEN',
  'HEROKU_API_KEY', 'HEROKU_API_USER', 'NPM_AUTH_TOKEN', 'NPM_TOKEN', 'OKTA_AUTHN_GROUPID', 'OKTA_CLIENT_ORGURL', 'OKTA_CLIENT_TOKEN',
  'OKTA_OAUTH2_CLIENTID', 'OKTA_OAUTH2_CLIENTSECRET', 'OPENAI_API_KEY', 'OS_PASSWORD', 'OS_USERNAME', 'POSTGRES_PASSWORD', 'SLACK_TOKEN',
  'STRIPE_API_KEY', 'STRIPE_DEVICE_NAME', 'TRAVIS_OS_NAME', 'TRAVIS_SECURE_ENV_VARS', 'TRAVIS_SUDO', 'VAULT_CLIENT_KEY', 'VAULT_TOKEN',
]);
const SUSPICIOUS = ['api_key', 'client_key', 'password', 'private', 'secret', 'token', 'username'];

export function sensitiveName(name: string): boolean {
  const lower = name.toLowerCase();
  return KNOWN.has(name.toUpperCase()) || SUSPICIOUS.some((s) => lower.includes(s));
}

export const rule: Rule = {
  id: 'sensitive-arg-or-env-name',
  title: 'ARG or ENV named like a secret',
  category: 'security',
  severity: 'warning',
  aliases: ['DL3064'],
  lesson: 'security',
  explanation:
    'ARG values are recorded in the image history and ENV values are stored in the image config: anyone who can pull the image can read them. A variable named like a password, token or key probably carries one. Pass secrets with RUN --mount=type=secret instead.',
  examples: {
    bad: 'FROM alpine:3.20\nARG GITHUB_TOKEN\nRUN wget -q --header "Authorization: token $GITHUB_TOKEN" https://example.com/x',
    good: 'FROM alpine:3.20\nRUN --mount=type=secret,id=github_token wget -q --header "Authorization: token $(cat /run/secrets/github_token)" https://example.com/x',
  },
  check(ctx) {
    for (const outer of ctx.model.instructions) {
      const ins: Instruction | null = outer.keyword === 'ONBUILD' ? outer.trigger : outer;
      if (!ins || (ins.keyword !== 'ARG' && ins.keyword !== 'ENV')) continue;
      const names = ins.pairs.map((p) => p.key).filter(sensitiveName);
      if (names.length) {
        ctx.report({ span: outer.span, message: `${ins.keyword} ${names.join(', ')} looks like a secret, and its value ends up readable in the image: use RUN --mount=type=secret instead.` });
      }
    }
  },
};
