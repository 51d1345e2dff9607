#!/bin/sh
# Regenerates the committed hicolor PNGs from the SVG. Run it after editing the SVG; the build itself
# never renders icons, so it needs neither librsvg nor ImageMagick.
# Uses rsvg-convert (Debian: librsvg2-bin) if present, else ImageMagick's convert (which needs an SVG coder).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
svg="$here/org.lhshare.LighthouseShare.svg"
for size in 16 22 24 32 48 64 128 256; do
    dir="$here/hicolor/${size}x${size}/apps"
    mkdir -p "$dir"
    out="$dir/org.lhshare.LighthouseShare.png"
    if command -v rsvg-convert >/dev/null 2>&1; then
        rsvg-convert -w "$size" -h "$size" -o "$out" "$svg"
    else
        convert -background none -density 384 "$svg" -resize "${size}x${size}" "PNG32:$out"
    fi
    echo "$out"
done
