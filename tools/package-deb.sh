#!/usr/bin/env bash
# Builds the Debian package of Madang from app/target/madang.jar: a Java runtime cut to the modules
# Madang uses (jlink, so the kiosk PC needs no JDK), a start-up class list, a launcher script,
# and a .deb (dpkg-deb) that installs it under /opt/madang with `madang` on the PATH, the site folder
# /var/lib/madang (owned by the system user madang), a systemd unit for `madang db serve`,
# desktop entries for the kiosk, counter, display board and practice, and the kiosk PC's
# appliance set-up (madang-kiosk-setup). Upgrades keep the site and
# migrate its database. Usage: tools/package-deb.sh JAR OUT-DIR
set -euo pipefail

jar="$1"
out="$2"
here="$(cd "$(dirname "$0")" && pwd)"
say() { printf 'madang package: %s\n' "$*" >&2; }

version="$(java -jar "$jar" --version | awk '{print $2}')"
arch="$(dpkg --print-architecture)"
work="$out/work"
rm -rf "$work"
mkdir -p "$work/input" "$out"
cp "$jar" "$work/input/madang.jar"

say "finding the Java modules Madang uses (jdeps) ..."
modules="$(jdeps --ignore-missing-deps --print-module-deps --multi-release 17 "$jar")"
# beside what jdeps sees: Korean and other locales' dates (CLDR), EUC-KR/CP949 for printers, TLS with EC keys,
# sun.misc.Unsafe for the libraries that use it, and zip file systems
modules="$modules,jdk.localedata,jdk.charsets,jdk.crypto.ec,jdk.unsupported,jdk.zipfs"

say "cutting a runtime (jlink) with $modules ..."
jlink --add-modules "$modules" --strip-debug --no-man-pages --no-header-files --compress=2 --output "$work/runtime"

# AppCDS: the classes a kiosk start loads, listed by a training start on this runtime; the archive itself
# is dumped from the list at install (make-class-archive.sh), as it holds the jar's installed path
say "listing the classes a kiosk start loads (a training start) ..."
"$here/training-start.sh" "$work/runtime/bin/java" "$work/input/madang.jar" -XX:DumpLoadedClassList="$work/madang.classlist" \
    || say "the training start did not finish; the package starts without a class archive"

root="$work/deb"
say "laying out /opt/madang ..."
mkdir -p "$root/opt/madang/bin" "$root/opt/madang/lib/app"
cp -a "$work/runtime" "$root/opt/madang/lib/runtime"
cp "$work/input/madang.jar" "$root/opt/madang/lib/app/madang.jar"
# The launcher is a script, not jpackage's: that one asks rpm and then dpkg which package owns it at
# every start (a third of a second, measured), to find a layout this package fixes anyway. A class
# archive that is missing or does not match (not dumped yet, another runtime) is passed over silently.
cat > "$root/opt/madang/bin/madang" <<LAUNCHER
#!/bin/sh
# Madang on its own Java runtime, mapping its start-up class archive (dumped at install).
# where it is installed, through /usr/bin/madang's link; by absolute paths, as it may start with any PATH
self="\$0"
for r in /bin/readlink /usr/bin/readlink; do
    if [ -x "\$r" ]; then self="\$("\$r" -f "\$0")"; break; fi
done
home="\${self%/bin/*}"
exec "\$home/lib/runtime/bin/java" -XX:SharedArchiveFile="\$home/lib/app/madang.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off \\
    \${MADANG_JAVA_OPTS:-} -cp "\$home/lib/app/madang.jar" org.madang.app.Main "\$@"
LAUNCHER
chmod 0755 "$root/opt/madang/bin/madang"

mkdir -p "$root/usr/bin" "$root/lib/systemd/system" "$root/usr/share/applications" "$root/DEBIAN"
ln -s /opt/madang/bin/madang "$root/usr/bin/madang"
if [ -s "$work/madang.classlist" ]; then
    cp "$work/madang.classlist" "$root/opt/madang/lib/madang.classlist"
fi
cp "$here/make-class-archive.sh" "$root/opt/madang/lib/make-class-archive.sh"
chmod 0755 "$root/opt/madang/lib/make-class-archive.sh"
# the kiosk PC's appliance set-up and session (README: Install on a kiosk PC)
mkdir -p "$root/opt/madang/lib/kiosk" "$root/usr/sbin"
cp "$here/kiosk/kiosk-setup.sh" "$here/kiosk/kiosk-session.sh" "$here/kiosk/kiosk-xsession" "$here/kiosk/openbox-kiosk.xml" \
    "$root/opt/madang/lib/kiosk/"
chmod 0755 "$root/opt/madang/lib/kiosk/kiosk-setup.sh" "$root/opt/madang/lib/kiosk/kiosk-session.sh" "$root/opt/madang/lib/kiosk/kiosk-xsession"
ln -s /opt/madang/lib/kiosk/kiosk-setup.sh "$root/usr/sbin/madang-kiosk-setup"

cat > "$root/lib/systemd/system/madang-db.service" <<'UNIT'
[Unit]
Description=Madang site database server (madang db serve) for the terminals of this centre
After=network.target

[Service]
Type=simple
User=madang
Group=madang
Environment=MADANG_SITE=/var/lib/madang
ExecStart=/opt/madang/bin/madang db serve --site /var/lib/madang
Restart=on-failure
RestartSec=5

[Install]
WantedBy=multi-user.target
UNIT

# each entry wears the pictogram of what it is for, from the kiosk's own set
icons="$here/../ui-kit/src/main/resources/org/madang/ui/icons"
mkdir -p "$root/opt/madang/lib/icons"
desktop() { # id, name, Korean name, command, comment, pictogram
    cp "$icons/$6.svg" "$root/opt/madang/lib/icons/madang-$1.svg"
    cat > "$root/usr/share/applications/madang-$1.desktop" <<ENTRY
[Desktop Entry]
Type=Application
Name=$2
Name[ko]=$3
Comment=$5
Exec=env MADANG_SITE=/var/lib/madang /opt/madang/bin/madang $4
Icon=/opt/madang/lib/icons/madang-$1.svg
Terminal=false
Categories=Office;
ENTRY
}
desktop kiosk "Madang kiosk" "마당 키오스크" "kiosk" "The residents' self-service kiosk" calendar
desktop counter "Madang counter" "마당 창구" "counter" "The clerk's counter window" document
desktop display "Madang display board" "마당 번호 안내판" "display" "Called numbers and waiting counts" ticket
desktop practice "Madang practice" "마당 연습하기" "practice" "Practise on the kiosk in a sandbox" experience

size="$(du -sk "$root/opt" | cut -f1)"
cat > "$root/DEBIAN/control" <<CONTROL
Package: madang
Version: $version
Section: misc
Priority: optional
Architecture: $arch
Maintainer: Madang <madang@localhost>
Installed-Size: $size
Depends: libc6, libx11-6, libxext6, libxrender1, libxtst6, libxi6, libfreetype6, libfontconfig1, fonts-nanum
Recommends: espeak-ng
Description: Kiosks and counters of a community centre
 Self-service kiosks (facility booking, courses, certificates, queue tickets,
 check-in, notices), the clerk's counter, the queue display board and practice
 mode for digital-learning centres, on one site database. Bundles its own Java
 runtime.
CONTROL

cat > "$root/DEBIAN/postinst" <<'POSTINST'
#!/bin/sh
# The site lives in /var/lib/madang, owned by the system user madang; an upgrade keeps it and migrates its database.
set -e
if [ "$1" = "configure" ]; then
    if ! getent passwd madang >/dev/null; then
        adduser --system --group --home /var/lib/madang --no-create-home --shell /usr/sbin/nologin madang >/dev/null 2>&1 \
            || useradd --system --user-group --home-dir /var/lib/madang --shell /usr/sbin/nologin madang
    fi
    /opt/madang/lib/make-class-archive.sh || echo "madang: no start-up class archive; Madang starts without it" >&2
    mkdir -p /var/lib/madang
    chown madang:madang /var/lib/madang
    chmod 0750 /var/lib/madang
    if command -v runuser >/dev/null 2>&1; then
        runuser -u madang -- /opt/madang/bin/madang db migrate --site /var/lib/madang || \
            echo "madang: the site's database was not migrated; run: sudo -u madang madang db migrate --site /var/lib/madang" >&2
    fi
    if [ -d /run/systemd/system ]; then
        systemctl daemon-reload >/dev/null 2>&1 || true
    fi
fi
exit 0
POSTINST

cat > "$root/DEBIAN/prerm" <<'PRERM'
#!/bin/sh
set -e
# the class archive was dumped at install, for the jar of this version: it goes with it
rm -f /opt/madang/lib/app/madang.jsa
if [ "$1" = "remove" ] && [ -d /run/systemd/system ]; then
    systemctl stop madang-db.service >/dev/null 2>&1 || true
fi
exit 0
PRERM

cat > "$root/DEBIAN/postrm" <<'POSTRM'
#!/bin/sh
# The site (/var/lib/madang) is the centre's records: kept on remove, and on purge too (delete it by hand).
set -e
if [ -d /run/systemd/system ]; then
    systemctl daemon-reload >/dev/null 2>&1 || true
fi
exit 0
POSTRM
chmod 0755 "$root/DEBIAN/postinst" "$root/DEBIAN/prerm" "$root/DEBIAN/postrm"

deb="$out/madang_${version}_${arch}.deb"
say "building $deb ..."
dpkg-deb --root-owner-group -Zgzip --build "$root" "$deb" >/dev/null
rm -rf "$work"
echo "$deb"
