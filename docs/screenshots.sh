#!/usr/bin/env bash
# Renders the README's screenshots into docs/screenshots/ (offscreen, on throwaway demo sites).
set -euo pipefail
cd "$(dirname "$0")/.."
out=docs/screenshots
mkdir -p "$out"
# every kiosk screen in portrait; the booking flow in landscape too
mapfile -t kiosk_screens < <(./madang screenshot --list | awk '$1 == "kiosk" {print $2}')
landscape_screens=(idle home booking.categories booking.facilities booking.days booking.slots booking.identify booking.confirm booking.done)
for lang in ko en; do
    for screen in "${kiosk_screens[@]}"; do
        ./madang screenshot kiosk "$screen" --lang "$lang" --size 1080x1920 --out "$out/kiosk-$screen-$lang-1080x1920.png" >/dev/null
    done
    for screen in "${landscape_screens[@]}"; do
        ./madang screenshot kiosk "$screen" --lang "$lang" --size 1920x1080 --out "$out/kiosk-$screen-$lang-1920x1080.png" >/dev/null
    done
    for screen in home booking.days booking.confirm; do
        ./madang screenshot kiosk "$screen" --lang "$lang" --size 1080x1920 --high-contrast --out "$out/kiosk-$screen-$lang-1080x1920-hc.png" >/dev/null
    done
    for screen in $(./madang screenshot --list | awk '$1 == "counter" {print $2}'); do
        ./madang screenshot counter "$screen" --lang "$lang" --out "$out/counter-$screen-$lang.png" >/dev/null
    done
    for screen in board board.idle; do
        ./madang screenshot display "$screen" --lang "$lang" --size 1920x1080 --out "$out/display-$screen-$lang-1920x1080.png" >/dev/null
        ./madang screenshot display "$screen" --lang "$lang" --size 1080x1920 --out "$out/display-$screen-$lang-1080x1920.png" >/dev/null
    done
    # the practice kiosk: the same screens with the practice mark, on a practice sandbox
    ./madang screenshot practice home --lang "$lang" --size 1080x1920 --out "$out/practice-home-$lang-1080x1920.png" >/dev/null
    # lessons, scenario packs, the instructor's window, a heat map and a certificate
    for screen in chooser signin lesson.guided lesson.hint fastfood/where fastfood/menu fastfood/menu.item fastfood/done cafe/menu cinema/film train/to \
            hospital/birth parking/car civil/doc atm/pin; do
        ./madang screenshot practice "$screen" --lang "$lang" --size 1080x1920 --out "$out/practice-${screen//\//_}-$lang-1080x1920.png" >/dev/null
    done
    for screen in instructor instructor.learner heat/booking.court heat/fastfood.burger-takeout certificate; do
        ./madang screenshot practice "$screen" --lang "$lang" --out "$out/practice-${screen//\//_}-$lang.png" >/dev/null
    done
done
# Chinese and Vietnamese; zoomed, low position and voice on; the question after a service
for lang in zh vi; do
    for screen in home booking.slots booking.done; do
        ./madang screenshot kiosk "$screen" --lang "$lang" --size 1080x1920 --out "$out/kiosk-$screen-$lang-1080x1920.png" >/dev/null
    done
done
./madang screenshot kiosk home --lang ko --size 1080x1920 --zoom --out "$out/kiosk-home-ko-1080x1920-zoom.png" >/dev/null
./madang screenshot kiosk booking.slots --lang en --size 1080x1920 --zoom --out "$out/kiosk-booking.slots-en-1080x1920-zoom.png" >/dev/null
./madang screenshot kiosk queue.ticket --lang en --size 1080x1920 --zoom --out "$out/kiosk-queue.ticket-en-1080x1920-zoom.png" >/dev/null
./madang screenshot kiosk home --lang ko --size 1080x1920 --low --out "$out/kiosk-home-ko-1080x1920-low.png" >/dev/null
./madang screenshot kiosk booking.confirm --lang ko --size 1080x1920 --voice --out "$out/kiosk-booking.confirm-ko-1080x1920-voice.png" >/dev/null
# receipts in Korean and the resident's language, drawn as a raster printer draws them
demo=$(mktemp -d)
./madang demo-data --site "$demo" >/dev/null
for lang in zh vi; do
    ./madang render receipt booking --site "$demo" --lang "$lang" --out "$out/receipt-booking-$lang.png" >/dev/null
done
rm -rf "$demo"
echo "wrote $(ls "$out" | wc -l) screenshots to $out"
