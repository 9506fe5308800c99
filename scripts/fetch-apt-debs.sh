#!/usr/bin/env bash
# Downloads the .deb of every package in lib/data/apt-packages.json (bookworm) into $DIR so
# gen-apt-packages.mjs --debs $DIR can record each package's size on a slim image (docs, man
# pages and locales excluded, as debian:*-slim's dpkg config does). ~2.2 GB from the Debian mirror.
set -u
DIR=${DIR:-/tmp/ll-debs}; mkdir -p "$DIR"; cd "$DIR"
node -e 'const d=require(process.argv[1]); console.log(d.bookworm.names.join("\n"))' /work/main/lib/data/apt-packages.json > /tmp/ll-names.txt
# skip what is there already; apt-get download fails a whole batch on one bad name, so retry singly
comm -23 <(sort /tmp/ll-names.txt) <(ls | sed 's/_.*//' | sort -u) | xargs -n 100 sh -c 'apt-get download -qq "$@" 2>/dev/null || for p in "$@"; do apt-get download -qq "$p" 2>/dev/null; done' _
ls "$DIR" | wc -l
