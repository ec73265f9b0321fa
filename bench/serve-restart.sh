#!/bin/bash
# serve-restart.sh REPRINT ARCHIVE LABEL [serve flags…]: starts `reprint serve` on ARCHIVE, times
# how long until GET /api/stories answers 200 (the first story list: the whole archive judged, or
# the snapshot file read back and brought up to date), reads the server's peak RSS and CPU, then
# stops it with SIGTERM (which writes the snapshot file) and times the stop. The server's log goes
# to serve-LABEL.log. Port: $PORT, default 18089.
set -eu
bin=$1 arc=$2 label=$3
shift 3
port=${PORT:-18089}
"$bin" serve --archive "$arc" --addr "127.0.0.1:$port" "$@" > "serve-$label.out" 2> "serve-$label.log" &
pid=$!
t0=$(date +%s.%N)
until curl -sf -o /dev/null "http://127.0.0.1:$port/api/stories"; do
  kill -0 $pid 2>/dev/null || { echo "serve exited: see serve-$label.log" >&2; exit 1; }
  sleep 0.5
done
t1=$(date +%s.%N)
hwm=$(awk '/VmHWM/ {print $2}' /proc/$pid/status)
cpu=$(awk '{print ($14 + $15) / 100}' /proc/$pid/stat)
kill -TERM $pid
t2=$(date +%s.%N)
wait $pid || true
t3=$(date +%s.%N)
size=$(stat -c %s "$arc/serve.snapshot" 2>/dev/null || echo none)
printf '%s: first story list after %.1f s (CPU %.1f s), peak RSS %d MB, stop %.1f s; snapshot file %s bytes\n' \
  "$label" "$(echo "$t1 - $t0" | bc)" "$cpu" $((hwm / 1024)) "$(echo "$t3 - $t2" | bc)" "$size"
