/**
 * Base image sizes: exact table rows first, then the nearest version of the same image and
 * variant, then a guess from the family and tag words (alpine, slim, -jre, distroless...).
 */
import type { Confidence } from '../types';
import type { ImageRef } from '../model/types';
import { baseImages, type BaseImageRow } from './data';
import { MB, GB } from './units';

export interface BaseImageInfo {
  /** the table row used, or null for a guess */
  matched: string | null;
  bytes: number;
  low: number;
  high: number;
  compressedRatio: number;
  family: string;
  confidence: Confidence;
  /** Debian suite and package sets already in the image, for apt estimates */
  debian: { suite: string; sets: string[]; docs: boolean } | null;
  source: string;
}

const SUITES = ['bookworm', 'trixie', 'bullseye', 'buster', 'jammy', 'noble', 'focal', 'resolute'];
const UBUNTU: Record<string, string> = { focal: '20.04', jammy: '22.04', noble: '24.04', resolute: '26.04' };
const DEFAULT_SUITE = 'trixie'; // Debian stable since 2025-08: untagged official images build on it

export function imageKey(ref: Pick<ImageRef, 'registry' | 'repository'>): string {
  const repo = ref.repository.replace(/^library\//, '');
  const reg = ref.registry && !/^(docker\.io|index\.docker\.io|registry-1\.docker\.io)$/.test(ref.registry) ? ref.registry : null;
  return reg ? `${reg}/${repo}` : repo;
}

function splitTag(tag: string): { version: number[] | null; words: string[]; suite: string | null } {
  // a pre-release (3.11.0b4, 3.13.0rc1) is sized as its release line
  const m = /^v?(\d+(?:\.\d+)*)(?:(?:a|b|rc)\d+(?=$|[-_]))?(.*)$/.exec(tag);
  const rest = (m ? m[2] : tag).toLowerCase();
  const words = rest.split(/[-_.]/).filter((w) => w && !/^\d+$/.test(w));
  const suite = words.find((w) => SUITES.includes(w)) ?? null;
  return { version: m ? m[1].split('.').map(Number) : null, words: words.filter((w) => !SUITES.includes(w) && !['latest', 'lts', 'current', 'stable'].includes(w)), suite };
}

function versionDistance(a: number[] | null, b: number[] | null): number {
  if (!a || !b) return a === b ? 0 : 50;
  let d = 0;
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] === undefined || b[i] === undefined) break;
    d += Math.abs(a[i] - b[i]) / (i + 1) ** 2;
  }
  return d;
}

function fromRow(name: string, row: BaseImageRow, confidence: Confidence, suite: string | null, tagWords: string[]): BaseImageInfo {
  const ratio = row.c && row.u ? row.c / row.u : ratioFor(row.f);
  const spread = confidence === 'known' ? 0.03 : confidence === 'estimated' ? 0.15 : 0.5;
  const deb = row.f === 'debian' || row.f === 'ubuntu';
  const sets = row.a?.sets ?? ['minbase'];
  const repo = name.split(':')[0];
  const slim = tagWords.includes('slim') || /slim/.test(name);
  // Official images built on debian:<suite>-slim or Ubuntu (both exclude docs via dpkg config)
  // drop docs; debian:<suite> and buildpack-deps based images keep them.
  const docs = deb && row.f === 'debian' && !slim && (repo === 'debian' || sets.includes('buildpack-full'));
  return {
    matched: name,
    bytes: row.u,
    low: Math.round(row.u * (1 - spread)),
    high: Math.round(row.u * (1 + spread)),
    compressedRatio: ratio,
    family: row.f,
    confidence,
    debian: deb ? { suite: suite ?? row.a?.suite ?? DEFAULT_SUITE, sets, docs } : null,
    source: row.s,
  };
}

export function ratioFor(family: string): number {
  const fam = family === 'distroless' || family === 'wolfi' || family === 'rhel' ? 'debian' : family;
  return (baseImages.ratios[fam] ?? baseImages.ratios.default).ratio;
}

/** Size of a FROM image. `tag` null means latest. */
// the nearest-row search scans the whole table, and every rule and pass asks for the same few images
const lookups = new Map<string, Readonly<BaseImageInfo>>();

/** Size and provenance of a base image; the result is shared between callers, so never changed. */
export function lookupBaseImage(ref: Pick<ImageRef, 'registry' | 'repository' | 'tag'>): Readonly<BaseImageInfo> {
  const memo = `${ref.registry ?? ''}\u0000${ref.repository}\u0000${ref.tag ?? '\u0001'}`;
  let info = lookups.get(memo);
  if (!info) {
    if (lookups.size > 500) lookups.clear();
    info = Object.freeze(findBaseImage(ref));
    lookups.set(memo, info);
  }
  return info;
}

function findBaseImage(ref: Pick<ImageRef, 'registry' | 'repository' | 'tag'>): BaseImageInfo {
  const key = imageKey(ref);
  const asked = (key === 'ubuntu' ? UBUNTU[ref.tag ?? ''] : undefined) ?? ref.tag ?? 'latest';
  // debian:latest and debian:stable are the current stable release, named by its suite in the table
  const tag = key === 'debian' ? asked.replace(/^(latest|stable)(?=$|-)/, DEFAULT_SUITE) : asked;
  const t = splitTag(tag);
  if (key === 'scratch') return scratchInfo();
  const rows = baseImages.images;
  for (const k of [`${key}:${tag}`, tag === 'latest' ? key : '']) {
    if (k && rows[k]) return fromRow(k, rows[k], rows[k].k, t.suite, t.words);
  }
  // vendor families keyed by tag words (nvidia/cuda:<ver>-cudnn-runtime-ubuntu22.04, dotnet alpine/chiseled)
  if (key === 'nvidia/cuda') {
    const kind = ['cudnn-devel', 'cudnn-runtime', 'devel', 'runtime', 'base'].find((k) => k.split('-').every((w) => t.words.includes(w) || tag.includes(w)));
    const row = rows[`nvidia/cuda:${kind ?? 'runtime'}`];
    if (row) return fromRow(`nvidia/cuda:${kind ?? 'runtime'}`, row, 'guessed', t.suite, t.words);
  }
  for (const w of ['alpine', 'chiseled']) {
    if (t.words.includes(w) && rows[`${key}:${w}`]) return fromRow(`${key}:${w}`, rows[`${key}:${w}`], 'estimated', t.suite, t.words);
  }
  if (rows[key]) return fromRow(key, rows[key], rows[key].k === 'known' ? 'estimated' : rows[key].k, t.suite, t.words);
  // nearest version of the same image with the same variant words
  let best: { name: string; d: number } | null = null;
  for (const name of Object.keys(rows)) {
    const i = name.lastIndexOf(':');
    if (i < 0 || name.slice(0, i) !== key) continue;
    const c = splitTag(name.slice(i + 1));
    if (c.words.join('-') !== t.words.join('-')) continue;
    // no version asked (latest, slim, alpine): prefer the newest row
    const d = t.version ? versionDistance(t.version, c.version) : -(c.version?.[0] ?? 0) - (c.version?.[1] ?? 0) / 100;
    if (!best || d < best.d) best = { name, d };
  }
  if (best) return fromRow(best.name, rows[best.name], 'estimated', t.suite, t.words);
  return guessByWords(key, tag, t.words, t.suite);
}

function scratchInfo(): BaseImageInfo {
  return { matched: 'scratch', bytes: 0, low: 0, high: 0, compressedRatio: 1, family: 'scratch', confidence: 'known', debian: null, source: 'scratch is empty' };
}

const medians = new Map<string, number>();
function familyMedian(family: string): number {
  let m = medians.get(family);
  if (m === undefined) {
    const sizes = Object.values(baseImages.images).filter((r) => r.f === family && r.k !== 'guessed').map((r) => r.u).sort((a, b) => a - b);
    m = sizes.length ? sizes[sizes.length >> 1] : 200 * MB;
    medians.set(family, m);
  }
  return m;
}

/** Unknown image: size from family and tag words, wide range, confidence guessed. */
function guessByWords(key: string, tag: string, words: string[], suite: string | null): BaseImageInfo {
  const text = `${key}:${tag}`.toLowerCase();
  const has = (re: RegExp) => re.test(text);
  // default: the median image of the table (a typical official image), with a wide range
  let bytes = familyMedian('debian'), low = 30 * MB, high = 2 * GB, family = 'debian';
  if (has(/distroless|chainguard|cgr\.dev/)) [bytes, low, high, family] = [30 * MB, 2 * MB, 250 * MB, 'distroless'];
  else if (has(/alpine/)) [bytes, low, high, family] = [familyMedian('alpine'), 8 * MB, 400 * MB, 'alpine'];
  else if (has(/busybox/)) [bytes, low, high, family] = [4.5 * MB, 1 * MB, 10 * MB, 'busybox'];
  else if (has(/cuda|tensorflow|pytorch/)) [bytes, low, high, family] = [5 * GB, 1 * GB, 15 * GB, 'ubuntu'];
  else if (has(/jdk|sdk/)) [bytes, low, high] = [450 * MB, 200 * MB, 900 * MB];
  else if (has(/jre|runtime/)) [bytes, low, high] = [250 * MB, 100 * MB, 500 * MB];
  else if (has(/slim|minimal|micro/)) [bytes, low, high] = [150 * MB, 40 * MB, 500 * MB];
  else if (has(/ubuntu/)) [bytes, low, high, family] = [78 * MB, 30 * MB, 1 * GB, 'ubuntu'];
  const deb = family === 'debian' || family === 'ubuntu';
  return {
    matched: null, bytes, low, high, compressedRatio: ratioFor(family), family, confidence: 'guessed',
    debian: deb ? { suite: suite ?? DEFAULT_SUITE, sets: ['minbase'], docs: false } : null,
    source: 'no table row: guessed from the image name and tag words',
  };
}
