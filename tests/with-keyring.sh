#!/bin/sh
# Runs a command inside a private D-Bus session with a real, unlocked gnome-keyring, and a
# throw-away HOME, so keychain tests exercise the Secret Service exactly as a desktop would.
set -eu
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export HOME="$tmp/home" XDG_CONFIG_HOME="$tmp/config" XDG_DATA_HOME="$tmp/data" \
       XDG_CACHE_HOME="$tmp/cache" XDG_RUNTIME_DIR="$tmp/run"
mkdir -p "$HOME" "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
unset DISPLAY TENCENTCLOUD_SECRET_ID TENCENTCLOUD_SECRET_KEY TENCENTCLOUD_SESSION_TOKEN TENCENTCLOUD_TOKEN
exec dbus-run-session -- sh -c '
  printf %s ci-pass | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  "$@"' sh "$@"
