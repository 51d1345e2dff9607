#!/bin/sh
# check-icons.sh <convert> <resources/icons dir> <app id>
# Each committed hicolor PNG must have the size its folder names, an alpha channel, and a real picture
# (a blank or single-colour rendering, such as a failed SVG conversion gives, has only a few colours).
set -eu
convert=$1 dir=$2 id=$3
status=0
for size in 16 22 24 32 48 64 128 256; do
    png="$dir/hicolor/${size}x${size}/apps/$id.png"
    if ! [ -f "$png" ]; then
        echo "missing: $png"; status=1; continue
    fi
    # %w %h: size; %A: alpha channel present; %k: number of distinct colours.
    set -- $("$convert" "$png" -format '%w %h %A %k' info:)
    echo "${size}x${size}: ${1}x${2}, alpha $3, $4 colours"
    [ "$1" = "$size" ] && [ "$2" = "$size" ] || { echo "  wrong size"; status=1; }
    case "$3" in [Bb]lend|[Tt]rue) ;; *) echo "  no alpha channel"; status=1 ;; esac
    [ "$4" -gt 16 ] || { echo "  too few colours: blank or broken rendering"; status=1; }
done
exit $status
