#!/usr/bin/env bash
# Renders the README's screenshots into docs/screenshots/ (offscreen, on throwaway demo sites).
set -euo pipefail
cd "$(dirname "$0")/.."
out=docs/screenshots
mkdir -p "$out"
kiosk_screens=(idle home booking.categories booking.facilities booking.days booking.slots booking.identify booking.confirm booking.done)
for lang in ko en; do
    for size in 1080x1920 1920x1080; do
        for screen in "${kiosk_screens[@]}"; do
            ./madang screenshot kiosk "$screen" --lang "$lang" --size "$size" --out "$out/kiosk-$screen-$lang-$size.png" >/dev/null
        done
    done
    for screen in login today; do
        ./madang screenshot counter "$screen" --lang "$lang" --out "$out/counter-$screen-$lang.png" >/dev/null
    done
done
echo "wrote $(ls "$out" | wc -l) screenshots to $out"
