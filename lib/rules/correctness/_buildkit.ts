/**
 * Shared logic for the rules that mirror Docker's build checks (`docker build --check`):
 * how BuildKit finds variable references in instruction words, which names it always knows,
 * the environment the common base images bring, "did you mean" suggestions, and the
 * `# check=experimental=` switch for the checks Docker keeps experimental.
 */
import type { DockerfileModel, Stage } from '../../model/types';
import type { RuleContext, Rule } from '../types';

/** Platform args BuildKit predefines: never reported as undefined, usable in FROM without a global ARG. */
export const PLATFORM_ARGS = [
  'TARGETPLATFORM', 'TARGETOS', 'TARGETARCH', 'TARGETVARIANT',
  'BUILDPLATFORM', 'BUILDOS', 'BUILDARCH', 'BUILDVARIANT',
];

/** Proxy args are predefined too (Docker passes them without an ARG); not worth a warning. */
const PROXY_ARGS = ['HTTP_PROXY', 'HTTPS_PROXY', 'FTP_PROXY', 'NO_PROXY', 'ALL_PROXY'];

const ALWAYS_KNOWN = new Set([
  ...PLATFORM_ARGS,
  ...PROXY_ARGS,
  ...PROXY_ARGS.map((p) => p.toLowerCase()),
  'BUILDKIT_SBOM_SCAN_STAGE', 'BUILDKIT_SBOM_SCAN_CONTEXT', 'TARGETSTAGE',
]);

export function isAlwaysKnown(name: string): boolean {
  return ALWAYS_KNOWN.has(name);
}

export interface VarRef {
  name: string;
  /** offsets into the scanned text */
  start: number;
  end: number;
  /** `${X:-y}`, `${X-y}`, `${X:+y}`, `${X+y}`, `${X:?y}`: the author planned for X being unset */
  guarded: boolean;
}

/**
 * Variable references as Docker's word expansion sees them: the escape character protects the
 * next character, single quotes stop expansion, `$NAME` and `${NAME...}` are references.
 * `$$` and other special parameters are not names and are skipped. Linear time.
 */
export function findVarRefs(text: string, escapeChar = '\\'): VarRef[] {
  const out: VarRef[] = [];
  let inSingle = false;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text[i];
    if (inSingle) {
      if (c === "'") inSingle = false;
      i++;
      continue;
    }
    if (c === escapeChar) {
      i += 2;
      continue;
    }
    if (c === "'") {
      inSingle = true;
      i++;
      continue;
    }
    if (c !== '$') {
      i++;
      continue;
    }
    const start = i;
    if (text[i + 1] === '{') {
      let j = i + 2;
      while (j < n && isNameChar(text.charCodeAt(j))) j++;
      const name = text.slice(i + 2, j);
      const close = text.indexOf('}', j);
      const end = close < 0 ? n : close + 1;
      if (name && isNameStart(name.charCodeAt(0))) {
        const op = text[j];
        out.push({ name, start, end, guarded: op === ':' || op === '-' || op === '+' || op === '?' });
      }
      i = end;
      continue;
    }
    let j = i + 1;
    if (j < n && isNameStart(text.charCodeAt(j))) {
      while (j < n && isNameChar(text.charCodeAt(j))) j++;
      out.push({ name: text.slice(i + 1, j), start, end: j, guarded: false });
      i = j;
      continue;
    }
    // `$$`, `$1`, `$@`: special parameters, not variables
    i += j < n ? 2 : 1;
  }
  return out;
}

function isNameStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}
function isNameChar(c: number): boolean {
  return isNameStart(c) || (c >= 48 && c <= 57);
}

/** Levenshtein distance, capped: enough for "did you mean" on short names. */
export function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 3) return 99;
  const prev = new Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length];
}

/** The closest known name when it is close enough to be a typo, else null. */
export function suggest(name: string, options: Iterable<string>): string | null {
  let best: string | null = null;
  let bestDist = 99;
  for (const o of options) {
    if (o === name) continue;
    const d = editDistance(name.toLowerCase(), o.toLowerCase());
    if (d < bestDist) {
      bestDist = d;
      best = o;
    }
  }
  const limit = name.length <= 3 ? 1 : 2;
  return best !== null && bestDist <= limit ? best : null;
}

/**
 * Environment variables the config of common official images sets. BuildKit reads the pulled
 * image's config; we cannot, so unknown images are treated as "may define anything".
 */
const OS_ONLY = ['PATH'];
const JAVA = ['PATH', 'JAVA_HOME', 'JAVA_VERSION', 'LANG', 'LANGUAGE', 'LC_ALL'];
const IMAGE_ENV: Record<string, string[]> = {
  alpine: OS_ONLY, busybox: OS_ONLY, debian: OS_ONLY, ubuntu: OS_ONLY, centos: OS_ONLY, fedora: OS_ONLY,
  rockylinux: OS_ONLY, almalinux: OS_ONLY, amazonlinux: OS_ONLY, archlinux: OS_ONLY, oraclelinux: OS_ONLY,
  'opensuse/leap': OS_ONLY, 'opensuse/tumbleweed': OS_ONLY, nanoserver: OS_ONLY, 'mcr.microsoft.com/windows/nanoserver': OS_ONLY,
  python: ['PATH', 'LANG', 'GPG_KEY', 'PYTHON_VERSION', 'PYTHON_SHA256', 'PYTHON_PIP_VERSION', 'PYTHON_SETUPTOOLS_VERSION', 'PYTHON_GET_PIP_URL', 'PYTHON_GET_PIP_SHA256'],
  node: ['PATH', 'NODE_VERSION', 'YARN_VERSION'],
  golang: ['PATH', 'GOLANG_VERSION', 'GOPATH', 'GOTOOLCHAIN'],
  rust: ['PATH', 'RUSTUP_HOME', 'CARGO_HOME', 'RUST_VERSION'],
  ruby: ['PATH', 'LANG', 'RUBY_VERSION', 'RUBY_MAJOR', 'RUBY_DOWNLOAD_URL', 'RUBY_DOWNLOAD_SHA256', 'GEM_HOME', 'BUNDLE_SILENCE_ROOT_WARNING', 'BUNDLE_APP_CONFIG'],
  php: ['PATH', 'PHPIZE_DEPS', 'PHP_INI_DIR', 'APACHE_CONFDIR', 'APACHE_ENVVARS', 'PHP_CFLAGS', 'PHP_CPPFLAGS', 'PHP_LDFLAGS', 'GPG_KEYS', 'PHP_VERSION', 'PHP_URL', 'PHP_ASC_URL', 'PHP_SHA256'],
  openjdk: JAVA, 'eclipse-temurin': JAVA, amazoncorretto: JAVA, 'ibm-semeru-runtimes': JAVA, sapmachine: JAVA,
  maven: [...JAVA, 'MAVEN_HOME', 'MAVEN_CONFIG'],
  gradle: [...JAVA, 'GRADLE_HOME', 'GRADLE_VERSION'],
  tomcat: [...JAVA, 'CATALINA_HOME', 'TOMCAT_NATIVE_LIBDIR', 'LD_LIBRARY_PATH', 'TOMCAT_MAJOR', 'TOMCAT_VERSION', 'TOMCAT_SHA512'],
  nginx: ['PATH', 'NGINX_VERSION', 'NJS_VERSION', 'NJS_RELEASE', 'PKG_RELEASE', 'DYNPKG_RELEASE'],
  httpd: ['PATH', 'HTTPD_PREFIX', 'HTTPD_VERSION', 'HTTPD_SHA256', 'HTTPD_PATCHES'],
  postgres: ['PATH', 'GOSU_VERSION', 'LANG', 'PG_MAJOR', 'PG_VERSION', 'PGDATA'],
  redis: ['PATH', 'REDIS_VERSION', 'REDIS_DOWNLOAD_URL', 'REDIS_DOWNLOAD_SHA'],
};

/** The env names a stage starts with; null when the base image is unknown (it may define anything). */
export function baseImageEnv(model: DockerfileModel, stage: Stage, stageEnv: (s: Stage) => Set<string> | null): Set<string> | null {
  if (stage.baseStage !== null) return stageEnv(model.stages[stage.baseStage]);
  if (stage.isScratch) return new Set();
  if (stage.image.unresolved) return null;
  const repo = stage.image.registry ? `${stage.image.registry}/${stage.image.repository}` : stage.image.repository;
  const key = repo.replace(/^library\//, '').toLowerCase();
  const env = IMAGE_ENV[key];
  return env ? new Set(env) : null;
}

/** Replace a substring of the document: the edit shape every fix here uses. */
export function replaceEdit(start: number, end: number, text: string) {
  return { start, end, text };
}
