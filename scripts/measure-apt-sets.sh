#!/usr/bin/env bash
# Measures real `apt-get install` layers on a Debian bookworm minbase root made slim the way
# debian:bookworm-slim is (debuerreotype slimify: docs/man/locale excluded via dpkg path-exclude).
# Needs root, debootstrap and Debian's mirror through apt. Writes JSON lines to $OUT.
# Layer bytes = sum of sizes of regular files and symlinks that are new or changed (size or
# mtime) after the install, like the files a layer tar carries (hard links counted once, as tar
# stores them); apt's own caches are excluded
# (debian images delete .debs via docker-clean and keep no pkgcache.bin).
set -u
BASE=${BASE:-/tmp/ll-root}; RUN=/tmp/ll-run; DEBS=/tmp/ll-debcache
OUT=${OUT:-/work/main/scratch/apt/measurements.jsonl}
mkdir -p "$DEBS/partial"

prepare_base() {
  [ -f "$BASE/.ll-prepared" ] && return
  mkdir -p "$BASE/etc/dpkg/dpkg.cfg.d" "$BASE/etc/apt/apt.conf.d"
  cat > "$BASE/etc/dpkg/dpkg.cfg.d/docker" <<'X'
path-exclude /usr/share/doc/*
path-include /usr/share/doc/*/copyright
path-exclude /usr/share/groff/*
path-exclude /usr/share/info/*
path-exclude /usr/share/linda/*
path-exclude /usr/share/lintian/overrides/*
path-exclude /usr/share/locale/*
path-include /usr/share/locale/locale.alias
path-exclude /usr/share/man/*
X
  # same apt config the official image ships (this machine is built from it)
  for f in docker-autoremove-suggests docker-gzip-indexes docker-no-languages; do
    cp /etc/apt/apt.conf.d/$f "$BASE/etc/apt/apt.conf.d/" 2>/dev/null; done
  printf 'Dir::Cache::pkgcache "";\nDir::Cache::srcpkgcache "";\n' > "$BASE/etc/apt/apt.conf.d/docker-clean"
  printf '#!/bin/sh\nexit 101\n' > "$BASE/usr/sbin/policy-rc.d"; chmod +x "$BASE/usr/sbin/policy-rc.d"
  (cd "$BASE" && find usr/share/doc -type f ! -name copyright -delete; rm -rf usr/share/man/* usr/share/info/* usr/share/groff/* usr/share/lintian/overrides/*
   find usr/share/locale -mindepth 1 -maxdepth 1 ! -name locale.alias -exec rm -rf {} +)
  local suite=${SUITE:-bookworm}
  printf 'Types: deb\nURIs: http://deb.debian.org/debian\nSuites: %s %s-updates\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n\nTypes: deb\nURIs: http://deb.debian.org/debian-security\nSuites: %s-security\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' \
    "$suite" "$suite" "$suite" > "$BASE/etc/apt/sources.list.d/debian.sources"
  rm -f "$BASE/etc/apt/sources.list"
  mount -t proc proc "$BASE/proc"
  du -sb "$BASE/var/lib/apt/lists" > /tmp/ll-lists-before
  chroot "$BASE" apt-get update -qq
  umount "$BASE/proc"
  echo "{\"kind\":\"lists\",\"bytes\":$(du -sb "$BASE/var/lib/apt/lists" | cut -f1),\"before\":$(cut -f1 /tmp/ll-lists-before)}" >> "$OUT"
  echo "{\"kind\":\"base\",\"bytes\":$(du -sbx "$BASE" --exclude=./proc --exclude=./var/lib/apt/lists | cut -f1),\"packages\":$(chroot "$BASE" dpkg-query -W -f '${Package}\n' | wc -l)}" >> "$OUT"
  chroot "$BASE" dpkg-query -W -f '${Package}\n' > "/work/main/scratch/apt/minbase-packages-${SUITE:-bookworm}.txt"
  touch "$BASE/.ll-prepared"
}

snapshot() { (cd "$1" && find . -xdev \( -path ./proc -o -path ./var/cache/apt -o -path ./var/lib/apt/lists \) -prune -o \( -type f -o -type l \) -printf '%p\t%s\t%T@\t%i\n' | sort); }

measure() { # $1 = label, $2 = flags, rest = packages
  local label=$1 flags=$2; shift 2
  rm -rf "$RUN"; cp -a "$BASE" "$RUN"; mkdir -p "$RUN/var/cache/apt/archives"
  mount -t proc proc "$RUN/proc"; mount --bind "$DEBS" "$RUN/var/cache/apt/archives"
  snapshot "$RUN" > /tmp/ll-before.tsv
  local t0=$(date +%s)
  DEBIAN_FRONTEND=noninteractive timeout 900 chroot "$RUN" apt-get install -y -qq $flags "$@" > /tmp/ll-install.log 2>&1; local rc=$?
  umount "$RUN/var/cache/apt/archives"; umount "$RUN/proc"
  snapshot "$RUN" > /tmp/ll-after.tsv
  local bytes=$(awk -F'\t' 'NR==FNR{b[$1]=$2"\t"$3;next} (!($1 in b) || b[$1]!=$2"\t"$3) && !($4 in seen) {seen[$4]=1; s+=$2} END{printf "%d", s}' /tmp/ll-before.tsv /tmp/ll-after.tsv)
  local n=$(grep -c '^Setting up' /tmp/ll-install.log 2>/dev/null; true)
  local pk=$(sed -n 's/^Setting up \([^:( ]*\).*/\1/p' /tmp/ll-install.log | sort -u | tr '\n' ' ')
  echo "{\"kind\":\"set\",\"suite\":\"${SUITE:-bookworm}\",\"label\":\"$label\",\"flags\":\"$flags\",\"packages\":\"$*\",\"bytes\":$bytes,\"rc\":$rc,\"seconds\":$(( $(date +%s)-t0 )),\"installedCount\":$n,\"installed\":\"$pk\"}" >> "$OUT"
}

prepare_base
while read -r line; do
  [ -z "$line" ] && continue
  set -- $line
  grep -q "\"label\":\"$line\"" "$OUT" 2>/dev/null && continue
  if [ "$1" = "-n" ]; then shift; measure "$line" --no-install-recommends "$@"; else measure "$line" "" "$@"; fi
done < "${SETS:-/work/main/scripts/apt-measure-sets.txt}"
echo '{"kind":"done"}' >> "$OUT"
