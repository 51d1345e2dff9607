#!/bin/sh
# Time to the first frame of lighthouse-share against a bare QMainWindow with one label, median of
# RUNS runs each, under Xvfb inside a private D-Bus session (the keychain is asked after the frame).
#   tests/bench/startup.sh [BUILD_DIR] [RUNS]
set -eu
build=${1:-build}
runs=${2:-5}
cmake --build "$build" --target lhshare-bench-startup
exec dbus-run-session -- xvfb-run -a -s "-screen 0 1600x1000x24" "$build/tests/bench/lhshare-bench-startup" "$runs"
