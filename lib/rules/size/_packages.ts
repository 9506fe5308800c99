/** Package installs in RUN commands (apt, apk, yum/dnf/microdnf), for the size rules. */
import type { ShellCommand } from '../../shell/types';
import { positionalArgs } from '../../shell/query';

export interface PackageInstall {
  manager: 'apt' | 'apk' | 'rpm';
  packages: string[];
  /** apk --virtual name, removed later with apk del <name> */
  virtual: string | null;
}

const APT_VALUE_OPTS = ['-o', '-c', '-t', '--target-release', '--option', '--config-file'];
const APK_VALUE_OPTS = ['-t', '--virtual', '-X', '--repository', '--root', '-p', '--arch', '--keys-dir', '--repositories-file', '--cache-dir'];
const RPM_VALUE_OPTS = ['--setopt', '--enablerepo', '--disablerepo', '--installroot', '--releasever', '-x', '--exclude', '-c', '--config', '--repo'];

/** Package names without version pins (gcc=4:12, gcc-12.2, musl-dev~=1.2). */
function bare(name: string): string {
  return name.split(/[=<>~]/)[0];
}

export function packageInstall(cmd: ShellCommand): PackageInstall | null {
  if (cmd.base === 'apt-get' || cmd.base === 'apt' || cmd.base === 'aptitude') {
    const pos = positionalArgs(cmd, APT_VALUE_OPTS);
    if (pos[0] !== 'install') return null;
    return { manager: 'apt', packages: pos.slice(1).map(bare), virtual: null };
  }
  if (cmd.base === 'apk') {
    const pos = positionalArgs(cmd, APK_VALUE_OPTS);
    if (pos[0] !== 'add') return null;
    const i = cmd.args.findIndex((a) => a === '-t' || a === '--virtual' || a.startsWith('--virtual='));
    const virtual = i < 0 ? null : cmd.args[i].startsWith('--virtual=') ? cmd.args[i].slice(10) : cmd.args[i + 1] ?? null;
    return { manager: 'apk', packages: pos.slice(1).map(bare), virtual };
  }
  if (cmd.base === 'yum' || cmd.base === 'dnf' || cmd.base === 'microdnf' || cmd.base === 'tdnf') {
    const pos = positionalArgs(cmd, RPM_VALUE_OPTS);
    if (pos[0] !== 'install') return null;
    return { manager: 'rpm', packages: pos.slice(1).map(bare), virtual: null };
  }
  return null;
}

/** True when the command removes packages (so build tools installed in the same RUN are gone again). */
export function removesPackages(cmd: ShellCommand): boolean {
  if (cmd.base === 'apt-get' || cmd.base === 'apt') return cmd.args.some((a) => a === 'purge' || a === 'remove' || a === 'autoremove');
  if (cmd.base === 'apk') return cmd.args.includes('del');
  if (['yum', 'dnf', 'microdnf', 'tdnf'].includes(cmd.base)) return cmd.args.some((a) => a === 'remove' || a === 'erase' || a === 'autoremove');
  return false;
}

const TOOLCHAIN = /^(?:gcc|g\+\+|gcc-\d+|g\+\+-\d+|cpp|clang|clang-\d+|llvm|build-essential|build-base|alpine-sdk|make|cmake|ninja-build|autoconf|automake|libtool|pkg-config|pkgconf|pkgconfig|musl-dev|linux-headers|libc6-dev|libc-dev|glibc-devel|kernel-headers|golang|golang-go|go|maven|gradle|cargo|rustc|rust|openjdk-\d+-jdk|openjdk-\d+-jdk-headless|java-\d+-openjdk-devel|gfortran|swig|Development Tools)$/;

/** Build-only packages: compilers, build systems, and headers (-dev/-devel). */
export function isBuildPackage(name: string): boolean {
  return TOOLCHAIN.test(name) || /-(?:dev|devel)$/.test(name) || /-dev:[a-z0-9]+$/.test(name);
}
