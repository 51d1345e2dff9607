#!/bin/sh
# check-translations.sh LUPDATE SOURCE_DIR TS_FILE...
# Runs lupdate on copies of the catalogues and fails if any message is unfinished, vanished or
# obsolete: a string added in the code but not translated is caught too.
set -eu
lupdate=$1 root=$2
shift 2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0
for ts in "$@"; do
    copy="$tmp/$(basename "$ts")"
    cp "$ts" "$copy"
    "$lupdate" -silent -no-obsolete -locations none "$root/app" "$root/ui" -ts "$copy" >/dev/null
    # The source-language catalogue needs no translations, only to be current.
    case "$ts" in
        *_en.ts) if ! cmp -s "$ts" "$copy"; then echo "$ts is out of date: run the update_translations target"; status=1; fi ;;
        *)
            bad=$(grep -c -E 'type="(unfinished|vanished|obsolete)"' "$copy" || true)
            if [ "$bad" -ne 0 ]; then
                echo "$ts: $bad message(s) unfinished or obsolete for the current sources:"
                grep -B3 -E 'type="(unfinished|vanished|obsolete)"' "$copy" | grep '<source>' | head -20
                status=1
            fi ;;
    esac
done
[ $status -eq 0 ] && echo "translations complete: $*"
exit $status
