#!/bin/sh
# The kiosk PC's session (started by the auto-login session, see tools/kiosk-setup.sh): screen
# blanking off, then the kiosk fullscreen, started again whenever it ends — a crash, a kill, the
# watchdog's status 75 for a frozen screen — after a second, or up to 30 s when it keeps failing
# at once. Only a staff exit (the kiosk ends with status 0) ends the session.
# Environment: MADANG (the command, default: madang), MADANG_SITE (default: /var/lib/madang).
# Arguments go to `madang kiosk`.
MADANG="${MADANG:-madang}"
SITE="${MADANG_SITE:-/var/lib/madang}"
if command -v xset >/dev/null 2>&1; then
    xset s off s noblank -dpms >/dev/null 2>&1 || true
fi
delay=1
while :; do
    started=$(date +%s)
    # shellcheck disable=SC2086 # MADANG may be a command with its options
    $MADANG kiosk --site "$SITE" "$@"
    code=$?
    if [ "$code" -eq 0 ]; then
        echo "madang kiosk-session: the kiosk was closed by staff; the session ends" >&2
        exit 0
    fi
    # a kiosk that ran a minute starts again after a second; one that keeps failing waits longer each time
    if [ $(( $(date +%s) - started )) -ge 60 ]; then
        delay=1
    fi
    echo "madang kiosk-session: the kiosk ended with status $code; starting it again in $delay s" >&2
    sleep "$delay"
    delay=$(( delay * 2 > 30 ? 30 : delay * 2 ))
done
