#!/bin/sh
# `lighthouse-share --demo` on the offscreen platform starts, keeps running, and answers SIGTERM.
set -eu
app=$1
QT_QPA_PLATFORM=offscreen "$app" --demo >/dev/null 2>&1 &
pid=$!
sleep 5
if ! kill -0 "$pid" 2>/dev/null; then
    wait "$pid" || status=$?
    echo "lighthouse-share --demo exited early (status ${status:-0})"
    exit 1
fi
kill "$pid"
wait "$pid" 2>/dev/null || true
echo "lighthouse-share --demo stayed up for 5 s"
