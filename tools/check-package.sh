#!/usr/bin/env bash
# Checks a Madang .deb without installing it: unpacks it into a temporary root (dpkg -x) and runs
# the packaged launcher, on its bundled runtime, through a whole site: version, a new site's database
# migrated, its counts, and a document check refused in words. Usage: tools/check-package.sh DEB
set -euo pipefail
deb="$1"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
fail() { printf 'madang package check: %s\n' "$*" >&2; exit 1; }

# each output is read whole before it is searched: under pipefail, `grep -q` quitting at its first
# match would leave the writer a broken pipe and fail the check on a good package
info="$(dpkg-deb --info "$deb")" || fail "dpkg-deb cannot read $deb"
grep -q "Package: madang" <<<"$info" || fail "not a madang package: $deb"
listing="$(dpkg-deb --contents "$deb")"
for path in ./usr/bin/madang ./opt/madang/bin/madang ./opt/madang/lib/app/madang.jar ./opt/madang/lib/runtime/bin/java \
        ./lib/systemd/system/madang-db.service ./usr/share/applications/madang-kiosk.desktop \
        ./usr/share/applications/madang-counter.desktop ./usr/share/applications/madang-display.desktop \
        ./usr/share/applications/madang-practice.desktop ./usr/sbin/madang-kiosk-setup \
        ./opt/madang/lib/kiosk/kiosk-session.sh ./opt/madang/lib/kiosk/kiosk-xsession ./opt/madang/lib/kiosk/openbox-kiosk.xml; do
    grep -q " $path\( \|$\)" <<<"$listing" || fail "$path is not in the package"
done
dpkg -x "$deb" "$tmp/root"
launcher="$tmp/root/opt/madang/bin/madang"
# no JDK on the way: only the bundled runtime can run it (ARGS may start with VAR=value settings)
bare() { env -i HOME="$tmp" PATH=/usr/sbin:/sbin "$@"; }
version="$(bare "$launcher" --version)" || fail "--version failed"
[[ "$version" == madang\ * ]] || fail "--version said: $version"
# the start-up class archive, dumped as the postinst does, is mapped (-Xshare:on refuses to start otherwise;
# JAVA_TOOL_OPTIONS, as the VM reads it under any launcher)
if [ -s "$tmp/root/opt/madang/lib/madang.classlist" ]; then
    "$tmp/root/opt/madang/lib/make-class-archive.sh" || fail "the class archive could not be dumped"
    bare JAVA_TOOL_OPTIONS=-Xshare:on "$launcher" --version >/dev/null 2>&1 \
        || fail "the launcher does not map its class archive"
    archived=" with its class archive"
fi
migrated="$(bare "$launcher" db migrate --site "$tmp/site")" || fail "db migrate failed"
grep -q "version" <<<"$migrated" || fail "db migrate said: $migrated"
counts="$(bare "$launcher" stats --site "$tmp/site")" || fail "stats failed"
grep -q "facilities" <<<"$counts" || fail "stats said: $counts"
set +e
said="$(bare "$launcher" verify --site "$tmp/site" 1234567890123456 2>&1)"
code=$?
set -e
[ "$code" -eq 1 ] || fail "verify of an unknown number exited $code: $said"
echo "madang package check: $deb ($version) runs on its own runtime${archived:-}"
