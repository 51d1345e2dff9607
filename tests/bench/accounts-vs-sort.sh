#!/bin/sh
# `lighthouse-share-cli accounts` against `LC_ALL=C sort -u`, the tool a user would otherwise reach
# for, on one generated file of 1,000,000 lines (12-digit IDs, every fifth line repeating an
# earlier one): wall time (median of RUNS runs each, taken in turn), peak memory, and the output
# compared with `awk '!seen[$0]++'` (unique lines, first-seen order).
# Usage: tests/bench/accounts-vs-sort.sh path/to/lighthouse-share-cli [RUNS]   (or: ninja bench_accounts)
set -eu
cli=$1
runs=${2:-5}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# No user settings or history: a private HOME.
export HOME="$tmp" XDG_CONFIG_HOME="$tmp/config" XDG_DATA_HOME="$tmp/data"

awk 'BEGIN {
    srand(12)
    n = 0
    for (i = 0; i < 1000000; i++) {
        if (i % 5 == 4) { printf "%.0f\n", id[int(rand() * n)]; continue }
        id[n] = 100000000000 + int(rand() * 899999999999)
        printf "%.0f\n", id[n++]
    }
}' >"$tmp/ids.txt"

. "$(dirname "$0")/timing.sh"

i=0
while [ "$i" -lt "$runs" ]; do
    run accounts "$cli" accounts "$tmp/ids.txt"
    run sort env LC_ALL=C sort -u "$tmp/ids.txt"
    i=$((i + 1))
done

a=$(median 1 "$tmp/accounts")
s=$(median 1 "$tmp/sort")
awk '!seen[$0]++' "$tmp/ids.txt" >"$tmp/awk.out"
if cmp -s "$tmp/accounts.out" "$tmp/awk.out"; then same=yes; else same=NO; fi

printf '1,000,000 lines, %s unique; median of %s runs each\n' "$(wc -l <"$tmp/awk.out")" "$runs"
printf '  %-34s %6.3f s  %4d MiB peak\n' "lighthouse-share-cli accounts" "$(echo "$a" | awk '{ print $1 / 1e6 }')" \
    "$(($(median 2 "$tmp/accounts") / 1024))"
printf '  %-34s %6.3f s  %4d MiB peak\n' "LC_ALL=C sort -u" "$(echo "$s" | awk '{ print $1 / 1e6 }')" \
    "$(($(median 2 "$tmp/sort") / 1024))"
printf '  wall-time ratio accounts / sort -u: %s\n' "$(awk -v a="$a" -v s="$s" 'BEGIN { printf "%.2f", a / s }')"
printf "  output identical to awk '!seen[\$0]++': %s\n" "$same"
[ "$same" = yes ]
