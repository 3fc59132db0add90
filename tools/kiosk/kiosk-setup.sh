#!/bin/sh
# Makes a Debian PC into a Madang kiosk (run as root, after installing the madang package):
#  - the PC logs in by itself on tty1 as the user madang (who owns the site /var/lib/madang) and
#    starts a bare X session: openbox with no key bindings (no Alt+F4, no Alt+Tab, no menus),
#    no pointer drawn (a touch screen), X not switching to text consoles (no Ctrl+Alt+Fn) nor
#    killed by Ctrl+Alt+Backspace, the screen never blanking;
#  - in it (kiosk-xsession, beside this script), the kiosk fullscreen, started again whenever
#    it ends (kiosk-session.sh), its watchdog ending a frozen screen for a restart;
#  - the session's own lines in /var/lib/madang/logs/session.log, rotated weekly (the kiosk's
#    madang.log rotates itself: daily and at 20 MB, 30 days kept).
# Usage: kiosk-setup.sh [--root DIR] [--no-install]
#   --root DIR     write every file under DIR instead of / (to look at them, or in a test)
#   --no-install   do not install the X server and openbox with apt-get
set -eu

target=""
install=yes
while [ $# -gt 0 ]; do
    case "$1" in
        --root) target="$2"; shift 2 ;;
        --no-install) install=no; shift ;;
        -h|--help) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "kiosk-setup: unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
done
lib="/opt/madang/lib/kiosk"
site="/var/lib/madang"

if [ -z "$target" ] && [ "$(id -u)" -ne 0 ]; then
    echo "kiosk-setup: run it as root (sudo $0)" >&2
    exit 2
fi
if [ "$install" = yes ] && [ -z "$target" ]; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends xserver-xorg xinit openbox x11-xserver-utils fonts-nanum espeak-ng logrotate
fi
if [ -z "$target" ]; then
    getent passwd madang >/dev/null || { echo "kiosk-setup: install the madang package first (no user madang)" >&2; exit 2; }
    # the kiosk's user logs in: it needs a shell (it is a system user without one)
    usermod -s /bin/sh madang
fi

write() { # path (under the target), then the content on standard input
    mkdir -p "$(dirname "$target$1")"
    cat > "$target$1"
}

# 1. log in by itself on the first console
write /etc/systemd/system/getty@tty1.service.d/madang-autologin.conf <<EOF
[Service]
ExecStart=
ExecStart=-/sbin/agetty --autologin madang --noclear %I \$TERM
EOF

# 2. that login starts X with the kiosk session (only on tty1: an SSH login gets a shell)
write "$site/.profile" <<EOF
if [ -z "\${DISPLAY:-}" ] && [ "\$(tty)" = /dev/tty1 ]; then
    exec startx $lib/kiosk-xsession -- -nocursor -nolisten tcp vt1 -keeptty
fi
EOF

# 3. X itself: no switching to text consoles, no Ctrl+Alt+Backspace, never blank or power down the screen
write /etc/X11/xorg.conf.d/10-madang-kiosk.conf <<'EOF'
Section "ServerFlags"
    Option "DontVTSwitch" "true"
    Option "DontZap" "true"
    Option "BlankTime" "0"
    Option "StandbyTime" "0"
    Option "SuspendTime" "0"
    Option "OffTime" "0"
EndSection
EOF

# 4. the session's lines, rotated
write /etc/logrotate.d/madang-kiosk <<EOF
$site/logs/session.log {
    weekly
    rotate 8
    compress
    missingok
    notifempty
    copytruncate
}
EOF

if [ -z "$target" ]; then
    chown madang:madang "$site/.profile"
    systemctl daemon-reload
    echo "kiosk-setup: done; the kiosk starts at the next boot (or now: systemctl restart getty@tty1)"
else
    echo "kiosk-setup: the files are under $target"
fi
