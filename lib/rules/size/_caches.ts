/**
 * Package-manager and build-tool caches: which command fills each one, which command (or rm path)
 * empties it, and what it typically costs. Shared by build-cache-left-in-layer and
 * cleanup-in-later-layer. Ranges are typical figures, not measurements of this build.
 */
import type { ShellCommand } from '../../shell/types';
import { positionalArgs } from '../../shell/query';
import { packageInstall } from './_packages';

export interface CacheKind {
  id: string;
  /** what is left behind, for messages */
  what: string;
  cost: string;
  /** the command writes into the cache */
  fills(cmd: ShellCommand): boolean;
  /** the command empties the cache (a clean command, or rm of its directory) */
  cleans(cmd: ShellCommand): boolean;
  /** substrings of a cache-mount target that cover it */
  mountPaths: string[];
}

const HOME = '(?:~|\\$HOME|\\$\\{HOME\\}|/root|/home/[^/]+)';

/** rm -r of a path matching `re` (or of a parent directory of it, given as `parents`). */
function removes(cmd: ShellCommand, re: RegExp): boolean {
  if (cmd.base !== 'rm') return false;
  return cmd.args.some((a) => !a.startsWith('-') && re.test(a.replace(/\/+$/, '')));
}

const sub = (cmd: ShellCommand) => positionalArgs(cmd)[0] ?? null;

export const CACHES: CacheKind[] = [
  {
    id: 'apt-lists',
    what: 'the apt package lists (/var/lib/apt/lists)',
    cost: 'typically 20-50 MB',
    fills: (c) => (c.base === 'apt-get' || c.base === 'apt') && (sub(c) === 'update' || sub(c) === 'install'),
    cleans: (c) => removes(c, /^\/var\/lib\/apt\/lists(?:\/\*|\/?$)/) || ((c.base === 'apt-get' || c.base === 'apt') && c.args.includes('dist-clean')),
    mountPaths: ['/var/lib/apt'],
  },
  {
    id: 'apt-archives',
    what: 'the downloaded .deb files (/var/cache/apt/archives)',
    cost: 'often as large as the packages installed',
    fills: (c) => packageInstall(c)?.manager === 'apt',
    cleans: (c) => ((c.base === 'apt-get' || c.base === 'apt') && (c.args.includes('clean') || c.args.includes('autoclean') || c.args.includes('dist-clean'))) || removes(c, /^\/var\/cache\/apt(?:\/|$)/),
    mountPaths: ['/var/cache/apt'],
  },
  {
    id: 'apk',
    what: 'the apk package cache (/var/cache/apk)',
    cost: 'typically 1-10 MB',
    fills: (c) => packageInstall(c)?.manager === 'apk' && !c.args.includes('--no-cache'),
    cleans: (c) => (c.base === 'apk' && c.args.includes('cache') && c.args.includes('clean')) || removes(c, /^\/var\/cache\/apk(?:\/|$)/),
    mountPaths: ['/var/cache/apk'],
  },
  {
    id: 'rpm',
    what: 'the yum/dnf metadata and package cache (/var/cache/yum, /var/cache/dnf)',
    cost: 'typically 50-200 MB',
    fills: (c) => packageInstall(c)?.manager === 'rpm',
    cleans: (c) => (['yum', 'dnf', 'microdnf', 'tdnf'].includes(c.base) && c.args.includes('clean')) || removes(c, /^\/var\/cache\/(?:yum|dnf)(?:\/|$)/),
    mountPaths: ['/var/cache/yum', '/var/cache/dnf'],
  },
  {
    id: 'pip',
    what: "pip's download cache (~/.cache/pip)",
    cost: 'often tens to hundreds of MB',
    fills: (c) => /^pip[0-9.]*$/.test(c.base) && sub(c) === 'install' && !c.args.includes('--no-cache-dir'),
    cleans: (c) => (/^pip[0-9.]*$/.test(c.base) && c.args.includes('cache') && c.args.includes('purge')) || removes(c, new RegExp(`^${HOME}/\\.cache(?:/pip)?(?:/\\*)?$`)),
    mountPaths: ['.cache/pip', '/root/.cache'],
  },
  {
    id: 'npm',
    what: "npm's download cache (~/.npm)",
    cost: 'typically 10-100 MB, about the size of the installed packages',
    fills: (c) => c.base === 'npm' && ['install', 'i', 'ci', 'add', 'update'].includes(sub(c) ?? ''),
    cleans: (c) => (c.base === 'npm' && c.args[0] === 'cache' && c.args.includes('clean')) || removes(c, new RegExp(`^${HOME}/\\.npm(?:/_cacache)?(?:/\\*)?$`)),
    mountPaths: ['.npm'],
  },
  {
    id: 'go',
    what: 'the Go build and module caches (~/.cache/go-build, $GOPATH/pkg/mod)',
    cost: 'typically 100-500 MB',
    fills: (c) => c.base === 'go' && ['build', 'install', 'get', 'test', 'run'].includes(sub(c) ?? '') || (c.base === 'go' && c.args[0] === 'mod' && c.args[1] === 'download'),
    cleans: (c) => (c.base === 'go' && c.args[0] === 'clean' && c.args.some((a) => a === '-cache' || a === '-modcache')) || removes(c, new RegExp(`^(?:${HOME}/\\.cache(?:/go-build)?|/go/pkg(?:/mod)?|\\$GOPATH/pkg(?:/mod)?)(?:/\\*)?$`)),
    mountPaths: ['go-build', '/go/pkg', 'pkg/mod'],
  },
  {
    id: 'maven',
    what: 'the local Maven repository (~/.m2)',
    cost: 'typically 50-300 MB',
    fills: (c) => (c.base === 'mvn' || c.base === 'mvnw') && !c.args.some((a) => a === '-v' || a === '--version'),
    cleans: (c) => removes(c, new RegExp(`^${HOME}/\\.m2(?:/repository)?(?:/\\*)?$`)),
    mountPaths: ['.m2'],
  },
  {
    id: 'gradle',
    what: "Gradle's caches (~/.gradle)",
    cost: 'typically 100-500 MB',
    fills: (c) => (c.base === 'gradle' || c.base === 'gradlew') && c.args.length > 0 && !c.args.includes('--version'),
    cleans: (c) => removes(c, new RegExp(`^${HOME}/\\.gradle(?:/caches)?(?:/\\*)?$`)),
    mountPaths: ['.gradle'],
  },
  {
    id: 'cargo',
    what: "Cargo's registry and git caches ($CARGO_HOME/registry)",
    cost: 'typically 100-500 MB',
    fills: (c) => c.base === 'cargo' && ['build', 'install', 'fetch'].includes(sub(c) ?? ''),
    cleans: (c) => removes(c, /(?:\.cargo|\/usr\/local\/cargo|\$CARGO_HOME)\/(?:registry|git)(?:\/\*)?$/),
    mountPaths: ['cargo/registry', '.cargo'],
  },
  {
    id: 'uv',
    what: "uv's cache (~/.cache/uv)",
    cost: 'often tens to hundreds of MB',
    fills: (c) => c.base === 'uv' && (c.args[0] === 'sync' || (c.args[0] === 'pip' && c.args[1] === 'install')) && !c.args.includes('--no-cache'),
    cleans: (c) => (c.base === 'uv' && c.args[0] === 'cache' && (c.args[1] === 'clean' || c.args[1] === 'prune')) || removes(c, new RegExp(`^${HOME}/\\.cache(?:/uv)?(?:/\\*)?$`)),
    mountPaths: ['.cache/uv', '/root/.cache'],
  },
  {
    id: 'poetry',
    what: "Poetry's cache (~/.cache/pypoetry)",
    cost: 'often tens to hundreds of MB',
    fills: (c) => c.base === 'poetry' && c.args[0] === 'install' && !c.args.includes('--no-cache'),
    cleans: (c) => removes(c, new RegExp(`^${HOME}/\\.cache(?:/pypoetry)?(?:/\\*)?$`)) || (c.base === 'poetry' && c.args[0] === 'cache' && c.args[1] === 'clear'),
    mountPaths: ['pypoetry', '/root/.cache'],
  },
  {
    id: 'composer',
    what: "Composer's cache (~/.composer/cache or ~/.cache/composer)",
    cost: 'typically 10-100 MB',
    fills: (c) => c.base === 'composer' && ['install', 'require', 'update'].includes(c.args[0] ?? '') && !c.args.includes('--no-cache'),
    cleans: (c) => (c.base === 'composer' && c.args[0] === 'clear-cache') || removes(c, new RegExp(`^${HOME}/(?:\\.composer(?:/cache)?|\\.cache(?:/composer)?)(?:/\\*)?$`)),
    mountPaths: ['composer'],
  },
];
