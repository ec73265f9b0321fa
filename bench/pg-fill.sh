#!/bin/bash
# pg-fill.sh REPRINT DIR INPUT.jsonl: fills a PostgreSQL archive for the load test, with a private
# cluster started by hand the way internal/pgtest starts one, and leaves the cluster stopped.
#
#   1. initdb in DIR/data (as "nobody" when run as root: PostgreSQL refuses root), trust
#      authentication, C locale, UTF-8; the settings of pgtest written into postgresql.conf:
#      loopback only, a port free now, the socket in DIR, fsync, full-page writes and synchronous
#      commit off, shared_buffers 128 MB, 200 connections. A DIR/data already there is an error.
#   2. starts the server (pg_ctl), makes the database "reprint", runs
#      `REPRINT add --json --archive URL INPUT` under /usr/bin/time -v (DIR/fill.json,
#      DIR/fill.time), then reads the CPU of the postgres processes (the postmaster's own and its
#      reaped children's from /proc, the live ones' added) and the database's size into DIR/fill.txt;
#   3. stops the server (fast shutdown) and writes DIR.url: how to start it again, and its URL.
#
# NICE (default 19) is the niceness of the server and of reprint. Needs Debian's postgresql.
set -euo pipefail
bin=$(realpath "$1") dir=$(realpath -m "$2") input=$(realpath "$3")
nice=${NICE:-19}
pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
data=$dir/data
[ ! -e "$data" ] || { echo "$data exists: give a new DIR" >&2; exit 1; }
mkdir -p "$dir"
as=()
if [ "$(id -u)" = 0 ]; then
  chown nobody: "$dir"
  as=(runuser -u nobody --)
fi
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
url="postgres://postgres@127.0.0.1:$port/reprint?sslmode=disable"
start="${as[*]} $pgbin/pg_ctl -D $data -l $dir/server.log -w start"

cd "$dir"
"${as[@]}" env LC_ALL=C TZ=UTC "$pgbin/initdb" -D "$data" -U postgres --auth=trust --locale=C --encoding=UTF8 --no-sync > "$dir/initdb.log"
cat >> "$data/postgresql.conf" <<EOF
# pg-fill.sh: the settings of internal/pgtest
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$dir'
fsync = off
full_page_writes = off
synchronous_commit = off
max_connections = 200
shared_buffers = 128MB
log_min_messages = warning
EOF
nice -n "$nice" $start > /dev/null
"$pgbin/createdb" -h 127.0.0.1 -p "$port" -U postgres reprint

set +e
nice -n "$nice" /usr/bin/time -v -o "$dir/fill.time" "$bin" add --json --archive "$url" "$input" > "$dir/fill.json" 2> "$dir/fill.err"
rc=$?
set -e

# CPU of the postgres processes: the postmaster's own and its reaped children's (the fill's
# backends, gone now), and the live children's own (checkpointer, background writer, …).
pm=$(head -n 1 "$data/postmaster.pid")
tck=$(getconf CLK_TCK)
pgcpu=$(awk '{t += $14 + $15 + $16 + $17} END {print t}' "/proc/$pm/stat")
for c in $(ps -o pid= --ppid "$pm"); do
  pgcpu=$((pgcpu + $(awk '{print $14 + $15}' "/proc/$c/stat" 2>/dev/null || echo 0)))
done
size=$("$pgbin/psql" -h 127.0.0.1 -p "$port" -U postgres -d reprint -At -c "SELECT pg_database_size('reprint')")
pairs=$("$pgbin/psql" -h 127.0.0.1 -p "$port" -U postgres -d reprint -At -c "SELECT count(*) FROM pairs")
articles=$("$pgbin/psql" -h 127.0.0.1 -p "$port" -U postgres -d reprint -At -c "SELECT count(*) FROM articles")
{
  echo "reprint exit $rc"
  echo "postgres CPU-s $(echo "scale=1; $pgcpu / $tck" | bc)"
  echo "database bytes $size"
  echo "articles $articles"
  echo "pairs $pairs"
} > "$dir/fill.txt"
"${as[@]}" "$pgbin/pg_ctl" -D "$data" -m fast -w stop > /dev/null
echo "start: $start   URL: $url   (stop: ${as[*]} $pgbin/pg_ctl -D $data -m fast stop)" > "$dir.url"
cat "$dir/fill.txt"
exit $rc
