#!/bin/sh
# Runs one test with a throw-away HOME and XDG directories (no D-Bus session, no keyring).
set -eu
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export HOME="$tmp/home" XDG_CONFIG_HOME="$tmp/config" XDG_DATA_HOME="$tmp/data" \
       XDG_CACHE_HOME="$tmp/cache" XDG_RUNTIME_DIR="$tmp/run"
mkdir -p "$HOME" "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
unset DISPLAY DBUS_SESSION_BUS_ADDRESS TENCENTCLOUD_SECRET_ID TENCENTCLOUD_SECRET_KEY \
      TENCENTCLOUD_SESSION_TOKEN TENCENTCLOUD_TOKEN
"$@"
