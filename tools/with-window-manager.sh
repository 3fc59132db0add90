#!/usr/bin/env bash
# Runs a command on the current (virtual) display with openbox managing its windows.
# Robot tests type into fields: without a window manager, X sometimes leaves keyboard focus
# where it was, and a test that types a password fails now and then.
set -u
openbox >/dev/null 2>&1 &
wm=$!
for _ in $(seq 100); do
    xprop -root _NET_SUPPORTING_WM_CHECK 2>/dev/null | grep -q 'window id' && break
    sleep 0.1
done
"$@"
rc=$?
kill "$wm" 2>/dev/null
wait "$wm" 2>/dev/null
exit $rc
