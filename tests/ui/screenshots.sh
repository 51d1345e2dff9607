#!/bin/sh
# `lighthouse-share --screenshot FILE` on the offscreen platform runs its demo job in each view
# (`--view blueprints`, `--view access`), writes a PNG and exits 0; an unknown view exits 2.
set -eu
app=$1
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
for view in blueprints access; do
    QT_QPA_PLATFORM=offscreen "$app" --screenshot "$dir/$view.png" --view "$view" >/dev/null 2>&1 || {
        echo "--screenshot --view $view failed"
        exit 1
    }
    # A PNG starts with \211PNG.
    if [ "$(head -c 4 "$dir/$view.png" | tail -c 3)" != PNG ]; then
        echo "--view $view wrote no PNG"
        exit 1
    fi
done
status=0
QT_QPA_PLATFORM=offscreen "$app" --view nowhere >/dev/null 2>&1 || status=$?
if [ "$status" != 2 ]; then
    echo "--view nowhere exited with $status, not 2"
    exit 1
fi
echo "screenshots of both views written"
