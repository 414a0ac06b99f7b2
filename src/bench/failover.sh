#!/usr/bin/env bash
# Scale-out without Docker: two instances of the packaged app on localhost behind Debian's nginx, a steady
# load, and one instance killed mid-run. Prints requests/s and non-200 answers per 5-second window.
# Usage: src/bench/failover.sh [windows=6] [concurrency=16]   (needs: apt-get install -y nginx hey)
# Sends traffic only to 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/../.."
WINDOWS=${1:-6}
CONCURRENCY=${2:-16}
KILL_WINDOW=$(( WINDOWS / 2 ))
JAVA_OPTS=${JAVA_OPTS:--Xms128m -Xmx256m}
ARTICLE=src/test/resources/articles/nk-russia-treaty.txt
WORK=target/failover
mkdir -p "$WORK"

[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -q package -DskipTests
for tool in nginx hey; do command -v $tool >/dev/null || { echo "$tool is missing" >&2; exit 2; }; done

PIDS=()
cleanup() { kill "${PIDS[@]}" 2>/dev/null || true; }
trap cleanup EXIT
for port in 18091 18092; do
  # shellcheck disable=SC2086
  java $JAVA_OPTS -Dquarkus.http.port=$port -jar target/quarkus-app/quarkus-run.jar >"$WORK/app-$port.log" 2>&1 &
  PIDS+=($!)
done
cat >"$WORK/nginx.conf" <<CONF
worker_processes 1;
pid $PWD/$WORK/nginx.pid;
error_log $PWD/$WORK/nginx-error.log;
events {}
http {
  access_log off;
  client_body_temp_path $PWD/$WORK;
  proxy_temp_path $PWD/$WORK;
  upstream summarizers {
    server 127.0.0.1:18091 max_fails=1 fail_timeout=5s;
    server 127.0.0.1:18092 max_fails=1 fail_timeout=5s;
    keepalive 32;
  }
  server {
    listen 127.0.0.1:18090;
    client_max_body_size 16m;
    location / {
      proxy_pass http://summarizers;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_next_upstream error timeout http_502 http_503 non_idempotent;
      proxy_next_upstream_tries 2;
      proxy_connect_timeout 1s;
    }
  }
}
CONF
nginx -p "$PWD/$WORK" -c "$PWD/$WORK/nginx.conf" -g 'daemon off;' &
PIDS+=($!)
for port in 18091 18092; do
  until curl -fs "http://127.0.0.1:$port/q/health/ready" >/dev/null 2>&1; do sleep 0.1; done
done
until curl -fs "http://127.0.0.1:18090/q/health/ready" >/dev/null 2>&1; do sleep 0.1; done
URL=http://127.0.0.1:18090/v1/summaries
hey -z 5s -c "$CONCURRENCY" -m POST -T text/plain -D "$ARTICLE" "$URL" >/dev/null   # warm-up, both instances

total_ok=0; total_other=0
for window in $(seq 1 "$WINDOWS"); do
  if [ "$window" -eq "$KILL_WINDOW" ]; then
    ( sleep 2; kill -9 "${PIDS[1]}"; echo "  (killed the instance on 18092 during window $window)" ) &
  fi
  hey -z 5s -c "$CONCURRENCY" -m POST -T text/plain -D "$ARTICLE" "$URL" >"$WORK/window-$window.txt"
  rps=$(awk '/Requests\/sec/ {printf "%.0f", $2}' "$WORK/window-$window.txt")
  ok=$(awk '/\[200\]/ {print $2}' "$WORK/window-$window.txt"); ok=${ok:-0}
  all=$(awk '/Status code distribution/ {f=1; next} f && /\[[0-9]+\]/ {s+=$2} END {print s+0}' "$WORK/window-$window.txt")
  errors=$(awk '/Error distribution/ {f=1; next} f && /\[[0-9]+\]/ {s+=substr($1,2)} END {print s+0}' "$WORK/window-$window.txt")
  other=$(( all - ok + errors ))
  echo "window $window: $rps req/s, $ok answered 200, $other failed"
  total_ok=$(( total_ok + ok )); total_other=$(( total_other + other ))
done
echo "failover: $total_ok passed, $total_other failed"
[ "$total_other" -eq 0 ]
