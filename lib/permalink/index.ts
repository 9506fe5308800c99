/**
 * Permalinks: the whole playground state lives in the URL fragment (`#s=...`), compressed with
 * lz-string, so a shared link never sends the Dockerfile to any server (fragments are not sent
 * in HTTP requests). Pure TypeScript: no DOM, usable from the page, tests and the CLI.
 */
import { compressToEncodedURIComponent } from 'lz-string';
import { decompressBounded } from './boundedDecompress';

export const PERMALINK_VERSION = 1;
/** Longest fragment we try to decode; links longer than this do not survive most chat tools anyway. */
export const MAX_FRAGMENT_CHARS = 200_000;
/** Longest decompressed state (JSON chars); stops decompression bombs. */
export const MAX_DECODED_CHARS = 2_100_000;
/** Longest Dockerfile text a link may carry. */
export const MAX_TEXT_CHARS = 2_000_000;

export const PERMALINK_TABS = ['model', 'issues', 'layers', 'optimized'] as const;
export type PermalinkTab = (typeof PERMALINK_TABS)[number];

export const PERMALINK_PROFILES = ['safe', 'recommended', 'smallest'] as const;
export type PermalinkProfile = (typeof PERMALINK_PROFILES)[number];
/** At most this many switched-off optimizer changes travel in a link. */
export const MAX_DISABLED_CHANGES = 100;

/**
 * Every field is optional, so links made before a field existed still open (`v` stays 1), and
 * a field this version does not know is dropped rather than failing the link.
 */
export interface PermalinkOptions {
  /** build target stage (alias or index as text) */
  target?: string;
  /** size of the build context in bytes, when the user knows it */
  contextBytes?: number | null;
  /** optimizer profile; absent means the default (recommended) */
  profile?: PermalinkProfile;
  /** optimizer change ids the user switched off */
  disabledChanges?: string[];
}

export interface PermalinkState {
  v: typeof PERMALINK_VERSION;
  text: string;
  dockerignore?: string | null;
  /** a pasted requirements.txt: sizes `pip install -r` */
  requirements?: string | null;
  tab: PermalinkTab;
  options: PermalinkOptions;
}

export type PermalinkErrorCode =
  | 'too-long' // fragment over MAX_FRAGMENT_CHARS
  | 'too-large' // decompresses to more than the cap
  | 'corrupt' // not lz-string data, or cut short
  | 'invalid' // decompressed, but not a state object
  | 'unsupported-version'; // made by another version of Layerlab

export interface PermalinkError {
  code: PermalinkErrorCode;
  /** a sentence for the user, in English (the page may translate by `code`) */
  message: string;
}

export type DecodeResult = { ok: true; state: PermalinkState } | { ok: false; error: PermalinkError };

const MESSAGES: Record<PermalinkErrorCode, string> = {
  'too-long': 'This link is too long to open safely, so the example Dockerfile was loaded instead.',
  'too-large': 'This link would unpack to more than 2 MB, so it was not opened. The example Dockerfile was loaded instead.',
  corrupt: 'This link looks damaged or cut short (was it copied completely?). The example Dockerfile was loaded instead.',
  invalid: 'This link does not contain a Layerlab playground state. The example Dockerfile was loaded instead.',
  'unsupported-version': 'This link was made by a different version of Layerlab and cannot be opened here. The example Dockerfile was loaded instead.',
};

function fail(code: PermalinkErrorCode): DecodeResult {
  return { ok: false, error: { code, message: MESSAGES[code] } };
}

/** The fragment payload for a state, without '#': `s=<compressed>`. */
export function encodeState(state: PermalinkState): string {
  const payload: PermalinkState = {
    v: PERMALINK_VERSION,
    text: state.text,
    tab: state.tab,
    options: cleanOptions(state.options),
  };
  if (state.dockerignore) payload.dockerignore = state.dockerignore;
  if (state.requirements) payload.requirements = state.requirements;
  return 's=' + compressToEncodedURIComponent(JSON.stringify(payload));
}

/** A full URL for the state: base (without any fragment) + `#s=...`. */
export function buildPermalink(baseUrl: string, state: PermalinkState): string {
  const hashAt = baseUrl.indexOf('#');
  const base = hashAt === -1 ? baseUrl : baseUrl.slice(0, hashAt);
  return base + '#' + encodeState(state);
}

/**
 * Reads a location hash (`#s=...`, with or without '#'). Returns null when the hash carries no
 * state at all (an ordinary page visit), otherwise the state or a typed, friendly error.
 */
export function decodeFragment(hash: string): DecodeResult | null {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  if (raw.length === 0) return null;
  // Length check before any other work: never scan a huge string with a regular expression.
  if (raw.length > MAX_FRAGMENT_CHARS + 2) return fail('too-long');
  if (!raw.startsWith('s=')) return null;
  let data = raw.slice(2);
  // Some tools percent-encode `$` or `+`; undo that, but tolerate stray `%` sequences.
  if (data.includes('%')) {
    try {
      data = decodeURIComponent(data);
    } catch {
      return fail('corrupt');
    }
  }
  const unpacked = decompressBounded(data, MAX_DECODED_CHARS);
  if (!unpacked.ok) return fail(unpacked.reason === 'too-large' ? 'too-large' : 'corrupt');
  let parsed: unknown;
  try {
    parsed = JSON.parse(unpacked.text);
  } catch {
    return fail('corrupt');
  }
  return validateState(parsed);
}

/** Checks an untrusted value (from a link or from localStorage) and returns a clean state. */
export function validateState(value: unknown): DecodeResult {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail('invalid');
  const obj = value as Record<string, unknown>;
  if (!('v' in obj)) return fail('invalid');
  if (obj.v !== PERMALINK_VERSION) return fail('unsupported-version');
  if (typeof obj.text !== 'string') return fail('invalid');
  if (obj.text.length > MAX_TEXT_CHARS) return fail('too-large');
  const tab: PermalinkTab = isTab(obj.tab) ? obj.tab : 'issues';
  const sideText = (v: unknown) => (typeof v === 'string' && v.length <= MAX_TEXT_CHARS ? v : null);
  const dockerignore = sideText(obj.dockerignore);
  const requirements = sideText(obj.requirements);
  const options = typeof obj.options === 'object' && obj.options !== null ? (obj.options as Record<string, unknown>) : {};
  return {
    ok: true,
    state: { v: PERMALINK_VERSION, text: obj.text, dockerignore, ...(requirements ? { requirements } : {}), tab, options: cleanOptions(options) },
  };
}

function isTab(value: unknown): value is PermalinkTab {
  return typeof value === 'string' && (PERMALINK_TABS as readonly string[]).includes(value);
}

/** Keeps only known options with sane values; unknown keys from the future are dropped. */
function cleanOptions(options: PermalinkOptions | Record<string, unknown>): PermalinkOptions {
  const out: PermalinkOptions = {};
  const target = (options as Record<string, unknown>).target;
  if (typeof target === 'string' && target.length > 0 && target.length <= 200) out.target = target;
  const ctx = (options as Record<string, unknown>).contextBytes;
  if (typeof ctx === 'number' && Number.isFinite(ctx) && ctx >= 0 && ctx <= 2 ** 50) out.contextBytes = Math.round(ctx);
  const profile = (options as Record<string, unknown>).profile;
  if (typeof profile === 'string' && (PERMALINK_PROFILES as readonly string[]).includes(profile) && profile !== 'recommended') {
    out.profile = profile as PermalinkProfile;
  }
  const disabled = (options as Record<string, unknown>).disabledChanges;
  if (Array.isArray(disabled)) {
    const ids = [...new Set(disabled.filter((d): d is string => typeof d === 'string' && /^[a-z0-9][a-z0-9-]{0,79}$/.test(d)))].slice(0, MAX_DISABLED_CHANGES);
    if (ids.length) out.disabledChanges = ids;
  }
  return out;
}
