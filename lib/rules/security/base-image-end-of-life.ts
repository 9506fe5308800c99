import type { Rule } from '../types';
import type { ImageRef } from '../../model/types';
import eolJson from '../../data/eol.json';
import distrolessJson from '../../data/distroless-images.json';

interface Cycle {
  c: string;
  r: string | null;
  e: string | null;
  v?: string;
  n?: string;
  lts?: boolean;
  atLeast?: string;
  le?: string;
}
interface EolData {
  products: Record<string, { sources: string[]; cycles: Cycle[] }>;
}
const META = eolJson[0] as { collected: string | null };
const DATA = eolJson[1] as unknown as EolData;

/** Official images (Docker Hub library or MCR .NET) and the product of the end-of-life table they belong to. */
const HUB_PRODUCTS = new Set(['python', 'node', 'golang', 'eclipse-temurin', 'ruby', 'php', 'debian', 'ubuntu', 'alpine', 'nginx']);
const DOTNET_REPOS = /^dotnet\/(?:aspnet|runtime|runtime-deps|sdk|monitor)$/;

/** Last day covered by a date: a YYYY-MM date lasts until the end of that month. */
function endOf(date: string): number {
  if (/^\d{4}-\d{2}$/.test(date)) {
    const [y, m] = date.split('-').map(Number);
    return Date.UTC(y, m, 1) - 1;
  }
  return Date.parse(date + 'T23:59:59Z');
}

/** Security fixes end at the end of Debian LTS where there is one, else at the end of life. */
function endDate(c: Cycle): string | null {
  return c.le ?? c.e;
}

function isEnded(c: Cycle, now: number): boolean {
  const end = endDate(c);
  return end !== null && endOf(end) < now;
}

function isSupported(c: Cycle, now: number): boolean {
  const released = c.r !== null ? Date.parse(c.r.length === 7 ? c.r + '-01' : c.r) <= now : c.e !== null;
  return released && !isEnded(c, now);
}

function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d) return d;
  }
  return 0;
}

/** The newest supported cycle of a product (by version, or by release date for codenames). */
function newestSupported(product: string, now: number, prefer?: (c: Cycle) => boolean): Cycle | null {
  const cycles = (DATA.products[product]?.cycles ?? []).filter((c) => isSupported(c, now) && (!prefer || prefer(c)));
  if (!cycles.length) return prefer ? newestSupported(product, now) : null;
  const numeric = cycles.every((c) => /^\d+(?:\.\d+)*$/.test(c.c));
  return [...cycles].sort((a, b) => (numeric ? compareVersions(b.c, a.c) : ((b.r ?? '') < (a.r ?? '') ? -1 : (b.r ?? '') > (a.r ?? '') ? 1 : 0)))[0];
}

interface Match {
  product: string;
  cycle: Cycle;
  /** the text of the tag that names the cycle, replaced by the suggestion */
  token: string;
  /** when the cycle is older than every line in the table: the oldest known line */
  olderThan?: Cycle;
}

/** Finds the cycle named by `version` (3.9, 16, 1.19.3 -> 1.19): exact line, or a line older than all known ones. */
function cycleFor(product: string, version: string): { cycle: Cycle; olderThan?: Cycle } | null {
  const cycles = DATA.products[product]?.cycles ?? [];
  if (!cycles.length) return null;
  const depth = cycles[0].c.split('.').length;
  const line = version.split('.').slice(0, depth).join('.');
  if (version.split('.').length < depth) return null; // node:3 or php:8 name no single line
  const exact = cycles.find((c) => c.c === line || c.v === line);
  if (exact) return { cycle: exact };
  const oldest = [...cycles].filter((c) => /^\d/.test(c.c)).sort((a, b) => compareVersions(a.c, b.c))[0];
  if (oldest && /^\d+(?:\.\d+)*$/.test(line) && compareVersions(line, oldest.c) < 0 && endDate(oldest)) {
    return { cycle: { c: line, r: null, e: endDate(oldest) }, olderThan: oldest };
  }
  return null;
}

/** The product lines a FROM image names: the runtime from the repository and tag, and the distribution in the tag. */
export function matchImage(image: ImageRef): Match[] {
  if (image.unresolved || image.digest && !image.tag) return [];
  const registry = image.registry;
  const repo = image.repository.replace(/^library\//, '');
  const tag = image.tag ?? '';
  const out: Match[] = [];
  let product: string | null = null;
  if ((registry === null || registry === 'docker.io' || registry === 'index.docker.io') && HUB_PRODUCTS.has(repo)) product = repo;
  if (registry === 'mcr.microsoft.com' && DOTNET_REPOS.test(repo)) product = 'dotnet';
  if (!product || !tag) return out;
  const words = tag.split('-');
  if (product === 'debian' || product === 'ubuntu') {
    const w = words[0];
    const cycles = DATA.products[product]?.cycles ?? [];
    const hit = cycles.find((c) => c.c === w || c.v === w || c.n === w) ?? (/^\d/.test(w) ? cycleFor(product, w)?.cycle : undefined);
    if (hit) out.push({ product, cycle: hit, token: w });
    return out;
  }
  const version = /^v?(\d+(?:\.\d+)*)$/.exec(words[0]);
  if (version) {
    const v = version[1];
    const found = cycleFor(product, product === 'dotnet' ? v.split('.')[0] : v);
    if (found) out.push({ product, cycle: found.cycle, token: words[0], olderThan: found.olderThan });
  }
  // distribution named in the variant: python:3.11-bullseye, node:16-alpine3.14
  for (const w of words.slice(1)) {
    const deb = DATA.products.debian?.cycles.find((c) => c.c === w);
    if (deb) out.push({ product: 'debian', cycle: deb, token: w });
    const alp = /^alpine(\d+\.\d+)$/.exec(w);
    if (alp) {
      const found = cycleFor('alpine', alp[1]);
      if (found) out.push({ product: 'alpine', cycle: found.cycle, token: w, olderThan: found.olderThan });
    }
  }
  return out;
}

function replacementToken(m: Match, now: number): string | null {
  if (m.product === 'debian') {
    const next = newestSupported('debian', now);
    if (!next) return null;
    return /^\d/.test(m.token) ? next.v ?? next.c : next.c;
  }
  if (m.product === 'ubuntu') {
    const next = newestSupported('ubuntu', now, (c) => c.lts === true);
    if (!next) return null;
    return /^\d/.test(m.token) ? next.c : next.n ?? next.c;
  }
  if (m.product === 'alpine' && m.token.startsWith('alpine')) {
    const next = newestSupported('alpine', now);
    return next ? 'alpine' + next.c : null;
  }
  // node: stay on LTS lines; dotnet: tags are major.minor (8.0)
  const next = newestSupported(m.product, now, m.product === 'node' || m.product === 'dotnet' ? (c) => c.lts === true : undefined);
  if (!next) return null;
  if (m.product === 'dotnet') return next.c.includes('.') ? next.c : next.c + '.0';
  return next.c;
}

const DISTROLESS = distrolessJson[1] as { current: string; deprecated: Record<string, string>; olderDeprecated: string[]; python3: Record<string, string>; nodejs: Record<string, number[]> };

/**
 * A gcr.io/distroless image of a Debian release whose distroless images are no longer rebuilt
 * (they keep the Debian packages of the day they stopped): what to say, or null.
 */
export function deprecatedDistroless(image: ImageRef, now: number): string | null {
  if (image.unresolved || image.registry !== 'gcr.io') return null;
  const m = /^distroless\/([a-z0-9-]+?)-(debian\d+)$/.exec(image.repository);
  if (!m) return null;
  const [, name, release] = m;
  const since = DISTROLESS.deprecated[release];
  if (since ? endOf(since) >= now : !DISTROLESS.olderDeprecated.includes(release)) return null;
  const current = DISTROLESS.current;
  const python = DISTROLESS.python3[current];
  const node = DISTROLESS.nodejs[current];
  const move = name === 'python3'
    ? ` Move to gcr.io/distroless/python3-${current}, which has Python ${python}: rebuild the packages for it in a matching builder.`
    : /^nodejs\d+$/.test(name)
      ? ` Move to gcr.io/distroless/nodejs${node[node.length - 1]}-${current} (Node ${node.join(' or ')} on ${current}).`
      : ` Move to gcr.io/distroless/${name}-${current}: it runs programs built on older Debian releases too.`;
  return `distroless stopped updating its ${release} images${since ? ` on ${since}` : ' before its Debian 12 ones'}: this image gets no security fixes any more.${move}`;
}

function describe(m: Match): string {
  const name = m.product === 'dotnet' ? '.NET' : m.product;
  if (m.olderThan) return `${name} ${m.cycle.c} is older than ${m.olderThan.c}, whose support already ended on ${endDate(m.olderThan)}`;
  return `${name} ${m.cycle.c} reached its end of life on ${endDate(m.cycle)}${m.cycle.le ? ' (end of Debian LTS)' : ''}`;
}

/** The rule with an injectable clock (tests pass a fixed date; the product uses the current one). */
export function createRule(now: () => Date = () => new Date()): Rule {
  return {
    id: 'base-image-end-of-life',
    title: 'Base image past its end of life',
    category: 'security',
    severity: 'warning',
    aliases: [],
    lesson: 'security',
    explanation:
      'Once a runtime or distribution release reaches its end of life, nobody fixes its security holes any more, and the image tags for it stop being rebuilt. Everything built on it inherits the open vulnerabilities. Move to a supported release line; the dates come from a bundled end-of-life table (endoflife.date and the projects\' own pages).',
    examples: {
      bad: 'FROM python:3.9-slim\nCMD ["python", "-V"]',
      good: 'FROM python:3.13-slim\nCMD ["python", "-V"]',
    },
    check(ctx) {
      const t = now().getTime();
      const { model } = ctx;
      const stageNames = new Set(model.stages.map((s) => s.name?.toLowerCase()).filter(Boolean));
      for (const stage of model.stages) {
        if (stage.baseStage !== null || stage.isScratch) continue;
        if (!stage.image.registry && stageNames.has(stage.image.repository.toLowerCase())) continue;
        const distroless = deprecatedDistroless(stage.image, t);
        if (distroless) {
          ctx.report({ span: stage.from.span, message: `${distroless} (Distroless support table collected ${(distrolessJson[0] as { collected: string }).collected}.)` });
          continue;
        }
        const ended = matchImage(stage.image).filter((m) => isEnded(m.cycle, t));
        if (!ended.length) continue;
        const tag = stage.image.tag ?? '';
        let suggested = tag;
        for (const m of ended) {
          const token = replacementToken(m, t);
          if (token) suggested = suggested.replace(m.token, token);
        }
        const repoText = stage.image.raw.slice(0, stage.image.raw.length - tag.length - (stage.image.digest ? stage.image.digest.length + 1 : 0));
        const hint = suggested !== tag ? ` Use a supported line such as ${repoText}${suggested}.` : '';
        ctx.report({
          span: stage.from.span,
          message: `${ended.map(describe).join('; ')}: it gets no security fixes any more.${hint} (End-of-life table collected ${META.collected ?? 'unknown'}.)`,
        });
      }
    },
  };
}

export const rule: Rule = createRule();
