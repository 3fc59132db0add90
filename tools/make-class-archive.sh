#!/bin/sh
# Dumps Madang's start-up class archive (AppCDS) from the class list a training start made at build
# time, for the jar where it is installed: the launcher (bin/madang) maps it (lib/app/madang.jsa) instead of
# loading those classes one by one. Run by the package's postinst; again by hand after moving it.
set -e
lib="$(cd "$(dirname "$0")" && pwd)"
[ -s "$lib/madang.classlist" ] || exit 0
rm -f "$lib/app/madang.jsa"
trap 'rm -f "$lib/app/madang.jsa.tmp"' EXIT
"$lib/runtime/bin/java" -Xshare:dump -XX:SharedClassListFile="$lib/madang.classlist" \
    -XX:SharedArchiveFile="$lib/app/madang.jsa.tmp" -Xlog:cds=off -Xlog:cds+dynamic=off \
    -cp "$lib/app/madang.jar" >/dev/null
mv -f "$lib/app/madang.jsa.tmp" "$lib/app/madang.jsa"
