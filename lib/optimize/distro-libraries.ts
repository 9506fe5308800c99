/**
 * The release of Debian, Ubuntu or Alpine an official image tag names, and the runtime packages
 * of the -dev packages that source builds install most. A runtime stage on the bare distribution
 * must install these for a program the builder compiled against their headers; package names
 * change between releases, so only releases whose names are known here qualify.
 */
import type { Stage } from '../model/types';
import { isDockerHub, repoName } from './facts';
import { aptSuite, nameIndex } from '../size/apt';

export interface Release {
  distro: 'debian' | 'ubuntu' | 'alpine';
  /** Debian 13 and Ubuntu 24.04: the 64-bit time_t transition renamed many libraries */
  t64: boolean;
}

const RELEASE_TAGS: [string, RegExp, Release][] = [
  ['debian', /^(bookworm|12(\.\d+)*)(-\d{8})?(-slim)?$/, { distro: 'debian', t64: false }],
  ['debian', /^(trixie|13(\.\d+)*)(-\d{8})?(-slim)?$/, { distro: 'debian', t64: true }],
  ['ubuntu', /^(jammy|22\.04)(-\d{8})?$/, { distro: 'ubuntu', t64: false }],
  ['ubuntu', /^(noble|24\.04)(-\d{8})?$/, { distro: 'ubuntu', t64: true }],
];

/** The release a Docker Hub debian/ubuntu/alpine image's tag names; null for other images and for moving tags (latest, stable, edge). */
export function releaseOf(stage: Stage): Release | null {
  const tag = stage.image.tag;
  if (!tag || !isDockerHub(stage) || stage.image.digest) return null;
  const repo = repoName(stage);
  // Alpine 3.17 renamed OpenSSL's libraries to libssl3/libcrypto3
  if (repo === 'alpine') return /^3\.(1[7-9]|[2-9]\d)(\.\d+)?$/.test(tag) ? { distro: 'alpine', t64: false } : null;
  return RELEASE_TAGS.find(([r, re]) => r === repo && re.test(tag))?.[2] ?? null;
}

/**
 * -dev package -> the packages with its shared libraries, named as in Debian 12 and Ubuntu 22.04.
 * Checked against the bundled Debian package tables (multi-stage-generic.test.ts): each name exists
 * and is a dependency of its -dev package.
 */
export const DEBIAN_RUNTIME: Readonly<Record<string, readonly string[]>> = {
  'libssl-dev': ['libssl3'],
  'zlib1g-dev': ['zlib1g'],
  'libbz2-dev': ['libbz2-1.0'],
  'liblzma-dev': ['liblzma5'],
  'libzstd-dev': ['libzstd1'],
  'liblz4-dev': ['liblz4-1'],
  'libffi-dev': ['libffi8'],
  'libpq-dev': ['libpq5'],
  'libsqlite3-dev': ['libsqlite3-0'],
  'libxml2-dev': ['libxml2'],
  'libxslt1-dev': ['libxslt1.1'],
  'libpcre2-dev': ['libpcre2-8-0', 'libpcre2-16-0', 'libpcre2-32-0', 'libpcre2-posix3'],
  'libcurl4-openssl-dev': ['libcurl4'],
  'libreadline-dev': ['libreadline8'],
  'libncurses-dev': ['libncurses6', 'libncursesw6', 'libtinfo6'],
  'libncurses5-dev': ['libncurses6', 'libncursesw6', 'libtinfo6'],
  'libncursesw5-dev': ['libncurses6', 'libncursesw6', 'libtinfo6'],
  'libevent-dev': ['libevent-2.1-7', 'libevent-core-2.1-7', 'libevent-extra-2.1-7', 'libevent-openssl-2.1-7', 'libevent-pthreads-2.1-7'],
  'libpng-dev': ['libpng16-16'],
  'libjpeg-dev': ['libjpeg62-turbo'],
  'libjpeg62-turbo-dev': ['libjpeg62-turbo'],
  'libexpat1-dev': ['libexpat1'],
  'libyaml-dev': ['libyaml-0-2'],
  'libgdbm-dev': ['libgdbm6'],
  'libuv1-dev': ['libuv1'],
  'libgmp-dev': ['libgmp10', 'libgmpxx4ldbl'],
  'uuid-dev': ['libuuid1'],
  'libcap-dev': ['libcap2'],
  'libmaxminddb-dev': ['libmaxminddb0'],
  'libsasl2-dev': ['libsasl2-2'],
  'libldap-dev': ['libldap-2.5-0'],
  'libldap2-dev': ['libldap-2.5-0'],
  'libmariadb-dev': ['libmariadb3'],
  'default-libmysqlclient-dev': ['libmariadb3'],
  'libgeos-dev': ['libgeos-c1v5'],
  'libvips-dev': ['libvips42'],
  'libcairo2-dev': ['libcairo2', 'libcairo-gobject2', 'libcairo-script-interpreter2'],
  'libfreetype-dev': ['libfreetype6'],
  'libfreetype6-dev': ['libfreetype6'],
  'libfontconfig-dev': ['libfontconfig1'],
  'libfontconfig1-dev': ['libfontconfig1'],
  'unixodbc-dev': ['libodbc2', 'libodbcinst2', 'libodbccr2'],
  'libbsd-dev': ['libbsd0'],
  'libedit-dev': ['libedit2'],
  'libseccomp-dev': ['libseccomp2'],
  'libsodium-dev': ['libsodium23'],
  'libzmq3-dev': ['libzmq5'],
  'libltdl-dev': ['libltdl7'],
  'libselinux1-dev': ['libselinux1'],
  'libtirpc-dev': ['libtirpc3'],
};

/** Debian 13 / Ubuntu 24.04 names of the libraries above that the time_t transition renamed. */
const T64: Readonly<Record<string, string>> = {
  libssl3: 'libssl3t64',
  libcurl4: 'libcurl4t64',
  libreadline8: 'libreadline8t64',
  'libevent-2.1-7': 'libevent-2.1-7t64',
  'libevent-core-2.1-7': 'libevent-core-2.1-7t64',
  'libevent-extra-2.1-7': 'libevent-extra-2.1-7t64',
  'libevent-openssl-2.1-7': 'libevent-openssl-2.1-7t64',
  'libevent-pthreads-2.1-7': 'libevent-pthreads-2.1-7t64',
  'libpng16-16': 'libpng16-16t64',
  libgdbm6: 'libgdbm6t64',
  libuv1: 'libuv1t64',
  'libldap-2.5-0': 'libldap2',
  'libgeos-c1v5': 'libgeos-c1t64',
  libvips42: 'libvips42t64',
  libtirpc3: 'libtirpc3t64',
};

/** Where Ubuntu ships a different library than Debian for the same -dev package. */
const UBUNTU_RUNTIME: Readonly<Record<string, readonly string[]>> = {
  'libjpeg-dev': ['libjpeg-turbo8'],
  'libjpeg-turbo8-dev': ['libjpeg-turbo8'],
  'default-libmysqlclient-dev': ['libmysqlclient21'],
  'libmysqlclient-dev': ['libmysqlclient21'],
};

/** Alpine 3.17+ -dev package -> its library package. */
const ALPINE_RUNTIME: Readonly<Record<string, readonly string[]>> = {
  'openssl-dev': ['libssl3', 'libcrypto3'],
  'zlib-dev': ['zlib'],
  'libffi-dev': ['libffi'],
  'pcre2-dev': ['pcre2', 'libpcre2-16', 'libpcre2-32'],
  'sqlite-dev': ['sqlite-libs'],
  'libpq-dev': ['libpq'],
  'libxml2-dev': ['libxml2'],
  'libxslt-dev': ['libxslt'],
  'curl-dev': ['libcurl'],
  'readline-dev': ['readline'],
  'ncurses-dev': ['ncurses-libs'],
  'libevent-dev': ['libevent'],
  'yaml-dev': ['yaml'],
  'libuv-dev': ['libuv'],
  'zstd-dev': ['zstd-libs'],
  'xz-dev': ['xz-libs'],
  'lz4-dev': ['lz4-libs'],
  'bzip2-dev': ['libbz2'],
  'gmp-dev': ['gmp'],
  'libpng-dev': ['libpng'],
  'libjpeg-turbo-dev': ['libjpeg-turbo'],
  'jemalloc-dev': ['jemalloc'],
  'postgresql-dev': ['libpq'],
  'jpeg-dev': ['libjpeg-turbo'],
  'freetype-dev': ['freetype'],
  'mariadb-dev': ['mariadb-connector-c'],
  'mariadb-connector-c-dev': ['mariadb-connector-c'],
  'lcms2-dev': ['lcms2'],
  'tiff-dev': ['tiff'],
  'libwebp-dev': ['libwebp'],
  'openjpeg-dev': ['openjpeg'],
  'harfbuzz-dev': ['harfbuzz'],
  'fribidi-dev': ['fribidi'],
  'geos-dev': ['geos'],
  'proj-dev': ['proj'],
  'gdal-dev': ['gdal'],
  'file-dev': ['libmagic'],
  'cairo-dev': ['cairo'],
  'pango-dev': ['pango'],
  'glib-dev': ['glib'],
  'libsodium-dev': ['libsodium'],
  'zeromq-dev': ['libzmq'],
  'krb5-dev': ['krb5-libs'],
  'openldap-dev': ['libldap'],
  'unixodbc-dev': ['unixodbc'],
};

/** The packages a runtime stage on `release` needs for what was built against `dev`; null when not known. */
export function runtimePackagesOf(dev: string, release: Release): readonly string[] | null {
  if (release.distro === 'alpine') return ALPINE_RUNTIME[dev] ?? null;
  const names = (release.distro === 'ubuntu' ? UBUNTU_RUNTIME[dev] : undefined) ?? DEBIAN_RUNTIME[dev];
  if (!names) return null;
  return release.t64 ? names.map((n) => T64[n] ?? n) : names;
}

/**
 * The shared-library packages of a -dev package by Debian's own dependencies (libtiff-dev ->
 * libtiff6, libtiffxx6): its direct dependencies named after it. Only when bookworm and trixie
 * agree on the names, since a language image's tag rarely says which of the two it is.
 */
export function aptRuntimeLibs(dev: string): readonly string[] | null {
  if (!dev.endsWith('-dev')) return null;
  let agreed: string[] | null = null;
  for (const suite of ['bookworm', 'trixie']) {
    const libs = suiteRuntimeLibs(dev, suite);
    if (!libs?.length) return null;
    if (agreed && agreed.join(' ') !== libs.join(' ')) return null;
    agreed = libs;
  }
  return agreed;
}

/** The package exists under this name in both bookworm and trixie. */
export function inBothReleases(name: string): boolean {
  return ['bookworm', 'trixie'].every((suite) => nameIndex(aptSuite(suite).table).has(name));
}

function suiteRuntimeLibs(dev: string, suite: string): string[] | null {
  const { table } = aptSuite(suite);
  const i = nameIndex(table).get(dev);
  if (i === undefined) return null;
  const stem = dev.replace(/-dev$/, '').replace(/[\d.]+$/, '');
  const names = table.dep[i].flatMap((d) => (Array.isArray(d) ? [d[0]] : [d])).map((k) => table.names[k]);
  return names.filter((n) => n !== undefined && !n.endsWith('-dev') && n.startsWith(stem) && /^[\d.-]|^(xx|-)?\d/.test(n.slice(stem.length))).sort();
}
