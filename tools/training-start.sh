#!/usr/bin/env bash
# A training start of Madang for a class archive: seeds a throwaway demo site, then starts the kiosk
# on it until its first frame is painted (under xvfb-run when there is no display) with the given JVM
# options, e.g. -XX:ArchiveClassesAtExit=F (a dynamic archive) or -XX:DumpLoadedClassList=F (the list a
# static archive is dumped from at install). Without any display, a command-line start stands in.
# Usage: tools/training-start.sh JAVA JAR JVM-OPTION...   Exits 0 when the start ran to its end.
set -uo pipefail

java="$1"
jar="$2"
shift 2
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

"$java" -jar "$jar" demo-data --site "$tmp/site" --scale small >/dev/null 2>&1 || exit 1
run=(timeout 180 "$java" "$@" -Xlog:cds=off -Xlog:cds+dynamic=off -Dmadang.startupProbe=exit
     -jar "$jar" kiosk --site "$tmp/site" --windowed)
if [ -n "${DISPLAY:-}" ]; then
    "${run[@]}" >/dev/null 2>&1
elif command -v xvfb-run >/dev/null 2>&1; then
    xvfb-run -a "${run[@]}" >/dev/null 2>&1
else
    timeout 180 "$java" "$@" -Xlog:cds=off -Xlog:cds+dynamic=off -jar "$jar" stats --site "$tmp/site" >/dev/null 2>&1
fi
