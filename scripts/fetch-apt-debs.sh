#!/usr/bin/env bash
# Downloads the .deb of every package of one suite in lib/data/apt-packages.json into $DIR so
# gen-apt-packages.mjs can record each package's size on a slim image (docs, man pages and
# locales excluded, as debian:*-slim's dpkg config does). ~2.5 GB per suite from the Debian mirror.
#   SUITE=bookworm (default; uses this machine's apt sources) or SUITE=trixie (uses the private
#   lists dir scratch/apt/trixie made with `apt-get -o Dir::State::Lists=... update`).
set -u
SUITE=${SUITE:-bookworm}
DIR=${DIR:-/tmp/ll-debs$([ "$SUITE" = bookworm ] || echo "-$SUITE")}; mkdir -p "$DIR"; cd "$DIR"
APT_OPTS=()
if [ "$SUITE" != bookworm ]; then
  T=/work/main/scratch/apt/$SUITE
  APT_OPTS=(-o "Dir::Etc::SourceList=$T/sources.list" -o Dir::Etc::SourceParts=/dev/null -o "Dir::State::Lists=$T/lists" -o "Dir::Cache=$T/cache" -o Dir::State::status=/dev/null)
fi
node -e 'const d=require(process.argv[1]); console.log(d[process.argv[2]].names.join("\n"))' /work/main/lib/data/apt-packages.json "$SUITE" > /tmp/ll-names-$SUITE.txt
export APT_OPTS_STR="${APT_OPTS[*]:-}"
# skip what is there already; apt-get download fails a whole batch on one bad name, so retry singly
comm -23 <(sort /tmp/ll-names-$SUITE.txt) <(ls | sed 's/_.*//' | sort -u) | xargs -n 100 sh -c 'apt-get $APT_OPTS_STR download -qq "$@" 2>/dev/null || for p in "$@"; do apt-get $APT_OPTS_STR download -qq "$p" 2>/dev/null; done' _
ls "$DIR" | wc -l
