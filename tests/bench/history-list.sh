#!/bin/sh
# `lighthouse-share-cli history` on a generated history of about 100 MB (thousands of jobs of
# 50 batches of 10 accounts each, every batch planned, sent and answered): wall time and peak
# memory, median of RUNS runs, against `wc -l` reading the same file (the floor of any reader).
# Usage: tests/bench/history-list.sh path/to/lighthouse-share-cli [RUNS] [MEGABYTES]
#        (or: ninja bench_history)
set -eu
cli=$1
runs=${2:-5}
megabytes=${3:-100}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export HOME="$tmp" XDG_CONFIG_HOME="$tmp/config" XDG_DATA_HOME="$tmp/data"
history="$tmp/data/lighthouse-share/history.jsonl"
mkdir -p "$(dirname "$history")"

awk -v limit="$((megabytes * 1024 * 1024))" 'BEGIN {
    srand(13)
    bytes = 0
    for (j = 0; bytes < limit; j++) {
        job = sprintf("%08x-0000-4000-8000-%012d", j, j)
        t = sprintf("2026-11-%02dT%02d:%02d:00.000Z", 1 + j % 28, j % 24, j % 60)
        line = sprintf("{\"accounts\":500,\"action\":\"%s\",\"endpoint\":\"https://lighthouse.tencentcloudapi.com/\",\"job\":\"%s\",\"profile\":\"prod\",\"recipientsKnown\":true,\"secretId\":\"AKID…MPLE\",\"time\":\"%s\",\"type\":\"job\",\"v\":2}", j % 2 ? "share" : "cancel", job, t)
        print line; bytes += length(line) + 1
        for (b = 1; b <= 50; b++) {
            accounts = ""
            for (a = 0; a < 10; a++)
                accounts = accounts (a ? "," : "") sprintf("\"%.0f\"", 100000000000 + int(rand() * 899999999999))
            line = sprintf("{\"accounts\":[%s],\"batch\":\"%d\",\"blueprint\":\"lhbp-%08d\",\"job\":\"%s\",\"region\":\"ap-guangzhou\",\"time\":\"%s\",\"type\":\"planned\",\"v\":2}", accounts, b, b % 7, job, t)
            print line; bytes += length(line) + 1
            line = sprintf("{\"attempt\":1,\"batch\":\"%d\",\"job\":\"%s\",\"time\":\"%s\",\"type\":\"sent\",\"v\":2}", b, job, t)
            print line; bytes += length(line) + 1
            line = sprintf("{\"batch\":\"%d\",\"job\":\"%s\",\"requestId\":\"%08x-1111-4000-8000-%012d\",\"status\":\"done\",\"time\":\"%s\",\"type\":\"outcome\",\"v\":2}", b, job, j, b, t)
            print line; bytes += length(line) + 1
        }
        line = sprintf("{\"job\":\"%s\",\"stopped\":false,\"time\":\"%s\",\"type\":\"finished\",\"v\":2}", job, t)
        print line; bytes += length(line) + 1
    }
}' >"$history"

. "$(dirname "$0")/timing.sh"

i=0
while [ "$i" -lt "$runs" ]; do
    run history "$cli" history
    run wc wc -l "$history"
    i=$((i + 1))
done

h=$(median 1 "$tmp/history")
w=$(median 1 "$tmp/wc")
jobs=$(grep -c '"type":"job"' "$history")
listed=$(wc -l <"$tmp/history.out")
printf 'history of %s MiB: %s jobs, %s lines; median of %s runs\n' "$(($(wc -c <"$history") / 1048576))" "$jobs" \
    "$(wc -l <"$history")" "$runs"
printf '  %-34s %6.3f s  %4d MiB peak  (%s jobs listed)\n' "lighthouse-share-cli history" \
    "$(echo "$h" | awk '{ print $1 / 1e6 }')" "$(($(median 2 "$tmp/history") / 1024))" "$listed"
printf '  %-34s %6.3f s  %4d MiB peak\n' "wc -l" "$(echo "$w" | awk '{ print $1 / 1e6 }')" \
    "$(($(median 2 "$tmp/wc") / 1024))"
printf '  wall-time ratio history / wc -l: %s\n' "$(awk -v a="$h" -v s="$w" 'BEGIN { printf "%.1f", a / s }')"
[ "$listed" -eq "$jobs" ]
