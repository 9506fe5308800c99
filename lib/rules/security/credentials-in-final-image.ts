import type { Rule } from '../types';
import { looksLikeSecretName } from './secret-in-arg-or-env';
import { runCommandsByInstruction } from '../correctness/_run-commands';

/** Well-known credential variables of cloud and API SDKs (as Trivy's DS031 lists them). */
const CREDENTIAL_ENVS = new Set([
  'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN', 'AZURE_CLIENT_ID', 'AZURE_CLIENT_SECRET',
  'GITHUB_TOKEN', 'OPENAI_API_KEY', 'HF_TOKEN',
]);
/** Front-end build tools expose these prefixes to browser code. */
const PUBLIC_PREFIXES = ['VITE_', 'REACT_APP_'];
/** Variables that point SDKs at a credentials file. */
const CREDENTIAL_FILE_ENVS = new Set(['AWS_CONFIG_FILE', 'HF_TOKEN_PATH', 'GOOGLE_APPLICATION_CREDENTIALS']);

function isCredentialEnv(name: string): boolean {
  const prefix = PUBLIC_PREFIXES.find((p) => name.startsWith(p));
  return CREDENTIAL_ENVS.has(prefix ? name.slice(prefix.length) : name);
}

function normalise(p: string): string {
  return p.replace(/^["']|["']$/g, '').replace(/^\.?\/+/, '').replace(/\/+$/, '');
}

export const rule: Rule = {
  id: 'credentials-in-final-image',
  title: 'Cloud credentials end up in the final image',
  category: 'security',
  severity: 'error',
  aliases: ['AVD-DS-0031', 'DS031'],
  lesson: 'security',
  explanation:
    'The final image keeps its ENV values, its ARG values in the history, and every file copied into it. Cloud and API credentials placed there (`AZURE_CLIENT_ID`, a `GOOGLE_APPLICATION_CREDENTIALS` file copied in, `aws configure set aws_secret_access_key` in a RUN) can be read by anyone who pulls the image. Use `RUN --mount=type=secret` at build time and mount credentials at run time.',
  examples: {
    bad: 'FROM python:3.12-slim\nCOPY keys/ /app/keys/\nENV GOOGLE_APPLICATION_CREDENTIALS=/app/keys/sa.json',
    good: 'FROM python:3.12-slim\nCOPY app/ /app/\n# mount the key at run time: docker run -v ./sa.json:/run/secrets/sa.json -e GOOGLE_APPLICATION_CREDENTIALS=/run/secrets/sa.json',
  },
  check(ctx) {
    const model = ctx.model;
    const final = model.stages[model.stages.length - 1];
    if (!final) return;
    const copyDests = final.instructions
      .filter((i) => i.keyword === 'COPY' || i.keyword === 'ADD')
      .map((i) => normalise((i.json ? i.json[i.json.length - 1] : i.words[i.words.length - 1]?.value) ?? ''));
    for (const ins of final.instructions) {
      if (ins.keyword === 'ARG' || ins.keyword === 'ENV') {
        for (const p of ins.pairs) {
          // names the generic secret rule already reports are not reported twice
          if (isCredentialEnv(p.key) && !looksLikeSecretName(p.key)) {
            ctx.report({ span: ins.span, message: `${ins.keyword} ${p.key} stores a cloud credential in the image: pass it with RUN --mount=type=secret or at run time.` });
          }
          if (CREDENTIAL_FILE_ENVS.has(p.key) && p.value) {
            const target = normalise(p.value);
            if (copyDests.some((d) => d !== '' && (target === d || target.startsWith(d + '/')))) {
              ctx.report({ span: ins.span, message: `${p.key} points at a credentials file copied into the image: mount it at run time instead.` });
            }
          }
        }
      }
      if (ins.keyword === 'COPY' && ins.words.length === 2) {
        const dest = ins.words[1].value.replace(/^\$\{?|\}$/g, '');
        if (ins.words[1].value.startsWith('$') && CREDENTIAL_FILE_ENVS.has(dest)) {
          ctx.report({ span: ins.span, message: `COPY puts a credentials file at $${dest} in the image: mount it at run time instead.` });
        }
      }
    }
    for (const { ins, commands } of runCommandsByInstruction(model)) {
      if (ins.stageIndex !== final.index) continue;
      if (ins.flags.some((f) => f.name === 'mount' && /(?:^|,)type=secret(?:,|$)/.test(f.value ?? ''))) continue;
      const found = commands.find(({ cmd }) => {
        const a = cmd.args;
        if (cmd.base === 'aws') return a[0] === 'configure' && a[1] === 'set' && /^aws_(?:access_key_id|secret_access_key)$/.test(a[2] ?? '');
        if (cmd.base === 'gcloud') return a[0] === 'auth' && a[1] === 'activate-service-account';
        if (cmd.base === 'az') return a[0] === 'login';
        return false;
      });
      if (found) {
        ctx.report({ span: ins.span, message: `'${found.cmd.base} ${found.cmd.args.slice(0, 2).join(' ')}' writes credentials into the image: use RUN --mount=type=secret.` });
      }
    }
  },
};
