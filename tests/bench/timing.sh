# Sourced by the benchmark scripts (needs $tmp, a scratch folder).
# run NAME COMMAND...: one timed run, its output in $tmp/NAME.out; appends "microseconds peak-KiB"
# to $tmp/NAME.
run() {
    name=$1
    shift
    start=$(date +%s%N)
    /usr/bin/time -f %M -o "$tmp/rss" "$@" >"$tmp/$name.out" 2>/dev/null
    end=$(date +%s%N)
    echo "$(((end - start) / 1000)) $(cat "$tmp/rss")" >>"$tmp/$name"
}

# median COLUMN FILE
median() { cut -d' ' -f"$1" "$2" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
